//! Batch runs that never destroy or lose a file, bounded reading of streams, and output
//! errors that are never ignored (issue 12). Each test names the case it covers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/directives/digi-plus-directive.txt");
const OLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.old.txt");
const NEW: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pairs/seed-partial.new.txt");
const RECORD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/opendata-record.json");

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

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn doc(title: &str) -> String {
    format!("{title}\n一、{title}之一。\n二、{title}之二。\n")
}

fn title_of(path: &Path) -> String {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    v["title"].as_str().unwrap().to_string()
}

/// Every file under `dir`, hidden ones included.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() && !p.is_symlink() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    walk(dir)
        .into_iter()
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".tmp") || n.contains(".tmp-")
        })
        .collect()
}

/// Why: "Batch destroys its input": `fagui parse d/law.json --out d` and
/// `fagui parse --format text d --out .` overwrote the sources with exit 0.
#[test]
fn batch_refuses_an_output_that_is_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    std::fs::create_dir_all(&d).unwrap();
    let record = std::fs::read(RECORD).unwrap();
    std::fs::write(d.join("law.json"), &record).unwrap();
    let run = fagui().arg("parse").arg(d.join("law.json")).arg("--out").arg(&d).output().unwrap();
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(stderr(&run).contains("is one of the inputs"), "{}", stderr(&run));
    assert_eq!(std::fs::read(d.join("law.json")).unwrap(), record);
    assert_eq!(walk(&d).len(), 1, "nothing written");

    // Text output mirrored onto the tree it reads: d/a.txt would become d/a.txt.
    std::fs::remove_file(d.join("law.json")).unwrap();
    write(&d.join("a.txt"), "甲要點\n一、甲\n乙。\n");
    write(&d.join("b.txt"), &doc("乙要點"));
    let run = fagui().args(["parse", "--format", "text", "d", "--out", "."]).current_dir(tmp.path()).output().unwrap();
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert_eq!(std::fs::read_to_string(d.join("a.txt")).unwrap(), "甲要點\n一、甲\n乙。\n");
    assert_eq!(walk(&d).len(), 2, "nothing written");

    // The same file through a link is the same input.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&d, tmp.path().join("link")).unwrap();
        let run = fagui()
            .args(["parse", "--format", "text", "link/a.txt", "--out"])
            .arg(&d)
            .current_dir(tmp.path())
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
        assert_eq!(std::fs::read_to_string(d.join("a.txt")).unwrap(), "甲要點\n一、甲\n乙。\n");
    }

    // An output folder inside the input folder is fine, and is not read back as input.
    let out = d.join("json");
    let run = fagui().arg("parse").arg(&d).arg("--out").arg(&out).output().unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let run = fagui().arg("parse").arg(&d).arg("--out").arg(&out).output().unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(title_of(&out.join("d/a.json")), "甲要點");
    assert!(!out.join("d/json").exists());

    // An output "folder" that is a file is refused before anything is read.
    let run = fagui().arg("parse").arg(&d).arg("--out").arg(d.join("a.txt")).output().unwrap();
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(stderr(&run).contains("not a folder"), "{}", stderr(&run));
}

/// Why: "Batch loses files": `a.txt`, `a.md` and `a` all mapped to `a.json`, one of them
/// won at random, exit 0; temporary names collided.
#[test]
fn colliding_output_names_keep_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    write(&d.join("a.txt"), &doc("甲要點"));
    write(&d.join("a.md"), &doc("乙要點"));
    write(&d.join("a"), &doc("丙要點"));
    write(&d.join("b.txt"), &doc("丁要點"));
    let out = tmp.path().join("out");
    for _ in 0..2 {
        let run = fagui().arg("parse").arg(&d).arg("--out").arg(&out).output().unwrap();
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
        assert_eq!(title_of(&out.join("in/a.txt.json")), "甲要點");
        assert_eq!(title_of(&out.join("in/a.md.json")), "乙要點");
        assert_eq!(title_of(&out.join("in/a.json")), "丙要點");
        // Names that do not collide keep the short form.
        assert_eq!(title_of(&out.join("in/b.json")), "丁要點");
        assert_eq!(walk(&out).len(), 4, "{:?}", walk(&out));
    }

    // Two input folders with the same name: the same relative paths cannot be told
    // apart, so those files are reported (naming each other) and not written; the rest
    // is converted, exit 1.
    let x = tmp.path().join("x/laws");
    let y = tmp.path().join("y/laws");
    write(&x.join("same.txt"), &doc("甲要點"));
    write(&y.join("same.txt"), &doc("乙要點"));
    write(&y.join("other.txt"), &doc("丙要點"));
    let out2 = tmp.path().join("out2");
    let run = fagui().arg("parse").arg(&x).arg(&y).arg("--out").arg(&out2).output().unwrap();
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let err = stderr(&run);
    assert!(err.contains("x/laws/same.txt") && err.contains("y/laws/same.txt"), "{err}");
    assert!(err.contains("2 of 3 inputs failed"), "{err}");
    assert!(!out2.join("laws/same.json").exists());
    assert_eq!(title_of(&out2.join("laws/other.json")), "丙要點");

    // The same folder given twice is converted once, without a collision.
    let run = fagui().arg("parse").arg(&d).arg(&d).arg("--out").arg(&out).output().unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
}

/// Found by the `batch_plan` fuzz target: `a` gives the file `a.json`, which
/// `a.json/b.txt` needs as a folder. The file's input keeps its extension when it has
/// one; else it is reported, and the rest is converted, whatever the order.
#[test]
fn an_output_file_is_never_a_folder_another_output_needs() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    write(&d.join("a.txt"), &doc("甲要點"));
    write(&d.join("a.json/b.txt"), &doc("乙要點"));
    let out = tmp.path().join("out");
    let run = fagui().arg("parse").arg(&d).arg("--out").arg(&out).output().unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(title_of(&out.join("in/a.txt.json")), "甲要點");
    assert_eq!(title_of(&out.join("in/a.json/b.json")), "乙要點");

    let e = tmp.path().join("e");
    write(&e.join("a"), &doc("丙要點"));
    write(&e.join("a.json/b.txt"), &doc("丁要點"));
    let out = tmp.path().join("out-e");
    let run = fagui().arg("parse").arg(&e).arg("--out").arg(&out).output().unwrap();
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(stderr(&run).contains("a.json/b.txt"), "{}", stderr(&run));
    assert_eq!(title_of(&out.join("e/a.json/b.json")), "丁要點");
}

/// Why: "a 244-byte file name fails on the temp name".
#[test]
fn long_file_names_convert() {
    let tmp = tempfile::tempdir().unwrap();
    let name = format!("{}.txt", "a".repeat(240));
    write(&tmp.path().join("in").join(&name), &doc("甲要點"));
    let out = tmp.path().join("out");
    let run = fagui().arg("parse").arg(tmp.path().join("in")).arg("--out").arg(&out).output().unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(title_of(&out.join("in").join(format!("{}.json", "a".repeat(240)))), "甲要點");
}

/// Why: "Batch aborts on one bad entry (an unreadable subfolder, a missing input:
/// exit 2, nothing converted) although the README says it goes on."
#[test]
fn a_bad_entry_does_not_abort_the_batch() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("laws");
    write(&d.join("a.txt"), &doc("甲要點"));
    write(&d.join("sub/b.txt"), &doc("乙要點"));
    write(&d.join("locked/c.txt"), &doc("丙要點"));
    #[cfg(unix)]
    {
        // A link loop and a broken link.
        std::os::unix::fs::symlink("..", d.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink("no-such-file.txt", d.join("broken.txt")).unwrap();
    }
    // An unreadable folder (not unreadable when the tests run as root).
    #[cfg(unix)]
    let locked = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(d.join("locked"), std::fs::Permissions::from_mode(0o000)).unwrap();
        std::fs::read_dir(d.join("locked")).is_err()
    };
    #[cfg(not(unix))]
    let locked = false;
    let out = tmp.path().join("out");
    let missing = tmp.path().join("missing.txt");
    let run = fagui().arg("parse").arg(&missing).arg(&d).arg("--out").arg(&out).output().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(d.join("locked"), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    assert_eq!(title_of(&out.join("laws/a.json")), "甲要點");
    assert_eq!(title_of(&out.join("laws/sub/b.json")), "乙要點");
    if locked {
        assert!(err.contains("locked"), "{err}");
    } else {
        assert_eq!(title_of(&out.join("laws/locked/c.json")), "丙要點");
    }
    #[cfg(unix)]
    {
        assert!(err.contains("broken.txt"), "{err}");
        assert!(err.contains("loop"), "{err}");
    }
    assert!(temp_files(&out).is_empty());
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

/// Why: "Temporary files are left behind after SIGINT/SIGTERM": a batch stopped by a
/// signal finishes the files it started, removes its temporary files and exits with
/// 128 + the signal (or 0 when it was done before the signal came).
#[cfg(unix)]
#[test]
fn an_interrupted_batch_leaves_no_temporary_file() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(SEED).unwrap();
    let d = tmp.path().join("in");
    for i in 0..300 {
        write(&d.join(format!("{i:03}.txt")), &seed.repeat(10));
    }
    for (signal, code) in [("INT", 130), ("TERM", 143)] {
        let out = tmp.path().join(format!("out-{signal}"));
        let child = fagui()
            .arg("parse")
            .arg(&d)
            .arg("--out")
            .arg(&out)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(300));
        let _ = Command::new("kill").arg(format!("-{signal}")).arg(child.id().to_string()).status();
        let run = wait_within(child, 120);
        let got = run.status.code();
        assert!(got == Some(code) || got == Some(0), "{signal}: {got:?} {}", stderr(&run));
        if got == Some(code) {
            assert!(stderr(&run).contains("interrupted"), "{}", stderr(&run));
        }
        if out.exists() {
            assert!(temp_files(&out).is_empty(), "{signal}: {:?}", temp_files(&out));
            // Every output written is whole.
            for f in walk(&out) {
                let _: serde_json::Value = serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
            }
        }
    }
}

/// The batch library: the plan is made before anything is written.
#[test]
fn plan_names_and_refusals() {
    use fagui::batch::{OutputFormat, plan};
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(&d.join("a.txt"), "x");
    write(&d.join("a.json"), "x");
    let files = vec![(d.join("a.txt"), PathBuf::from("a.txt")), (d.join("a.json"), PathBuf::from("a.json"))];
    // Both would give a.json, and a.json is an input: a.txt gives a.txt.json, and a.json
    // would give a.json.json — nothing is an input.
    let p = plan(&files, d, OutputFormat::Json).unwrap();
    let stems: Vec<_> = p.jobs.iter().map(|j| j.stem.clone()).collect();
    assert_eq!(stems, [PathBuf::from("a.txt"), PathBuf::from("a.json")]);
    // Text output of a.txt into its own folder is a.txt: refused.
    let files = vec![(d.join("a.txt"), PathBuf::from("a.txt"))];
    let e = plan(&files, d, OutputFormat::Text).unwrap_err();
    assert!(matches!(e, fagui::Error::Overwrite { .. }), "{e}");
}
