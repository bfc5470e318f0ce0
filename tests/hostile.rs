//! Hostile input: every case must finish (a watchdog fails a case that runs past a
//! bound far above its expected time), never panic, keep every character, and keep the
//! tree shallow. Time per byte is measured in `benches/hostile.rs`, not here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::sync::mpsc;
use std::time::Duration;

use fagui::{Document, Node};

/// Runs `f` on another thread and fails if it takes longer than `secs`.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(secs)).unwrap_or_else(|_| panic!("did not finish within {secs} s"))
}

fn depth(n: &Node) -> usize {
    1 + n.children.iter().map(depth).max().unwrap_or(0)
}

fn check(src: String) -> Document {
    within(120, move || {
        let doc = fagui::parse(&src);
        assert!(fagui::conserve::check(&src, &doc).is_balanced());
        assert!(doc.units.iter().map(depth).max().unwrap_or(0) <= 40);
        let _ = fagui::render::to_text(&doc);
        let _ = doc.to_json().unwrap();
        doc
    })
}

#[test]
fn fifty_megabytes_on_one_line() {
    let doc = check("本機關應辦理資料治理事項，".repeat((50 << 20) / 39));
    // Far longer than a title: the line is the preamble's text.
    assert!(doc.title.is_none());
    assert_eq!(doc.units.len(), 1);
}

#[test]
fn a_hundred_thousand_points() {
    let mut s = String::from("生成要點\n");
    for n in 1..=100_000u32 {
        s.push_str(&format!("{}、本點規定事項。\n", fagui::numeral::to_cjk(n)));
    }
    let doc = check(s);
    assert_eq!(doc.units.len(), 100_000);
    assert!(doc.diagnostics.is_empty());
}

#[test]
fn markers_nested_ten_thousand_deep() {
    let cycle = ["（一）", "1.", "（1）", "甲、", "（甲）", "子、", "（子）"];
    let mut s = String::from("要點\n一、任務如下：\n");
    for i in 0..10_000 {
        s.push_str(cycle[i % cycle.len()]);
        s.push_str("下列事項：\n");
    }
    let doc = check(s.clone());
    assert_eq!(doc.units.len(), 1);
    // the same markers on one line are text
    check(format!("要點\n一、{}\n", s.replace('\n', "")));
}

#[test]
fn every_line_a_marker() {
    let doc = check("一、\n".repeat(100_000));
    assert_eq!(doc.units.len(), 1);
    let doc = check("第 1 條\n".repeat(100_000));
    // every line is an article (out of order after the first): ids stay unique
    let mut ids = std::collections::HashSet::new();
    doc.walk(&mut |n| assert!(ids.insert(n.id.clone()), "{}", n.id));
    assert_eq!(doc.units.len(), 100_000);
}

#[test]
fn jumping_numbers() {
    let doc = check("要點\n一、甲。\n三、丙。\n二、乙。\n".into());
    assert_eq!(doc.units.len(), 2);
    assert_eq!(doc.diagnostics.len(), 2);
    let doc = check((1..=5000).rev().map(|n| format!("第 {n} 條\n本條。\n")).collect());
    assert!(!doc.diagnostics.is_empty());
}

#[test]
fn bad_bytes_are_errors_not_panics() {
    for bytes in
        [&b"\xed\xa0\x80"[..], b"\xff\xfe\x00\xd8\x41\x00", b"abc\x00def", b"\x00", b"\xc3", b"\xfe\xff\xd8\x00"]
    {
        assert!(fagui::read_text(bytes, &Default::default()).is_err(), "{bytes:?}");
    }
}

#[test]
fn nul_bytes_inside_text_are_refused() {
    let err = fagui::read_text("一、甲\0乙".as_bytes(), &Default::default()).unwrap_err();
    assert!(err.to_string().contains("byte 9"), "{err}"); // 一、甲 is 9 bytes
}

#[test]
fn whitespace_only_and_empty() {
    for src in ["", " ", "\n\n\n", "\u{3000}\u{a0}\t\r\n \r", "\u{feff}"] {
        let doc = check(src.to_string());
        assert!(doc.units.is_empty());
        assert!(doc.title.is_none());
    }
}

#[test]
fn mixed_line_endings() {
    let doc = check("要點\r\n一、甲。\r二、乙。\n三、丙。\r\n\r前項規定。\n".into());
    assert_eq!(doc.units.len(), 3);
    assert_eq!(doc.units[2].children.len(), 2);
    assert_eq!(doc.diagnostics.len(), 0);
    assert_eq!((doc.units[1].span.0, doc.units[2].span.0), (21, 34)); // byte offsets after CR, LF
}

#[test]
fn oversized_pipe_is_refused() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(["parse", "--max-bytes", "1000000", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 16];
        for _ in 0..200 {
            if stdin.write_all(&chunk).is_err() {
                break; // the reader stopped early: good
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("larger than the limit of 1000000 bytes"));
}

#[test]
fn hostile_json_is_an_error() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(fagui::moj::from_json(&deep).is_err());
    assert!(fagui::moj::from_json("{\"法規名稱\": 5, \"法規內容\": [1, null, {\"條號\": []}]}").is_ok());
    let back: Result<Document, _> = serde_json::from_str(&format!("{{\"units\": {}}}", "[".repeat(10_000)));
    assert!(back.is_err());
}

#[test]
fn history_line_full_of_action_words() {
    let line = format!("1.中華民國一百年一月一日示範部令{}\n", "修正增訂刪除第 1、2 條".repeat(20_000));
    let doc = check(format!("示範辦法\n第 1 條\n本辦法訂定。\n{line}"));
    assert_eq!(doc.history.len(), 1);
}

#[test]
fn diagnostic_floods_are_capped() {
    // 1,000 duplicate points after a finished sentence: 200 listed, the rest counted.
    let doc = check(format!("要點\n一、甲。\n{}", "一、重複。\n".repeat(1000)));
    let dups = doc.diagnostics.iter().filter(|d| d.code == fagui::DiagCode::Duplicate).count();
    assert_eq!(dups, fagui::MAX_DIAGNOSTICS_PER_CODE);
    let last = doc.diagnostics.last().unwrap();
    assert_eq!(last.code, fagui::DiagCode::Suppressed);
    assert!(last.message.starts_with("800 more [duplicate]"), "{}", last.message);
}

#[test]
fn references_resolve_in_linear_time() {
    // 50,000 points each citing the one before: resolution must not scan every unit per
    // reference (it once did, taking minutes on a 200 MB document).
    let src: String = std::iter::once("要點\n".to_string())
        .chain((1..=50_000u32).map(|n| format!("{}、依前點規定辦理。\n", fagui::numeral::to_cjk(n))))
        .collect();
    let refs = within(60, move || {
        let doc = fagui::parse(&src);
        fagui::query::Export::new(&doc, &src).refs.len()
    });
    assert!(refs >= 49_999);
}
