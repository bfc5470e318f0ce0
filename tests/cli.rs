//! The `fagui` binary: output, standard input, and one-line errors with exit code 2.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives/digi-plus-directive.txt");

fn fagui(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn parse_seed_to_json() {
    let (code, out, _) = fagui(&["parse", SEED], None);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["units"].as_array().unwrap().len(), 13);
    assert_eq!(v["units"][7]["label"], "八、");
    assert_eq!(v["units"][5]["children"][0]["children"].as_array().unwrap().len(), 4);
    assert_eq!(v["units"][7]["children"][0]["children"].as_array().unwrap().len(), 3);
    assert_eq!(
        v["units"][0]["children"][0]["text"],
        "行政院(以下簡稱本院)為發展活躍網路社會、推進高值創新經濟、建構富裕數位國家，特設立跨部會之數位國家創新經濟推動小組(以下簡稱本小組)；其英文名稱為Digital Innovation & Governance Initiative Committee(簡稱DIGI+小組)。"
    );
    assert!(v["diagnostics"].as_array().unwrap().is_empty());
}

#[test]
fn stdin_and_text_format() {
    let (code, out, _) = fagui(&["parse", "--format", "text", "-"], Some("要點\n一、甲\n乙。\n".as_bytes()));
    assert_eq!(code, 0);
    assert_eq!(out, "要點\n一、甲乙。\n");
}

#[test]
fn pretty_json_is_indented() {
    let (code, out, _) = fagui(&["parse", "--pretty", SEED], None);
    assert_eq!(code, 0);
    assert!(out.contains("\n  \"kind\": \"directive\""));
}

#[test]
fn errors_are_one_line_with_exit_2() {
    let (code, _, err) = fagui(&["parse", "no/such/file.txt"], None);
    assert_eq!(code, 2);
    assert!(err.starts_with("fagui: cannot read no/such/file.txt"), "{err}");
    assert_eq!(err.lines().count(), 1);

    let (code, _, err) = fagui(&["parse", env!("CARGO_MANIFEST_DIR")], None);
    assert_eq!(code, 2);
    assert!(err.contains("is a directory"), "{err}");

    // A lone continuation byte after valid text: neither UTF-8 nor Big5.
    let (code, _, err) = fagui(&["parse", "-"], Some(b"abc\x80"));
    assert_eq!(code, 2);
    assert!(err.contains("invalid UTF-8 at byte 3"), "{err}");

    let (code, _, err) = fagui(&["parse", "-"], Some(b"\x00\x01\x02\x03binary"));
    assert_eq!(code, 2);
    assert!(err.contains("binary data"), "{err}");
}

#[test]
fn help_has_examples() {
    let (code, out, _) = fagui(&["parse", "--help"], None);
    assert_eq!(code, 0);
    assert!(out.contains("Examples:"));
}

#[test]
fn shipped_schema_is_current() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema/document.schema.json")).unwrap();
    assert_eq!(
        shipped.trim_end(),
        fagui::schema::document_schema_json().trim_end(),
        "run: fagui schema > schema/document.schema.json"
    );
}
