//! Loading documents from bytes or files: decoding (text, Word, PDF), recognising
//! open-data JSON, parsing.
//! This is what the CLI and the batch converter call for every input.

use std::path::Path;

use crate::ast::Document;
use crate::decode::{self, ReadOptions};
use crate::error::Error;
use crate::parse::ParseOptions;

/// What the input is.
///
/// ```
/// assert_eq!(fagui::input::Source::default(), fagui::input::Source::Auto);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Source {
    /// Open-data JSON when the text starts with `{` or `[`, our Akoma Ntoso export when
    /// it is XML with an `<akomaNtoso>` root, plain text otherwise.
    #[default]
    Auto,
    /// Plain text in any of the supported styles.
    Text,
    /// The national database's open-data JSON (see [`crate::moj`]).
    Moj,
    /// Akoma Ntoso XML as [`crate::akn::to_akn`] writes it (see [`crate::akn::from_akn`]).
    Akn,
}

/// Everything that decides how an input is read.
///
/// ```
/// let opts = fagui::input::LoadOptions::default();
/// assert_eq!(opts.source, fagui::input::Source::Auto);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoadOptions {
    /// Decoding options (encoding, size limit).
    pub read: ReadOptions,
    /// Parsing options for text input.
    pub parse: ParseOptions,
    /// Text, open data, or detect.
    pub source: Source,
}

/// Parses decoded text: one document per document in the text (see
/// [`crate::parse_all`]), one per law for open data.
///
/// ```
/// let docs = fagui::input::load_str("要點\n一、甲。\n", &Default::default()).unwrap();
/// assert_eq!(docs.len(), 1);
/// let docs = fagui::input::load_str(r#"{"法規名稱": "示範法", "法規內容": [{"條號": "第 1 條", "條文內容": "甲。"}]}"#, &Default::default()).unwrap();
/// assert_eq!(docs[0].title.as_deref(), Some("示範法"));
/// ```
pub fn load_str(text: &str, opts: &LoadOptions) -> Result<Vec<Document>, Error> {
    if is_akn(text, opts) {
        let mut doc = crate::akn::from_akn(text)?;
        if let Some(kind) = opts.parse.kind {
            doc.kind = kind;
        }
        return Ok(vec![doc]);
    }
    let moj = match opts.source {
        Source::Moj => true,
        Source::Text | Source::Akn => false,
        Source::Auto => crate::moj::looks_like_json(text),
    };
    if moj {
        let mut docs = crate::moj::from_json(text)?;
        if let Some(kind) = opts.parse.kind {
            for d in &mut docs {
                d.kind = kind;
            }
        }
        Ok(docs)
    } else {
        Ok(crate::parse::parse_all(text, &opts.parse))
    }
}

/// [`load_str`] one document at a time: a text is split first and each document read
/// when it is asked for ([`crate::parse_each`]), so that writing each one out holds one
/// tree at a time; open data and Akoma Ntoso are read whole, then handed out one by one.
///
/// ```
/// let src = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";
/// let titles: Vec<_> = fagui::input::load_each(src, &Default::default())
///     .unwrap()
///     .map(|d| d.title.unwrap_or_default())
///     .collect();
/// assert_eq!(titles, ["甲要點", "乙要點"]);
/// ```
///
/// # Errors
///
/// As [`load_str`]: open data or Akoma Ntoso that cannot be read.
pub fn load_each<'a>(text: &'a str, opts: &LoadOptions) -> Result<Box<dyn Iterator<Item = Document> + 'a>, Error> {
    if is_akn(text, opts) || is_open_data(text, opts) {
        return Ok(Box::new(load_str(text, opts)?.into_iter()));
    }
    Ok(Box::new(crate::parse::parse_each(text, &opts.parse)))
}

/// True when `text` is read as Akoma Ntoso XML under `opts`: `--from akn`, or detected
/// (an XML declaration or an `<akomaNtoso>` start tag first, and that tag near the top).
/// Spans of such a document index the text it was first parsed from, not `text`.
pub(crate) fn is_akn(text: &str, opts: &LoadOptions) -> bool {
    match opts.source {
        Source::Akn => true,
        Source::Text | Source::Moj => false,
        Source::Auto => {
            let head = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
            let near = head.get(..head.len().min(4096)).or_else(|| head.get(..)).unwrap_or_default();
            (head.starts_with("<?xml") || head.starts_with("<akomaNtoso")) && near.contains("<akomaNtoso")
        }
    }
}

/// Reads, decodes and parses a file (or standard input for `-`). A Word document or a
/// PDF is read as its text (see [`crate::decode`]).
///
/// ```no_run
/// let docs = fagui::input::load_path("law.txt".as_ref(), &Default::default())?;
/// # Ok::<(), fagui::Error>(())
/// ```
pub fn load_path(path: &Path, opts: &LoadOptions) -> Result<Vec<Document>, Error> {
    let text = decode::read_path(path, &opts.read)?;
    load_str(&text, opts).map_err(|e| e.in_file(path))
}

/// True when `text` is read as open-data JSON under `opts` (as
/// [`load_str`] decides): then every law is a document of its own, and
/// spans index the article text as assembled, not `text`.
///
/// ```
/// let opts = fagui::input::LoadOptions::default();
/// assert!(fagui::input::is_open_data("{\"Laws\": []}", &opts));
/// assert!(!fagui::input::is_open_data("要點\n一、甲。\n", &opts));
/// ```
pub fn is_open_data(text: &str, opts: &LoadOptions) -> bool {
    match opts.source {
        Source::Moj => true,
        Source::Text | Source::Akn => false,
        Source::Auto => crate::moj::looks_like_json(text),
    }
}

/// True when the spans of the documents read from `text` do not index `text`: open data
/// (they index the assembled article text) and Akoma Ntoso input (they index the text it
/// was made from). Where it is true, references and hits take their node's span.
///
/// ```
/// let opts = fagui::input::LoadOptions::default();
/// assert!(fagui::input::spans_elsewhere("{\"Laws\": []}", &opts));
/// assert!(fagui::input::spans_elsewhere(&fagui::parse("要點\n一、甲。\n").to_akn(), &opts));
/// assert!(!fagui::input::spans_elsewhere("要點\n一、甲。\n", &opts));
/// ```
pub fn spans_elsewhere(text: &str, opts: &LoadOptions) -> bool {
    is_open_data(text, opts) || is_akn(text, opts)
}

#[cfg(test)]
mod api_examples {
    #[test]
    fn is_akn_example() {
        use crate::input::{LoadOptions, is_akn};
        let opts = LoadOptions::default();
        assert!(is_akn(&crate::parse("要點\n一、甲。\n").to_akn(), &opts));
        assert!(!is_akn("要點\n一、甲。\n", &opts));
    }
}
