//! Writes a synthetic document: `cargo run --example generate -- directive|statute SIZE > out.txt`
//! (SIZE: bytes for a directive, articles for a statute).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size: u32 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    match args.first().map(String::as_str) {
        Some("statute") => print!("{}", fagui::testing::statute(size)),
        _ => print!("{}", fagui::testing::directive(size as usize)),
    }
}
