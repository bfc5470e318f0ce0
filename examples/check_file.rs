//! Parse a file and report what the "nothing lost" check finds:
//! `cargo run --example check_file -- FILE`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_file FILE");
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    let text = match fagui::read_text(&bytes, &Default::default()) {
        Ok(t) => t,
        Err(e) => {
            println!("not text: {e}");
            return;
        }
    };
    let doc = fagui::parse(&text);
    println!("input: {text:?}");
    println!("{}", doc.to_json_pretty().unwrap());
    println!("{:?}", fagui::conserve::check(&text, &doc));
    let opts = fagui::ParseOptions::default().with_kind(Some(doc.kind));
    let t1 = fagui::render::to_text(&doc);
    let d2 = fagui::parse_with(&t1, &opts);
    let t2 = fagui::render::to_text(&d2);
    let d3 = fagui::parse_with(&t2, &opts);
    println!("render 1: {t1:?}\nrender 2: {t2:?}\nrender 3: {:?}", fagui::render::to_text(&d3));
    println!("history: {:?} / {:?} / {:?}", doc.history.len(), d2.history.len(), d3.history.len());
}
