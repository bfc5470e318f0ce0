//! Several documents in one text (a compilation): 200 concatenated regulations must
//! parse into 200 documents, each with its own units, and nothing lost.
//!
//! The first tests need no external data (generated regulations and the corpus files);
//! the last one runs over real laws when `../shared/data/regs` is present.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fagui::{Document, ParseOptions};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One regulation of a compilation: its text, and what parsing it alone gives.
struct Piece {
    text: String,
    title: Option<String>,
    units: usize,
}

impl Piece {
    fn new(text: String) -> Piece {
        let doc = fagui::parse(&text);
        Piece { title: doc.title.clone(), units: doc.top_units().len(), text }
    }
}

/// The generated regulation `n` (1-based): mostly statutes (`示範第N辦法`, 2 to 24
/// articles, chapters every 20), every fourth a directive (`示範第N要點`, 2 to 4 points:
/// a document is split off only after one of at least two units).
fn generated(n: usize) -> (String, usize) {
    if n.is_multiple_of(4) {
        let text = fagui::testing::directive(7_500 + n * 40);
        let body = text.split_once('\n').unwrap().1;
        let points = fagui::parse(&text).top_units().len();
        assert!(points >= 2, "generated directive {n}: {points} points");
        (format!("示範第{n}要點\n{body}"), points)
    } else {
        let articles = 2 + (n * 7) % 23;
        let text = fagui::testing::statute(articles as u32);
        let body = text.split_once('\n').unwrap().1;
        (format!("示範第{n}辦法\n{body}"), articles)
    }
}

/// The text of 200 generated regulations, with the expected pieces.
fn generated_compilation() -> Vec<Piece> {
    (1..=200)
        .map(|n| {
            let (text, units) = generated(n);
            let piece = Piece::new(text);
            assert_eq!(piece.units, units, "generated regulation {n} alone");
            assert_eq!(piece.title.as_deref(), piece.text.lines().next(), "generated regulation {n} alone");
            piece
        })
        .collect()
}

/// Where each piece starts in the concatenated text.
fn offsets(pieces: &[Piece]) -> Vec<usize> {
    let mut at = 0;
    pieces
        .iter()
        .map(|p| {
            let o = at;
            at += p.text.len();
            o
        })
        .collect()
}

/// Byte offset where a document's first unit (or first node) starts.
fn first_start(doc: &Document) -> Option<usize> {
    doc.top_units().first().map(|n| n.span.0).or_else(|| doc.units.first().map(|n| n.span.0))
}

/// Compares the documents with the pieces; returns a description of every boundary
/// that went wrong (empty when the split is right).
fn mismatches(pieces: &[Piece], docs: &[Document]) -> String {
    let starts = offsets(pieces);
    let total: usize = pieces.iter().map(|p| p.text.len()).sum();
    let mut out = String::new();
    // Documents whose first unit falls inside each piece.
    let mut owners: Vec<Vec<usize>> = vec![Vec::new(); pieces.len()];
    for (d, doc) in docs.iter().enumerate() {
        if let Some(s) = first_start(doc) {
            let k = starts.partition_point(|&o| o <= s).saturating_sub(1);
            owners[k].push(d);
        }
    }
    for (k, p) in pieces.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(total);
        let mine = &owners[k];
        let head: Vec<&str> = p.text.lines().take(4).collect();
        match mine.as_slice() {
            [] => {
                let _ = writeln!(
                    out,
                    "piece {k} (bytes {}..{end}) not split off: no document starts in it; its first lines: {head:?}",
                    starts[k]
                );
            }
            [d] => {
                let doc = &docs[*d];
                let units = doc.top_units().len();
                if units != p.units || doc.title != p.title {
                    let _ = writeln!(
                        out,
                        "piece {k} (bytes {}..{end}) -> document {d}: title {:?} (expected {:?}), {units} units (expected {}); its first lines: {head:?}",
                        starts[k], doc.title, p.title, p.units
                    );
                }
            }
            many => {
                let _ = writeln!(
                    out,
                    "piece {k} (bytes {}..{end}) split into documents {many:?} (titles {:?}); its first lines: {head:?}",
                    starts[k],
                    many.iter().map(|d| docs[*d].title.clone()).collect::<Vec<_>>()
                );
            }
        }
    }
    out
}

/// Parses the concatenation of `pieces` and checks every document and the balance.
fn check_compilation(pieces: &[Piece]) -> Vec<Document> {
    let src: String = pieces.iter().map(|p| p.text.as_str()).collect();
    let docs = fagui::parse_all(&src, &ParseOptions::default());
    let report = mismatches(pieces, &docs);
    assert!(
        docs.len() == pieces.len() && report.is_empty(),
        "{} documents for {} pieces:\n{report}",
        docs.len(),
        pieces.len()
    );
    for (doc, p) in docs.iter().zip(pieces) {
        assert_eq!(doc.title, p.title);
        assert_eq!(doc.top_units().len(), p.units);
    }
    let balance = fagui::conserve::check_all(&src, &docs);
    assert!(balance.is_balanced(), "{balance:?}");
    docs
}

#[test]
fn two_hundred_generated_regulations() {
    let pieces = generated_compilation();
    let docs = check_compilation(&pieces);
    assert_eq!(docs.len(), 200);
    assert_eq!(docs[0].title.as_deref(), Some("示範第1辦法"));
    assert_eq!(docs[199].title.as_deref(), Some("示範第200要點"));
    assert!(docs.iter().all(|d| d.diagnostics.is_empty()), "a generated regulation has diagnostics");
}

#[test]
fn generated_compilation_repeated_four_times() {
    let pieces = generated_compilation();
    let four: Vec<Piece> = (0..4).flat_map(|_| pieces.iter().map(|p| Piece::new(p.text.clone()))).collect();
    assert_eq!(check_compilation(&four).len(), 800);
}

/// The corpus statutes and directives, each as it is (header blocks, history, PDF
/// layout), one after another until there are 200.
#[test]
fn two_hundred_corpus_files() {
    let mut files = Vec::new();
    for dir in ["corpus/statutes", "corpus/directives"] {
        for entry in std::fs::read_dir(Path::new(ROOT).join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| {
            let mut t = std::fs::read_to_string(p).unwrap();
            // A byte-order mark belongs at the start of a file only.
            if let Some(rest) = t.strip_prefix('\u{feff}') {
                t = rest.to_string();
            }
            if !t.ends_with('\n') {
                t.push('\n');
            }
            t
        })
        .collect();
    let pieces: Vec<Piece> = (0..200).map(|i| Piece::new(texts[i % texts.len()].clone())).collect();
    check_compilation(&pieces);
}

fn shared_regs() -> Option<PathBuf> {
    let dir = Path::new(ROOT).join("../shared/data/regs");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("notice: ../shared/data/regs is absent; skipping the real-data compilation");
        None
    }
}

/// The first 200 real records, rendered as clean text and concatenated.
#[test]
fn two_hundred_real_regulations() {
    let Some(dir) = shared_regs() else { return };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 200);
    let mut pieces = Vec::new();
    let mut roundtrip = Vec::new();
    for path in &paths[..200] {
        let docs = fagui::input::load_path(path, &Default::default()).unwrap();
        assert_eq!(docs.len(), 1, "{}", path.display());
        let record = &docs[0];
        let text = fagui::render::to_text(record);
        let piece = Piece::new(text);
        // The rendering alone must read back with the record's article count; if it
        // does not, that is a rendering or parsing problem, not a split problem.
        if piece.units != record.top_units().len() || piece.title != record.title {
            roundtrip.push(format!(
                "{}: alone {} units, title {:?}; record {} units, title {:?}",
                path.display(),
                piece.units,
                piece.title,
                record.top_units().len(),
                record.title
            ));
        }
        pieces.push(piece);
    }
    assert!(roundtrip.is_empty(), "renderings that do not read back alone:\n{}", roundtrip.join("\n"));
    check_compilation(&pieces);
}
