//! Reads and parses files as `fagui.parse_file_all` does (decode, detect open data,
//! parse every document) and prints the time of each round as one JSON line, for
//! comparing the Python package with the library (`python/bench/throughput.py`):
//!
//! `cargo run --release --example parse_files -- [--rounds N] [--threads T] [--passes P] FILE…`
//!
//! With `--threads T`, T threads each parse every T-th file, `--passes` times over (as
//! the script does from Python), and a round is the wall time of the whole.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let (mut rounds, mut threads, mut passes) = (1, 1, 1);
    let mut files: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut number = || args.next().and_then(|n| n.parse().ok()).expect("a number");
        match a.as_str() {
            "--rounds" => rounds = number(),
            "--threads" => threads = number(),
            "--passes" => passes = number(),
            _ => files.push(a.into()),
        }
    }
    let opts = fagui::input::LoadOptions::default();
    let bytes: u64 = files.iter().map(|f| std::fs::metadata(f).unwrap().len()).sum();
    let mut seconds = Vec::new();
    let mut documents = 0;
    let parse = |f: &PathBuf| {
        let text = fagui::decode::read_path(f, &opts.read).unwrap();
        fagui::input::load_str(&text, &opts).unwrap().len()
    };
    for _ in 0..rounds {
        let start = Instant::now();
        documents = std::thread::scope(|s| {
            let workers: Vec<_> = (0..threads)
                .map(|t| {
                    let share: Vec<&PathBuf> = files.iter().skip(t).step_by(threads).collect();
                    s.spawn(move || (0..passes).map(|_| share.iter().map(|f| parse(f)).sum::<usize>()).sum::<usize>())
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).sum::<usize>() / passes
        });
        seconds.push(start.elapsed().as_secs_f64());
    }
    println!(
        "{{\"files\": {}, \"bytes\": {bytes}, \"documents\": {documents}, \"seconds\": {seconds:?}}}",
        files.len()
    );
}
