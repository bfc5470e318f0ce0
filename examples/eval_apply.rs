//! Evaluates applying amendments on real version pairs.
//!
//! ```sh
//! cargo run --release --example eval_apply -- DATA_DIR/amend DATA_DIR/history [--show N] [--only NAME]…
//! ```
//!
//! `--only NAME` (repeatable) keeps the files whose name contains NAME.
//!
//! Each folder holds `*.json` files with two consecutive versions of one law (`old` /
//! `new`): the legislature's statute pairs (`articles` with `rule_no` / `content` and
//! `section_name` headings) or the national database's regulation pairs (`articles`
//! with `條號` / `條文內容` and `編章節` headings, in the database's own fields).
//!
//! For every pair, an amendment is built as agencies publish one: an instruction line
//! (`修正第三條、第五條；增訂第五條之一；刪除第九條`, `名稱修正` when the name changed)
//! and the text of the changed, added and repealed articles only, with the new or
//! renamed headings that stand before them. It is applied to the old version, and the
//! result is compared with the new version parsed from its full text: same tree (ids,
//! kinds, numbers, labels, captions, texts, repeal flags) and same title. A number the
//! new version gives twice (a slip of the source: the current text of an amended
//! article left before its new text) is changed when its texts are not the old ones,
//! and the amendment then gives every text of it, as the new version has them.
//!
//! Pairs whose new version is a full rewrite (`全文修正`) are counted twice: as
//! published (the instruction `全文修正` and the whole text) and, as a harder test, as a
//! changed-articles-only amendment like the others.
//!
//! Every pair's comparison table is also written with every unit (`--all`) in Markdown,
//! HTML and Word, read back with `diff::table_read`, and each side compared with the
//! version it came from (ids, kinds, numbers, captions, texts, repeal flags, title);
//! and the table of the changed units only, read back, is applied to the old version
//! with the amendment summary as its instruction line.
//!
//! A folder that is absent is skipped with a notice.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use fagui::apply::{Amendment, apply};
use fagui::{DocKind, Document, Num, ParseOptions};
use serde_json::{Value, json};

/// One article or heading of a version, in order.
enum Item {
    Heading(String),
    Article { num: Num, label: String, content: String },
}

/// `第九條 之一`, `第 12-1 條`, `12` → the number.
fn num_of(rule_no: &str) -> Option<Num> {
    let s: String = rule_no.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.strip_prefix('第').unwrap_or(&s);
    let (main, sub) = match s.split_once(['條', '點']) {
        Some((m, rest)) => (m.to_string(), rest.strip_prefix('之').map(str::to_string)),
        None => (s.to_string(), None),
    };
    let (main, sub) = match main.split_once('-') {
        Some((m, s2)) => (m.to_string(), Some(s2.to_string())),
        None => (main, sub),
    };
    let val = |x: &str| x.parse::<u32>().ok().or_else(|| fagui::numeral::cjk_value(x));
    Some(Num::new(
        val(&main)?,
        match sub.filter(|x| !x.is_empty()) {
            Some(x) => Some(val(&x)?),
            None => None,
        },
    ))
}

/// The items of a version in either source shape.
fn items(v: &Value) -> Vec<Item> {
    let mut out = Vec::new();
    for a in v["articles"].as_array().into_iter().flatten() {
        if let Some(h) = a.get("section_name").or_else(|| a.get("編章節")).and_then(Value::as_str) {
            out.push(Item::Heading(h.to_string()));
            continue;
        }
        let label = a.get("rule_no").or_else(|| a.get("條號")).and_then(Value::as_str).unwrap_or("");
        let content = a.get("content").or_else(|| a.get("條文內容")).and_then(Value::as_str).unwrap_or("");
        if let Some(num) = num_of(label) {
            out.push(Item::Article { num, label: label.to_string(), content: content.to_string() });
        }
    }
    out
}

fn folded(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn repealed(content: &str) -> bool {
    let t: String = folded(content).chars().filter(|c| !"（）()。".contains(*c)).collect();
    t == "刪除" || t == "本條刪除"
}

/// The two source shapes.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// Legislature: rendered to statute text, parsed as text.
    Text,
    /// National database record: read as open data.
    Record,
}

/// A version as a document: statute text (legislature) or an open-data record.
fn document(shape: Shape, title: &str, meta: &Value, list: &[&Item]) -> Document {
    match shape {
        Shape::Text => {
            let mut text = format!("{title}\n");
            for it in list {
                match it {
                    Item::Heading(h) => {
                        text.push_str(h.trim());
                        text.push('\n');
                    }
                    Item::Article { label, content, .. } => fagui::testing::push_article(&mut text, label, content),
                }
            }
            fagui::parse_with(&text, &ParseOptions::default().with_kind(Some(DocKind::Statute)))
        }
        Shape::Record => {
            let arts: Vec<Value> = list
                .iter()
                .map(|it| match it {
                    Item::Heading(h) => json!({ "編章節": h }),
                    Item::Article { label, content, .. } => json!({ "條號": label, "條文內容": content }),
                })
                .collect();
            let mut rec = json!({ "法規名稱": title, "法規內容": arts });
            if let Some(n) = meta.get("法規性質") {
                rec["法規性質"] = n.clone();
            }
            fagui::moj::from_value(&rec).unwrap().remove(0)
        }
    }
}

type Node = (String, fagui::NodeKind, Option<Num>, Option<fagui::Label>, Option<String>, String, bool);

fn shape_of(doc: &Document) -> (Option<String>, Vec<Node>) {
    let mut v = Vec::new();
    doc.walk(&mut |n| {
        v.push((n.id.clone(), n.kind, n.num, n.label.clone(), n.caption.clone(), n.text.clone(), n.deleted))
    });
    (doc.title.clone(), v)
}

/// The first difference of two shapes, for the report.
fn first_difference(got: &(Option<String>, Vec<Node>), want: &(Option<String>, Vec<Node>)) -> String {
    if got.0 != want.0 {
        return format!("title {:?} / {:?}", got.0, want.0);
    }
    for (a, b) in got.1.iter().zip(&want.1) {
        if a != b {
            let show = |n: &Node| {
                let t: String = n.5.chars().take(24).collect();
                format!("{} {:?} {:?} {t}", n.0, n.3, n.4)
            };
            return format!("got {} | want {}", show(a), show(b));
        }
    }
    format!("{} nodes / {} nodes", got.1.len(), want.1.len())
}

struct Case {
    /// The new version numbers two articles alike (a slip of the source: it kept the
    /// current text of an amended article before its new text under the same number).
    duplicate: bool,
    exact: bool,
    errors: bool,
    difference: String,
}

/// Builds the changed-articles-only amendment of a pair and applies it.
fn changed_only(shape: Shape, v: &Value, old_title: &str, new_title: &str) -> Case {
    let old = items(&v["old"]);
    let new = items(&v["new"]);
    let old_doc = document(shape, old_title, &v["old"]["meta"], &old.iter().collect::<Vec<_>>());
    let new_doc = document(shape, new_title, &v["new"]["meta"], &new.iter().collect::<Vec<_>>());
    let old_arts: HashMap<Num, &str> = old
        .iter()
        .filter_map(|i| match i {
            Item::Article { num, content, .. } => Some((*num, content.as_str())),
            Item::Heading(_) => None,
        })
        .collect();
    // Each heading with the article after it: a heading is listed when it is new,
    // renamed, or stands before another article now.
    let placed = |list: &[Item]| -> HashSet<(String, Option<Num>)> {
        let mut out = HashSet::new();
        let mut pending = Vec::new();
        for it in list {
            match it {
                Item::Heading(h) => pending.push(folded(h)),
                Item::Article { num, .. } => {
                    out.extend(pending.drain(..).map(|h| (h, Some(*num))));
                }
            }
        }
        out.extend(pending.drain(..).map(|h| (h, None)));
        out
    };
    let old_heads = placed(&old);
    let next_article = |from: usize| {
        new.iter().skip(from).find_map(|i| match i {
            Item::Article { num, .. } => Some(*num),
            Item::Heading(_) => None,
        })
    };
    let (mut modified, mut added, mut deleted) = (Vec::new(), Vec::new(), Vec::new());
    let mut listed: Vec<&Item> = Vec::new();
    let mut pending: Vec<&Item> = Vec::new();
    let mut new_nums = HashSet::new();
    let mut fresh = false;
    // The texts of each number, in order: a number the new version gives twice (a slip
    // of the source) is changed when its texts are not the old ones, and the amendment
    // then gives every text of it, as the new version has them.
    fn texts(list: &[Item]) -> HashMap<Num, Vec<&str>> {
        let mut m: HashMap<Num, Vec<&str>> = HashMap::new();
        for it in list {
            if let Item::Article { num, content, .. } = it {
                m.entry(*num).or_default().push(content.as_str());
            }
        }
        m
    }
    let (old_texts, new_texts) = (texts(&old), texts(&new));
    for (i, it) in new.iter().enumerate() {
        match it {
            Item::Heading(h) => {
                fresh |= !old_heads.contains(&(folded(h), next_article(i)));
                pending.push(it);
            }
            Item::Article { num, content, .. } => {
                let first = new_nums.insert(*num);
                let changed = old_texts.get(num) != new_texts.get(num);
                match old_arts.get(num) {
                    _ if !changed || !first => {}
                    None => added.push(*num),
                    Some(_) if repealed(content) => deleted.push(*num),
                    Some(_) => modified.push(*num),
                }
                // New or renamed headings are listed with the article after them (given
                // with its current text when it did not change: it places them).
                if fresh {
                    listed.append(&mut pending);
                }
                if changed || fresh {
                    listed.push(it);
                }
                pending.clear();
                fresh = false;
            }
        }
    }
    for it in &old {
        if let Item::Article { num, .. } = it
            && !new_nums.contains(num)
        {
            deleted.push(*num);
        }
    }
    let cite = |ns: &[Num]| ns.iter().map(|n| fagui::diff::render::cite(DocKind::Statute, *n)).collect::<Vec<_>>();
    let mut parts = Vec::new();
    let title_changed = old_title != new_title;
    if title_changed {
        parts.push("名稱修正".to_string());
    }
    for (word, ns) in [("修正", &modified), ("增訂", &added), ("刪除", &deleted)] {
        if !ns.is_empty() {
            parts.push(format!("{word}{}", cite(ns).join("、")));
        }
    }
    let line = parts.join("；");
    let amend_doc = document(shape, new_title, &v["new"]["meta"], &listed);
    let mut amendment = Amendment::from_document(amend_doc);
    amendment.add_instructions(&line);
    let done = apply(&old_doc, &amendment);
    let (got, want) = (shape_of(&done.document), shape_of(&new_doc));
    let mut nums = HashSet::new();
    let duplicate = new.iter().any(|i| matches!(i, Item::Article { num, .. } if !nums.insert(*num)));
    Case { duplicate, exact: got == want, errors: done.has_errors(), difference: first_difference(&got, &want) }
}

/// The tree without labels (a table writes canonical labels: `第九條之一` for `第 9-1 條`).
fn unlabelled(doc: &Document) -> (Option<String>, Vec<Node>) {
    let (t, mut v) = shape_of(doc);
    for n in &mut v {
        n.3 = None;
    }
    (t, v)
}

/// The tables of a pair read back: (md, html, docx) each giving both versions, and the
/// changed-units table applied.
fn tables(shape: Shape, v: &Value, old_title: &str, new_title: &str) -> [Case; 6] {
    use fagui::diff::{render, table_read};
    let old = items(&v["old"]);
    let new = items(&v["new"]);
    let old_doc = document(shape, old_title, &v["old"]["meta"], &old.iter().collect::<Vec<_>>());
    let new_doc = document(shape, new_title, &v["new"]["meta"], &new.iter().collect::<Vec<_>>());
    let d = fagui::diff::diff(&old_doc, &new_doc);
    let all = render::Options::default().with_all(true);
    let (want_old, want_new) = (unlabelled(&old_doc), unlabelled(&new_doc));
    let check = |t: Option<table_read::Table>| -> Case {
        let Some(t) = t else {
            return Case { duplicate: false, exact: false, errors: true, difference: "table not read".into() };
        };
        let got_old = unlabelled(&t.version_as(table_read::Side::Old, Some(old_doc.kind)));
        let got_new = unlabelled(&t.version_as(table_read::Side::New, Some(new_doc.kind)));
        let exact = got_old == want_old && got_new == want_new;
        let difference = if got_old != want_old {
            format!("old: {}", first_difference(&got_old, &want_old))
        } else {
            format!("new: {}", first_difference(&got_new, &want_new))
        };
        Case { duplicate: false, exact, errors: false, difference }
    };
    let new_only = |t: Option<table_read::Table>| -> Case {
        let got = t.map(|t| unlabelled(&t.version_as(table_read::Side::New, Some(new_doc.kind))));
        match got {
            Some(got) => Case {
                duplicate: false,
                exact: got == want_new,
                errors: false,
                difference: first_difference(&got, &want_new),
            },
            None => Case { duplicate: false, exact: false, errors: true, difference: "table not read".into() },
        }
    };
    let md_new = new_only(table_read::read(&render::table_md(&d, all)));
    let docx_new = new_only(
        fagui::diff::docx::table_docx(&d, all)
            .ok()
            .and_then(|b| table_read::read_bytes(&b, &Default::default()).ok().flatten()),
    );
    let md = check(table_read::read(&render::table_md(&d, all)));
    let html = check(table_read::read(&render::table_html(&d, all)));
    let docx = check(
        fagui::diff::docx::table_docx(&d, all)
            .ok()
            .and_then(|b| table_read::read_bytes(&b, &Default::default()).ok().flatten()),
    );
    // The changed units only (all of them for a 全文修正), applied with the summary line.
    let whole = d.summary.stat == "全文修正";
    let t = table_read::read(&render::table_md(&d, render::Options::default().with_all(whole)));
    let applied = match t {
        Some(t) => {
            let mut a = Amendment::from_document(t.version_as(table_read::Side::New, Some(old_doc.kind)));
            a.add_instructions(&d.summary.stat);
            let done = apply(&old_doc, &a);
            let (got, want) = (unlabelled(&done.document), want_new.clone());
            Case {
                duplicate: false,
                exact: got == want,
                errors: done.has_errors(),
                difference: first_difference(&got, &want),
            }
        }
        None => Case { duplicate: false, exact: false, errors: true, difference: "table not read".into() },
    };
    [md, html, docx, applied, md_new, docx_new]
}

/// The pair as published when it is a full rewrite: `全文修正` and the whole text.
fn whole(shape: Shape, v: &Value, old_title: &str, new_title: &str) -> Case {
    let old = items(&v["old"]);
    let new = items(&v["new"]);
    let old_doc = document(shape, old_title, &v["old"]["meta"], &old.iter().collect::<Vec<_>>());
    let new_doc = document(shape, new_title, &v["new"]["meta"], &new.iter().collect::<Vec<_>>());
    let mut amendment = Amendment::from_document(new_doc.clone());
    amendment.add_instructions(if old_title != new_title { "名稱修正；全文修正" } else { "全文修正" });
    let done = apply(&old_doc, &amendment);
    let (got, want) = (shape_of(&done.document), shape_of(&new_doc));
    Case { duplicate: false, exact: got == want, errors: done.has_errors(), difference: first_difference(&got, &want) }
}

#[derive(Default)]
struct Score {
    pairs: usize,
    exact: usize,
    clean: usize,
    duplicates: usize,
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, name: &str, c: Case) {
        self.pairs += 1;
        if c.exact {
            self.exact += 1;
        } else if c.duplicate {
            self.duplicates += 1;
            self.misses.push(format!("{name}: the new version numbers two articles alike ({})", c.difference));
        } else {
            self.misses.push(format!("{name}: {}", c.difference));
        }
        if !c.errors {
            self.clean += 1;
        }
    }
    fn report(&self, what: &str, show: usize) {
        if self.pairs == 0 {
            return;
        }
        let pct = 100.0 * self.exact as f64 / self.pairs as f64;
        println!(
            "{what}: {}/{} pairs reproduce the new version exactly ({pct:.1}%); {} without an error finding",
            self.exact, self.pairs, self.clean
        );
        if self.duplicates > 0 {
            println!("    of the misses, {} where the new version numbers two articles alike", self.duplicates);
        }
        for m in self.misses.iter().take(show) {
            println!("    miss {m}");
        }
    }
}

fn main() {
    let mut dirs = Vec::new();
    let mut show = 10;
    let mut only: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--show" => show = args.next().and_then(|s| s.parse().ok()).unwrap_or(10),
            "--only" => only.extend(args.next()),
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() {
        println!("eval_apply: no data folder given; nothing to evaluate.");
        println!(
            "usage: cargo run --release --example eval_apply -- DATA_DIR/amend DATA_DIR/history [--show N] [--only NAME]…"
        );
        return;
    }
    for dir in dirs {
        if !dir.is_dir() {
            println!("eval_apply: {} is absent; skipped.", dir.display());
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter(|p| only.is_empty() || only.iter().any(|o| p.to_string_lossy().contains(o.as_str())))
            .collect();
        files.sort();
        let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
        for f in &files {
            let name = f.file_stem().unwrap().to_string_lossy().to_string();
            let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            let shape = if v.get("lawid").is_some() { Shape::Text } else { Shape::Record };
            let law = v["law"].as_str().unwrap_or("").to_string();
            let title = |side: &str| {
                v[side]["meta"].get("法規名稱").and_then(Value::as_str).map(str::to_string).unwrap_or(law.clone())
            };
            let (ot, nt) = (title("old"), title("new"));
            let label = match &v["new"]["label"] {
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" "),
                other => other.as_str().unwrap_or("").to_string(),
            };
            let is_full = label.contains("全文修正");
            let names = [
                "t1. table (md, every unit) read back to both versions",
                "t2. table (html, every unit) read back to both versions",
                "t3. table (docx, every unit) read back to both versions",
                "t4. table of the changes read back and applied",
                "t5. table (md, every unit): the 修正 side read back",
                "t6. table (docx, every unit): the 修正 side read back",
            ];
            for (what, case) in names.into_iter().zip(tables(shape, &v, &ot, &nt)) {
                scores.entry(what).or_default().add(&name, case);
            }
            let c = changed_only(shape, &v, &ot, &nt);
            if is_full {
                scores.entry("c. full rewrites, changed articles only (stress test)").or_default().add(&name, c);
                let c = whole(shape, &v, &ot, &nt);
                scores.entry("b. full rewrites as published (全文修正 + whole text)").or_default().add(&name, c);
            } else {
                scores.entry("a. amendments, changed articles only").or_default().add(&name, c);
            }
        }
        println!("{}: {} pairs", dir.display(), files.len());
        let published = scores
            .iter()
            .filter(|(k, _)| k.starts_with('a') || k.starts_with('b'))
            .fold((0, 0), |(e, p), (_, s)| (e + s.exact, p + s.pairs));
        for (what, s) in &scores {
            s.report(what, show);
        }
        if published.1 > 0 {
            let pct = 100.0 * published.0 as f64 / published.1 as f64;
            println!("as published (a + b): {}/{} pairs exact ({pct:.1}%)", published.0, published.1);
        }
    }
}
