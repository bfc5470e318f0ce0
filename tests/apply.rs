//! Applying amendments and reading comparison tables back, on the corpus amendment
//! pairs: the 修正 column of a pair's table (the changed units only) with the pair's
//! amendment summary as the instruction line, applied to the old version, gives the new
//! one; a table of every unit reads back into both versions.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use fagui::apply::{Amendment, FindingCode, StepKind, apply};
use fagui::diff::table_read::{self, Side};
use fagui::diff::{self, render};
use fagui::{Document, NodeKind, Num};

fn pairs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pairs")
}

fn read(path: &Path) -> Document {
    fagui::parse(&fagui::decode::read_path(path, &Default::default()).unwrap())
}

fn pair(name: &str) -> (Document, Document) {
    let dir = pairs_dir();
    (read(&dir.join(format!("{name}.old.txt"))), read(&dir.join(format!("{name}.new.txt"))))
}

const PAIRS: [&str; 5] =
    ["seed-partial", "award-renumber", "instrument-loan-5-1", "harbor-survey-permit", "archives-act-move"];

type Shape = (String, NodeKind, Option<Num>, Option<String>, String, bool);

/// The tree without spans and labels (a table writes canonical labels: `第八條` for `第 8 條`).
fn shape(doc: &Document) -> (Option<String>, Vec<Shape>) {
    let mut v = Vec::new();
    doc.walk(&mut |n| v.push((n.id.clone(), n.kind, n.num, n.caption.clone(), n.text.clone(), n.deleted)));
    (doc.title.clone(), v)
}

#[test]
fn table_of_changes_applies_to_the_old_version() {
    for name in PAIRS {
        let (old, new) = pair(name);
        let d = diff::diff(&old, &new);
        // A 全文修正 publishes the whole text.
        let all = d.summary.stat == "全文修正";
        for md in [true, false] {
            let opts = render::Options::default().with_all(all);
            let table = if md { render::table_md(&d, opts) } else { render::table_html(&d, opts) };
            let t = table_read::read(&table).unwrap_or_else(|| panic!("{name}: table not read"));
            let mut a = Amendment::from_document(t.version(Side::New));
            a.add_instructions(&d.summary.stat);
            let done = apply(&old, &a);
            assert!(!done.has_errors(), "{name}: {:?}", done.findings);
            assert_eq!(shape(&done.document), shape(&new), "{name} (md: {md})");
        }
    }
}

#[test]
fn full_table_reads_back_into_both_versions() {
    for name in PAIRS {
        let (old, new) = pair(name);
        let d = diff::diff(&old, &new);
        let opts = render::Options::default().with_all(true);
        for table in [render::table_md(&d, opts), render::table_html(&d, opts)] {
            let t = table_read::read(&table).unwrap();
            assert_eq!(shape(&t.version(Side::Old)), shape(&old), "{name} old");
            assert_eq!(shape(&t.version(Side::New)), shape(&new), "{name} new");
        }
    }
}

#[test]
fn instructions_disagreeing_with_the_text_are_reported() {
    let (old, _) = pair("seed-partial");
    let a =
        Amendment::parse("修正第三點、第二十點；增訂第一點\n三、本小組置委員三十人。\n一、本要點訂定。\n", old.kind);
    let done = apply(&old, &a);
    let codes: Vec<(FindingCode, &str)> = done.findings.iter().map(|f| (f.code, f.unit.as_str())).collect();
    assert!(codes.contains(&(FindingCode::NoSuchUnit, "第二十點")), "{codes:?}");
    assert!(codes.contains(&(FindingCode::MissingText, "第二十點")), "{codes:?}");
    assert!(codes.contains(&(FindingCode::AlreadyThere, "第一點")), "{codes:?}");
    assert!(done.has_errors());
    assert_eq!(done.steps.iter().filter(|s| s.kind == StepKind::Amended).count(), 2);
}

fn fagui() -> Command {
    Command::new(env!("CARGO_BIN_EXE_fagui"))
}

#[test]
fn cli_apply_writes_the_new_version_and_reports() {
    let tmp = tempfile::tempdir().unwrap();
    let cur = tmp.path().join("cur.txt");
    let am = tmp.path().join("am.txt");
    let out = tmp.path().join("new.txt");
    std::fs::write(
        &cur,
        "示範要點\n一、本要點依示範法訂定。\n二、委員五人至七人。\n三、委員任期二年。\n四、本要點自發布日施行。\n",
    )
    .unwrap();
    std::fs::write(&am, "修正第二點；增訂第三點之一；刪除第四點\n二、委員七人至九人。\n三之一、委員得連任一次。\n")
        .unwrap();
    let o = fagui().arg("apply").arg(&cur).arg(&am).arg("-o").arg(&out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "示範要點\n一、本要點依示範法訂定。\n二、委員七人至九人。\n三、委員任期二年。\n三之一、委員得連任一次。\n"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("fagui: amended 第二點"), "{err}");
    assert!(err.contains("fagui: removed 第四點"), "{err}");

    // A unit the instructions amend that does not exist: nothing written, exit 1.
    std::fs::write(&am, "修正第九點\n九、甲。\n").unwrap();
    let o = fagui().arg("apply").arg(&cur).arg(&am).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("error[no-such-unit]: 第九點"));

    // JSON: the document, the steps and the findings.
    let o = fagui().args(["apply", "--format", "json", "--instructions", "刪除第四點"]).arg(&cur).output().unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["steps"][0]["kind"], "removed");
    assert_eq!(v["document"]["units"].as_array().unwrap().len(), 3);
}

#[test]
fn cli_parse_from_table_prints_either_version() {
    let (old, new) = pair("seed-partial");
    let d = diff::diff(&old, &new);
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path().join("t.html");
    std::fs::write(&t, render::table_html(&d, render::Options::default().with_all(true))).unwrap();
    for (side, want) in [("old", &old), ("new", &new)] {
        let o = fagui().args(["parse", "--from", "table", "--side", side]).arg(&t).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let got: Document = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(shape(&got), shape(want), "{side}");
    }
    std::fs::write(&t, "示範要點\n一、甲。\n").unwrap();
    let o = fagui().args(["parse", "--from", "table"]).arg(&t).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no table with a 修正 column"));
}

#[test]
fn word_table_reads_back_and_applies() {
    for name in PAIRS {
        let (old, new) = pair(name);
        let d = diff::diff(&old, &new);
        let bytes = fagui::diff::docx::table_docx(&d, render::Options::default().with_all(true)).unwrap();
        let xml = fagui::diff::docx::part(&bytes, "word/document.xml").unwrap();
        assert!(xml.contains("<w:tblHeader/>") && xml.contains("w:orient=\"landscape\""), "{name}");
        let t = table_read::read_bytes(&bytes, &Default::default()).unwrap().unwrap();
        assert_eq!(shape(&t.version(Side::Old)), shape(&old), "{name} old");
        assert_eq!(shape(&t.version(Side::New)), shape(&new), "{name} new");
        // The changed units only, applied with the stat line.
        let all = d.summary.stat == "全文修正";
        let bytes = fagui::diff::docx::table_docx(&d, render::Options::default().with_all(all)).unwrap();
        let t = table_read::read_bytes(&bytes, &Default::default()).unwrap().unwrap();
        let mut a = Amendment::from_document(t.version(Side::New));
        a.add_instructions(&d.summary.stat);
        assert_eq!(shape(&apply(&old, &a).document), shape(&new), "{name} applied");
    }
}

#[test]
fn cli_diff_writes_docx() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("t.docx");
    let dir = pairs_dir();
    let o = fagui()
        .args(["diff", "--format", "docx", "-o"])
        .arg(&out)
        .arg(dir.join("seed-partial.old.txt"))
        .arg(dir.join("seed-partial.new.txt"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&out).unwrap();
    let xml = fagui::diff::docx::part(&bytes, "word/document.xml").unwrap();
    // Some points change: the partial form of the title.
    assert!(xml.contains("行政院數位國家創新經濟推動小組設置要點部分規定修正對照表"));
    assert_eq!(xml.matches("<w:gridCol ").count(), 3);
}

#[test]
fn our_tables_verify_against_their_texts() {
    for name in PAIRS {
        let (old, new) = pair(name);
        let d = diff::diff(&old, &new);
        for all in [false, true] {
            let opts = render::Options::default().with_all(all);
            let bytes = fagui::diff::docx::table_docx(&d, opts).unwrap();
            for t in [
                table_read::read(&render::table_md(&d, opts)),
                table_read::read(&render::table_html(&d, opts)),
                table_read::read_bytes(&bytes, &Default::default()).unwrap(),
            ] {
                let found = table_read::verify(&t.unwrap(), &old, &new);
                assert!(found.is_empty(), "{name} (all: {all}): {found:?}");
            }
        }
        // Against the wrong texts, every row disagrees somewhere.
        if d.summary.stat != "全文修正" {
            let t = table_read::read(&render::table_md(&d, Default::default())).unwrap();
            assert!(!table_read::verify(&t, &new, &old).is_empty(), "{name}");
        }
    }
}

#[test]
fn cli_verify_table() {
    let dir = pairs_dir();
    let (old, new) = (dir.join("seed-partial.old.txt"), dir.join("seed-partial.new.txt"));
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path().join("t.md");
    let (o, n) = pair("seed-partial");
    let md = render::table_md(&diff::diff(&o, &n), Default::default());
    std::fs::write(&t, &md).unwrap();
    let run = |t: &Path| fagui().arg("diff").arg("--verify-table").arg(t).arg(&old).arg(&new).output().unwrap();
    let out = run(&t);
    assert!(out.status.success() && out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    std::fs::write(&t, md.replace("三十人至四十人", "三十二人至四十人")).unwrap();
    let out = run(&t);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("第三點 (修正規定): the table has 「…任；委員三十二人至四十人"), "{text}");
}

#[test]
fn box_drawing_tables_in_a_cell_survive_the_round_trip() {
    let json = r#"{"法規名稱": "示範標準", "法規性質": "命令", "法規內容": [
        {"條號": "第 1 條", "條文內容": "限量如下：\r\n┌──┬──┐\r\n│項目│限量│\r\n└──┴──┘"},
        {"條號": "第 2 條", "條文內容": "本標準自發布日施行。"}]}"#;
    let old = fagui::moj::from_json(json).unwrap().remove(0);
    let new = fagui::moj::from_json(&json.replace("自發布日", "自公布日")).unwrap().remove(0);
    let d = diff::diff(&old, &new);
    let opts = render::Options::default().with_all(true);
    let md = render::table_md(&d, opts);
    assert_eq!(md.lines().filter(|l| l.starts_with("| 第")).count(), 2, "{md}");
    let bytes = fagui::diff::docx::table_docx(&d, opts).unwrap();
    assert!(fagui::diff::docx::part(&bytes, "word/document.xml").unwrap().contains("<w:br/>"));
    for t in [table_read::read(&md).unwrap(), table_read::read_bytes(&bytes, &Default::default()).unwrap().unwrap()] {
        assert_eq!(shape(&t.version(Side::Old)).1, shape(&old).1);
        assert_eq!(shape(&t.version(Side::New)).1, shape(&new).1);
    }
}

#[test]
fn cli_log_takes_amendments_in_a_version_chain() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let v1 = write("v1.txt", "示範要點\n一、本要點依示範法訂定。\n二、委員五人至七人。\n三、委員任期二年。\n");
    let v2 = write(
        "v2.txt",
        "示範要點\n一、本要點依示範法訂定。\n二、委員七人至九人。\n三、委員任期二年。\n三之一、委員得連任一次。\n",
    );
    let v3 = write(
        "v3.txt",
        "示範要點\n一、本要點依示範法訂定。\n二、委員七人至九人。\n三、委員任期三年。\n三之一、委員得連任一次。\n",
    );
    let a2 = write("a2.txt", "修正第二點；增訂第三點之一\n二、委員七人至九人。\n三之一、委員得連任一次。\n");
    let a3 = write("a3.txt", "修正第三點\n三、委員任期三年。\n");
    let log = |args: &[&std::path::Path], flags: &[&str]| {
        let o = fagui().arg("log").args(flags).args(args).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(
            &fagui().arg("log").args(flags).args(["--format", "json"]).args(args).output().unwrap().stdout,
        )
        .unwrap();
        (String::from_utf8(o.stdout).unwrap(), v["units"].clone())
    };
    let (full, full_json) = log(&[&v1, &v2, &v3], &[]);
    let (amended, amended_json) = log(&[&v1, &a2, &a3], &["--amendments"]);
    assert_eq!(full_json, amended_json);
    assert!(amended.contains("第三點\tin "), "{amended}");
    assert!(full.lines().count() == amended.lines().count());
    // A 修正對照表 is an amendment of the version before it, without the flag.
    let d = diff::diff(
        &fagui::parse(&std::fs::read_to_string(&v2).unwrap()),
        &fagui::parse(&std::fs::read_to_string(&v3).unwrap()),
    );
    let t3 = write("t3.md", &render::table_md(&d, Default::default()));
    let (_, table_json) = log(&[&v1, &v2, &t3], &[]);
    assert_eq!(table_json, full_json);
    // An amendment that does not fit stops the log, naming the file.
    let bad = write("bad.txt", "修正第九點\n九、甲。\n");
    let o = fagui().args(["log", "--amendments"]).arg(&v1).arg(&bad).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error[no-such-unit]: 第九點") && err.contains("bad.txt"), "{err}");
}

/// One version of a pair of `../shared/data/amend` as statute text: the title, then each
/// heading and article (`第九條之一　…`, paragraphs on their own lines).
fn amend_version(v: &serde_json::Value, side: &str) -> Document {
    let mut text = format!("{}\n", v["law"].as_str().unwrap_or(""));
    for a in v[side]["articles"].as_array().into_iter().flatten() {
        if let Some(h) = a.get("section_name").and_then(|h| h.as_str()) {
            text.push_str(h.trim());
            text.push('\n');
            continue;
        }
        fagui::testing::push_article(
            &mut text,
            a["rule_no"].as_str().unwrap_or(""),
            a["content"].as_str().unwrap_or(""),
        );
    }
    fagui::parse_with(&text, &fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute)))
}

/// Real amendments (a sample of `../shared/data/amend`, the whole folder in the
/// `eval_apply` example): articles renumbered across chapters, chapters that lost
/// articles, a preamble, a heading that moved, a unit deleted whose number another takes.
#[test]
fn real_amendment_tables_read_back_and_apply() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/amend");
    if !dir.is_dir() {
        println!("notice: ../shared/data/amend not found; skipping the real amendment tables");
        return;
    }
    let unlabelled = |d: &Document| {
        let (t, mut v) = (d.title.clone(), Vec::new());
        d.walk(&mut |n| v.push((n.id.clone(), n.kind, n.num, n.caption.clone(), n.text.clone(), n.deleted)));
        (t, v)
    };
    for name in ["01119-3", "01154-2", "01408-0", "01516-16", "01945-5", "03128-1", "04513-0", "04534-3"] {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.json"))) else { continue };
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let (old, new) = (amend_version(&v, "old"), amend_version(&v, "new"));
        let d = diff::diff(&old, &new);
        let all = render::Options::default().with_all(true);
        let docx = diff::docx::table_docx(&d, all).unwrap();
        let tables = [
            table_read::read(&render::table_md(&d, all)),
            table_read::read(&render::table_md(&d, all.with_explain(render::Explain::None))),
            table_read::read(&render::table_html(&d, all)),
            table_read::read_bytes(&docx, &Default::default()).unwrap(),
        ];
        for t in tables {
            let t = t.unwrap_or_else(|| panic!("{name}: table not read"));
            assert_eq!(unlabelled(&t.version_as(Side::Old, Some(old.kind))), unlabelled(&old), "{name} old");
            assert_eq!(unlabelled(&t.version_as(Side::New, Some(new.kind))), unlabelled(&new), "{name} new");
        }
        // The table of the changes, applied with the summary line.
        let whole = d.summary.stat == "全文修正";
        let t = table_read::read(&render::table_md(&d, render::Options::default().with_all(whole))).unwrap();
        let mut a = Amendment::from_document(t.version_as(Side::New, Some(old.kind)));
        a.add_instructions(&d.summary.stat);
        assert_eq!(unlabelled(&apply(&old, &a).document), unlabelled(&new), "{name} applied");
    }
}

#[test]
fn an_empty_heading_at_the_end_reads_back_where_it_stood() {
    // The current version ends with an empty chapter; the new one puts 第二條 under it.
    let old = fagui::parse("示範法\n第一章 總則\n第一條\n甲。\n第二條\n乙。\n第二章 附則\n");
    let new = fagui::parse("示範法\n第一章 總則\n第一條\n甲。\n第二章 附則\n第二條\n乙。\n");
    let d = diff::diff(&old, &new);
    let shape = |d: &Document| {
        let mut v = Vec::new();
        d.walk(&mut |n| v.push((n.id.clone(), n.caption.clone(), n.text.clone())));
        v
    };
    for explain in [render::Explain::Facts, render::Explain::None] {
        let md = render::table_md(&d, render::Options::default().with_all(true).with_explain(explain));
        assert!(md.contains("本章原列於第二條之後。"), "{md}");
        let t = table_read::read(&md).unwrap();
        assert_eq!(shape(&t.version(Side::Old)), shape(&old), "{md}");
        assert_eq!(shape(&t.version(Side::New)), shape(&new), "{md}");
    }
}

#[test]
fn a_deleted_unit_whose_number_another_takes() {
    let cur = fagui::parse("示範法\n第一條　甲。\n第二條　乙。\n第三條　丙丙丙丙。\n");
    // The number a moved unit leaves can be added again.
    let a = Amendment::parse(
        "修正第二條；增訂第三條；刪除第二條；原第三條移列為第二條\n第二條　丙丙丙丙丁。\n第三條　戊。\n",
        cur.kind,
    );
    let done = apply(&cur, &a);
    let texts: Vec<String> = done.document.top_units().iter().map(|u| u.children[0].text.clone()).collect();
    assert_eq!(texts, ["甲。", "丙丙丙丙丁。", "戊。"], "{:?}", done.findings);
    assert!(!done.has_errors(), "{:?}", done.findings);
}
