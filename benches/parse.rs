//! Parse throughput on the seed and on a generated 10 MB directive with every level.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SEED: &str = include_str!("../corpus/directives/digi-plus-directive.txt");

fn bench(c: &mut Criterion) {
    let big = fagui::testing::directive(10 << 20);
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("seed", |b| b.iter(|| fagui::parse(black_box(SEED))));
    g.bench_function("seed+json", |b| b.iter(|| fagui::parse(black_box(SEED)).to_json().unwrap()));
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("directive-10MB", |b| b.iter(|| fagui::parse(black_box(&big))));
    g.bench_function("directive-10MB+json", |b| b.iter(|| fagui::parse(black_box(&big)).to_json().unwrap()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
