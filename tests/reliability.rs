//! Bounded reading of streams, and output errors that are never ignored (issue 12).
//! Each test names the case it covers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives/digi-plus-directive.txt");
const OLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.old.txt");
const NEW: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.new.txt");

fn fagui() -> Command {
    Command::new(env!("CARGO_BIN_EXE_fagui"))
}

/// Runs `cmd` with no input; fails if it takes longer than `secs` (killing it).
fn run_within(cmd: &mut Command, secs: u64) -> Output {
    let child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    wait_within(child, secs)
}

fn wait_within(mut child: Child, secs: u64) -> Output {
    let start = Instant::now();
    // Drain the pipes on other threads so that a large output cannot block the child.
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut v);
        }
        v
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut v);
        }
        v
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("did not finish within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn doc(title: &str) -> String {
    format!("{title}\n一、{title}之一。\n二、{title}之二。\n")
}

/// Why: "Write errors are ignored: `fagui diff A B > /dev/full` exits 0 with nothing
/// written; `fagui schema > /dev/full` panics with exit 101". Every command is tried.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_for_every_command() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        println!("notice: /dev/full is absent; skipping");
        return;
    };
    let cases: Vec<Vec<&str>> = vec![
        vec!["schema"],
        vec!["schema", "--diff"],
        vec!["parse", SEED],
        vec!["parse", "--format", "text", SEED],
        vec!["parse", "--format", "outline", SEED],
        vec!["get", SEED, "第八點"],
        vec!["get", "--format", "json", SEED, "第八點"],
        vec!["grep", "資訊", SEED],
        vec!["grep", "--json", "資訊", SEED],
        vec!["refs", SEED],
        vec!["refs", "--json", SEED],
        vec!["terms", SEED],
        vec!["terms", "--json", SEED],
        vec!["diff", OLD, NEW],
        vec!["diff", "--stat", OLD, NEW],
        vec!["diff", "--format", "json", OLD, NEW],
        vec!["diff", "--format", "table-html", OLD, NEW],
        vec!["log", OLD, NEW],
        vec!["log", "--json", OLD, NEW],
        vec!["--help"],
        vec!["--version"],
    ];
    for args in cases {
        let run = fagui()
            .args(&args)
            .stdin(Stdio::null())
            .stdout(full.try_clone().unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = stderr(&run);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("No space left on device") || err.contains("os error 28"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// Why: "`fagui schema | (reader that closes)` panics with exit 101"; a closed pipe
/// ends the command quietly with exit 0 (`fagui … | head`).
#[test]
fn a_closed_pipe_ends_quietly() {
    // A large output fills the pipe: the write must meet the closed end.
    let big = "示範要點\n".to_string()
        + &(1..=20_000).map(|i| format!("{i}. 本點之規定，依示範法辦理。\n")).collect::<String>();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("big.txt");
    std::fs::write(&input, big).unwrap();
    let input = input.to_str().unwrap().to_string();
    let cases: Vec<Vec<&str>> = vec![
        vec!["schema"],
        vec!["parse", "--pretty", &input],
        vec!["parse", "--format", "outline", &input],
        vec!["grep", "示範", &input],
        vec!["parse", "--format", "text", &input],
    ];
    for args in cases {
        let mut child =
            fagui().args(&args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        // The reader goes away before (or while) the command writes.
        drop(child.stdout.take());
        let run = wait_within(child, 120);
        let err = stderr(&run);
        assert_eq!(run.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("Broken pipe") && !err.contains("panicked"), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

/// Why: "The size limit is skipped for non-regular files: `fagui parse /dev/zero` grows
/// to 7.8 GB in 30 s". Refused with the path named, under a watchdog far above the
/// expected time.
#[cfg(unix)]
#[test]
fn dev_zero_is_refused() {
    if !Path::new("/dev/zero").exists() {
        println!("notice: /dev/zero is absent; skipping");
        return;
    }
    let run = run_within(fagui().args(["parse", "/dev/zero"]), 60);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(2), "{err}");
    assert!(err.contains("/dev/zero: input larger than the limit of 268435456 bytes"), "{err}");
    for cmd in [&["refs", "/dev/zero", "--max-bytes", "1M"][..], &["grep", "x", "/dev/zero", "--max-bytes", "1M"]] {
        let run = run_within(fagui().args(cmd), 60);
        assert_eq!(run.status.code(), Some(2), "{cmd:?}: {}", stderr(&run));
        assert!(stderr(&run).contains("/dev/zero: input larger than the limit of 1048576 bytes"), "{}", stderr(&run));
    }
}

/// Why: "`head -c 1G /dev/zero | fagui parse /dev/stdin` reads 2.6 GB before refusing":
/// an endless stream, as `-` or as the path of a pipe, is refused once it passes the
/// limit.
#[test]
fn an_endless_stream_is_refused() {
    let mut names = vec![("-", "standard input")];
    if cfg!(unix) && Path::new("/dev/stdin").exists() {
        names.push(("/dev/stdin", "/dev/stdin"));
    }
    for (arg, shown) in names {
        let mut child = fagui()
            .args(["parse", "--max-bytes", "1048576", arg])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        // Writes until the reader goes away (or 1 GiB).
        let writer = std::thread::spawn(move || {
            let chunk = "本要點依示範法訂定。\n".repeat(1000);
            let mut written = 0u64;
            while written < 1 << 30 && input.write_all(chunk.as_bytes()).is_ok() {
                written += chunk.len() as u64;
            }
            written
        });
        let run = wait_within(child, 120);
        let written = writer.join().unwrap();
        let err = stderr(&run);
        assert!(written < 1 << 30, "{arg}: the whole stream was read");
        assert_eq!(run.status.code(), Some(2), "{arg}: {err}");
        assert!(err.contains(&format!("{shown}: input larger than the limit of 1048576 bytes")), "{arg}: {err}");
    }
}

/// Why: "`--max-bytes 18446744073709551615` with `-` wraps to 0 and reads nothing".
/// Sizes take the suffixes K, M, G.
#[test]
fn max_bytes_takes_the_largest_value_and_suffixes() {
    let run_stdin = |max: &str, text: &str| {
        let mut child = fagui()
            .args(["parse", "--format", "text", "--max-bytes", max, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
        child.wait_with_output().unwrap()
    };
    let text = doc("甲要點");
    let run = run_stdin("18446744073709551615", &text);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(String::from_utf8(run.stdout).unwrap(), text);
    for ok in ["1K", "10M", "1G", "1kb", "2MiB"] {
        let run = run_stdin(ok, &text);
        assert_eq!(run.status.code(), Some(0), "{ok}: {}", stderr(&run));
    }
    let long = format!("甲要點\n一、{}。\n", "甲".repeat(400));
    let run = run_stdin("1K", &long);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("larger than the limit of 1024 bytes"), "{}", stderr(&run));
    let run = run_stdin("10Q", &text);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("not a size"), "{}", stderr(&run));
    // 16 EiB is past u64: refused as an argument, not wrapped.
    let run = run_stdin("17179869184G", &text);
    assert_eq!(run.status.code(), Some(2));
    // A regular file over the limit names the file.
    let run = fagui().args(["parse", "--max-bytes", "1K", SEED]).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("digi-plus-directive.txt: input larger than the limit of 1024 bytes"));
}
