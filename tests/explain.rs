//! The 說明 column and the underlining of the command line's tables (the drafting
//! convention by default; the earlier phrasing on request).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;
use std::process::Command;

fn table(args: &[&str], pair: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pairs");
    let o = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(["diff", "--format", "table-md"])
        .args(args)
        .arg(dir.join(format!("{pair}.old.txt")))
        .arg(dir.join(format!("{pair}.new.txt")))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn substantive_changes_are_not_called_editorial() {
    // 評審委員五人至七人 → 七人至九人: substantive.
    let md = table(&[], "award-renumber");
    assert!(md.contains("| 原第五點移列為第六點，修正本點內容。〔修正理由待補〕 |"), "{md}");
    assert!(!md.contains("酌作文字修正"), "{md}");
    let md = table(&["--explain", "classic"], "award-renumber");
    assert!(md.contains("原第五點移列為第六點，並酌作文字修正。"));
    let md = table(&["--explain", "none"], "award-renumber");
    assert!(md.lines().skip(4).all(|l| l.ends_with("|  |")), "{md}");
}

#[test]
fn underlines_in_the_new_column_only_by_default() {
    // Point 8: words replaced (a pure deletion, as in point 3, leaves nothing to mark in
    // the 修正 column).
    let md = table(&[], "seed-partial");
    let row = md.lines().find(|l| l.starts_with("| 八、")).unwrap();
    let cells: Vec<&str> = row.split(" | ").collect();
    assert!(cells[0].contains("<u>"), "{row}");
    assert!(!cells[1].contains("<u>"), "{row}");
    let md = table(&["--underline", "both"], "seed-partial");
    let row = md.lines().find(|l| l.starts_with("| 八、")).unwrap();
    assert!(row.split(" | ").nth(1).unwrap().contains("<u>"), "{row}");
}

#[test]
fn removed_clause_is_a_fact() {
    let md = table(&[], "harbor-survey-permit");
    assert!(md.contains("| 刪除第三款。原第四款移列為第三款。 |"), "{md}");
}

/// The 說明 of the first change of two statute texts, in the drafting convention.
fn facts_of(old: &str, new: &str) -> String {
    let d = fagui::diff::diff(&fagui::parse(old), &fagui::parse(new));
    fagui::testing::facts(d.kind, &d.changes[0]).unwrap()
}

#[test]
fn agency_renames_are_editorial() {
    let law = |body: &str| format!("示範法\n第一條　{body}\n");
    // Renamed by a reorganisation (with the head's title), alone or among other agencies.
    for (a, b) in [
        ("本法主管機關為行政院衛生署。", "本法主管機關為衛生福利部。"),
        ("由行政院勞工委員會主任委員核定。", "由勞動部部長核定。"),
        ("由交通部會同財政部定之。", "由交通部會同金融監督管理委員會定之。"),
        ("由行政院農業委員會、行政院環境保護署及內政部會商。", "由農業部、環境部及內政部會商。"),
        ("行政院國家科學委員會", "國家科學及技術委員會"),
    ] {
        assert_eq!(facts_of(&law(a), &law(b)), "酌作文字修正。", "{a} → {b}");
    }
    // Not a rename: another agency, a rename backwards, a rename with another change.
    for (a, b) in [
        ("由內政部核定。", "由法務部核定。"),
        ("由勞動部核定。", "由行政院勞工委員會核定。"),
        ("由行政院衛生署核定。", "由衛生福利部會同內政部核定。"),
        ("本法主管機關為交通部。", "本法主管機關為主管機關。"),
    ] {
        let s = facts_of(&law(a), &law(b));
        assert!(!s.contains("酌作") && s.ends_with(fagui::testing::PLACEHOLDER), "{a} → {b}: {s}");
    }
}

#[test]
fn a_renumbering_run_is_one_range_sentence() {
    let old =
        "示範要點\n一、任務如下：\n（一）甲甲甲甲甲。\n（二）乙乙乙乙乙。\n（三）丙丙丙丙丙。\n（四）丁丁丁丁丁。\n";
    let new = "示範要點\n一、任務如下：\n（一）戊。\n（二）甲甲甲甲甲。\n（三）乙乙乙乙乙。\n（四）丙丙丙丙丙。\n（五）丁丁丁丁丁。\n";
    let s = facts_of(old, new);
    assert_eq!(s, "增訂第一款。原第一款至第四款依序移列為第二款至第五款。");
    assert_eq!(s.matches("移列").count(), 1);
}

/// One version of a pair of `../shared/data/amend` as statute text.
fn amend_version(v: &serde_json::Value, side: &str) -> fagui::Document {
    let mut text = format!("{}\n", v["law"].as_str().unwrap_or(""));
    for a in v[side]["articles"].as_array().into_iter().flatten() {
        if let Some(h) = a.get("section_name").and_then(|h| h.as_str()) {
            text.push_str(h.trim());
            text.push('\n');
            continue;
        }
        let (no, content) = (a["rule_no"].as_str().unwrap_or(""), a["content"].as_str().unwrap_or(""));
        fagui::testing::push_article(&mut text, no, content);
    }
    fagui::parse_with(&text, &fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute)))
}

#[test]
fn real_renames_are_editorial() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/amend");
    if !dir.is_dir() {
        println!("notice: ../shared/data/amend not found; skipping the real renames");
        return;
    }
    // An article whose only change is an agency renamed by a reorganisation.
    for (name, art, what) in [
        ("01459-1", 23, "行政院衛生署 → 衛生福利部"),
        ("03626-2", 3, "行政院勞工委員會 → 勞動部"),
        ("02077-0", 10, "財政部 → 金融監督管理委員會"),
    ] {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.json"))) else { continue };
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let d = fagui::diff::diff(&amend_version(&v, "old"), &amend_version(&v, "new"));
        let c = d.changes.iter().find(|c| c.new_num == Some(art.into())).unwrap();
        assert_eq!(c.op, fagui::diff::Op::Modified, "{name} {what}");
        assert_eq!(fagui::testing::facts(d.kind, c).as_deref(), Some("酌作文字修正。"), "{name} {what}");
    }
}

#[test]
fn explain_none_keeps_where_units_and_headings_stood() {
    use fagui::diff::{render, table_read};
    // 第二條 moves under a new chapter; the old chapter heading stood before it.
    let old = fagui::parse("示範法\n第一章 總則\n第一條\n甲。\n第二條\n乙。\n第二章 附則\n第三條\n丙。\n");
    let new =
        fagui::parse("示範條例\n第一章 總則\n第一條\n甲。\n第二章 罰則\n第二條\n乙。\n第三章 附則\n第三條\n丙丙。\n");
    let d = fagui::diff::diff(&old, &new);
    let opts = render::Options::default().with_all(true).with_explain(render::Explain::None);
    let md = render::table_md(&d, opts);
    assert!(md.contains("名稱修正。"), "{md}");
    assert!(!md.contains("酌作") && !md.contains("新增"), "{md}");
    let t = table_read::read(&md).unwrap();
    let shape = |d: &fagui::Document| {
        let mut v = Vec::new();
        d.walk(&mut |n| v.push((n.id.clone(), n.caption.clone(), n.text.clone())));
        (d.title.clone(), v)
    };
    assert_eq!(shape(&t.version(table_read::Side::Old)), shape(&old), "{md}");
    assert_eq!(shape(&t.version(table_read::Side::New)), shape(&new), "{md}");
}
