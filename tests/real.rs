//! Real published directives (`corpus/real`): each phenomenon of how directives are
//! published has a real file that must parse to its hand-made labels (units, first-level
//! sub-items and paragraphs per unit), and a small test of the rule itself.
//!
//! The labels are read from `NAME.labels.json` (see `corpus/real/README.md`); the
//! accuracy table over every file is `cargo run --release --example eval_real`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use fagui::{DiagCode, Document, NodeKind, ParseOptions};
use serde_json::Value;

fn parse_file(name: &str) -> (String, Vec<Document>) {
    let path = format!("{}/corpus/real/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    let text = fagui::read_text(&bytes, &Default::default()).unwrap();
    let docs = fagui::parse_all(&text, &ParseOptions::default());
    (text, docs)
}

/// (num, sub-items, paragraphs) of every unit, document by document.
fn units(doc: &Document) -> Vec<(String, usize, usize)> {
    doc.top_units()
        .into_iter()
        .map(|n| {
            let paras: Vec<_> = n.paragraphs().collect();
            let sub =
                paras.iter().map(|p| p.children.iter().filter(|c| c.kind == NodeKind::Subparagraph).count()).sum();
            (n.num.map(|x| x.to_string()).unwrap_or_default(), sub, paras.len().max(1))
        })
        .collect()
}

fn labels(name: &str) -> Vec<Vec<(String, usize, usize)>> {
    let path = format!("{}/corpus/real/{name}.labels.json", env!("CARGO_MANIFEST_DIR"));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            d["units"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| {
                    let num = match &u["num"] {
                        Value::String(s) => s.clone(),
                        n => n.to_string(),
                    };
                    (num, u["sub"].as_u64().unwrap() as usize, u["paras"].as_u64().unwrap_or(1) as usize)
                })
                .collect()
        })
        .collect()
}

/// The file parses to its labels exactly, and nothing is lost.
fn matches_labels(name: &str) {
    let (text, docs) = parse_file(name);
    let got: Vec<_> = docs.iter().map(units).collect();
    assert_eq!(got, labels(name), "{name}");
    assert!(fagui::conserve::check_all(&text, &docs).is_balanced(), "{name}: text lost");
}

#[test]
fn p1_decoration_before_markers() {
    // Table bars between points (Taipei law system print view), bullets before articles.
    matches_labels("c-wra-dredging-rootlaw-bars");
    matches_labels("l-taichungcounty-it-task-force-table");
    matches_labels("c-fnpa-state-property-rules-articles");
    let doc = fagui::parse("示範要點\n- 一、甲。 | \n|\n• 二、乙。\n");
    assert_eq!(doc.units.len(), 2);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn p2_article_numbered_directives() {
    matches_labels("l-yunlin-erlun-activity-center-articles");
    matches_labels("l-keelung-islet-landing-fees");
    let doc = fagui::parse("示範要點\n第一條 本要點訂定。\n第二條 任務如下：\n一、甲。\n二、乙。\n第三條 丙。\n");
    assert_eq!(doc.kind, fagui::DocKind::Statute);
    assert_eq!(doc.top_units().len(), 3);
    let doc = fagui::parse("示範要點\n第一條、本要點訂定。\n第二條、乙。\n");
    assert_eq!(doc.top_units().len(), 2);
    // Labels glued to their text (table cells joined), in a print view of selected
    // articles; a citation at a line start stays text.
    matches_labels("c-moea-river-rules-print-bullets");
    let doc = fagui::parse("示範辦法\n第 3 條本辦法所稱甲。\n第 4 條乙。\n第5條規定之事項，準用之。\n");
    assert_eq!(doc.top_units().len(), 2);
    assert_eq!(doc.units[1].paragraphs().count(), 2);
}

#[test]
fn p3_flattened_text() {
    matches_labels("l-taitung-vendor-council");
    matches_labels("l-taipei-document-handling-2013-point8");
    let doc = fagui::parse("示範要點\n一、甲。\n二、本會職權如下: (一)關於甲。 (二)關於乙。 (三)關於丙。\n三、丁。\n");
    assert_eq!(doc.units.len(), 3);
    assert_eq!(doc.units[1].children[0].children.len(), 3);
    // A title and the first point on one line, the page's anchor number glued before it.
    matches_labels("s-moj-enforcement-hsinchu-volunteer-p6");
    let doc = fagui::parse("示範要點 一、甲。\n二、乙。\n");
    assert_eq!(doc.title.as_deref(), Some("示範要點"));
    assert_eq!(doc.units.len(), 2);
    let doc = fagui::parse("示範要點 一、甲。 二、乙： (一)丙。 (二)丁。 三、戊。");
    assert_eq!(doc.title.as_deref(), Some("示範要點"));
    assert_eq!(doc.units.len(), 3);
}

#[test]
fn p4_marker_variants() {
    matches_labels("c-mol-outsourced-training-principles-print");
    matches_labels("c-moj-enforcement-outsourced-staff-awards");
    for src in [
        "示範要點\n一、甲：\n（一）、乙。\n（二）、丙。\n",
        "示範要點\n一、甲：\n⒈乙。\n⒉丙。\n",
        "示範要點\nㄧ、甲：\n(1).乙。\n(2).丙。\n",
    ] {
        let doc = fagui::parse(src);
        assert_eq!(doc.units[0].children[0].children.len(), 2, "{src}");
    }
    // A point number alone on its line, its text on the next.
    let doc = fagui::parse("示範要點\n一、甲。\n二\n乙。\n");
    assert_eq!(doc.units.len(), 2);
    assert_eq!(doc.units[1].children[0].text, "乙。");
}

#[test]
fn p5_amended_points_only() {
    matches_labels("c-mol-talent-investment-amended-2009");
    matches_labels("c-nfa-ey-disaster-committee-point3");
    let doc = fagui::parse("示範要點修正規定\n六、甲。\n八、乙。\n十三、丙。\n");
    let nums: Vec<_> = doc.units.iter().map(|u| u.num.unwrap().to_string()).collect();
    assert_eq!(nums, ["6", "8", "13"]);
    assert_eq!(doc.diagnostics[0].code, DiagCode::FirstUnit);
    assert!(doc.diagnostics.iter().all(|d| d.severity == fagui::Severity::Info));
}

#[test]
fn p6_adoption_and_history_lines() {
    matches_labels("l-yunlin-erlun-activity-center-articles");
    matches_labels("l-taipei-public-art-committee");
    for line in [
        "95.3.8.行政會議通過",
        "中華民國九十五年三月八日行政會議通過",
        "108.10.02系務會議通過",
        "民國 109 年 5 月 1 日",
    ] {
        let doc = fagui::parse(&format!("示範要點\n{line}\n一、甲。\n二、乙。\n"));
        assert_eq!(doc.history.len(), 1, "{line}");
        assert_eq!(doc.units.len(), 2, "{line}");
    }
    let doc = fagui::parse("示範要點\n一、甲。\n二、乙。\n95.3.8.行政會議通過\n");
    assert_eq!(doc.history[0].date.as_deref(), Some("2006-03-08"));
}

#[test]
fn p7_chapters_restarting_points() {
    matches_labels("c-nfa-duty-roster-chapters-history");
    matches_labels("c-mol-recharge-plan-chapters-print");
    let doc = fagui::parse("示範要點\n壹、總則\n一、甲。\n二、乙。\n貳 作業\n一、丙。\n");
    assert_eq!(doc.units.len(), 2);
    assert_eq!(doc.top_units().len(), 3);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn p8_site_chrome() {
    matches_labels("c-moe-study-abroad-committee-repealed");
    matches_labels("c-mol-esf-local-gov-point3");
    let doc = fagui::parse(
        "跳到主要內容區\n:::\n法規名稱:\n示範要點\n發布日期:\n民國 99 年 1 月 1 日\n一、甲。\n二、乙。\n瀏覽數:1024\n資料來源:示範系統\n",
    );
    assert_eq!(doc.title.as_deref(), Some("示範要點"));
    assert_eq!(doc.meta.get("資料來源").map(String::as_str), Some("示範系統"));
    assert_eq!(doc.units.len(), 2);
    assert_eq!(doc.units[1].children.len(), 1);
    // The page's address under the title (a reposted law page) is no paragraph.
    matches_labels("s-kenting-reserve-research-points");
    let doc = fagui::parse("示範要點\nhttp://www.example.gov.tw/laws01.aspx?lawID=20\n一、甲。\n二、乙。\n");
    assert_eq!(doc.units.len(), 2);
    assert!(doc.debris.iter().any(|d| d.text.starts_with("http://")));
}

#[test]
fn p9_no_cascades() {
    matches_labels("c-nfa-cross-jurisdiction-support-history");
    matches_labels("l-kaohsiung-pipeline-map-files");
    // A misjudged break inside a list: the list goes on, no paragraphs 2–5.
    let doc =
        fagui::parse("示範要點\n一、任務如下：\n（一）甲事項如下：\n說明之文字。\n（二）乙。\n（三）丙。\n二、丁。\n");
    let p1 = &doc.units[0];
    assert_eq!(p1.paragraphs().count(), 1);
    assert_eq!(p1.children[0].children.len(), 3);
    assert_eq!(p1.children[0].children[0].text, "甲事項如下：說明之文字。");
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    // Several blocks of an item before the next one (blank lines between them).
    let doc = fagui::parse(
        "示範要點\n1、甲。\n2、申請如下：\n(1)學校申請。\n\n首次申請時，應座談。\n\n完成後提供報告。\n(2)團體申請。\n3、丙。\n",
    );
    assert_eq!(doc.units.len(), 3);
    let p2 = &doc.units[1];
    assert_eq!(p2.paragraphs().count(), 1);
    assert_eq!(p2.children[0].children.len(), 2);
    assert!(p2.children[0].children[0].text.ends_with("完成後提供報告。"));
}

#[test]
fn p10_several_documents() {
    matches_labels("s-moj-keelung-detention-volunteer-p8");
    let (_, docs) = parse_file("s-cshs-handbook-compilation");
    assert_eq!(docs.len(), 2);
}
