//! Render one open-data record in a style: `cargo run --example render_reg -- FILE.json STYLE`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: render_reg FILE.json STYLE (1a, 1b, 2a, 2b, 2c)");
        return;
    }
    let text = std::fs::read_to_string(&args[0]).unwrap();
    let docs = fagui::moj::from_json(&text).unwrap();
    let style = fagui::render::TextStyle::from_name(&args[1]).unwrap_or(fagui::render::TextStyle::Clean);
    for d in &docs {
        print!("{}", fagui::render::to_style(d, style));
    }
}
