//! The `diff`, `log` and `schema --diff` subcommands, run as a user would.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::process::Command;

fn pair(name: &str) -> (String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs");
    (format!("{dir}/{name}.old.txt"), format!("{dir}/{name}.new.txt"))
}

fn fagui(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_fagui")).args(args).env_remove("NO_COLOR").output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap_or(-1))
}

#[test]
fn stat_line() {
    let (old, new) = pair("seed-partial");
    assert_eq!(
        fagui(&["diff", "--stat", &old, &new]),
        ("修正第三點、第八點；增訂第十四點；刪除第十點\n".to_string(), 0)
    );
}

#[test]
fn text_is_plain_when_piped() {
    let (old, new) = pair("seed-partial");
    let (out, code) = fagui(&["diff", &old, &new]);
    assert_eq!(code, 0);
    assert!(!out.contains('\x1b'));
    assert!(out.contains("~ 第三點 modified"));
    let (out, _) = fagui(&["diff", "--color", "always", &old, &new]);
    assert!(out.contains('\x1b'));
}

#[test]
fn every_format() {
    let (old, new) = pair("award-renumber");
    let (json, _) = fagui(&["diff", "--format", "json", &old, &new]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 11);
    assert_eq!(v["summary"]["renumbered"], 7);
    let (md, _) = fagui(&["diff", "--format", "table-md", &old, &new]);
    assert!(md.contains("原第四點移列為第五點，內容未修正。"));
    let (html, _) = fagui(&["diff", "--format", "table-html", "--all", &old, &new]);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("本點未修正。"));
}

#[test]
fn log_and_schema() {
    let (old, new) = pair("instrument-loan-5-1");
    let (out, code) = fagui(&["log", &old, &new]);
    assert_eq!(code, 0);
    assert!(out.lines().any(|l| l.starts_with("第五條之一\tadded ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("第三條\tin ") && l.contains("modified")), "{out}");
    let (json, _) = fagui(&["log", "--json", &old, &new]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["units"].as_array().unwrap().len(), 9);
    assert_eq!(v["versions"].as_array().unwrap().len(), 2);
    let (schema, _) = fagui(&["schema", "--diff"]);
    assert!(schema.contains("\"renumbered\""));
}

#[test]
fn missing_file_is_an_error() {
    let (old, _) = pair("seed-partial");
    let out = Command::new(env!("CARGO_BIN_EXE_fagui")).args(["diff", &old, "/nonexistent/x.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("fagui: "));
}
