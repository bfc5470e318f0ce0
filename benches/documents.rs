//! Splitting a compilation: parse time of 200 concatenated regulations and of the same
//! text four times over (800 documents). Time must stay linear: the 4× row should take
//! at most 4.5× the time of the 1× row.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fagui::ParseOptions;
use std::hint::black_box;

/// 200 generated regulations, each under its own title: statutes `示範第N辦法` (2 to 24
/// articles) and, every fourth, a directive `示範第N要點` (the same set as
/// `tests/documents.rs`).
fn compilation() -> String {
    let mut out = String::new();
    for n in 1..=200usize {
        let (title, text) = if n.is_multiple_of(4) {
            (format!("示範第{n}要點"), fagui::testing::directive(7_500 + n * 40))
        } else {
            (format!("示範第{n}辦法"), fagui::testing::statute(2 + (n as u32 * 7) % 23))
        };
        let body = text.split_once('\n').unwrap().1;
        out.push_str(&title);
        out.push('\n');
        out.push_str(body);
    }
    out
}

fn bench(c: &mut Criterion) {
    let one = compilation();
    let four = one.repeat(4);
    let opts = ParseOptions::default();
    // Measure the right thing: the split must be right before it is timed.
    assert_eq!(fagui::parse_all(&one, &opts).len(), 200);
    assert_eq!(fagui::parse_all(&four, &opts).len(), 800);
    let mut g = c.benchmark_group("documents");
    g.sample_size(10);
    for (name, text) in [("200-regulations", &one), ("800-regulations-4x", &four)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter_with_large_drop(|| fagui::parse_all(black_box(text), &opts)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
