//! The shared flags of the `fagui` binary, run on every subcommand: `-o FILE` writes
//! what standard output would get, `--numerals` writes citations one way, conflicts
//! and bad values are usage errors (exit 2), no match is exit 1, a reader that closes
//! after one byte ends the command quietly, errors name their file; and the
//! completions and man page commands.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::Read;
use std::process::{Command, Stdio};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives/digi-plus-directive.txt");
const OLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.old.txt");
const NEW: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.new.txt");
const GAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/err/numbering-gap-1a.txt");

fn fagui(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, String::from_utf8_lossy(&out.stderr).into())
}

/// One run of every subcommand that writes one output.
fn every_subcommand() -> Vec<Vec<&'static str>> {
    vec![
        vec!["parse", SEED],
        vec!["parse", "--format", "outline", SEED],
        vec!["check", GAP],
        vec!["get", SEED, "第八點"],
        vec!["grep", "資訊長", SEED],
        vec!["refs", SEED],
        vec!["terms", SEED],
        vec!["diff", OLD, NEW],
        vec!["diff", "--stat", OLD, NEW],
        vec!["log", OLD, NEW],
        vec!["apply", OLD, NEW],
        vec!["schema"],
        vec!["completions", "bash"],
        vec!["man"],
    ]
}

#[test]
fn output_file_gets_what_standard_output_gets() {
    let tmp = tempfile::tempdir().unwrap();
    for cmd in every_subcommand() {
        let (code, stdout, err) = fagui(&cmd);
        assert_eq!(code, 0, "{cmd:?}: {err}");
        assert!(!stdout.is_empty(), "{cmd:?}");
        let file = tmp.path().join("out");
        for flag in ["-o", "--output"] {
            let mut args = cmd.clone();
            args.insert(1, flag);
            args.insert(2, file.to_str().unwrap());
            let (code, out, err) = fagui(&args);
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(out.is_empty(), "{args:?}: the output went to the file");
            assert_eq!(std::fs::read(&file).unwrap(), stdout, "{args:?}");
        }
    }
    // An output that cannot be written is named.
    let (code, _, err) = fagui(&["parse", "-o", "/no/such/dir/out.json", SEED]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot write /no/such/dir/out.json"), "{err}");
}

#[test]
fn numerals_are_one_choice_with_one_default() {
    let tmp = tempfile::tempdir().unwrap();
    // A statute with Arabic article labels: citations used to follow the label.
    let old = tmp.path().join("old.txt");
    let new = tmp.path().join("new.txt");
    std::fs::write(&old, "示範法\n第 7 條\n本法所稱主管機關，指示範部。\n第 7-1 條\n主管機關依第7條辦理。\n").unwrap();
    std::fs::write(&new, "示範法\n第 7 條\n本法所稱主管機關，指示範部。\n第 7-1 條\n主管機關依第7條規定辦理。\n")
        .unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let cases: Vec<Vec<&str>> = vec![
        vec!["get", new, "第7條之1"],
        vec!["grep", "辦理", new],
        vec!["refs", new],
        vec!["terms", new],
        vec!["diff", old, new],
        vec!["diff", "--stat", old, new],
        vec!["log", old, new],
    ];
    for cmd in cases {
        let run = |numerals: Option<&str>| {
            let mut args = cmd.clone();
            if let Some(n) = numerals {
                args.insert(1, "--numerals");
                args.insert(2, n);
            }
            let (code, out, err) = fagui(&args);
            assert_eq!(code, 0, "{args:?}: {err}");
            String::from_utf8(out).unwrap()
        };
        let default = run(None);
        assert_eq!(run(Some("chinese")), default, "{cmd:?}: chinese is the default");
        let arabic = run(Some("arabic"));
        assert!(default.contains("第七條"), "{cmd:?}: {default}");
        assert!(arabic.contains("第7條"), "{cmd:?}: {arabic}");
        assert!(!arabic.contains("第七條"), "{cmd:?}: {arabic}");
        if default.contains("之一") {
            assert!(arabic.contains("第7條之1"), "{cmd:?}: {arabic}");
        }
    }
    let (code, _, err) = fagui(&["get", "--numerals", "roman", SEED, "第八點"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid value 'roman' for '--numerals <SCRIPT>'"), "{err}");
}

#[test]
fn conflicts_and_bad_values_are_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let out = out.to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["parse", "--out", out, "-o", "x.json", SEED],
        &["diff", "--verify-table", SEED, "--stat", OLD, NEW],
        &["apply", "--pretty", OLD, NEW],
        &["get", "--json", "--format", "text", SEED, "第八點"],
        &["grep", "--color", "sometimes", "甲", SEED],
        &["parse", "--max-bytes", "10Q", SEED],
        &["completions", "tcsh"],
        &["man", "nosuchcommand"],
    ];
    for args in cases {
        let (code, stdout, err) = fagui(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(stdout.is_empty(), "{args:?}");
        assert!(err.contains("error:") || err.starts_with("fagui: "), "{args:?}: {err}");
    }
}

#[test]
fn no_match_or_failed_check_exits_1() {
    let (code, out, err) = fagui(&["grep", "沒有這個詞", SEED, OLD]);
    assert_eq!((code, out.is_empty(), err.as_str()), (1, true, ""));
    let (code, _, _) = fagui(&["check", GAP]);
    assert_eq!(code, 0, "a warning does not fail by default");
    let (code, out, _) = fagui(&["check", "--deny", "warning", GAP]);
    assert_eq!(code, 1);
    assert!(String::from_utf8(out).unwrap().contains("warning[gap]"));
}

/// `fagui … | head -c 1`: the reader takes one byte and goes away; the command ends
/// with 0 and says nothing.
#[test]
fn a_reader_that_takes_one_byte_ends_every_command_quietly() {
    for cmd in every_subcommand() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fagui"))
            .args(&cmd)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        stdout.read_exact(&mut byte).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {err}");
        assert!(
            !err.contains("cannot write") && !err.contains("Broken pipe") && !err.contains("panicked"),
            "{cmd:?}: {err}"
        );
        // apply reports what it did on standard error; the others say nothing.
        assert!(cmd[0] == "apply" || err.is_empty(), "{cmd:?}: {err}");
    }
}

#[test]
fn errors_name_their_file_in_apply_too() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.txt");
    std::fs::write(&bad, b"\x00\x01\x02\x03binary").unwrap();
    let bad = bad.to_str().unwrap();
    for args in [vec!["apply", bad, NEW], vec!["apply", OLD, bad], vec!["diff", "--verify-table", bad, OLD, NEW]] {
        let (code, _, err) = fagui(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(&format!("{bad}: binary data, not text")), "{args:?}: {err}");
    }
    let (code, _, err) = fagui(&["get", "/no/such/law.txt", "第一點"]);
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/law.txt"), "{err}");
}

#[test]
fn completions_for_every_shell_and_man_pages() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef fagui"),
        ("fish", "complete -c fagui"),
        ("elvish", "fagui"),
        ("powershell", "fagui"),
    ] {
        let (code, out, err) = fagui(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains(mark), "{shell}");
        assert!(out.contains("numerals") && out.contains("grep"), "{shell}: every subcommand and flag");
    }
    let (code, out, _) = fagui(&["man"]);
    assert_eq!(code, 0);
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with(".ie") || out.contains(".TH fagui 1"), "{out}");
    assert!(out.contains("fagui\\-check(1)") || out.contains("check"), "{out}");
    let (code, out, _) = fagui(&["man", "grep"]);
    assert_eq!(code, 0);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(".TH fagui-grep 1"), "{out}");
    assert!(out.contains("\\-\\-numerals"), "{out}");
    for sub in ["completions", "man"] {
        let (code, out, _) = fagui(&[sub, "--help"]);
        assert_eq!(code, 0);
        assert!(String::from_utf8(out).unwrap().contains(&format!("Examples:\n  fagui {sub}")), "{sub}");
    }
}

#[test]
fn glob_chooses_the_files_of_folders_on_every_walking_command() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("laws");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "甲要點\n一、甲（以下簡稱本甲）。\n二、依前點辦理。\n").unwrap();
    std::fs::write(dir.join("b要點.md"), "乙要點\n一、甲（以下簡稱本甲）。\n二、依前點辦理。\n").unwrap();
    std::fs::write(dir.join("README.md"), "# 說明\n一、甲。\n").unwrap();
    let d = dir.to_str().unwrap();
    let files = |cmd: &[&str]| -> Vec<String> {
        let (code, out, err) = fagui(cmd);
        assert_eq!(code, 0, "{cmd:?}: {err}");
        assert!(!err.contains("skipped"), "{cmd:?}: --glob chose, nothing to tell: {err}");
        let out = String::from_utf8(out).unwrap();
        let mut names: Vec<String> = ["a.txt", "b要點.md", "README.md"]
            .iter()
            .filter(|n| out.contains(&format!("/{n}")))
            .map(|n| n.to_string())
            .collect();
        names.sort();
        names
    };
    for cmd in [
        vec!["grep", "--glob", "*要點*", "甲", d],
        vec!["refs", "--glob", "*要點*", d, SEED],
        vec!["terms", "--glob", "?要點.md", d, SEED],
    ] {
        assert_eq!(files(&cmd), ["b要點.md"], "{cmd:?}");
    }
    let cmd = ["check", "--format", "json", "--glob", "*.md", "--glob", "a*", d];
    assert_eq!(files(&cmd), ["README.md", "a.txt", "b要點.md"], "{cmd:?}: patterns add up");
    let (_, out, _) = fagui(&["grep", "--glob", "*", "甲", d]);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("README.md") && out.contains("a.txt"), "--glob '*' reads every file: {out}");
    let out_dir = tmp.path().join("out");
    let (code, _, err) = fagui(&["parse", "--glob", "*.txt", d, "--out", out_dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out_dir.join("laws/a.json").exists());
    assert!(!out_dir.join("laws/b要點.json").exists());
}

#[test]
fn check_mixed_width_finds_the_failing_list_and_passes_the_clean_one() {
    let tmp = tempfile::tempdir().unwrap();
    let mixed = tmp.path().join("mixed.txt");
    let clean = tmp.path().join("clean.txt");
    std::fs::write(&mixed, "要點\n一、甲：\n（一）乙。\n(二)丙。\n").unwrap();
    std::fs::write(&clean, "要點\n一、甲：\n（一）乙。\n（二）丙。\n二、丁：\n1.戊。\n2.己。\n").unwrap();
    let (code, out, _) = fagui(&["check", "--format", "short", "--deny", "warning", mixed.to_str().unwrap()]);
    assert_eq!(code, 1);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("mixed.txt:4:1: warning[mixed-width]: (二) is written half-width"), "{out}");
    let (code, out, _) = fagui(&["check", "--deny", "info", clean.to_str().unwrap()]);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&out));
    // The corpus's clean files raise none.
    let (_, out, _) = fagui(&["check", "--format", "short", concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")]);
    assert!(!String::from_utf8(out).unwrap().contains("mixed-width"));
}
