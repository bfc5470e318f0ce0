//! Measures cross-reference extraction against the legislature's own citation lists.
//!
//! ```sh
//! cargo run --release --example eval_refs -- DIR [--verbose]
//! ```
//!
//! `DIR` holds `*.json` amendment pairs `{"law", "new": {"articles": [...]}}` whose
//! articles are `{"rule_no": "第九條 之一", "content": "　　…\n　　…", "relates":
//! {"引用條文": [{"law_name", "numbers": ["第五條", …]}]}}` and headings
//! `{"section_name": "第一章  總則"}`. Only the `new` version of each pair is used.
//!
//! Protocol:
//!
//! - Each version is rebuilt as statute text (title line = `law`, one line per heading,
//!   then `第九條之一` and the content lines of each article), parsed with
//!   `fagui::parse_with` (kind statute), and its references are extracted.
//! - A predicted pair is (law name, article number) for every reference whose holder
//!   lies in an article: internal references count under the document's own name,
//!   with their resolved targets' article numbers (every article under a cited chapter;
//!   the cited number when the target does not exist); external ones under the law name with the cited article (ranges
//!   of plain numbers expanded). References naming no article (第二項, 前項第一款)
//!   give no pair. A citing article's own number is never a pair.
//! - A gold pair is (law_name, number) from `引用條文`. Law names match after removing
//!   whitespace, a leading `中華民國` and a trailing part (`民法第四編親屬` → `民法`).
//! - The gold lists are sparse: most laws carry no `引用條文` at all, though their
//!   articles cite others. The main figures therefore count the articles of
//!   *annotated laws* (versions with at least one `引用條文` entry). Two other scopes
//!   are printed: every article with a `relates` key (the literal scope: precision is
//!   then dominated by unannotated laws), and only articles with a `引用條文` entry.
//! - Some gold pairs cannot come from the text: articles of a chapter cited from another
//!   law (`就業服務法第五章至第七章`), a law named without any article, numbers not
//!   written at all. A last line gives recall without those misses ("stated in text").
//! - The gold lists sometimes include relative citations (前條, 前二條) and sometimes
//!   not, so both variants are printed: `absolute` counts only references written with
//!   an article number; `with-relative` also counts 前條, 前N條, 同條 … .
//!
//! Prints a notice and exits 0 when the directory is missing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fagui::query::{self, Address, Step};
use fagui::{DocKind, NodeKind, Num, ParseOptions, Reference};
use serde_json::Value;

type Pair = (String, String);

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn add(&mut self, gold: &BTreeSet<Pair>, pred: &BTreeSet<Pair>) {
        self.tp += gold.intersection(pred).count();
        self.fp += pred.difference(gold).count();
        self.fn_ += gold.difference(pred).count();
    }
    fn line(&self, name: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        format!("{name:<40} precision {p:.3}  recall {r:.3}  (tp {}, fp {}, fn {})", self.tp, self.fp, self.fn_)
    }
}

/// Law names compare without whitespace, a leading `中華民國` and a trailing part
/// designation (`民法第四編親屬` → `民法`).
fn norm_law(s: &str) -> String {
    let mut s: String = s.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}').collect();
    if let Some(i) = s.find('第')
        && i > 0
        && let Some(part) = s.get(i..).and_then(|rest| rest.split_once('編')).map(|(p, _)| format!("{p}編"))
        && Address::parse(&part).is_ok()
    {
        s.truncate(i);
    }
    s.strip_prefix("中華民國").map(str::to_string).unwrap_or(s)
}

/// `第九條 之一` → `9-1`.
fn article_num(rule_no: &str) -> Option<String> {
    let cleaned: String = rule_no.chars().filter(|c| !c.is_whitespace()).collect();
    let a = Address::parse(&cleaned).ok()?;
    a.steps.first().filter(|s| s.kind == NodeKind::Article).map(|s| s.num.to_string())
}

fn unit_num_of(doc: &fagui::Document, id: &str) -> Option<String> {
    query::locate(doc, id)?.into_iter().find(|n| n.kind.is_unit()).and_then(|n| n.num).map(|n| n.to_string())
}

/// Article numbers a reference cites.
fn cited_nums(doc: &fagui::Document, r: &Reference) -> Vec<String> {
    if r.law.is_none() && r.first_target().is_some() {
        let mut v: Vec<String> = Vec::new();
        for t in r.target_ids() {
            match unit_num_of(doc, t) {
                Some(n) => v.push(n),
                // A heading (本法第四章): every article under it.
                None => {
                    if let Some(chain) = query::locate(doc, t)
                        && let Some(h) = chain.last()
                    {
                        h.walk(&mut |n| {
                            if n.kind.is_unit()
                                && let Some(num) = &n.num
                            {
                                v.push(num.to_string());
                            }
                        });
                    }
                }
            }
        }
        v.dedup();
        return v;
    }
    let start = r.path.iter().find(|s| s.kind.is_unit()).map(|s| s.num);
    let end = r.to.as_ref().and_then(|to| to.iter().find(|s| s.kind.is_unit())).map(|s| s.num);
    match (start, end) {
        (Some(Num { main: x, sub: None }), Some(Num { main: y, sub: None })) if x < y && y - x < 200 => {
            (x..=y).map(|n| n.to_string()).collect()
        }
        (Some(a), Some(b)) => vec![a.to_string(), b.to_string()],
        (Some(a), None) => vec![a.to_string()],
        _ => Vec::new(),
    }
}

struct Article {
    num: String,
    gold: Option<BTreeSet<Pair>>, // None: no relates key
    has_yin: bool,
    abs: BTreeSet<Pair>,
    rel: BTreeSet<Pair>,
    content: String,
}

fn load(path: &Path) -> Option<(String, Vec<Article>, usize)> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let law = v["law"].as_str()?.to_string();
    let arts = v["new"]["articles"].as_array()?;
    let mut text = format!("{law}\n");
    let mut meta = Vec::new();
    for a in arts {
        if let Some(h) = a["section_name"].as_str() {
            text.push_str(h.trim());
            text.push('\n');
            continue;
        }
        let (Some(rule), Some(content)) = (a["rule_no"].as_str(), a["content"].as_str()) else { continue };
        let rule: String = rule.chars().filter(|c| !c.is_whitespace()).collect();
        text.push_str(&rule);
        text.push('\n');
        text.push_str(content);
        text.push('\n');
        let Some(num) = article_num(&rule) else { continue };
        let gold = a.get("relates").map(|rel| {
            let mut g = BTreeSet::new();
            for e in rel["引用條文"].as_array().into_iter().flatten() {
                let name = norm_law(e["law_name"].as_str().unwrap_or_default());
                for n in e["numbers"].as_array().into_iter().flatten() {
                    if let Some(n) = n.as_str().and_then(article_num) {
                        g.insert((name.clone(), n));
                    }
                }
            }
            g
        });
        let has_yin = a["relates"]["引用條文"].as_array().is_some_and(|x| !x.is_empty());
        meta.push((num, gold, has_yin, content.to_string()));
    }
    let opts = ParseOptions::default().with_kind(Some(DocKind::Statute));
    let doc = fagui::parse_with(&text, &opts);
    let refs = query::extract_refs(&doc, &text);
    let own = norm_law(&law);
    let mut abs: BTreeMap<String, BTreeSet<Pair>> = BTreeMap::new();
    let mut rel: BTreeMap<String, BTreeSet<Pair>> = BTreeMap::new();
    for r in &refs {
        let Some(from) = unit_num_of(&doc, &r.from) else { continue };
        let name = r.law.as_deref().map(norm_law).unwrap_or_else(|| own.clone());
        for n in cited_nums(&doc, r) {
            if r.law.is_none() && n == from {
                continue;
            }
            let pair = (name.clone(), n);
            rel.entry(from.clone()).or_default().insert(pair.clone());
            if r.relative.is_none() {
                abs.entry(from.clone()).or_default().insert(pair);
            }
        }
    }
    let parsed: BTreeSet<String> = doc.top_units().iter().filter_map(|u| u.num.map(|n| n.to_string())).collect();
    let missing = meta.iter().filter(|m| !parsed.contains(&m.0)).count();
    let articles = meta
        .into_iter()
        .map(|(num, gold, has_yin, content)| Article {
            abs: abs.get(&num).cloned().unwrap_or_default(),
            rel: rel.get(&num).cloned().unwrap_or_default(),
            num,
            gold,
            has_yin,
            content,
        })
        .collect();
    Some((law, articles, missing))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        println!("usage: eval_refs DIR [--verbose]  (DIR: amendment pairs, *.json)");
        return;
    };
    let verbose = args.any(|a| a == "--verbose");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("eval_refs: {} is not a readable directory; nothing to evaluate", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    let (mut annotated_abs, mut annotated_rel) = (Score::default(), Score::default());
    let (mut key_abs, mut key_rel) = (Score::default(), Score::default());
    let (mut yin_abs, mut yin_rel) = (Score::default(), Score::default());
    let mut misses: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut extras: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let (mut n_files, mut n_annotated, mut n_articles, mut n_missing) = (0, 0, 0, 0);
    for f in &files {
        let Some((law, arts, missing)) = load(f) else { continue };
        n_files += 1;
        n_missing += missing;
        let annotated = arts.iter().any(|a| a.has_yin);
        n_annotated += usize::from(annotated);
        for a in &arts {
            let Some(gold) = &a.gold else { continue };
            key_abs.add(gold, &a.abs);
            key_rel.add(gold, &a.rel);
            if a.has_yin {
                yin_abs.add(gold, &a.abs);
                yin_rel.add(gold, &a.rel);
            }
            if !annotated {
                continue;
            }
            n_articles += 1;
            annotated_abs.add(gold, &a.abs);
            annotated_rel.add(gold, &a.rel);
            let own = norm_law(&law);
            for g in gold.difference(&a.abs) {
                let written = written_cite(&g.1);
                let kind = if a.rel.contains(g) {
                    "relative citation in the text (前條, 前N條)"
                } else if a.abs.iter().any(|p| p.1 == g.1) {
                    "law name differs"
                } else if g.0 != own && !a.content.contains(g.0.as_str()) {
                    "law not named in the text"
                } else if g.0 != own && cites_chapter(&a.content, &g.0) {
                    "article of a chapter cited from another law (第五章至第七章)"
                } else if g.0 != own && !a.content.contains(&format!("{}第", g.0)) {
                    "law named without an article (依所得稅法，…)"
                } else if g.1.contains('-') && a.abs.iter().any(|p| p.0 == g.0) {
                    "之N article inside a range of another law"
                } else if !a.content.contains(&written) {
                    "number not written in the text (gold lists more)"
                } else {
                    "other"
                };
                misses.entry(kind).or_default().push(format!("{} {}: {:?} | {}", law, a.num, g, short(&a.content)));
            }
            for p in a.abs.difference(gold) {
                let kind = if gold.iter().any(|g| g.1 == p.1) {
                    "law name differs"
                } else if !a.has_yin {
                    "article without 引用條文 (gold silent)"
                } else if p.0 == own {
                    "internal, not in gold"
                } else {
                    "external, not in gold"
                };
                extras.entry(kind).or_default().push(format!("{} {}: {:?} | {}", law, a.num, p, short(&a.content)));
            }
        }
    }
    println!(
        "files {n_files}, annotated laws {n_annotated}, their articles {n_articles}, articles not parsed {n_missing}"
    );
    println!("{}", annotated_abs.line("annotated laws, absolute"));
    println!("{}", annotated_rel.line("annotated laws, with-relative"));
    println!("{}", yin_abs.line("articles with 引用條文, absolute"));
    println!("{}", yin_rel.line("articles with 引用條文, with-relative"));
    println!("{}", key_abs.line("every article with relates, absolute"));
    println!("{}", key_rel.line("every article with relates, with-relative"));
    // Gold pairs the text does not state: articles of a cited chapter of another law, a
    // law named without any article, numbers not written at all.
    let unstated: usize = [
        "article of a chapter cited from another law (第五章至第七章)",
        "law named without an article (依所得稅法，…)",
        "number not written in the text (gold lists more)",
    ]
    .iter()
    .map(|k| misses.get(k).map_or(0, Vec::len))
    .sum();
    let stated = Score { fn_: annotated_abs.fn_ - unstated.min(annotated_abs.fn_), ..annotated_abs };
    println!("{}", stated.line("annotated laws, absolute, stated in text"));
    println!("\nmisses (annotated laws, absolute):");
    for (k, v) in &misses {
        println!("  {k}: {}", v.len());
        for e in v.iter().take(if verbose { usize::MAX } else { 3 }) {
            println!("      {e}");
        }
    }
    println!("false positives (annotated laws, absolute):");
    for (k, v) in &extras {
        println!("  {k}: {}", v.len());
        for e in v.iter().take(if verbose { usize::MAX } else { 3 }) {
            println!("      {e}");
        }
    }
}

/// `9-1` → `第九條之一` (the keys of the gold data are numbers in the `num` form).
fn written_cite(num: &str) -> String {
    match num.parse::<Num>() {
        Ok(n) => Step::new(NodeKind::Article, n).to_string(),
        Err(_) => format!("第{num}條"),
    }
}

/// The text cites a chapter (or part, section) of `law`: `就業服務法第五章`.
fn cites_chapter(content: &str, law: &str) -> bool {
    content.match_indices(law).any(|(i, _)| {
        let rest = content.get(i + law.len()..).unwrap_or_default();
        let Some(end) = rest.find(['章', '編', '節']) else { return false };
        let head = rest.get(..end + '章'.len_utf8()).unwrap_or_default();
        Address::parse(head).is_ok_and(|a| a.steps.len() == 1 && a.steps.iter().all(|s| s.kind.is_heading()))
    })
}

fn short(s: &str) -> String {
    let t: String = s.chars().filter(|c| *c != '\u{3000}').collect::<String>().replace('\n', " / ");
    if t.chars().count() > 90 { format!("{}…", t.chars().take(90).collect::<String>()) } else { t }
}
