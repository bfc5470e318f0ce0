//! The query layer on the seed and the corpus: addresses, references, terms, search and
//! the CLI subcommands.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;
use std::process::Command;

use fagui::query::{self, Address, Pattern};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives/digi-plus-directive.txt");

fn read(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    fagui::read_text(&bytes, &Default::default()).unwrap()
}

fn seed() -> (String, fagui::Document) {
    let src = read(Path::new(SEED));
    let doc = fagui::parse(&src);
    (src, doc)
}

#[test]
fn seed_get_point_8_subparagraph_2() {
    let (_, doc) = seed();
    for cite in ["第八點第二款", "8.(2)", "point_8__para_1__subpara_2", "第八點第一項第二款", "8.1.2"] {
        let node = doc.get(&Address::parse(cite).unwrap()).unwrap();
        assert_eq!(node.id, "point_8__para_1__subpara_2", "{cite}");
        assert!(node.text.starts_with("各中央二級機關置資訊長一人"), "{cite}");
    }
    let err = doc.get(&Address::parse("第八點第九款").unwrap()).unwrap_err();
    assert!(err.to_string().contains("第九款"), "{err}");
}

#[test]
fn seed_previous_point_in_point_6() {
    let (src, doc) = seed();
    let refs = query::extract_refs(&doc, &src);
    let r = refs.iter().find(|r| r.text == "前點").unwrap();
    assert!(r.from.starts_with("point_6"));
    assert_eq!(r.targets, ["point_5"]);
    assert_eq!(&src[r.span.0..r.span.1], "前點");
    let n = doc.get_in(&Address::parse("前點").unwrap(), "point_6__para_1").unwrap();
    assert_eq!(n.id, "point_5");
    assert_eq!(query::cited_by(&refs, "point_5").len(), 1);
}

#[test]
fn seed_terms() {
    let (src, doc) = seed();
    let terms = query::extract_terms(&doc, &src);
    let pairs: Vec<_> = terms.iter().map(|t| (t.term.as_str(), t.meaning.as_str())).collect();
    assert!(pairs.contains(&("本院", "行政院")), "{pairs:?}");
    assert!(pairs.contains(&("本小組", "數位國家創新經濟推動小組")), "{pairs:?}");
    assert!(pairs.contains(&("DIGI+小組", "Digital Innovation & Governance Initiative Committee")), "{pairs:?}");
    assert!(terms.iter().all(|t| t.defined_in == "point_1__para_1"));
    // The term `DIGI+小組` is split over three source lines; its span covers them.
    let digi = terms.iter().find(|t| t.term == "DIGI+小組").unwrap();
    let raw: String = src[digi.span.0..digi.span.1].chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(raw, "DIGI+小組");
}

#[test]
fn seed_search_across_wraps() {
    let (src, doc) = seed();
    // `數位國家創新經濟推動小組` is wrapped after 經 in the source.
    let hits = query::search(&doc, &src, &Pattern::literal("創新經濟推動小組"));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].citation, "第一點");
    let raw = &src[hits[0].span.0..hits[0].span.1];
    assert!(raw.contains('\n'), "{raw:?}");
    assert_eq!(raw.chars().filter(|c| !c.is_whitespace()).collect::<String>(), "創新經濟推動小組");
    let hits = query::search(&doc, &src, &Pattern::regex("資訊長[^，]*").unwrap());
    let cites: Vec<_> = hits.iter().map(|h| h.citation.as_str()).collect();
    assert_eq!(cites, ["第八點", "第八點第一款", "第八點第二款", "第八點第三款"]);
}

#[test]
fn walking() {
    let (_, doc) = seed();
    let all: Vec<_> = query::nodes(&doc).collect();
    let mut ids = Vec::new();
    doc.walk(&mut |n| ids.push(n.id.clone()));
    assert_eq!(all.iter().map(|(_, n)| n.id.clone()).collect::<Vec<_>>(), ids);
    let (path, n) = all.iter().find(|(_, n)| n.id == "point_8__para_1__subpara_2").unwrap();
    let mut chain = path.clone();
    chain.push(n);
    assert_eq!(query::citation(&chain), "第八點第二款");
    assert_eq!(query::of_kind(&doc, fagui::NodeKind::Point).count(), 13);
}

fn fagui(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_fagui")).args(args).env("NO_COLOR", "1").output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap_or(-1))
}

#[test]
fn cli_get() {
    for cite in ["第八點第二款", "8.(2)", "point_8__para_1__subpara_2"] {
        let (out, code) = fagui(&["get", SEED, cite]);
        assert_eq!(code, 0);
        assert!(out.starts_with("第八點第二款\n(二)各中央二級機關置資訊長一人"), "{out}");
    }
    let (out, code) = fagui(&["get", SEED, "8.(2)", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["id"], "point_8__para_1__subpara_2");
    let (out, _) = fagui(&["get", SEED, "前點", "--context", "point_6"]);
    assert!(out.starts_with("第五點\n五、"), "{out}");
    let (_, code) = fagui(&["get", SEED, "第十四點"]);
    assert_eq!(code, 2);
}

#[test]
fn cli_grep_refs_terms() {
    let (out, code) = fagui(&["grep", "資訊長", SEED]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 4);
    assert!(out.contains(":第八點第一款: 本院置資訊長一人"), "{out}");
    let (out, _) = fagui(&["grep", "--json", "--regex", "DIGI\\+", SEED]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["hits"][0]["citation"], "第一點");
    let (out, _) = fagui(&["refs", "--json", SEED]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["refs"][0]["from"], "point_6__para_1");
    assert_eq!(v["refs"][0]["targets"][0], "point_5");
    assert_eq!(v["refs"][0]["law"], serde_json::Value::Null);
    assert_eq!(v["refs"][0]["path"][0]["kind"], "point");
    let (out, _) = fagui(&["refs", SEED, "--to", "第五點"]);
    assert!(out.starts_with("第六點: 前點 -> 第五點"), "{out}");
    let (out, _) = fagui(&["terms", "--json", SEED]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["terms"][1]["term"], "本小組");
    assert_eq!(v["terms"][1]["meaning"], "數位國家創新經濟推動小組");
    let (out, _) = fagui(&["parse", SEED]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["units"][0]["id"], "point_1");
    assert_eq!(v["refs"].as_array().unwrap().len(), 1);
    assert_eq!(v["terms"].as_array().unwrap().len(), 3);
}

/// `{"refs": […]}` as `fagui refs --json` prints it.
#[derive(serde::Serialize)]
struct Refs {
    refs: Vec<fagui::Reference>,
}

/// `{"terms": […]}` as `fagui terms --json` prints it.
#[derive(serde::Serialize)]
struct Terms {
    terms: Vec<fagui::Term>,
}

#[test]
fn refs_snapshots() {
    insta::glob!("../corpus", "**/*.txt", |path| {
        let src = read(path);
        let doc = fagui::parse(&src);
        let refs = query::extract_refs(&doc, &src);
        for r in &refs {
            assert!(src.get(r.span.0..r.span.1).is_some(), "{}: bad span {:?}", path.display(), r.span);
        }
        insta::assert_json_snapshot!(Refs { refs });
    });
}

#[test]
fn terms_snapshots() {
    insta::glob!("../corpus", "**/*.txt", |path| {
        let src = read(path);
        let doc = fagui::parse(&src);
        insta::assert_json_snapshot!(Terms { terms: query::extract_terms(&doc, &src) });
    });
}

#[test]
fn no_panics_on_odd_addresses() {
    let (src, doc) = seed();
    for a in [
        "第",
        "第點",
        "前",
        "前十萬點",
        "本",
        "各款",
        "8.",
        "8.(",
        "8.()",
        ".1",
        "1-",
        "第一章第",
        "第99999999999點",
        "x_",
    ] {
        if let Ok(addr) = Address::parse(a) {
            let _ = doc.resolve(&addr, Some("point_6__para_1"));
            let _ = doc.resolve(&addr, None);
        }
    }
    let weird = "第第第前前前本本本同法第各款各款第一條至至第、第及";
    let d = fagui::parse(&format!("要點\n一、{weird}\n二、{weird}前二點至第十點\n"));
    let _ = query::extract_refs(&d, weird);
    let _ = query::extract_refs(&doc, "");
    let _ = query::search(&doc, "", &Pattern::literal("資訊長"));
    let _ = query::extract_terms(&doc, &src[..10]);
}

#[test]
fn readme_library_example() {
    let src = "示範要點\n一、示範機關（以下簡稱本機關）設推動小組。\n二、依前點辦理：\n（一）研議。\n";
    let doc = fagui::parse(src);
    let node = doc.get(&Address::parse("2.(1)").unwrap()).unwrap();
    assert_eq!(query::citation_of(&doc, &node.id).unwrap(), "第二點第一款");
    let refs = query::extract_refs(&doc, src);
    assert_eq!(refs[0].targets, ["point_1"]);
    assert_eq!(query::cited_by(&refs, "point_1").len(), 1);
    let hits = query::search(&doc, src, &Pattern::literal("研議"));
    assert_eq!(hits[0].citation, "第二點第一款");
    assert_eq!(query::nodes(&doc).count(), 5);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Strings built from the characters the citation grammar cares about.
    fn citationish() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "第",
            "前",
            "本",
            "同",
            "該",
            "各",
            "條",
            "點",
            "項",
            "款",
            "目",
            "章",
            "編",
            "節",
            "之",
            "至",
            "、",
            "及",
            "或",
            "法",
            "條例",
            "一",
            "二",
            "十",
            "百",
            "零",
            "1",
            "2",
            "-",
            ".",
            "(",
            ")",
            "（",
            "）",
            "以下簡稱",
            "簡稱",
            "所稱",
            "，",
            "。",
            "指",
            "：",
            "依",
            "民法",
            " ",
            "\n",
            "三、",
            "（一）",
            "第 2 條",
            "中央法規標準法",
            "用詞，定義如下：",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn queries_on_any_text(body in citationish(), addr in citationish()) {
            let src = format!("示範法\n第 1 條\n{body}\n第 2 條\n{body}\n");
            let doc = fagui::parse(&src);
            let export = query::Export::new(&doc, &src);
            for r in &export.refs {
                prop_assert!(src.get(r.span.0..r.span.1).is_some());
            }
            for t in &export.terms {
                prop_assert!(src.get(t.span.0..t.span.1).is_some());
            }
            let _ = query::search(&doc, &src, &Pattern::literal(body.chars().take(3).collect::<String>()));
            if let Ok(a) = Address::parse(&addr) {
                let _ = doc.resolve(&a, Some("art_2"));
                let _ = doc.resolve(&a, None);
                let _ = a.to_string();
            }
        }

        #[test]
        fn any_address_and_text(addr in "\\PC{0,24}", body in "\\PC{0,60}") {
            let src = format!("示範要點\n一、{body}\n二、{body}\n");
            let doc = fagui::parse(&src);
            let _ = query::Export::new(&doc, &src);
            if let Ok(a) = Address::parse(&addr) {
                let _ = doc.resolve(&a, Some("point_2__para_1"));
            }
        }
    }
}

#[test]
fn cli_grep_goes_on_after_an_unreadable_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(["grep", "資訊長", "no-such-file.txt", SEED])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 4);
    assert!(String::from_utf8(out.stderr).unwrap().contains("1 of 2 files"));
}
