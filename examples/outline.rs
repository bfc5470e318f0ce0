//! Prints the outline of a file (every document in it): a quick look at the structure.
//!
//! `cargo run --release --example outline -- FILE`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: outline FILE");
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    let text = fagui::read_text(&bytes, &Default::default()).unwrap();
    let docs = fagui::parse_all(&text, &Default::default());
    print!("{}", fagui::render::outline_all(&docs, &text));
}
