//! Parse time per byte on hostile inputs, next to the seed: each row's throughput
//! should stay within 3× of the seed's (see the README for the last measured ratios).
//!
//! The `export` group times what `fagui parse` does after parsing too (references,
//! terms, JSON) on the shapes that once made those phases quadratic, next to a normal
//! directive of about the same size (the seed's points numbered on).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fagui::numeral::to_cjk;
use std::hint::black_box;

const SEED: &str = include_str!("../corpus/directives/digi-plus-directive.txt");

fn inputs() -> Vec<(&'static str, String)> {
    let cycle = ["（一）", "1.", "（1）", "甲、", "（甲）", "子、", "（子）"];
    let nested: String = (0..10_000).map(|i| format!("{}下列事項：\n", cycle[i % cycle.len()])).collect();
    let jumping: String =
        (1..=30_000u32).map(|i| format!("{}、本點。\n", to_cjk(if i % 3 == 0 { i + 1 } else { i }))).collect();
    let mixed: String = SEED
        .lines()
        .enumerate()
        .map(|(i, l)| format!("{l}{}", ["\n", "\r\n", "\r"][i % 3]))
        .collect::<String>()
        .repeat(100);
    vec![
        ("seed", SEED.to_string()),
        ("one-line-50MB", "本機關應辦理資料治理事項，".repeat((50 << 20) / 39)),
        ("points-100k", (1..=100_000u32).map(|n| format!("{}、本點規定事項。\n", to_cjk(n))).collect()),
        ("nested-10k", format!("要點\n一、任務如下：\n{nested}")),
        ("every-line-a-marker-100k", "一、\n".repeat(100_000)),
        ("jumping-numbers-30k", jumping),
        ("whitespace-only-1MB", " \u{3000}\n".repeat(1 << 18)),
        ("mixed-line-endings", mixed),
    ]
}

/// A normal directive of at least `len` bytes: the seed's points, numbered on and on.
fn normal(len: usize) -> String {
    fagui::testing::numbered_on(SEED, len)
}

/// Inputs whose references or terms were quadratic, with a normal directive of about
/// their size first.
fn export_inputs() -> Vec<(&'static str, String)> {
    let ranges: String = std::iter::once("範例法\n".to_string())
        .chain((1..=16_000).map(|n| format!("第 {n} 條\n依第一條至前條規定辦理。\n")))
        .collect();
    vec![
        ("normal-800KB", normal(800_000)),
        ("ranges-16k", ranges),
        ("unclosed-paren-100k", format!("要點\n一、{}\n", "（".repeat(100_000))),
        ("unclosed-paren-200k", format!("要點\n一、{}\n", "（".repeat(200_000))),
        ("so-called-100k", format!("要點\n一、{}\n", "所稱".repeat(100_000))),
    ]
}

fn export(c: &mut Criterion) {
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    for (name, text) in export_inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let doc = fagui::parse(black_box(&text));
                fagui::query::Export::new(&doc, &text).to_json().unwrap().len()
            })
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for (name, text) in inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter_with_large_drop(|| fagui::parse(black_box(&text))));
    }
    // Decoding refuses bad input after one scan.
    let mut bad = SEED.repeat(2000).into_bytes();
    bad.push(0xFF);
    g.throughput(Throughput::Bytes(bad.len() as u64));
    g.bench_function("invalid-utf8-10MB", |b| {
        b.iter(|| fagui::read_text(black_box(&bad), &Default::default()).is_err())
    });
    let mut nul = SEED.repeat(2000).into_bytes();
    nul.push(0);
    g.bench_function("nul-byte-10MB", |b| b.iter(|| fagui::read_text(black_box(&nul), &Default::default()).is_err()));
    g.finish();
}

criterion_group!(benches, bench, export);
criterion_main!(benches);
