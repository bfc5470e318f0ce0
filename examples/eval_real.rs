//! Accuracy on real published directives, labelled by hand (`corpus/real/`).
//!
//! Every `NAME.txt` with a `NAME.labels.json` beside it is read as a user's file would be
//! (decoded, split into documents, parsed) and compared with its labels: the top-level
//! units (points or articles) in order with their numbers, how many first-level
//! sub-items and how many paragraphs each holds. See `corpus/real/README.md`.
//!
//! Prints one row per tuning file, then the totals of the tuning part and of the hold-out
//! part, and a table per phenomenon. Hold-out files are scored but not listed one by one
//! unless `--show-holdout` is given (they are not looked at while tuning). A label with
//! `"round": N` and `"holdout": false` belonged to an earlier hold-out round: measured
//! once, then released for tuning; the files of each round get a row of their own.
//!
//! A further table counts the documents whose title is the one labelled (compared without
//! spaces; a label `(no title on the page)` or empty wants none); `--titles` lists each file's
//! misses under its row.
//!
//! `cargo run --release --example eval_real -- [DIR] [--show-holdout] [--titles] [--only NAME]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fagui::{Document, NodeKind};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Unit {
    num: String,
    sub: usize,
    paras: usize,
}

struct Label {
    holdout: bool,
    /// The hold-out round a released file belonged to (measured once, then released for
    /// tuning); `None` for files that were tuning files from the start.
    released: Option<u64>,
    /// The round of a file still held out (`None` for tuning files).
    held_round: Option<u64>,
    phenomena: Vec<u64>,
    documents: Vec<Vec<Unit>>,
    /// Each document's title as read by the labeller, `None` where the page shows none.
    titles: Vec<Option<String>>,
}

fn read_label(path: &Path) -> Result<Label, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let holdout = v["holdout"].as_bool().unwrap_or(false);
    let released = if holdout { None } else { v["round"].as_u64() };
    let held_round = if holdout { v["round"].as_u64() } else { None };
    let phenomena = v["phenomena"].as_array().map(|a| a.iter().filter_map(Value::as_u64).collect()).unwrap_or_default();
    let mut documents = Vec::new();
    let mut titles = Vec::new();
    for d in v["documents"].as_array().ok_or("no documents")? {
        titles.push(d["title"].as_str().filter(|t| !t.is_empty() && !t.starts_with("(no title")).map(solid));
        let mut units = Vec::new();
        for u in d["units"].as_array().ok_or("no units")? {
            let num = match &u["num"] {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => return Err("unit without num".into()),
            };
            units.push(Unit {
                num,
                sub: u["sub"].as_u64().unwrap_or(0) as usize,
                paras: u["paras"].as_u64().unwrap_or(1) as usize,
            });
        }
        documents.push(units);
    }
    Ok(Label { holdout, released, held_round, phenomena, documents, titles })
}

/// A title as compared: without its spaces (labels and pages space titles differently).
fn solid(t: &str) -> String {
    t.chars().filter(|c| !c.is_whitespace()).collect()
}

fn units_of(doc: &Document) -> Vec<Unit> {
    doc.top_units()
        .into_iter()
        .map(|n| {
            let paras: Vec<_> = n.paragraphs().collect();
            let sub =
                paras.iter().map(|p| p.children.iter().filter(|c| c.kind == NodeKind::Subparagraph).count()).sum();
            Unit { num: n.num.map(|n| n.to_string()).unwrap_or_default(), sub, paras: paras.len() }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Score {
    files: usize,
    exact: usize,
    /// Points (units) and first-level sub-items: right and total.
    right: usize,
    total: usize,
    units_right: usize,
    units_total: usize,
    paras_right: usize,
    zero_units: usize,
    /// Documents whose title is the labelled one (none where the label has none), and
    /// documents labelled.
    titles_right: usize,
    titles_total: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.files += o.files;
        self.exact += o.exact;
        self.right += o.right;
        self.total += o.total;
        self.units_right += o.units_right;
        self.units_total += o.units_total;
        self.paras_right += o.paras_right;
        self.zero_units += o.zero_units;
        self.titles_right += o.titles_right;
        self.titles_total += o.titles_total;
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 }
}

/// Longest common subsequence of the two unit lists by number: pairs of indices.
fn align(truth: &[Unit], pred: &[Unit]) -> Vec<(usize, usize)> {
    let (n, m) = (truth.len(), pred.len());
    // Files are small (hundreds of units): the quadratic table is fine here.
    let mut t = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i][j] = if truth[i].num == pred[j].num { t[i + 1][j + 1] + 1 } else { t[i + 1][j].max(t[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if truth[i].num == pred[j].num {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The file's score, its notes on units, and its notes on titles.
fn score(label: &Label, docs: &[Document]) -> (Score, Vec<String>, Vec<String>) {
    let truth: Vec<Unit> = label.documents.iter().flatten().cloned().collect();
    let pred: Vec<Unit> = docs.iter().flat_map(units_of).collect();
    let pairs = align(&truth, &pred);
    let mut s = Score { files: 1, ..Default::default() };
    let mut notes = Vec::new();
    let mut titles = Vec::new();
    s.units_total = truth.len() + (pred.len() - pairs.len());
    s.units_right = pairs.len();
    let sub_total: usize = truth.iter().map(|u| u.sub).sum();
    s.total = s.units_total + sub_total;
    s.right = s.units_right;
    let mut matched_truth = vec![false; truth.len()];
    for &(i, j) in &pairs {
        matched_truth[i] = true;
        let (t, p) = (&truth[i], &pred[j]);
        s.right += t.sub.saturating_sub(t.sub.abs_diff(p.sub));
        if t.paras == p.paras {
            s.paras_right += 1;
        }
        if t.sub != p.sub || t.paras != p.paras {
            notes.push(format!("unit {}: sub {} (want {}), paras {} (want {})", t.num, p.sub, t.sub, p.paras, t.paras));
        }
    }
    for (i, u) in truth.iter().enumerate() {
        if !matched_truth[i] {
            notes.push(format!("unit {} missing", u.num));
        }
    }
    if pred.len() > pairs.len() {
        let matched: Vec<usize> = pairs.iter().map(|p| p.1).collect();
        let extra: Vec<&str> =
            pred.iter().enumerate().filter(|(j, _)| !matched.contains(j)).map(|(_, u)| u.num.as_str()).collect();
        notes.push(format!("spurious units: {}", extra.join(" ")));
    }
    let doc_counts_ok = label.documents.len() == docs.len()
        && label.documents.iter().zip(docs).all(|(t, d)| units_of(d).len() == t.len());
    if label.documents.len() != docs.len() {
        notes.push(format!("{} documents (want {})", docs.len(), label.documents.len()));
    }
    s.exact = usize::from(truth == pred && doc_counts_ok);
    s.titles_total = label.titles.len();
    for (i, want) in label.titles.iter().enumerate() {
        let got = docs.get(i).and_then(|d| d.title.as_deref()).map(solid);
        if got == *want {
            s.titles_right += 1;
        } else {
            titles.push(format!("title {:?} (want {:?})", got.unwrap_or_default(), want.clone().unwrap_or_default()));
        }
    }
    s.zero_units = usize::from(!truth.is_empty() && pred.is_empty());
    (s, notes, titles)
}

fn main() {
    let mut dir = PathBuf::from("corpus/real");
    let mut show_holdout = false;
    let mut show_titles = false;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show-holdout" => show_holdout = true,
            "--titles" => show_titles = true,
            "--only" => only = args.next(),
            _ => dir = PathBuf::from(a),
        }
    }
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("notice: {} not found; skipping the evaluation", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".labels.json"))
        .collect();
    files.sort();
    let mut tuning = Score::default();
    let mut released: BTreeMap<u64, Score> = BTreeMap::new();
    let mut held: BTreeMap<u64, Score> = BTreeMap::new();
    let mut holdout = Score::default();
    let mut per_phen: BTreeMap<u64, (Score, Score)> = BTreeMap::new();
    println!("{:<44} {:>5} {:>5} {:>7} {:>6}", "file", "units", "found", "acc%", "exact");
    for label_path in files {
        let name = label_path.file_name().unwrap().to_string_lossy().trim_end_matches(".labels.json").to_string();
        if only.as_ref().is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let text_path = label_path.with_file_name(format!("{name}.txt"));
        let label = match read_label(&label_path) {
            Ok(l) => l,
            Err(e) => {
                println!("{name}: bad label file: {e}");
                continue;
            }
        };
        let Ok(bytes) = std::fs::read(&text_path) else {
            println!("{name}: text missing");
            continue;
        };
        let text = match fagui::read_text(&bytes, &Default::default()) {
            Ok(t) => t,
            Err(e) => {
                println!("{name}: not read: {e}");
                continue;
            }
        };
        let docs = fagui::parse_all(&text, &fagui::ParseOptions::default());
        let (s, notes, title_notes) = score(&label, &docs);
        if label.holdout {
            holdout.add(&s);
        } else {
            tuning.add(&s);
        }
        if let Some(round) = label.released {
            released.entry(round).or_default().add(&s);
        }
        if let Some(round) = label.held_round {
            held.entry(round).or_default().add(&s);
        }
        for p in &label.phenomena {
            let e = per_phen.entry(*p).or_default();
            if label.holdout { e.1.add(&s) } else { e.0.add(&s) }
        }
        if !label.holdout || show_holdout {
            let truth_units: usize = label.documents.iter().map(Vec::len).sum();
            let found: usize = docs.iter().map(|d| d.top_units().len()).sum();
            println!(
                "{:<44} {:>5} {:>5} {:>7.1} {:>6}{}",
                name,
                truth_units,
                found,
                pct(s.right, s.total),
                if s.exact == 1 { "yes" } else { "NO" },
                if label.holdout { "  (hold-out)" } else { "" }
            );
            if s.exact == 0 {
                for n in notes.iter().take(6) {
                    println!("      {n}");
                }
            }
            if show_titles {
                for n in &title_notes {
                    println!("      {n}");
                }
            }
        }
    }
    println!();
    println!(
        "| part | files | exact files | points + first-level sub-items | points | paragraphs per point | zero-unit files |"
    );
    println!("|---|---|---|---|---|---|---|");
    let mut rows = vec![("tuning (all)".to_string(), tuning)];
    for (round, s) in released {
        rows.push((format!("of which hold-out round {round}, released for tuning"), s));
    }
    // (No file held out: a row of dashes, not a 100% over nothing.)
    let none_held = holdout.files == 0;
    rows.push(("hold-out".to_string(), holdout));
    if held.len() > 1 {
        for (round, s) in held {
            rows.push((format!("of which hold-out round {round}"), s));
        }
    }
    for (name, s) in rows {
        if none_held && name == "hold-out" {
            println!("| hold-out (none held) | 0 | — | — | — | — | — |");
            continue;
        }
        println!(
            "| {name} | {} | {} ({:.1}%) | {}/{} ({:.2}%) | {}/{} ({:.2}%) | {:.2}% | {} |",
            s.files,
            s.exact,
            pct(s.exact, s.files),
            s.right,
            s.total,
            pct(s.right, s.total),
            s.units_right,
            s.units_total,
            pct(s.units_right, s.units_total),
            pct(s.paras_right, s.units_right),
            s.zero_units
        );
    }
    println!();
    println!("| part | titles right |");
    println!("|---|---|");
    for (name, s) in [("tuning (all)", tuning), ("hold-out", holdout)] {
        if s.titles_total == 0 {
            println!("| {name} (none) | — |");
            continue;
        }
        println!("| {name} | {}/{} ({:.1}%) |", s.titles_right, s.titles_total, pct(s.titles_right, s.titles_total));
    }
    println!();
    println!("| phenomenon | files (tuning + hold-out) | exact | points + sub-items |");
    println!("|---|---|---|---|");
    for (p, (t, h)) in &per_phen {
        let mut all = *t;
        all.add(h);
        println!(
            "| {p} | {} + {} | {}/{} | {:.2}% |",
            t.files,
            h.files,
            all.exact,
            all.files,
            pct(all.right, all.total)
        );
    }
}
