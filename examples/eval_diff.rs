//! Evaluates the article-level diff on real amendment pairs.
//!
//! ```sh
//! cargo run --release --example eval_diff -- DATA_DIR/amend [--out DIR] [--show N]
//! ```
//!
//! Each `*.json` file holds two consecutive versions of one statute (`old` / `new`, each
//! with `articles`: `{"rule_no": "第九條 之一", "content": "　　第一項。\n　　第二項。"}` or
//! headings `{"section_name": "第一章  總則"}`). Both versions are rendered to statute
//! text in the legislature's style (`第九條之一　　第一項。` and indented further
//! paragraphs), parsed, diffed, and the article-level result is compared with the
//! truth from the structured data: same article number and equal text → unchanged,
//! different text → modified, only in new → added, only in old → deleted.
//!
//! Mapping of the diff's ops onto that truth (which knows only numbers):
//! `deleted` with both ids (the article now reads `（刪除）`) → modified; `renumbered`
//! is counted as a mistake for ordinary amendments. Full rewrites (`全文修正` in the new
//! label) are reported separately, also "projected": every number present in both
//! versions whose old and new articles the diff did not pair unchanged → modified.
//!
//! The rendered texts are written to `--out` (default: a fresh folder in the system's
//! temporary directory) as `old/NAME.txt` and `new/NAME.txt` for timing other tools on
//! the same files.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use fagui::diff::Op;
use fagui::{DocKind, ParseOptions};
use serde_json::Value;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Unchanged,
    Modified,
    Added,
    Deleted,
    Renumbered,
    Missing,
}

/// `第九條 之一` → `9-1`.
fn num_of(rule_no: &str) -> Option<String> {
    let s: String = rule_no.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.strip_prefix('第')?;
    let (main, sub) = match s.split_once("條") {
        Some((m, rest)) => (m, rest.strip_prefix('之')),
        None => (s, None),
    };
    let m = fagui::numeral::cjk_value(main)?;
    Some(match sub {
        Some(x) if !x.is_empty() => format!("{m}-{}", fagui::numeral::cjk_value(x)?),
        _ => m.to_string(),
    })
}

struct Version {
    text: String,
    /// num → content, in order.
    articles: Vec<(String, String)>,
}

fn render(title: &str, v: &Value) -> Version {
    let mut text = format!("{title}\n");
    let mut articles = Vec::new();
    for a in v["articles"].as_array().into_iter().flatten() {
        if let Some(h) = a.get("section_name").and_then(Value::as_str) {
            text.push_str(h.trim());
            text.push('\n');
            continue;
        }
        let rule_no = a["rule_no"].as_str().unwrap_or("");
        let content = a["content"].as_str().unwrap_or("");
        if let Some(n) = num_of(rule_no) {
            articles.push((n, content.to_string()));
        }
        fagui::testing::push_article(&mut text, rule_no, content);
    }
    Version { text, articles }
}

fn truth(old: &Version, new: &Version) -> BTreeMap<String, Class> {
    let o: HashMap<&str, &str> = old.articles.iter().map(|(n, c)| (n.as_str(), c.as_str())).collect();
    let n: HashMap<&str, &str> = new.articles.iter().map(|(n, c)| (n.as_str(), c.as_str())).collect();
    let mut t = BTreeMap::new();
    for (num, c) in &old.articles {
        t.insert(
            num.clone(),
            match n.get(num.as_str()) {
                Some(nc) if nc == c => Class::Unchanged,
                Some(_) => Class::Modified,
                None => Class::Deleted,
            },
        );
    }
    for (num, _) in &new.articles {
        if !o.contains_key(num.as_str()) {
            t.insert(num.clone(), Class::Added);
        }
    }
    t
}

/// Raw article-level prediction per number.
fn predict(d: &fagui::diff::Diff) -> HashMap<String, Class> {
    let mut p = HashMap::new();
    for c in &d.changes {
        let class = match c.op {
            Op::Unchanged => Class::Unchanged,
            Op::Modified => Class::Modified,
            Op::Deleted if c.new_id.is_some() => Class::Modified,
            Op::Deleted => Class::Deleted,
            Op::Added => Class::Added,
            Op::Renumbered => Class::Renumbered,
        };
        if let Some(n) = c.new_num {
            p.insert(n.to_string(), class);
        }
        if let Some(n) = c.old_num {
            p.entry(n.to_string()).or_insert(class);
        }
    }
    p
}

/// Projection for full rewrites: a number in both versions is unchanged only when the
/// diff paired its two articles as unchanged.
fn project(d: &fagui::diff::Diff, t: &BTreeMap<String, Class>, old: &Version, new: &Version) -> HashMap<String, Class> {
    let on: std::collections::HashSet<&str> = old.articles.iter().map(|a| a.0.as_str()).collect();
    let nn: std::collections::HashSet<&str> = new.articles.iter().map(|a| a.0.as_str()).collect();
    let mut p = HashMap::new();
    for num in t.keys() {
        let class = match (on.contains(num.as_str()), nn.contains(num.as_str())) {
            (true, true) => {
                let is_num = |n: Option<fagui::Num>| n.is_some_and(|n| n.to_string() == *num);
                let same = d.changes.iter().any(|c| c.op == Op::Unchanged && is_num(c.old_num) && is_num(c.new_num));
                if same { Class::Unchanged } else { Class::Modified }
            }
            (true, false) => Class::Deleted,
            (false, true) => Class::Added,
            (false, false) => Class::Missing,
        };
        p.insert(num.clone(), class);
    }
    p
}

#[derive(Default)]
struct Score {
    articles: usize,
    right: usize,
    pairs: usize,
    errors: BTreeMap<(String, String), usize>,
    examples: Vec<String>,
}

impl Score {
    fn add(&mut self, file: &str, t: &BTreeMap<String, Class>, p: &HashMap<String, Class>, show: usize) {
        self.pairs += 1;
        for (num, want) in t {
            self.articles += 1;
            let got = p.get(num).copied().unwrap_or(Class::Missing);
            if got == *want {
                self.right += 1;
            } else {
                *self.errors.entry((format!("{want:?}"), format!("{got:?}"))).or_default() += 1;
                if self.examples.len() < show {
                    self.examples.push(format!("{file} art {num}: truth {want:?}, diff {got:?}"));
                }
            }
        }
    }
    fn report(&self, name: &str) {
        let pct = if self.articles == 0 { 100.0 } else { 100.0 * self.right as f64 / self.articles as f64 };
        println!("{name}: {} pairs, {}/{} articles right ({pct:.2}%)", self.pairs, self.right, self.articles);
        for ((w, g), n) in &self.errors {
            println!("    truth {w} → diff {g}: {n}");
        }
        for e in &self.examples {
            println!("    e.g. {e}");
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut show = 10;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--show" => show = args.next().and_then(|s| s.parse().ok()).unwrap_or(10),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir.filter(|d| d.is_dir()) else {
        println!("eval_diff: no data directory given or found; nothing to evaluate.");
        println!("usage: cargo run --release --example eval_diff -- DATA_DIR/amend [--out DIR] [--show N]");
        return;
    };
    let out = out.unwrap_or_else(|| std::env::temp_dir().join(format!("fagui-eval-diff-{}", std::process::id())));
    std::fs::create_dir_all(out.join("old")).unwrap();
    std::fs::create_dir_all(out.join("new")).unwrap();

    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let opts = ParseOptions::default().with_kind(Some(DocKind::Statute));
    let (mut t_parse, mut t_diff) = (Duration::ZERO, Duration::ZERO);
    let (mut partial, mut full, mut full_proj, mut all) =
        (Score::default(), Score::default(), Score::default(), Score::default());
    let mut parse_mismatch = 0;
    let mut renumbered_full = 0;
    let mut full_agree: BTreeMap<(bool, bool), usize> = BTreeMap::new();
    let mut slowest: Vec<(Duration, String, usize)> = Vec::new();
    for f in &files {
        let name = f.file_stem().unwrap().to_string_lossy().to_string();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let title = v["law"].as_str().unwrap_or("");
        let is_full = v["new"]["label"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|l| l.as_str().is_some_and(|s| s.contains("全文修正")));
        let old = render(title, &v["old"]);
        let new = render(title, &v["new"]);
        std::fs::write(out.join("old").join(format!("{name}.txt")), &old.text).unwrap();
        std::fs::write(out.join("new").join(format!("{name}.txt")), &new.text).unwrap();

        let t0 = Instant::now();
        let od = fagui::parse_with(&old.text, &opts);
        let nd = fagui::parse_with(&new.text, &opts);
        let t1 = Instant::now();
        let d = fagui::diff::diff(&od, &nd);
        let dt = t1.elapsed();
        t_diff += dt;
        slowest.push((dt, name.clone(), old.text.len() + new.text.len()));
        t_parse += t1 - t0;

        for (doc, ver) in [(&od, &old), (&nd, &new)] {
            let nums: Vec<String> = doc.top_units().iter().filter_map(|u| u.num.map(|n| n.to_string())).collect();
            let want: Vec<String> = ver.articles.iter().map(|a| a.0.clone()).collect();
            if nums != want {
                parse_mismatch += 1;
            }
        }
        *full_agree.entry((is_full, d.summary.stat == "全文修正")).or_default() += 1;
        let t = truth(&old, &new);
        let p = predict(&d);
        all.add(&name, &t, &p, show);
        if is_full {
            full.add(&name, &t, &p, 0);
            full_proj.add(&name, &t, &project(&d, &t, &old, &new), show);
            renumbered_full += d.summary.renumbered;
        } else {
            partial.add(&name, &t, &p, show);
        }
    }
    println!("data: {} pairs in {}", files.len(), dir.display());
    println!("rendered texts: {}/old and {}/new", out.display(), out.display());
    println!("documents whose parsed article numbers differ from the data: {parse_mismatch}");
    all.report("all pairs, raw");
    partial.report("ordinary amendments (not 全文修正), raw");
    full.report("全文修正, raw (renumbered counted as wrong)");
    full_proj.report("全文修正, projected by number");
    println!("全文修正: {renumbered_full} articles reported as renumbered");
    let agree = |l: bool, s: bool| full_agree.get(&(l, s)).copied().unwrap_or(0);
    println!(
        "stat line vs label: 全文修正 both {}, label only {}, stat only {}, neither {}",
        agree(true, true),
        agree(true, false),
        agree(false, true),
        agree(false, false)
    );
    let combined = partial.right + full_proj.right;
    let total = partial.articles + full_proj.articles;
    println!(
        "headline (ordinary raw + 全文修正 projected): {combined}/{total} = {:.2}%",
        100.0 * combined as f64 / total.max(1) as f64
    );
    println!(
        "time: parse {:.1} ms, diff {:.1} ms, total {:.1} ms for {} pairs",
        t_parse.as_secs_f64() * 1e3,
        t_diff.as_secs_f64() * 1e3,
        (t_parse + t_diff).as_secs_f64() * 1e3,
        files.len()
    );
    let o = out.display();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    for (dt, name, bytes) in slowest.iter().take(3) {
        println!("  slowest: {name} ({bytes} bytes): {:.1} ms", dt.as_secs_f64() * 1e3);
    }
    println!("compare with, e.g.:");
    println!(
        "  hyperfine -w 1 'for f in {o}/old/*.txt; do fagui diff --format json \"$f\" \"{o}/new/$(basename \"$f\")\"; done > /dev/null' \\"
    );
    println!(
        "    'for f in {o}/old/*.txt; do git diff --no-index --word-diff \"$f\" \"{o}/new/$(basename \"$f\")\"; done > /dev/null'"
    );
}
