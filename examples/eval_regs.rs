//! Accuracy harness on real regulations from the national database.
//!
//! For every record in DIR (`regs/*.json`): build the tree from the JSON, render it in
//! every input style (1a, 1b, 2a, 2b, 2c), parse the text back and compare articles,
//! paragraphs and 款/目 with the tree from JSON (same number, same text).
//!
//! `cargo run --release --example eval_regs -- DIR [--show N]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::HashMap;
use std::path::PathBuf;

use fagui::render::{TextStyle, to_style};
use fagui::{Document, Node, NodeKind};

#[derive(Default, Clone, Copy)]
struct Count {
    ok: usize,
    total: usize,
}

impl Count {
    fn pct(&self) -> f64 {
        if self.total == 0 { 100.0 } else { 100.0 * self.ok as f64 / self.total as f64 }
    }
}

/// Key of a node from its unit down: `art_5__para_2__subpara_1` (heading steps dropped).
fn key(n: &Node) -> String {
    let id = &n.id;
    let steps: Vec<&str> = id.split("__").collect();
    match steps.iter().position(|s| s.starts_with("art_") || s.starts_with("point_")) {
        Some(i) => steps[i..].join("__"),
        None => id.clone(),
    }
}

fn index(doc: &Document) -> HashMap<(NodeKind, String), (String, bool)> {
    let mut m = HashMap::new();
    doc.walk(&mut |n| {
        let text = if n.kind.is_unit() { n.text_content() } else { n.text.clone() };
        m.insert((level(n.kind), key(n)), (text, n.deleted));
    });
    m
}

fn level(k: NodeKind) -> NodeKind {
    match k {
        NodeKind::Point => NodeKind::Article,
        NodeKind::Subitem => NodeKind::Item,
        k => k,
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: eval_regs DIR [--show N]");
        return;
    };
    let show: usize = if args.next().as_deref() == Some("--show") {
        args.next().and_then(|s| s.parse().ok()).unwrap_or(5)
    } else {
        5
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("notice: {} not found; skipping the evaluation", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let levels = [NodeKind::Article, NodeKind::Paragraph, NodeKind::Subparagraph, NodeKind::Item];
    let mut table: HashMap<(TextStyle, NodeKind), Count> = HashMap::new();
    let mut failures: HashMap<TextStyle, Vec<String>> = HashMap::new();
    let mut conserve_fail = 0;
    let mut unit_total = 0;
    let start = std::time::Instant::now();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let docs = match fagui::moj::from_json(&text) {
            Ok(d) => d,
            Err(e) => {
                println!("{}: {e}", path.display());
                continue;
            }
        };
        for truth in &docs {
            unit_total += truth.top_units().len();
            let want = index(truth);
            for style in TextStyle::ALL {
                let rendered = to_style(truth, style);
                let got_doc = fagui::parse(&rendered);
                if !fagui::conserve::check(&rendered, &got_doc).is_balanced() {
                    conserve_fail += 1;
                }
                let got = index(&got_doc);
                for ((lvl, k), (t, del)) in &want {
                    if !levels.contains(lvl) {
                        continue;
                    }
                    let c = table.entry((style, *lvl)).or_default();
                    c.total += 1;
                    match got.get(&(*lvl, k.clone())) {
                        Some((g, gd)) if g == t && gd == del => c.ok += 1,
                        other => {
                            let f = failures.entry(style).or_default();
                            f.push(format!(
                                "{} {k}\n      want: {}\n      got:  {}",
                                path.file_name().unwrap().to_string_lossy(),
                                t.chars().take(90).collect::<String>(),
                                other
                                    .map(|(g, _)| g.chars().take(90).collect::<String>())
                                    .unwrap_or_else(|| "(missing)".into())
                            ));
                        }
                    }
                }
            }
        }
    }
    println!("{} records, {} articles, {:.1}s", files.len(), unit_total, start.elapsed().as_secs_f64());
    println!("\n| style | articles | paragraphs | 款 | 目 and below |");
    println!("|---|---|---|---|---|");
    for style in TextStyle::ALL {
        let cells: Vec<String> = levels
            .iter()
            .map(|l| {
                let c = table.get(&(style, *l)).copied().unwrap_or_default();
                format!("{:.2}% ({}/{})", c.pct(), c.ok, c.total)
            })
            .collect();
        println!("| {} | {} |", style.name(), cells.join(" | "));
    }
    println!("\nrendered texts whose parse does not keep every character: {conserve_fail}");
    for style in TextStyle::ALL {
        let f = failures.get(&style).map(Vec::as_slice).unwrap_or(&[]);
        if f.is_empty() {
            continue;
        }
        println!("\n{} failures in style {} (first {show}):", f.len(), style.name());
        for line in f.iter().take(show) {
            println!("  {line}");
        }
    }
}
