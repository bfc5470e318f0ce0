//! Synthetic documents of any size, for benchmarks, stress tests and examples, and the
//! round-trip check that the tests and the `roundtrip` example run on real text.

use crate::marker::Style;
use crate::numeral::to_cjk;

const SENTENCE: &str = "本機關為推動資料治理及跨單位資料共享，應會同有關機關訂定實施計畫，並定期檢討執行成效";

/// A normal directive of at least `len` bytes made from a real one: the points of `src`
/// (read and printed as clean text) repeated, numbered on and on, with the title once.
/// The baseline that hostile inputs are timed against.
pub fn numbered_on(src: &str, len: usize) -> String {
    let clean = crate::render::to_text(&crate::parse(src));
    let mut lines = clean.lines();
    let title = lines.next().unwrap_or_default();
    let body: Vec<&str> = lines.collect();
    let mut out = format!("{title}\n");
    let mut n = 0u32;
    while out.len() < len && !body.is_empty() {
        for l in &body {
            match l.split_once('、').filter(|(num, _)| !num.is_empty() && crate::numeral::cjk_value(num).is_some()) {
                Some((_, rest)) => {
                    n += 1;
                    out.push_str(&format!("{}、{rest}\n", to_cjk(n)));
                }
                None => {
                    out.push_str(l);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// A directive of at least `target` bytes using every list level: points with two
/// paragraphs, `（一）` lists, `1.` items, `（1）` and `甲、` subitems; every other point's
/// second paragraph is hard-wrapped PDF-style with blank lines between the lines.
pub fn directive(target: usize) -> String {
    let s = SENTENCE;
    let mut out = String::from("生成測試資料治理作業要點\n");
    let mut n = 0u32;
    while out.len() < target {
        n += 1;
        out.push_str(&format!("{}、{s}，其辦理事項如下：\n", to_cjk(n)));
        for a in 1..=3u32 {
            out.push_str(&format!("{}{s}：\n", Style::ParenCjk.label(a, None)));
            for b in 1..=2u32 {
                out.push_str(&format!("{}{s}。\n", Style::Arabic.label(b, None)));
                for c in 1..=2u32 {
                    out.push_str(&format!("{}{s}。\n", Style::ParenArabic.label(c, None)));
                }
                out.push_str(&format!("{}{s}。\n", Style::Stem.label(1, None)));
            }
        }
        if n.is_multiple_of(2) {
            let para: Vec<char> = format!("前項{s}，由本機關首長指定專人負責{s}。").chars().collect();
            let lines: Vec<String> = para.chunks(27).map(|c| c.iter().collect()).collect();
            out.push_str(&lines.join("\n\n"));
            out.push('\n');
        } else {
            out.push_str(&format!("前項{s}。\n"));
        }
    }
    out
}

/// A statute of `articles` articles in chapters of 20, each article with two paragraphs
/// and a list of 款 under the first.
pub fn statute(articles: u32) -> String {
    let s = SENTENCE;
    let mut out = String::from("生成測試資料管理法\n");
    for n in 1..=articles {
        if (n - 1) % 20 == 0 {
            out.push_str(&format!("第 {} 章 第{}部分\n", to_cjk((n - 1) / 20 + 1), to_cjk((n - 1) / 20 + 1)));
        }
        out.push_str(&format!("第 {n} 條\n{s}第{}條，辦理下列事項：\n", to_cjk(n)));
        for k in 1..=3u32 {
            out.push_str(&format!("{}{s}。\n", Style::CjkComma.label(k, None)));
        }
        out.push_str(&format!("前項第{}款{s}。\n", to_cjk(n % 3 + 1)));
    }
    out
}

/// Writes one article of an open-data record as a law's text prints it: the label
/// without its spacing (`第 5 條` → `第5條`), two ideographic spaces, the first line of
/// the content, then its other lines as they are.
pub fn push_article(text: &mut String, rule_no: &str, content: &str) {
    text.extend(rule_no.chars().filter(|c| !c.is_whitespace()));
    let mut lines = content.lines();
    text.push_str("\u{3000}\u{3000}");
    text.push_str(lines.next().unwrap_or("").trim_start_matches(['\u{3000}', ' ']));
    text.push('\n');
    for l in lines {
        text.push_str(l);
        text.push('\n');
    }
}

/// The numbers of `text`'s top-level units as the JSON writes them (`"7-1"`), unnumbered
/// units left out: what a test of one reading rule compares.
///
/// ```
/// assert_eq!(fagui::testing::top_nums("要點\n一、甲。\n二、乙。\n"), ["1", "2"]);
/// ```
pub fn top_nums(text: &str) -> Vec<String> {
    crate::parse(text).top_units().iter().filter_map(|u| u.num.map(|n| n.to_string())).collect()
}

/// The round trip of `text`: for every document, `parse ∘ render ∘ parse = parse` (ids,
/// numbers, texts, deletion marks) and `render ∘ parse` is idempotent. `None` when both
/// hold for every document, else what went wrong, document by document.
pub fn round_trip(text: &str) -> Option<String> {
    use crate::ast::{Document, Num};
    fn shape(doc: &Document) -> Vec<(String, Option<Num>, String, bool)> {
        let mut v = Vec::new();
        doc.walk(&mut |n| v.push((n.id.clone(), n.num, n.text.clone(), n.deleted)));
        v
    }
    let mut failures = Vec::new();
    for d1 in crate::parse::parse_all(text, &crate::ParseOptions::default()) {
        let opts = crate::ParseOptions::default().with_kind(d1.kind);
        let t1 = crate::render::to_text(&d1);
        let d2 = crate::parse::parse_with(&t1, &opts);
        let (a, b) = (shape(&d2), shape(&d1));
        if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
            failures.push(format!("parse∘render∘parse ≠ parse at node {i}: {:?} vs {:?}", a.get(i), b.get(i)));
            continue;
        }
        let t2 = crate::render::to_text(&d2);
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

/// The examples of this module's documentation, as unit tests (the module is
/// private, so rustdoc cannot compile them).
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
mod doc_examples {
    #[test]
    fn numbered_on() {
        let d = crate::generate::numbered_on("示範要點\n一、甲。\n二、乙。\n", 60);
        assert!(d.starts_with("示範要點\n一、甲。\n二、乙。\n三、甲。\n"), "{d}");
        assert!(d.len() >= 60);
    }

    #[test]
    fn round_trip() {
        assert_eq!(crate::generate::round_trip("示範要點\n一、甲。\n二、乙。\n"), None);
    }

    #[test]
    fn directive() {
        let text = crate::generate::directive(20_000);
        assert!(text.len() >= 20_000);
        let doc = crate::parse(&text);
        assert!(doc.diagnostics.is_empty());
        assert!(doc.units.len() > 3);
    }
    #[test]
    fn push_article() {
        let mut text = String::new();
        crate::generate::push_article(&mut text, "第 5 條", "\u{3000}本法。\n前項。");
        assert_eq!(text, "第5條\u{3000}\u{3000}本法。\n前項。\n");
    }
    #[test]
    fn statute() {
        let doc = crate::parse(&crate::generate::statute(45));
        assert_eq!(doc.kind, crate::DocKind::Statute);
        assert_eq!(doc.top_units().len(), 45);
    }
}
