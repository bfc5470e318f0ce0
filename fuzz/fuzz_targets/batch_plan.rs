//! Batch output names: for any list of input paths (two input folders, any names), the
//! plan gives every kept input an output of its own, none of which is another's output
//! or a folder that another output needs; every input is either converted or reported.
#![no_main]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use fagui::batch::{OutputFormat, plan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut files = Vec::new();
    for line in text.lines().take(64) {
        // the first character chooses the input folder, the rest is the relative path
        let mut chars = line.chars();
        let Some(first) = chars.next() else { continue };
        let rel = Path::new(chars.as_str());
        let ok = rel.components().all(|c| matches!(c, std::path::Component::Normal(_)));
        if !ok || rel.as_os_str().is_empty() {
            continue;
        }
        let root = if u32::from(first) % 2 == 0 { "fuzz-no-such-in-a" } else { "fuzz-no-such-in-b" };
        files.push((Path::new(root).join(rel), rel.to_path_buf()));
    }
    let out = Path::new("fuzz-no-such-out");
    for format in [OutputFormat::Json, OutputFormat::Text] {
        let Ok(p) = plan(&files, out, format) else { panic!("refused without any existing file") };
        // every input converted or reported (the same path listed twice counts once)
        let distinct: HashSet<&(PathBuf, PathBuf)> = files.iter().collect();
        assert!(p.jobs.len() + p.failures.len() <= files.len());
        assert!(p.jobs.len() + p.failures.len() >= distinct.len(), "an input neither converted nor reported");
        let outputs: Vec<PathBuf> = p.jobs.iter().map(|j| j.output(out, format)).collect();
        let unique: HashSet<&PathBuf> = outputs.iter().collect();
        assert_eq!(unique.len(), outputs.len(), "two inputs share an output: {outputs:?}");
        // no output is a folder on the way to another output
        for o in &outputs {
            for a in o.ancestors().skip(1) {
                assert!(!unique.contains(&a.to_path_buf()), "{} is a file and a folder", a.display());
            }
        }
    }
});
