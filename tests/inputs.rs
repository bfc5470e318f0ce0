//! Input handling: encodings, open data, batch conversion.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use fagui::render::{TextStyle, to_style};
use fagui::{Document, Node, Num};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn shape(doc: &Document) -> Vec<(String, Option<Num>, String, bool)> {
    let mut v = Vec::new();
    doc.walk(&mut |n: &Node| v.push((n.id.clone(), n.num, n.text.clone(), n.deleted)));
    v
}

fn corpus(rel: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join("corpus").join(rel)).unwrap()
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    let mut out = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

#[test]
fn big5_and_utf16_copies_parse_the_same() {
    for rel in
        ["directives/digi-plus-directive.txt", "statutes/data-management-2a.txt", "directives/data-governance-1a.txt"]
    {
        let text = corpus(rel);
        let want = fagui::parse(&text);
        let (big5, _, unmappable) = encoding_rs::BIG5.encode(&text);
        assert!(!unmappable, "{rel} has characters Big5 lacks");
        for bytes in [big5.into_owned(), utf16(&text, true), utf16(&text, false)] {
            let decoded = fagui::read_text(&bytes, &Default::default()).unwrap();
            assert_eq!(shape(&fagui::parse(&decoded)), shape(&want), "{rel}");
        }
    }
}

#[test]
fn forced_encoding_and_bad_bytes() {
    let opts = fagui::ReadOptions::default().with_encoding(Some("utf-8".into()));
    let (big5, _, _) = encoding_rs::BIG5.encode("一、本要點訂定。");
    let err = fagui::read_text(&big5, &opts).unwrap_err();
    assert!(err.to_string().contains("invalid UTF-8 at byte 0"), "{err}");
    let err = fagui::read_text(b"\xff\xfe\x00\xd8", &Default::default()).unwrap_err();
    assert!(err.to_string().contains("invalid UTF-16LE at byte 2"), "{err}");
    let err = fagui::read_text(b"ok\x00", &Default::default()).unwrap_err();
    assert!(err.to_string().contains("byte 2"), "{err}");
    assert!(matches!(
        fagui::read_text(b"x", &fagui::ReadOptions::default().with_max_bytes(Some(0))),
        Err(fagui::Error::TooLarge { .. })
    ));
}

#[test]
fn random_binary_is_refused_not_panicking() {
    // xorshift bytes: deterministic noise
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for len in [1usize, 7, 64, 4096] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        if let Ok(text) = fagui::read_text(&bytes, &Default::default()) {
            let doc = fagui::parse(&text);
            assert!(fagui::conserve::check(&text, &doc).is_balanced());
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noise.bin");
    std::fs::write(&path, [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_fagui")).args(["parse"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary data"));
}

fn fixture() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/opendata-record.json")).unwrap()
}

#[test]
fn open_data_record() {
    let docs = fagui::moj::from_json(&fixture()).unwrap();
    let doc = &docs[0];
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    assert_eq!(doc.title.as_deref(), Some("示範海洋觀測資料管理辦法"));
    assert_eq!(doc.history.len(), 2);
    assert_eq!(nums(&doc.history[1].actions[0].units), ["3", "5"]);
    assert_eq!(doc.history[1].actions[1].action, "增訂");
    assert_eq!(nums(&doc.history[1].actions[1].units), ["3-1"]);
    let arts = doc.top_units();
    assert_eq!(
        arts.iter().map(|a| a.num.unwrap().to_string()).collect::<Vec<_>>(),
        ["1", "2", "3", "3-1", "4", "5", "6"]
    );
    assert_eq!(
        arts[1].children[0].children[0].text,
        "觀測資料：指以儀器於海域量測所得之溫度、鹽度、流速及波高等數值紀錄。"
    );
    assert_eq!(arts[2].children.len(), 2, "但書 continues the paragraph");
    assert!(arts[4].deleted);
    // a wrapped line starting with 第 3 條 is text, not an article
    assert_eq!(
        arts[5].children[0].text,
        "主管機關得將觀測資料提供學術研究機構使用；其申請程序，依第3條第二項公告之規定辦理。"
    );
    assert_eq!(arts[3].children[0].children[1].children.len(), 2);
    assert_eq!(arts[3].id, "chap_2__art_3-1");
}

#[test]
fn open_data_and_rendered_text_give_the_same_tree() {
    let doc = &fagui::moj::from_json(&fixture()).unwrap()[0];
    for style in TextStyle::ALL {
        let again = fagui::parse(&to_style(doc, style));
        assert_eq!(shape(&again), shape(doc), "style {}", style.name());
    }
}

#[test]
fn bulk_open_data_shape() {
    let bulk = r#"{"UpdateDate": "2024/10/11", "Laws": [
        {"LawLevel": "法律", "LawName": "示範甲法", "LawHistories": "1.中華民國一百年一月一日總統令制定公布全文 2 條",
         "LawArticles": [{"ArticleType": "C", "ArticleNo": "", "ArticleContent": "第 一 章 總則"},
                         {"ArticleType": "A", "ArticleNo": "第 1 條", "ArticleContent": "本法依憲法制定之。"},
                         {"ArticleType": "A", "ArticleNo": "第 2 條", "ArticleContent": "本法自公布日施行。"}]},
        {"LawLevel": "命令", "LawName": "示範乙辦法", "LawArticles": [{"ArticleType": "A", "ArticleNo": "第 1 條", "ArticleContent": "甲。"}]}]}"#;
    let docs = fagui::moj::from_json(bulk).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].units[0].children[1].id, "chap_1__art_2");
    assert_eq!(docs[0].history[0].action.as_deref(), Some("制定"));
    assert_eq!(docs[1].title.as_deref(), Some("示範乙辦法"));
    assert!(fagui::moj::from_json("{\"x\": 1}").is_err());
}

fn shared_regs() -> Option<PathBuf> {
    let dir = Path::new(ROOT).join("../shared/data/regs");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("notice: ../shared/data/regs is absent; skipping the real-data checks");
        None
    }
}

/// For every real record: nothing lost from the JSON, and the 2a rendering parses to the
/// same tree.
#[test]
fn real_records_lose_nothing_and_match_web_text() {
    let Some(dir) = shared_regs() else { return };
    let mut n = 0;
    let mut differ = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let doc = &fagui::moj::from_value(&value).unwrap()[0];
        // input side: every string of the record (keys with a colon for the metadata)
        let mut input = String::new();
        for (k, v) in value.as_object().unwrap() {
            match k.as_str() {
                "法規內容" => {
                    for item in v.as_array().unwrap() {
                        for s in item.as_object().unwrap().values() {
                            input.push_str(s.as_str().unwrap());
                        }
                    }
                }
                "沿革內容" | "前言" => input.push_str(v.as_str().unwrap()),
                "附件" => {
                    input.push_str("附件：");
                    for a in v.as_array().unwrap() {
                        for s in a.as_object().unwrap().values() {
                            input.push_str(s.as_str().unwrap());
                        }
                    }
                }
                _ => {
                    input.push_str(k);
                    input.push('：');
                    input.push_str(v.as_str().unwrap());
                }
            }
        }
        let balance = fagui::conserve::check(&input, doc);
        assert!(balance.is_balanced(), "{}: {balance:?}", path.display());
        let web = fagui::parse(&to_style(doc, TextStyle::Web));
        let (a, b) = (shape(&web), shape(doc));
        if a != b {
            differ.push(path.display().to_string());
        }
        n += 1;
    }
    assert_eq!(n, 300);
    assert!(differ.is_empty(), "2a text and open data differ: {differ:?}");
}

#[test]
fn batch_mirrors_the_tree_and_reports_failures() {
    // Removed when dropped, whatever the outcome.
    let src_dir = tempfile::tempdir().unwrap();
    let src = src_dir.path();
    std::fs::create_dir_all(src.join("laws/sub")).unwrap();
    std::fs::write(src.join("laws/a.txt"), corpus("statutes/data-management-2a.txt")).unwrap();
    std::fs::write(src.join("laws/sub/b.txt"), corpus("directives/digi-plus-directive.txt")).unwrap();
    std::fs::write(src.join("laws/sub/bad.txt"), b"\x00\x01binary").unwrap();
    std::fs::copy(Path::new(ROOT).join("tests/fixtures/opendata-record.json"), src.join("laws/c.json")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path();
    let run = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .arg("parse")
        .arg(src.join("laws"))
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("bad.txt: binary data"), "{err}");
    assert!(err.contains("1 of 4 inputs failed"), "{err}");
    let a: Document = serde_json::from_slice(&std::fs::read(out.join("laws/a.json")).unwrap()).unwrap();
    assert_eq!(a.top_units().len(), 13);
    let b: Document = serde_json::from_slice(&std::fs::read(out.join("laws/sub/b.json")).unwrap()).unwrap();
    assert_eq!(b.units.len(), 13);
    assert!(out.join("laws/c.json").exists());
    assert!(!out.join("laws/sub/bad.json").exists());
    // no temporary files left behind
    let leftovers: Vec<_> =
        walk(out).into_iter().filter(|p| p.file_name().unwrap().to_string_lossy().contains(".tmp")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // quiet in a pipe: no progress bar on stderr beyond the failure lines
    assert_eq!(err.lines().count(), 2, "{err}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn several_inputs_print_json_lines() {
    let out = Command::new(env!("CARGO_BIN_EXE_fagui"))
        .args(["parse", "corpus/err/numbering-gap-1a.txt", "corpus/err/out-of-order-1a.txt", "--from", "text"])
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2);
    for line in text.lines() {
        let _: Document = serde_json::from_str(line).unwrap();
    }
}

/// The numbers as their JSON strings.
fn nums(units: &[fagui::Num]) -> Vec<String> {
    units.iter().map(ToString::to_string).collect()
}
