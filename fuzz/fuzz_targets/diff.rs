//! Two arbitrary texts → parse both → diff: never panics, and the diff applied to the
//! old tree gives back the new one (ids, numbers, labels, captions, texts, deleted).
#![no_main]

use libfuzzer_sys::fuzz_target;

type Shape = Vec<(String, Option<fagui::Num>, Option<fagui::Label>, Option<String>, String, bool)>;

fn shape(doc: &fagui::Document) -> Shape {
    let mut v = Vec::new();
    doc.walk(&mut |n| v.push((n.id.clone(), n.num, n.label.clone(), n.caption.clone(), n.text.clone(), n.deleted)));
    v
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The two versions are separated by the first form feed (or the text is split in half).
    let (a, b) = match text.split_once('\u{c}') {
        Some(pair) => pair,
        None => text.split_at(text.char_indices().nth(text.chars().count() / 2).map(|(i, _)| i).unwrap_or(0)),
    };
    let old = fagui::parse(a);
    let new = fagui::parse(b);
    let d = fagui::diff::diff(&old, &new);
    let _ = d.to_json().ok();
    let _ = fagui::diff::render::table_html(&d, Default::default());
    let _ = fagui::diff::render::text(&d, Default::default());
    let got = d.apply(&old).expect("the diff applies to its old version");
    assert_eq!(shape(&got), shape(&new), "apply(old) != new");
});
