//! Exact round trip over real data: `cargo run --release --example roundtrip -- [REGS_DIR] [TEXT...]`.
//!
//! For every open-data record of REGS_DIR rendered in every style, and for every text
//! file given, checks that `parse ∘ render ∘ parse = parse` (ids, numbers, texts) and
//! that `render ∘ parse` is idempotent (rendering the reparsed tree gives the same
//! text), and prints the counts and the first failures.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use fagui::render::{TextStyle, to_style, to_text};
use fagui::{Document, Num, ParseOptions};

fn shape(doc: &Document) -> Vec<(String, Option<Num>, String, bool)> {
    let mut v = Vec::new();
    doc.walk(&mut |n| v.push((n.id.clone(), n.num, n.text.clone(), n.deleted)));
    v
}

/// `None` when the text round-trips, else what went wrong.
fn check(text: &str) -> Option<String> {
    let mut failures = Vec::new();
    for d1 in fagui::parse_all(text, &ParseOptions::default()) {
        let opts = ParseOptions::default().with_kind(d1.kind);
        let t1 = to_text(&d1);
        let d2 = fagui::parse_with(&t1, &opts);
        let (a, b) = (shape(&d2), shape(&d1));
        if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
            failures.push(format!("parse∘render∘parse ≠ parse at node {i}: {:?} vs {:?}", a.get(i), b.get(i)));
            continue;
        }
        let t2 = to_text(&d2);
        if t2 != t1 {
            let i = t1.lines().zip(t2.lines()).position(|(x, y)| x != y).unwrap_or(0);
            failures.push(format!(
                "render∘parse not idempotent at line {i}: {:?} vs {:?}",
                t1.lines().nth(i),
                t2.lines().nth(i)
            ));
        }
    }
    if failures.is_empty() { None } else { Some(failures.join("; ")) }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut total = 0;
    let mut failed = Vec::new();
    if let Some(dir) = args.first().filter(|a| std::path::Path::new(a).is_dir()) {
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for style in TextStyle::ALL {
            let mut n_style = 0;
            for path in &paths {
                let Ok(docs) = fagui::moj::from_json(&std::fs::read_to_string(path).unwrap()) else { continue };
                for doc in &docs {
                    total += 1;
                    if let Some(why) = check(&to_style(doc, style)) {
                        n_style += 1;
                        failed.push(format!("{} ({}): {why}", path.display(), style.name()));
                    }
                }
            }
            println!("style {}: {} records, {n_style} failures", style.name(), paths.len());
        }
    } else if !args.is_empty() {
        println!("notice: no records folder given; checking the text files only");
    }
    let mut n_text = 0;
    let mut text_failed = 0;
    for path in args.iter().skip(1) {
        let text = fagui::read_text(&std::fs::read(path).unwrap(), &Default::default()).unwrap();
        n_text += 1;
        total += 1;
        if let Some(why) = check(&text) {
            text_failed += 1;
            failed.push(format!("{path}: {why}"));
        }
    }
    println!("text files: {n_text}, {text_failed} failures");
    println!("total: {total} checked, {} failures", failed.len());
    for f in failed.iter().take(40) {
        println!("  {f}");
    }
}
