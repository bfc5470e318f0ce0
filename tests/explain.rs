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
