//! Property tests: generated documents parse to the structure they were written from,
//! keep every character, and render → parse is the identity (as are JSON and Akoma
//! Ntoso out and back in).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use fagui::numeral::to_cjk;
use fagui::testing::Style;
use fagui::{DocKind, Document, Node, NodeKind, Num};
use proptest::prelude::*;

/// Characters that never start a marker and never end a sentence.
const SAFE: &[char] = &[
    '本', '機', '關', '應', '辦', '理', '資', '料', '治', '之', '事', '項', '並', '得', '設', '小', '組', '負', '責',
    '協', '調', '推', '動', '會', '議', '規', '定', '委', '員', '召', '集', '人', '，', '、', 'A', 'b', '7',
];

#[derive(Debug, Clone)]
struct Item {
    text: String,
    children: Vec<Item>,
}

#[derive(Debug, Clone)]
struct Para {
    text: String,
    list: Vec<Item>,
}

#[derive(Debug, Clone)]
struct Unit {
    paras: Vec<Para>,
    deleted: bool,
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(SAFE), 1..30).prop_map(|cs| {
        // never start with punctuation or a Latin/digit that could glue to a marker
        let mut s: String = cs.into_iter().skip_while(|c| matches!(c, '，' | '、' | 'A' | 'b' | '7')).collect();
        if s.is_empty() {
            s.push('本');
        }
        s.push('。');
        s
    })
}

fn items(depth: u32) -> BoxedStrategy<Vec<Item>> {
    if depth == 0 {
        return Just(Vec::new()).boxed();
    }
    prop::collection::vec((sentence(), items(depth - 1)).prop_map(|(text, children)| Item { text, children }), 0..4)
        .boxed()
}

fn para() -> impl Strategy<Value = Para> {
    (sentence(), items(4)).prop_map(|(text, list)| Para { text, list })
}

fn unit() -> impl Strategy<Value = Unit> {
    (prop::collection::vec(para(), 1..4), prop::bool::weighted(0.1))
        .prop_map(|(paras, deleted)| Unit { paras, deleted })
}

const DIRECTIVE_STYLES: [Style; 7] = [
    Style::ParenCjk,
    Style::Arabic,
    Style::ParenArabic,
    Style::Stem,
    Style::ParenStem,
    Style::Branch,
    Style::ParenBranch,
];
const STATUTE_STYLES: [Style; 7] =
    [Style::CjkComma, Style::ParenCjk, Style::Arabic, Style::ParenArabic, Style::Stem, Style::ParenStem, Style::Branch];

fn write_items(out: &mut String, items: &[Item], depth: usize, styles: &[Style]) {
    for (i, it) in items.iter().enumerate() {
        let style = styles[depth.min(styles.len() - 1)];
        out.push_str(&style.label(i as u32 + 1, None));
        out.push_str(&it.text);
        out.push('\n');
        write_items(out, &it.children, depth + 1, styles);
    }
}

fn write(kind: DocKind, units: &[Unit], chapters: usize) -> String {
    let mut out =
        String::from(if kind == DocKind::Directive { "生成測試要點\n" } else { "生成測試辦法\n" });
    let per_chapter = units.len().div_ceil(chapters.max(1));
    for (i, u) in units.iter().enumerate() {
        let n = i as u32 + 1;
        if chapters > 0 && i % per_chapter == 0 {
            out.push_str(&format!("第{}章 通則\n", to_cjk((i / per_chapter) as u32 + 1)));
        }
        let styles: &[Style] = if kind == DocKind::Directive { &DIRECTIVE_STYLES } else { &STATUTE_STYLES };
        match kind {
            DocKind::Directive => out.push_str(&format!("{}、", to_cjk(n))),
            DocKind::Statute => out.push_str(&format!("第 {n} 條\n")),
        }
        if u.deleted {
            out.push_str("（刪除）\n");
            continue;
        }
        for p in &u.paras {
            out.push_str(&p.text);
            out.push('\n');
            write_items(&mut out, &p.list, 0, styles);
        }
    }
    out
}

fn count_items(items: &[Item]) -> usize {
    items.iter().map(|i| 1 + count_items(&i.children)).sum()
}

fn shape(doc: &Document) -> Vec<(String, Option<Num>, String, bool)> {
    let mut v = Vec::new();
    doc.walk(&mut |n: &Node| v.push((n.id.clone(), n.num, n.text.clone(), n.deleted)));
    v
}

fn check(kind: DocKind, units: &[Unit], chapters: usize) -> Result<(), TestCaseError> {
    let src = write(kind, units, chapters);
    let doc = fagui::parse(&src);
    prop_assert_eq!(doc.kind, kind);
    prop_assert!(doc.diagnostics.is_empty(), "{:?}\n{}", doc.diagnostics, src);
    let tops = doc.top_units();
    prop_assert_eq!(tops.len(), units.len());
    for (u, n) in units.iter().zip(&tops) {
        prop_assert_eq!(n.deleted, u.deleted);
        if u.deleted {
            continue;
        }
        let paras: Vec<&Node> = n.paragraphs().collect();
        prop_assert_eq!(paras.len(), u.paras.len(), "{}", src);
        for (p, pn) in u.paras.iter().zip(paras) {
            prop_assert_eq!(&pn.text, &p.text);
            let mut listed = 0;
            pn.walk(&mut |x| listed += usize::from(x.kind.is_list()));
            prop_assert_eq!(listed, count_items(&p.list), "{}", src);
        }
    }
    prop_assert!(fagui::conserve::check(&src, &doc).is_balanced());
    let again = fagui::parse(&fagui::render::to_text(&doc));
    prop_assert_eq!(shape(&again), shape(&doc));
    let json = serde_json::to_string(&doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(&back, &doc);
    let from_xml = fagui::akn::from_akn(&doc.to_akn()).unwrap();
    prop_assert_eq!(&from_xml, &doc);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn directives_round_trip(units in prop::collection::vec(unit(), 1..25)) {
        check(DocKind::Directive, &units, 0)?;
    }

    #[test]
    fn statutes_round_trip(units in prop::collection::vec(unit(), 1..25), chapters in 0usize..4) {
        check(DocKind::Statute, &units, chapters)?;
    }
}

#[test]
fn kinds_of_generated_lists() {
    let units = vec![Unit {
        paras: vec![Para {
            text: "本.".into(),
            list: vec![Item {
                text: "甲。".into(), children: vec![Item { text: "乙。".into(), children: vec![] }]
            }],
        }],
        deleted: false,
    }];
    let doc = fagui::parse(&write(DocKind::Directive, &units, 0));
    let sub = &doc.units[0].children[0].children[0];
    assert_eq!(sub.kind, NodeKind::Subparagraph);
    assert_eq!(sub.children[0].kind, NodeKind::Item);
}
