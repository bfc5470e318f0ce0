//! Writes the inputs of the robustness table to a folder:
//! `cargo run --release --example hostile_inputs -- OUT_DIR [REGS_DIR]`.
//!
//! `normal.txt` is a normal directive of 10 MB (the seed's points numbered on); the
//! others are the hostile shapes: 16,000 articles citing `第一條至前條`, unclosed and
//! nested parentheses, `所稱` without a separator, 10⁶ points, a 60 MB line and, with
//! the open-data records at hand, a real regulation's body repeated to 200 MB (one
//! document) and every record rendered as web text, repeated to 200 MB.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

use fagui::numeral::to_cjk;
use fagui::render::{TextStyle, to_style};

const SEED: &str = include_str!("../corpus/directives/digi-plus-directive.txt");
const MB: usize = 1_000_000;

/// A normal directive of at least `len` bytes: the seed's points, numbered on and on.
fn normal(len: usize) -> String {
    fagui::testing::numbered_on(SEED, len)
}

fn repeat_to(title: &str, body: &str, len: usize) -> String {
    let mut out = String::with_capacity(len + body.len() + title.len());
    out.push_str(title);
    while out.len() < len {
        out.push_str(body);
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: hostile_inputs OUT_DIR [REGS_DIR]");
        return;
    };
    let dir = Path::new(dir);
    std::fs::create_dir_all(dir).unwrap();
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).unwrap();
        println!("{name}");
    };
    write("normal.txt", normal(10 * MB));
    let ranges: String = std::iter::once("範例法\n".to_string())
        .chain((1..=16_000).map(|n| format!("第 {n} 條\n依第一條至前條規定辦理。\n")))
        .collect();
    write("ranges-16000.txt", ranges);
    write("unclosed-paren-100k.txt", format!("要點\n一、{}\n", "（".repeat(100_000)));
    write("unclosed-paren-200k.txt", format!("要點\n一、{}\n", "（".repeat(200_000)));
    write("so-called-100k.txt", format!("要點\n一、{}\n", "所稱".repeat(100_000)));
    let points: String = std::iter::once("要點\n".to_string())
        .chain((1..=1_000_000).map(|n| format!("{}、本點規定事項。\n", to_cjk(n))))
        .collect();
    write("points-1M.txt", points);
    write("nested-paren-100k.txt", format!("要點\n一、{}甲{}\n", "（".repeat(100_000), "）".repeat(100_000)));
    write("one-line-60MB.txt", format!("{}\n", "本機關應辦理資料治理事項，".repeat(60 * MB / 39)));
    let Some(regs) = args.get(1) else { return };
    let mut paths: Vec<_> = std::fs::read_dir(regs).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut all = String::new();
    let mut largest = String::new();
    for path in &paths {
        let Ok(docs) = fagui::moj::from_json(&std::fs::read_to_string(path).unwrap()) else { continue };
        for doc in &docs {
            let text = to_style(doc, TextStyle::Web);
            if text.len() > largest.len() {
                largest = text.clone();
            }
            all.push_str(&text);
        }
    }
    // One document: the title once, the articles over and over (history left out).
    let start = largest.find("\n第 1 條").or_else(|| largest.find("\n第一章")).unwrap_or(0);
    let (title, body) = largest.split_at(start);
    let title = title.lines().next().unwrap_or("");
    write("real-law-200MB.txt", repeat_to(&format!("{title}\n"), body.trim_start_matches('\n'), 200 * MB));
    write("real-regs-200MB.txt", repeat_to("", &all, 200 * MB));
}
