//! `fagui check`'s drafting rules through the binary: each rule's failing text is
//! reported with its code, its passing text is not; `--against OLD` reports the
//! citations an amendment left stale as errors (exit 1), in text and JSON; the corpus's
//! clean files raise none of these codes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::process::{Command, Stdio};

fn fagui(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into())
}

/// Writes `text` to `name` in `dir` and gives the path.
fn file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn each_rule_finds_its_failing_text_and_passes_the_clean_one() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        (
            "statute-numbering",
            "示範法\n第一條\n本法用詞如下：\n（一）甲。\n（二）乙。\n",
            "示範法\n第一條\n本法用詞如下：\n一、甲：\n（一）子。\n（二）丑。\n二、乙。\n",
            "4:1",
        ),
        (
            "level-order",
            "示範要點\n一、甲：\n1.乙：\n（一）丙。\n（二）丁。\n",
            "示範要點\n一、甲：\n（一）乙：\n1.丙。\n2.丁。\n",
            "4:1",
        ),
        (
            "dangling-citation",
            "示範要點\n一、甲。\n二、依第五點辦理。\n",
            "示範要點\n一、甲。\n二、依第一點辦理。\n",
            "3:4",
        ),
    ];
    for (code, bad, good, at) in cases {
        let bad = file(&tmp, &format!("{code}-bad.txt"), bad);
        let good = file(&tmp, &format!("{code}-good.txt"), good);
        let (status, out) = fagui(&["check", "--format", "short", "--deny", "warning", &bad]);
        assert_eq!(status, 1, "{out}");
        assert!(out.contains(&format!("{code}-bad.txt:{at}: warning[{code}]")), "{out}");
        let (status, out) = fagui(&["check", "--deny", "info", &good]);
        assert_eq!(status, 0, "{out}");
    }
}

#[test]
fn against_reports_citations_the_amendment_left_stale() {
    let tmp = tempfile::tempdir().unwrap();
    let old = file(&tmp, "old.txt", "示範法\n第一條\n甲。\n第二條\n乙。\n第三條\n丙。\n第四條\n依第三條辦理。\n");
    let new = file(&tmp, "new.txt", "示範法\n第一條\n甲。\n第二條\n丙。\n第三條\n依第三條辦理。\n");
    let fixed = file(&tmp, "fixed.txt", "示範法\n第一條\n甲。\n第二條\n丙。\n第三條\n依第二條辦理。\n");
    let (status, out) = fagui(&["check", "--against", &old, &new]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("new.txt:7:2: error[stale-citation]: 第三條 cites 第三條"), "{out}");
    assert!(out.contains("renumbered 第二條"), "{out}");
    assert!(out.contains("^^^"), "{out}");
    let (status, out) = fagui(&["check", "--format", "json", "--against", &old, &new]);
    assert_eq!(status, 1);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["errors"], 1);
    assert_eq!(v["diagnostics"][0]["code"], "stale-citation");
    let (status, out) = fagui(&["check", "--against", &old, &fixed]);
    assert_eq!(status, 0, "{out}");
    // Without --against the stale citation names a unit that exists: nothing to say.
    let (status, _) = fagui(&["check", "--deny", "info", &new]);
    assert_eq!(status, 0);
    // An unreadable OLD is a usage error naming it.
    let (status, _) = fagui(&["check", "--against", "no-such-old.txt", &new]);
    assert_eq!(status, 2);
}

#[test]
fn corpus_clean_files_raise_no_drafting_rule() {
    for dir in ["directives", "statutes", "pairs"] {
        let path = format!("{}/corpus/{dir}", env!("CARGO_MANIFEST_DIR"));
        let (_, out) = fagui(&["check", "--format", "short", &path]);
        for code in ["statute-numbering", "level-order", "dangling-citation", "mixed-width"] {
            assert!(!out.contains(code), "{dir}: {out}");
        }
    }
}
