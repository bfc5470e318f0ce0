//! Parse a file N times and print throughput: `cargo run --release --example parse_file -- FILE [N]`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: parse_file FILE [N]");
        return;
    };
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let text = fagui::decode::read_path(path.as_ref(), &Default::default()).unwrap();
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..n {
        bytes += fagui::parse(&text).to_json().unwrap().len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} bytes x {n}: {:.1} MB/s (parse + JSON, {bytes} JSON bytes)",
        text.len(),
        (text.len() * n) as f64 / secs / 1e6
    );
}
