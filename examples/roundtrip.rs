//! Exact round trip over real data: `cargo run --release --example roundtrip -- [REGS_DIR] [TEXT...]`.
//!
//! For every open-data record of REGS_DIR rendered in every style, and for every text
//! file given, checks that `parse ∘ render ∘ parse = parse` (ids, numbers, texts) and
//! that `render ∘ parse` is idempotent (rendering the reparsed tree gives the same
//! text), and prints the counts and the first failures.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use fagui::render::{TextStyle, to_style};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut total = 0;
    let mut failed = Vec::new();
    let dir = args.first().filter(|a| std::path::Path::new(a).is_dir());
    if let Some(dir) = dir {
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for style in TextStyle::ALL {
            let mut n_style = 0;
            for path in &paths {
                let Ok(docs) = fagui::moj::from_json(&std::fs::read_to_string(path).unwrap()) else { continue };
                for doc in &docs {
                    total += 1;
                    if let Some(why) = fagui::testing::round_trip(&to_style(doc, style)) {
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
    // (The first argument is a text too when it is no folder.)
    for path in args.iter().skip(usize::from(dir.is_some())) {
        let text = fagui::read_text(&std::fs::read(path).unwrap(), &Default::default()).unwrap();
        n_text += 1;
        total += 1;
        if let Some(why) = fagui::testing::round_trip(&text) {
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
