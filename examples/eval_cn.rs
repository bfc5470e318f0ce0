//! Accuracy harness on mainland-China (PRC) laws.
//!
//! ```sh
//! cargo run --release --example eval_cn -- DATA_DIR/cn [--show N] [--only FILE] [--half even|odd]
//! ```
//!
//! DATA_DIR/cn holds `laws/NNNN.md` (one law in Markdown) and `laws/NNNN.truth.json`
//! (per article: `num`, `heading_path`, `kuan` = the 款 texts with their 项 items, `xiang`
//! = the number of 项 in each 款). Every law is read in three renderings:
//!
//! - `markdown`: the file as it is;
//! - `plain`: the Markdown marks taken out (`#` heading marks, HTML comments);
//! - `pdf`: plain text hard-wrapped at 72 columns (36 wide characters), a blank line after every line and
//!   a page number (`- 3 -`) every 40 lines, as text copied out of a PDF; one file in
//!   five (by number) is encoded in GB18030 and goes through encoding detection;
//! - `pdf-indent`: the same, with every line but the headings opened by two U+3000, as
//!   official texts print each 款 (an extra row: the bars are on the first three).
//!
//! For the `pdf` rendering it also counts the articles holding a sentence that ends exactly
//! at the margin before an unmarked row (the same text whether the 款 ends there or goes
//! on) and how many of the wrong articles are among them.
//!
//! Each rendering is parsed and compared with the truth (texts without whitespace):
//! articles found (by number), articles exact (every 款 text, 项 count and the heading
//! path right), 款 exact, 项 counts exact, files exact (every article exact, none extra).
//! With `--pairs`, the version pairs in DATA_DIR/cn/pairs are diffed instead and the
//! article ops (unchanged, renumbered, modified, added, deleted) are scored against the
//! ops the truth marks as unambiguous (`aligned`).
//!
//! `--half even|odd` scores only the laws of even (odd) file number, to derive a rule on
//! one half and measure it on the other.
//! `--show N` prints the first N failures of each rendering; `--dump RENDERING` prints
//! each text of that rendering and its parse (with `--only NNNN`: one law). When DATA_DIR/cn is absent
//! the evaluation is skipped with a notice.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use fagui::{Document, Node, NodeKind};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Count {
    ok: usize,
    total: usize,
}

impl Count {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.ok += usize::from(ok);
    }
    fn cell(&self) -> String {
        let pct = if self.total == 0 { 100.0 } else { 100.0 * self.ok as f64 / self.total as f64 };
        format!("{pct:.2}% ({}/{})", self.ok, self.total)
    }
}

#[derive(Default)]
struct Row {
    found: Count,
    exact: Count,
    kuan: Count,
    xiang: Count,
    files: Count,
    conserve_fail: usize,
    decode_fail: usize,
    failures: Vec<String>,
    /// Articles holding a sentence that ends at the margin (see [`margin_sentence_ends`]):
    /// how many are right, and (pdf only) how many of the wrong articles hold one.
    at_margin: Count,
    wrong_at_margin: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rendering {
    Markdown,
    Plain,
    Pdf,
    PdfIndent,
}

impl Rendering {
    const ALL: [Rendering; 4] = [Rendering::Markdown, Rendering::Plain, Rendering::Pdf, Rendering::PdfIndent];
    fn name(self) -> &'static str {
        match self {
            Rendering::Markdown => "markdown",
            Rendering::Plain => "plain",
            Rendering::Pdf => "pdf",
            Rendering::PdfIndent => "pdf-indent",
        }
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')).collect()
}

/// The Markdown marks taken out: heading `#`s and HTML comments.
fn plain(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with("<!--") && t.trim_end().ends_with("-->") {
            out.push('\n');
            continue;
        }
        let t = if t.starts_with('#') { t.trim_start_matches('#').trim_start() } else { line };
        out.push_str(t);
        out.push('\n');
    }
    out
}

/// Hard wraps at 72 columns (a wide character 2, ASCII 1), a blank line after every
/// line, page numbers; with `indent`, every line but the headings opens with two U+3000.
fn pdf(md: &str, indent: bool) -> String {
    let mut out = String::with_capacity(md.len() * 2);
    let mut lines: usize = 0;
    let mut page = 1;
    let mut emit = |out: &mut String, line: &str| {
        out.push_str(line);
        out.push_str("\n\n");
        lines += 1;
        if lines.is_multiple_of(40) {
            out.push_str(&format!("- {page} -\n\n"));
            page += 1;
        }
    };
    for (line, md_line) in plain(md).lines().zip(md.lines()) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let heading = md_line.trim_start().starts_with('#');
        let line = if indent && !heading { format!("\u{3000}\u{3000}{line}") } else { line.to_string() };
        for row in wrap72(&line) {
            emit(&mut out, &row);
        }
    }
    out
}

/// One line cut into rows of at most 72 columns (a wide character 2, ASCII 1).
fn wrap72(line: &str) -> Vec<String> {
    let mut rows = Vec::new();
    let mut cur = String::new();
    let mut width = 0;
    for c in line.chars() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if width + w > 72 {
            rows.push(std::mem::take(&mut cur));
            width = 0;
        }
        cur.push(c);
        width += w;
    }
    rows.push(cur);
    rows
}

fn columns(row: &str) -> usize {
    row.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Byte offsets (in the Markdown) of the lines whose hard-wrapped rendering holds a
/// sentence or clause that ends exactly at the margin (`。`, `；`) where the next row has no
/// marker of its own: a row that ends a 款 there and a row that ends only one of its sentences there
/// are then the same text, so no reading of the `pdf` rendering can tell them apart (the
/// indented rendering can: a new 款 opens with `　　`).
fn margin_sentence_ends(md: &str) -> Vec<usize> {
    let marked = |t: &str| {
        let t = t.trim_start_matches(['#', ' ', '\u{3000}']);
        let numeral = t.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        t.is_empty()
            || t.starts_with('第')
            || t.starts_with(['（', '(', '①', '附'])
            || (numeral.len() < t.len() && numeral.starts_with(['、', '.', '．']))
    };
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for raw in md.split_inclusive('\n') {
        let t = raw.trim().trim_matches('\u{200b}');
        let comment = t.starts_with("<!--") && t.ends_with("-->");
        if !t.is_empty() && !comment {
            lines.push((at, t));
        }
        at += raw.len();
    }
    let mut out = Vec::new();
    for (i, &(at, t)) in lines.iter().enumerate() {
        if t.starts_with('#') {
            continue;
        }
        let rows = wrap72(t);
        let inner = rows.windows(2).any(|w| w[0].ends_with(['。', '；']) && !marked(&w[1]));
        let last = rows.last().is_some_and(|r| r.ends_with(['。', '；']) && columns(r) >= 71)
            && lines.get(i + 1).is_some_and(|&(_, next)| !marked(next));
        if inner || last {
            out.push(at);
        }
    }
    out
}

/// A 款 as the truth writes it: its text, then each item's label and text.
fn kuan_text(para: &Node) -> String {
    let mut s = String::new();
    para.walk(&mut |n| {
        if n.id != para.id
            && let Some(l) = &n.label
        {
            s.push_str(l);
        }
        s.push_str(&n.text);
    });
    squash(&s)
}

struct Article<'a> {
    node: &'a Node,
    path: Vec<String>,
}

fn articles(doc: &Document) -> Vec<Article<'_>> {
    fn go<'a>(n: &'a Node, path: &mut Vec<String>, out: &mut Vec<Article<'a>>) {
        if n.kind.is_unit() {
            out.push(Article { node: n, path: path.clone() });
            return;
        }
        if n.kind.is_heading() {
            let mut h = n.label.as_deref().unwrap_or_default().to_string();
            h.push_str(n.caption.as_deref().unwrap_or(""));
            path.push(squash(&h));
            for c in &n.children {
                go(c, path, out);
            }
            path.pop();
        }
    }
    let mut out = Vec::new();
    let mut path = Vec::new();
    for u in &doc.units {
        go(u, &mut path, &mut out);
    }
    out
}

fn render(md: &str, r: Rendering, index: usize) -> Vec<u8> {
    match r {
        Rendering::Markdown => md.as_bytes().to_vec(),
        Rendering::Plain => plain(md).into_bytes(),
        Rendering::Pdf | Rendering::PdfIndent => {
            let text = pdf(md, r == Rendering::PdfIndent);
            if index.is_multiple_of(5) {
                let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&text);
                assert!(!unmappable);
                bytes.into_owned()
            } else {
                text.into_bytes()
            }
        }
    }
}

fn score(name: &str, truth: &Value, doc: &Document, margin: Option<&HashSet<String>>, row: &mut Row) {
    let got = articles(doc);
    let mut by_num: HashMap<String, &Article<'_>> = HashMap::new();
    for a in &got {
        if let Some(n) = a.node.num {
            by_num.entry(n.to_string()).or_insert(a);
        }
    }
    let want = truth["articles"].as_array().unwrap();
    let mut file_ok = got.len() == want.len();
    for w in want {
        let num = w["num"].as_str().unwrap();
        let kuan: Vec<String> = w["kuan"].as_array().unwrap().iter().map(|k| k.as_str().unwrap().to_string()).collect();
        let xiang: Vec<u64> = w["xiang"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap()).collect();
        let path: Vec<String> =
            w["heading_path"].as_array().unwrap().iter().map(|h| squash(h.as_str().unwrap())).collect();
        let Some(a) = by_num.get(num) else {
            row.found.add(false);
            row.exact.add(false);
            for _ in &kuan {
                row.kuan.add(false);
                row.xiang.add(false);
            }
            file_ok = false;
            row.failures.push(format!("{name} art {num}: missing"));
            continue;
        };
        row.found.add(true);
        let paras: Vec<&Node> = a.node.paragraphs().collect();
        let mut art_ok = paras.len() == kuan.len() && a.path == path;
        if a.path != path {
            row.failures
                .push(format!("{name} art {num}: heading path\n      want: {path:?}\n      got:  {:?}", a.path));
        }
        for (i, k) in kuan.iter().enumerate() {
            let p = paras.get(i);
            let text = p.map(|p| kuan_text(p)).unwrap_or_default();
            let ok = &text == k;
            row.kuan.add(ok);
            let n = p.map_or(0, |p| p.children.iter().filter(|c| c.kind == NodeKind::Subparagraph).count());
            let xok = n as u64 == xiang[i];
            row.xiang.add(xok);
            if !ok {
                row.failures.push(format!(
                    "{name} art {num} 款 {}\n      want: {}\n      got:  {}",
                    i + 1,
                    k.chars().take(90).collect::<String>(),
                    if p.is_some() { text.chars().take(90).collect::<String>() } else { "(missing)".into() }
                ));
            } else if !xok {
                row.failures.push(format!("{name} art {num} 款 {}: 项 want {}, got {n}", i + 1, xiang[i]));
            }
            art_ok &= ok && xok;
        }
        if paras.len() > kuan.len() {
            row.failures.push(format!(
                "{name} art {num}: {} extra 款: {}",
                paras.len() - kuan.len(),
                kuan_text(paras[kuan.len()]).chars().take(90).collect::<String>()
            ));
        }
        row.exact.add(art_ok);
        if let Some(m) = margin
            && m.contains(num)
        {
            row.at_margin.add(art_ok);
            row.wrong_at_margin += usize::from(!art_ok);
        } else if margin.is_some() && !art_ok {
            row.failures.push(format!("{name} art {num}: wrong, with no sentence ending at the margin"));
        }
        file_ok &= art_ok;
    }
    row.files.add(file_ok);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!(
            "usage: eval_cn DATA_DIR/cn [--pairs] [--show N] [--only NNNN] [--half even|odd] [--dump markdown|plain|pdf]"
        );
        return;
    };
    let mut show = 5;
    let mut only: Option<String> = None;
    let mut dump: Option<String> = None;
    let mut pairs = false;
    let mut half: Option<usize> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show" => show = args.next().and_then(|s| s.parse().ok()).unwrap_or(5),
            "--only" => only = args.next(),
            "--dump" => dump = args.next(),
            "--pairs" => pairs = true,
            "--half" => {
                half = match args.next().as_deref() {
                    Some("even") => Some(0),
                    Some("odd") => Some(1),
                    other => {
                        eprintln!("--half takes even or odd, not {other:?}");
                        return;
                    }
                }
            }
            other => eprintln!("unknown argument {other}"),
        }
    }
    if pairs {
        eval_pairs(&dir, show);
        return;
    }
    let laws = dir.join("laws");
    let Ok(entries) = std::fs::read_dir(&laws) else {
        println!("notice: {} not found; skipping the evaluation", laws.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .filter(|p| only.as_deref().is_none_or(|o| p.file_stem().is_some_and(|s| s.to_string_lossy() == o)))
        .filter(|p| {
            half.is_none_or(|h| {
                p.file_stem().and_then(|s| s.to_str()).and_then(|s| s.parse::<usize>().ok()).is_some_and(|n| n % 2 == h)
            })
        })
        .collect();
    files.sort();
    let start = std::time::Instant::now();
    let mut rows: Vec<Row> = Rendering::ALL.iter().map(|_| Row::default()).collect();
    for path in &files {
        let md = std::fs::read_to_string(path).unwrap();
        let truth: Value = serde_json::from_str(&std::fs::read_to_string(path.with_extension("truth.json")).unwrap())
            .expect("truth JSON");
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        // One file in five in GB18030, by its number (the same with --only).
        let index: usize = name.parse().unwrap_or(0);
        let margin_lines = margin_sentence_ends(&md);
        // The articles that hold such a line, by the (exact) parse of the Markdown.
        let mut margin: HashSet<String> = HashSet::new();
        for (r, row) in Rendering::ALL.iter().zip(rows.iter_mut()) {
            let bytes = render(&md, *r, index);
            let text = match fagui::read_text(&bytes, &Default::default()) {
                Ok(t) => t,
                Err(e) => {
                    row.decode_fail += 1;
                    row.failures.push(format!("{name}: not decoded: {e}"));
                    String::new()
                }
            };
            let (doc, balanced) = parse_one(&text);
            if dump.as_deref() == Some(r.name()) {
                println!("{text}\n{}", doc.to_json_pretty().unwrap());
            }
            if !balanced {
                row.conserve_fail += 1;
            }
            if *r == Rendering::Markdown {
                for a in articles(&doc) {
                    let (from, to) = (a.node.span.0, a.node.span.1);
                    if let Some(n) = a.node.num
                        && margin_lines.iter().any(|&at| at >= from && at < to)
                    {
                        margin.insert(n.to_string());
                    }
                }
            }
            let m = (*r == Rendering::Pdf).then_some(&margin);
            score(&name, &truth, &doc, m, row);
        }
    }
    println!("{} laws, {:.1}s", files.len(), start.elapsed().as_secs_f64());
    println!("\n| rendering | articles found | articles exact | 款 exact | 项 counts exact | files exact |");
    println!("|---|---|---|---|---|---|");
    for (r, row) in Rendering::ALL.iter().zip(&rows) {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            r.name(),
            row.found.cell(),
            row.exact.cell(),
            row.kuan.cell(),
            row.xiang.cell(),
            row.files.cell()
        );
    }
    let pdf = &rows[2];
    println!(
        "\npdf: {} articles hold a sentence or clause that ends exactly at the margin (`。`, `；`) \
         before an unmarked row (a 款 that ends there and one that goes on read the same); {} of them right; \
         of the {} wrong articles, {} hold one and {} do not",
        pdf.at_margin.total,
        pdf.at_margin.cell(),
        pdf.exact.total - pdf.exact.ok,
        pdf.wrong_at_margin,
        pdf.exact.total - pdf.exact.ok - pdf.wrong_at_margin
    );
    for (r, row) in Rendering::ALL.iter().zip(&rows) {
        println!(
            "\n{}: texts whose parse does not keep every character: {}; not decoded: {}",
            r.name(),
            row.conserve_fail,
            row.decode_fail
        );
        if !row.failures.is_empty() && show > 0 {
            println!("{} failures (first {show}):", row.failures.len());
            for f in row.failures.iter().take(show) {
                println!("  {f}");
            }
        }
    }
}

/// One law per file: the parse of the whole text (several documents are merged back in
/// order, so that a law read as two is still scored on all its articles), and whether
/// the parse keeps every character.
fn parse_one(text: &str) -> (Document, bool) {
    let opts = fagui::ParseOptions::default();
    let mut docs = fagui::parse_all(text, &opts);
    let balanced = fagui::conserve::check_all(text, &docs).is_balanced();
    let mut first = docs.remove(0);
    for d in docs {
        first.units.extend(d.units);
    }
    (first, balanced)
}

/// `--pairs`: the article ops of the diff of two versions against the pairs' truth
/// (`aligned`: the ops any sensible alignment gives).
fn eval_pairs(dir: &std::path::Path, show: usize) {
    let pairs = dir.join("pairs");
    let Ok(entries) = std::fs::read_dir(&pairs) else {
        println!("notice: {} not found; skipping the pairs", pairs.display());
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".truth.json")).map(str::to_string))
        .collect();
    names.sort();
    let ops = ["unchanged", "renumbered", "modified", "added", "deleted"];
    let mut counts: HashMap<&str, Count> = HashMap::new();
    let mut failures = Vec::new();
    for name in &names {
        let read = |side: &str| std::fs::read_to_string(pairs.join(format!("{name}.{side}.md"))).unwrap();
        let (old, new) = (fagui::parse(&read("old")), fagui::parse(&read("new")));
        let d = fagui::diff::diff(&old, &new);
        let mut got: Vec<(&'static str, Option<String>, Option<String>)> = Vec::new();
        fn walk<'a>(cs: &'a [fagui::diff::Change], out: &mut Vec<&'a fagui::diff::Change>) {
            for c in cs {
                if c.kind.is_unit() {
                    out.push(c);
                } else {
                    walk(&c.children, out);
                }
            }
        }
        let mut units = Vec::new();
        walk(&d.changes, &mut units);
        for c in units {
            let op = match c.op {
                fagui::diff::Op::Unchanged => "unchanged",
                fagui::diff::Op::Renumbered => "renumbered",
                fagui::diff::Op::Modified => "modified",
                fagui::diff::Op::Added => "added",
                fagui::diff::Op::Deleted if c.new_id.is_some() => "modified",
                fagui::diff::Op::Deleted => "deleted",
            };
            got.push((op, c.old_num.map(|n| n.to_string()), c.new_num.map(|n| n.to_string())));
        }
        let truth: Value =
            serde_json::from_str(&std::fs::read_to_string(pairs.join(format!("{name}.truth.json"))).unwrap()).unwrap();
        for a in truth["aligned"].as_array().unwrap() {
            let op = a["op"].as_str().unwrap();
            let old = a["old"].as_str().map(str::to_string);
            let new = a["new"].as_str().map(str::to_string);
            let ok = got.iter().any(|(o, go, gn)| {
                *o == op
                    && match op {
                        "added" => *gn == new,
                        "deleted" => *go == old,
                        _ => *go == old && *gn == new,
                    }
            });
            let key = ops.iter().find(|o| **o == op).copied().unwrap_or("other");
            counts.entry(key).or_default().add(ok);
            counts.entry("all").or_default().add(ok);
            if !ok {
                let seen: Vec<String> = got
                    .iter()
                    .filter(|(_, go, gn)| (old.is_some() && *go == old) || (new.is_some() && *gn == new))
                    .map(|(o, go, gn)| format!("{o} {go:?}→{gn:?}"))
                    .collect();
                failures.push(format!("pair {name}: want {op} {old:?}→{new:?}, got {}", seen.join("; ")));
            }
        }
    }
    println!("\n{} version pairs: article ops of the diff against the aligned truth", names.len());
    println!("\n| op | right |\n|---|---|");
    for op in ops.iter().chain(std::iter::once(&"all")) {
        println!("| {op} | {} |", counts.get(op).copied().unwrap_or_default().cell());
    }
    if !failures.is_empty() && show > 0 {
        println!("{} failures (first {show}):", failures.len());
        for f in failures.iter().take(show) {
            println!("  {f}");
        }
    }
}
