//! The `fagui` binary: output, standard input, and one-line errors with exit code 2.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives/digi-plus-directive.txt");

fn fagui(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    fagui_env(args, stdin, &[])
}

/// Runs fagui with these environment variables, and none of the colour ones inherited.
fn fagui_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .envs(env.iter().copied())
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

/// Every subcommand has its own examples, about itself, their comments aligned in
/// display columns (a CJK character takes two).
#[test]
fn every_subcommand_has_its_own_aligned_examples() {
    use unicode_width::UnicodeWidthStr;
    let subcommands =
        ["parse", "check", "get", "grep", "refs", "terms", "diff", "log", "apply", "schema", "completions", "man"];
    for name in [""].iter().chain(&subcommands) {
        let args: Vec<&str> = if name.is_empty() { vec!["--help"] } else { vec![name, "--help"] };
        let (code, out, _) = fagui(&args, None);
        assert_eq!(code, 0, "{args:?}");
        let block = out.split("Examples:\n").nth(1).unwrap_or_else(|| panic!("{args:?}: {out}"));
        let rows: Vec<&str> = block.lines().take_while(|l| l.starts_with("  ")).collect();
        assert!(rows.len() >= 2, "{args:?}: {out}");
        let prefix = format!("fagui {name}");
        if !name.is_empty() {
            assert!(rows.iter().all(|r| r.contains(&prefix)), "{args:?}: examples of another command: {out}");
        }
        // The comment starts at the same display column on every row.
        let starts: Vec<usize> = rows.iter().map(|r| r[..r.rfind("   ").unwrap()].width() + 3).collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{args:?}: {block}");
    }
    let (_, out, _) = fagui(&["get", "--help"], None);
    assert!(
        out.contains("Addresses:") && out.contains("UNIT[.PARA][.SUBPARA][.ITEM]") && out.contains("--context"),
        "{out}"
    );
    assert!(!out.contains("README"), "{out}");
    let (_, out, _) = fagui(&["--help"], None);
    assert!(out.contains("Exit status:"), "{out}");
}

#[test]
fn sizes_take_suffixes() {
    for size in ["10M", "256MiB", "512k", "1G", "1048576"] {
        let (code, _, err) = fagui(&["parse", "--max-bytes", size, GAP], None);
        assert_eq!(code, 0, "{size}: {err}");
    }
    let (code, _, err) = fagui(&["parse", "--max-bytes", "10Q", GAP], None);
    assert_eq!(code, 2);
    assert!(err.contains("is not a size"), "{err}");
    let (code, _, err) = fagui(&["parse", "--max-bytes", "1K", SEED], None);
    assert_eq!(code, 2);
    assert!(err.contains("larger than the limit of 1024 bytes"), "{err}");
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

const TWO_DOCS: &str = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";

#[test]
fn outline_shows_indented_labels_and_positions() {
    let src =
        "示範要點\n一、本小組任務如下：\n（一）研議數位政策。\n（二）協調。\n　二、本要點自發布日施行。\n四、附則。\n";
    let (code, out, _) = fagui(&["parse", "--format", "outline", "-"], Some(src.as_bytes()));
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "# 示範要點",
            "kind: directive",
            "一、  2:1",
            "  ¶1 本小組任務如下：  2:3",
            "    （一） 研議數位政策。  3:1",
            "    （二） 協調。  4:1",
            // The column counts characters: the full-width space before 二、 is one.
            "二、  5:2",
            "  ¶1 本要點自發布日施行。  5:4",
            "四、  6:1",
            "  ¶1 附則。  6:3",
            "6:1: warning[gap]: gap in point numbering: 4 after 2",
        ]
    );
}

#[test]
fn outline_cuts_long_text_and_separates_documents() {
    let long = "本要點所稱資料，指機關於職務上作成或取得，並以電子方式儲存之紀錄。";
    let src = format!("甲要點\n一、{long}\n二、乙。\n乙要點\n一、丙。\n二、丁。\n");
    let (code, out, _) = fagui(&["parse", "--format", "outline", "-"], Some(src.as_bytes()));
    assert_eq!(code, 0);
    let cut: String = long.chars().take(24).collect();
    assert!(out.contains(&format!("  ¶1 {cut}…  2:3\n")), "{out}");
    assert_eq!(out.lines().filter(|l| *l == "---").count(), 1, "{out}");
    assert!(out.contains("---\n# 乙要點\nkind: directive\n一、  5:1\n"), "{out}");
}

#[test]
fn outline_of_open_data_has_no_positions() {
    let record = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/opendata-record.json");
    let (code, out, _) = fagui(&["parse", "--format", "outline", record], None);
    assert_eq!(code, 0);
    let nodes: Vec<&str> = out.lines().filter(|l| l.starts_with(' ') || l.starts_with('第')).collect();
    assert!(!nodes.is_empty(), "{out}");
    assert!(nodes.iter().all(|l| l.ends_with("  -")), "{out}");
}

#[test]
fn several_documents_give_a_json_array() {
    let (code, out, _) = fagui(&["parse", "--format", "json", "-"], Some(TWO_DOCS.as_bytes()));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let docs = v.as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["title"], "甲要點");
    assert_eq!(docs[1]["title"], "乙要點");
    assert_eq!(docs[1]["units"].as_array().unwrap().len(), 2);
    // Spans index the whole input, and every document carries its refs and terms.
    assert_eq!(docs[1]["units"][0]["span"][0], TWO_DOCS.find("一、丙").unwrap());
    assert!(docs[1]["refs"].is_array() && docs[1]["terms"].is_array());

    let (code, out, _) = fagui(&["parse", "--pretty", "-"], Some(TWO_DOCS.as_bytes()));
    assert_eq!(code, 0);
    assert!(out.starts_with("[\n  {\n"), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn one_document_gives_a_json_object() {
    let (code, out, _) = fagui(&["parse", "--format", "json", "-"], Some("甲要點\n一、甲。\n二、乙。\n".as_bytes()));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v.is_object());
    assert_eq!(v["title"], "甲要點");
}

#[test]
fn batch_writes_arrays_and_outlines() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/two.txt"), TWO_DOCS).unwrap();
    std::fs::write(dir.join("in/one.txt"), "甲要點\n一、甲。\n").unwrap();
    let out = dir.join("out");
    let run = |extra: &[&str]| {
        let input = dir.join("in");
        let mut args = vec!["parse", input.to_str().unwrap(), "--out", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        let (code, _, err) = fagui(&args, None);
        assert_eq!(code, 0, "{err}");
    };
    let base = out.join("in");
    run(&[]);
    let two: serde_json::Value = serde_json::from_slice(&std::fs::read(base.join("two.json")).unwrap()).unwrap();
    assert_eq!(two.as_array().unwrap().len(), 2);
    let one: serde_json::Value = serde_json::from_slice(&std::fs::read(base.join("one.json")).unwrap()).unwrap();
    assert!(one.is_object());
    run(&["--format", "outline"]);
    let outline = std::fs::read_to_string(base.join("two.outline.txt")).unwrap();
    assert!(outline.starts_with("# 甲要點\nkind: directive\n一、  2:1\n"), "{outline}");
    assert!(outline.contains("\n---\n# 乙要點\n"), "{outline}");
}

const GAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/err/numbering-gap-1a.txt");
/// A statute with text under a chapter heading before its first article: an error.
const UNPLACED: &str = "示範法\n第一章 總則\n本章說明。\n第一條 本法依憲法制定。\n第二條 本法自公布日施行。\n";

#[test]
fn check_prints_diagnostics_like_a_compiler() {
    let (code, out, err) = fagui(&["check", "--color", "never", GAP], None);
    // Warnings do not fail the check unless denied.
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with(&format!("{GAP}:4:1: warning[gap]: ")), "{out}");
    // The source line and a caret under the marker (two columns per CJK character).
    assert_eq!(lines[1], "  |");
    assert!(lines[2].starts_with("4 | 四、借用單位"), "{out}");
    assert_eq!(lines[3], "  | ^^^^");
    assert_eq!(*lines.last().unwrap(), "checked 1 file: 1 warning");

    let (code, out, _) = fagui(&["check", "--deny", "warnings", "--format", "short", GAP], None);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 2, "{out}");
    let (code, _, _) = fagui(&["check", "--deny", "info", SEED], None);
    assert_eq!(code, 0);
}

#[test]
fn check_fails_on_errors_and_counts_documents_of_one_input() {
    let (code, out, _) = fagui(&["check", "--format", "short", "-"], Some(UNPLACED.as_bytes()));
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with("<stdin>:3:1: error[unplaced-text]: "), "{out}");
    assert!(out.ends_with("checked 1 file: 1 error\n"), "{out}");

    // Two documents in one text: lines count in the whole input.
    let two = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n三、丁。\n";
    let (code, out, _) = fagui(&["check", "--format", "json", "-"], Some(two.as_bytes()));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["file"], "<stdin>");
    assert_eq!(v["documents"], 2);
    assert_eq!(v["warnings"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(
        (d["document"].as_u64(), d["code"].as_str(), d["severity"].as_str()),
        (Some(1), Some("gap"), Some("warning"))
    );
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(6), Some(1)));
    let start = d["span"][0].as_u64().unwrap() as usize;
    assert!(two[start..].starts_with("三、"));
}

#[test]
fn check_json_is_one_object_per_file_and_walks_folders() {
    let pairs = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs");
    let (code, out, err) = fagui(&["check", "--json", pairs], None);
    assert_eq!(code, 0, "{err}");
    let files: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let txt = std::fs::read_dir(pairs).unwrap().filter(|e| e.as_ref().unwrap().path().extension().unwrap() == "txt");
    assert_eq!(files.len(), txt.count());
    assert!(files.iter().all(|f| f["diagnostics"].is_array() && f["file"].as_str().unwrap().ends_with(".txt")));
    // The folder's README is not a law: skipped, and said so.
    assert!(err.starts_with("fagui: skipped 1 file that is not a law: ") && err.contains("README.md"), "{err}");

    let (code, out, _) = fagui(&["check", "--format", "json", "--pretty", GAP], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("{\n  \"file\""), "{out}");
}

#[test]
fn check_goes_on_past_unreadable_files() {
    let (code, out, err) = fagui(&["check", "no/such/file.txt", GAP], None);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/file.txt"), "{err}");
    assert!(out.contains("warning[gap]"), "{out}");
    assert!(out.ends_with("checked 1 file: 1 warning; 1 file could not be read\n"), "{out}");
}

const OLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.old.txt");
const NEW: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.new.txt");

/// Every command that prints JSON, with its other arguments.
fn json_commands() -> Vec<Vec<&'static str>> {
    vec![
        vec!["parse", SEED],
        vec!["get", SEED, "第八點"],
        vec!["grep", "資訊長", SEED],
        vec!["refs", SEED],
        vec!["terms", SEED],
        vec!["diff", OLD, NEW],
        vec!["log", OLD, NEW],
        vec!["check", GAP],
    ]
}

#[test]
fn format_json_pretty_and_the_json_alias_mean_the_same_everywhere() {
    for cmd in json_commands() {
        let with = |flags: &[&str]| {
            let mut args = vec![cmd[0]];
            args.extend_from_slice(flags);
            args.extend_from_slice(&cmd[1..]);
            let (code, out, err) = fagui(&args, None);
            assert_eq!(code, 0, "{args:?}: {err}");
            out
        };
        let compact = with(&["--format", "json"]);
        assert_eq!(compact.lines().count(), 1, "{cmd:?} is compact by default: {compact}");
        let v: serde_json::Value = serde_json::from_str(&compact).unwrap();
        assert_eq!(with(&["--json"]), compact, "{cmd:?}: --json is --format json");
        let pretty = with(&["--format", "json", "--pretty"]);
        assert!(pretty.lines().count() > 1, "{cmd:?}: --pretty indents");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&pretty).unwrap(), v, "{cmd:?}");
        assert_eq!(with(&["--json", "--pretty"]), pretty, "{cmd:?}");
    }
}

#[test]
fn conflicting_flags_are_usage_errors() {
    let cases: &[&[&str]] = &[
        &["parse", "--pretty", "--format", "text", SEED],
        &["parse", "--json", "--format", "outline", SEED],
        &["get", "--pretty", SEED, "第八點"],
        &["grep", "--pretty", "資訊長", SEED],
        &["refs", "--json", "--format", "text", SEED],
        &["terms", "--pretty", SEED],
        &["log", "--format", "text", "--pretty", OLD, NEW],
        &["diff", "--stat", "--format", "json", OLD, NEW],
        &["diff", "--stat", "--json", OLD, NEW],
        &["diff", "--stat", "--all", OLD, NEW],
        &["diff", "--format", "table-md", "--pretty", OLD, NEW],
        &["check", "--format", "short", "--pretty", GAP],
    ];
    for args in cases {
        let (code, out, err) = fagui(args, None);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.starts_with("error: the argument '--"), "{args:?}: {err}");
        assert!(err.contains("cannot be used with"), "{args:?}: {err}");
        assert!(err.contains(&format!("Usage: fagui {}", args[0])), "{args:?}: {err}");
    }
}

#[test]
fn color_flag_and_environment_on_every_coloured_command() {
    let commands: [&[&str]; 3] = [&["grep", "資訊長", SEED], &["diff", OLD, NEW], &["check", GAP]];
    for cmd in commands {
        let run = |color: &str, env: &[(&str, &str)]| {
            let mut args = vec![cmd[0], "--color", color];
            args.extend_from_slice(&cmd[1..]);
            let (code, out, err) = fagui_env(&args, None, env);
            assert_eq!(code, 0, "{args:?} {env:?}: {err}");
            out.contains('\x1b')
        };
        assert!(run("always", &[]), "{cmd:?}");
        assert!(run("always", &[("NO_COLOR", "1")]), "{cmd:?}: the flag wins over the environment");
        assert!(!run("never", &[("CLICOLOR_FORCE", "1")]), "{cmd:?}");
        // Piped: no colour unless forced.
        assert!(!run("auto", &[]), "{cmd:?}");
        assert!(run("auto", &[("CLICOLOR_FORCE", "1")]), "{cmd:?}");
        assert!(!run("auto", &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]), "{cmd:?}");
        // An empty NO_COLOR is not set (https://no-color.org).
        assert!(run("auto", &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]), "{cmd:?}");
    }
}

#[test]
fn grep_exits_1_when_nothing_matches() {
    let (code, out, _) = fagui(&["grep", "資訊長", SEED], None);
    assert_eq!(code, 0);
    assert!(!out.is_empty());
    let (code, out, err) = fagui(&["grep", "沒有這個詞", SEED], None);
    assert_eq!((code, out.as_str(), err.as_str()), (1, "", ""));
    let (code, out, _) = fagui(&["grep", "--format", "json", "沒有這個詞", SEED], None);
    assert_eq!((code, out.as_str()), (1, "{\"hits\":[]}\n"));
    // An error wins over a match, as in grep: 2, the hits still printed.
    let (code, out, err) = fagui(&["grep", "資訊長", "no/such/file.txt", SEED], None);
    assert_eq!(code, 2);
    assert!(out.contains("資訊長"), "{out}");
    assert!(err.contains("no/such/file.txt"), "{err}");
}

#[test]
fn standard_input_is_read_once() {
    let cases: &[&[&str]] = &[
        &["diff", "-", "-"],
        &["parse", "-", "-"],
        &["grep", "甲", "-", SEED, "-"],
        &["log", "-", OLD, "-"],
        &["refs", "-", "-"],
        &["terms", "-", "-"],
        &["check", "-", "-"],
    ];
    for args in cases {
        let (code, out, err) = fagui(args, None);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.starts_with("error: standard input ('-') can be given only once"), "{args:?}: {err}");
    }
}

#[test]
fn every_error_names_its_file() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.txt");
    std::fs::write(&bad, b"\x00\x01\x02\x03binary").unwrap();
    let bad = bad.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["parse", bad, SEED],
        vec!["parse", SEED, bad],
        vec!["get", bad, "第一點"],
        vec!["grep", "甲", bad],
        vec!["refs", bad],
        vec!["terms", bad],
        vec!["diff", SEED, bad],
        vec!["log", SEED, bad],
        vec!["check", bad],
    ];
    for args in cases {
        let (code, _, err) = fagui(&args, None);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(&format!("fagui: {bad}: binary data, not text")), "{args:?}: {err}");
    }
    let (_, _, err) = fagui(&["parse", "-"], Some(b"\x00\x01binary"));
    assert!(err.starts_with("fagui: standard input: binary data"), "{err}");
    // Formats that are not read: named, whatever the file is called, with what is read.
    let doc = tmp.path().join("law.txt");
    std::fs::write(&doc, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x01\x02").unwrap();
    let (code, _, err) = fagui(&["parse", doc.to_str().unwrap()], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("law.txt: an old Word (.doc) or other Office 97–2003 file, which is not read: save it as"),
        "{err}"
    );
}

#[test]
fn refs_terms_and_grep_take_several_files_and_folders() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives");
    let files = std::fs::read_dir(dir).unwrap().count();

    let (code, out, err) = fagui(&["grep", "本要點", dir], None);
    assert_eq!(code, 0, "{err}");
    let hit_files: std::collections::BTreeSet<&str> = out.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert!(hit_files.len() > 1, "{out}");

    // Text: `file:citation: …` with several files; citations, not node ids.
    let (code, out, _) = fagui(&["refs", dir], None);
    assert_eq!(code, 0);
    assert!(out.contains("/digi-plus-directive.txt:第六點: 前點 -> 第五點\n"), "{out}");
    assert!(!out.contains("point_"), "{out}");
    let (code, out, _) = fagui(&["refs", SEED], None);
    assert_eq!((code, out.as_str()), (0, "第六點: 前點 -> 第五點\n"));

    // JSON: one object per file.
    let (code, out, _) = fagui(&["terms", "--json", dir, SEED], None);
    assert_eq!(code, 0);
    let objects: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(objects.len(), files + 1);
    assert!(objects.iter().all(|o| o["terms"].is_array()));
    assert_eq!(objects[files]["file"], SEED);
    let (_, out, _) = fagui(&["terms", dir], None);
    assert!(out.contains("/digi-plus-directive.txt:本小組 = "), "{out}");
}

#[test]
fn folders_skip_what_is_not_a_law_and_say_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("laws");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "甲要點\n一、甲。\n").unwrap();
    std::fs::write(dir.join("README.md"), "# 說明\n一、這不是法規。\n").unwrap();
    std::fs::write(dir.join("a.labels.json"), "{\"units\": 1}").unwrap();
    let out = tmp.path().join("out");
    let (code, _, err) = fagui(&["parse", dir.to_str().unwrap(), "--out", out.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("fagui: skipped 2 files that are not laws: "), "{err}");
    assert!(err.contains("README.md") && err.contains("a.labels.json"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(out.join("laws/a.json").exists());
    assert!(!out.join("laws/README.json").exists());
    // So does grep; a file named is always read.
    let (code, out, err) = fagui(&["grep", "甲", dir.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("README"), "{out}");
    assert!(err.contains("skipped 2 files that are not laws: ") && err.contains("a.labels.json"), "{err}");
    let readme = dir.join("README.md");
    let (code, out, _) = fagui(&["grep", "這不是", readme.to_str().unwrap()], None);
    assert_eq!(code, 0);
    assert!(out.contains("README.md:"), "{out}");
}
