//! What `fagui check` reports on real regulations rendered as text: every record of DIR
//! (`regs/*.json`) rendered in styles 1a and 2c, parsed back and checked; prints each
//! report and a count per code.
//!
//! `cargo run --release --example check_regs -- DIR [--quiet]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use fagui::render::{TextStyle, to_style};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: check_regs DIR [--quiet]");
        return;
    };
    let quiet = args.next().as_deref() == Some("--quiet");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("notice: {} not found; skipping", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut texts = 0;
    for path in &files {
        let json = std::fs::read_to_string(path).unwrap();
        let Ok(docs) = fagui::moj::from_json(&json) else { continue };
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        for (style, style_name) in [(TextStyle::Clean, "1a"), (TextStyle::from_name("2c").unwrap(), "2c")] {
            for d in &docs {
                let text = to_style(d, style);
                texts += 1;
                let doc = fagui::parse(&text);
                let mut diags = doc.diagnostics.clone();
                diags.extend(fagui::lint::check(&doc, &text));
                for g in &diags {
                    *counts.entry(g.code.to_string()).or_default() += 1;
                    if !quiet {
                        let line = text.lines().nth(g.line.saturating_sub(1)).unwrap_or_default();
                        let line: String = line.chars().take(60).collect();
                        println!("{name} {style_name} {g}\n    | {line}");
                    }
                }
            }
        }
    }
    println!("{texts} texts checked");
    for (code, n) in &counts {
        println!("{code:>16} {n}");
    }
}
