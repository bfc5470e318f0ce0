//! The Akoma Ntoso export of every corpus file: well-formed XML, every text of the tree
//! in it, eIds unique and equal to the node ids, read back to the same tree; and
//! snapshots of a few small files. Validation against the AKN 3.0 schema is
//! `scripts/check-akn.sh` (it needs the schema and xmllint).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::HashSet;
use std::path::Path;

use fagui::{Diagnostic, Document, HistoryEntry};
use proptest::prelude::*;
use quick_xml::Reader;
use quick_xml::events::Event;

fn parse_file(path: &Path) -> Vec<Document> {
    let bytes = std::fs::read(path).unwrap();
    let text = fagui::read_text(&bytes, &Default::default()).unwrap();
    fagui::parse_all(&text, &fagui::ParseOptions::default())
}

/// What an XML reader sees: the character data, the eIds, and the element names, with
/// every start tag matched by its end tag (quick-xml checks the names).
struct Seen {
    text: String,
    eids: Vec<String>,
    elements: HashSet<String>,
}

fn read_xml(xml: &str) -> Seen {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut seen = Seen { text: String::new(), eids: Vec::new(), elements: HashSet::new() };
    let mut depth = 0usize;
    let mut roots = 0;
    loop {
        let event = reader.read_event().unwrap_or_else(|e| panic!("not well-formed: {e}\n{xml}"));
        let start = match &event {
            Event::Start(s) | Event::Empty(s) => Some(s.clone()),
            _ => None,
        };
        if let Some(s) = start {
            if depth == 0 {
                roots += 1;
            }
            seen.elements.insert(s.name().as_ref().to_string());
            for a in s.attributes() {
                let a = a.unwrap();
                if a.key.as_ref() == "eId" {
                    seen.eids.push(a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned());
                }
            }
        }
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            Event::Text(t) if depth > 0 => seen.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let c = r.resolve_char_ref().unwrap().unwrap_or_else(|| match &*r {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unknown entity {other}"),
                });
                seen.text.push(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!((depth, roots), (0, 1), "one root element, closed");
    seen
}

#[test]
fn every_corpus_document_exports_whole_and_reads_back() {
    let mut documents = 0;
    insta::glob!("../corpus", "**/*.txt", |path| {
        for doc in parse_file(path) {
            documents += 1;
            let xml = doc.to_akn();
            let seen = read_xml(&xml);
            let name = path.display();
            // Every text of the tree is in the XML's character data.
            let mut texts: Vec<&str> = Vec::new();
            texts.extend(doc.title.as_deref());
            texts.extend(doc.history.iter().map(|h| h.raw.as_str()));
            doc.walk(&mut |n| {
                texts.push(&n.text);
                texts.extend(n.label.as_deref());
                texts.extend(n.caption.as_deref());
            });
            for t in texts {
                assert!(seen.text.contains(t), "{name}: text lost: {t:?}");
            }
            // eIds: unique, and every node id is one.
            let unique: HashSet<&str> = seen.eids.iter().map(String::as_str).collect();
            assert_eq!(unique.len(), seen.eids.len(), "{name}: duplicate eIds");
            doc.walk(&mut |n| assert!(unique.contains(n.id.as_str()), "{name}: no eId {}", n.id));
            assert!(seen.elements.contains("akomaNtoso") && seen.elements.contains("act"));
            // Read back to the same tree.
            let back = fagui::akn::from_akn(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(back, doc, "{name}: read back differently");
        }
    });
    assert!(documents > 50, "{documents} documents");
}

#[test]
fn citations_become_links() {
    let mut links = 0;
    insta::glob!("../corpus", "**/*.txt", |path| {
        for doc in parse_file(path) {
            let xml = doc.to_akn();
            links += xml.matches("<ref href=").count() + xml.matches("<rref from=").count();
            // Internal links point at eIds of the document.
            for part in xml.split("=\"#").skip(1) {
                let target = part.split('"').next().unwrap();
                if ["fagui", "org_1", "org_unknown"].contains(&target) || target.starts_with("src_") {
                    continue;
                }
                assert!(xml.contains(&format!("eId=\"{target}\"")), "{}: #{target} names nothing", path.display());
            }
        }
    });
    assert!(links > 100, "{links} links");
}

#[test]
fn akn_snapshots() {
    for file in [
        "err/preamble-text-1a.txt",
        "statutes/marine-data-fee-1b.txt",
        "real/l-taipei-housing-fund-procedure-ch1.txt",
        "err/duplicate-number-1a.txt",
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(file);
        let docs = parse_file(&path);
        let xml: String = docs.iter().map(Document::to_akn).collect();
        insta::assert_snapshot!(file.replace('/', "__"), xml);
    }
}

#[test]
fn cli_writes_and_reads_akn() {
    let exe = env!("CARGO_BIN_EXE_fagui");
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/statutes/marine-data-fee-1b.txt");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(exe).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let xml = run(&["parse", "--format", "akn", file.to_str().unwrap()]);
    let doc = &parse_file(&file)[0];
    assert_eq!(String::from_utf8(xml.clone()).unwrap(), doc.to_akn());

    let dir = tempfile::tempdir().unwrap();
    let xml_path = dir.path().join("law.xml");
    std::fs::write(&xml_path, &xml).unwrap();
    // Detected as Akoma Ntoso, read back: the same tree (spans of references fall back
    // to their node's, as for open data).
    let json = run(&["parse", xml_path.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["units"], serde_json::to_value(&doc.units).unwrap());
    let again = run(&["parse", "--from", "akn", "--format", "akn", xml_path.to_str().unwrap()]);
    assert_eq!(again, xml);

    // Batch: one .xml per input, mirroring the tree.
    let out = dir.path().join("out");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/statutes");
    run(&["parse", "--format", "akn", "--out", out.to_str().unwrap(), corpus.to_str().unwrap()]);
    let written = std::fs::read_to_string(out.join("statutes/marine-data-fee-1b.xml")).unwrap();
    assert_eq!(written.as_bytes(), xml.as_slice());
}

#[test]
fn several_documents_in_one_text_give_one_file_each() {
    let exe = env!("CARGO_BIN_EXE_fagui");
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("two.txt"), "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n").unwrap();
    let out = dir.path().join("out");
    let status = std::process::Command::new(exe)
        .args(["parse", "--format", "akn", "--out", out.to_str().unwrap(), input.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut names: Vec<String> = std::fs::read_dir(out.join("in/two"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["0001-甲要點.xml", "0002-乙要點.xml"]);
    let second = std::fs::read_to_string(out.join("in/two/0002-乙要點.xml")).unwrap();
    assert_eq!(fagui::akn::from_akn(&second).unwrap().title.as_deref(), Some("乙要點"));
}

/// Any text XML 1.0 can hold (other characters become `x`).
fn xml_text() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|s| {
        s.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => c,
                _ => 'x',
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whatever the texts hold (markup characters, line ends, spaces at the ends,
    /// citations), the export is well-formed and reads back to the same document.
    #[test]
    fn any_text_reads_back(texts in prop::collection::vec(xml_text(), 9), special in "[ \t\r\n&<>\"'第一點條項款至及]{0,12}") {
        let mut doc = fagui::parse("示範要點\n一、依第二點辦理。\n二、乙。\n（一）丙。\n");
        doc.title = Some(texts[0].clone());
        doc.units[0].label = Some(texts[1].clone().into());
        doc.units[0].caption = Some(special.clone());
        doc.units[0].children[0].text = format!("{}{special}第二點{}", texts[2], texts[3]);
        doc.units[1].children[0].text = special.clone();
        doc.meta.insert(texts[4].clone(), texts[5].clone());
        doc.history.push(HistoryEntry {
            raw: texts[6].clone(),
            date: Some("2016-11-25".into()),
            body: Some(texts[7].clone()),
            doc_no: Some(special.clone()),
            action: None,
            actions: Vec::new(),
            span: fagui::Span(0, 3),
        });
        doc.diagnostics.push(Diagnostic {
            severity: fagui::Severity::Info,
            code: fagui::DiagCode::Gap,
            message: texts[8].clone(),
            line: 1,
            column: 2,
            span: fagui::Span(4, 5),
        });
        let xml = doc.to_akn();
        read_xml(&xml);
        prop_assert_eq!(fagui::akn::from_akn(&xml).unwrap(), doc);
    }
}
