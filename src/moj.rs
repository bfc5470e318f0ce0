//! Open-data input: the national law database's JSON, in both shapes it is published in.
//!
//! - one record per regulation with Chinese keys (`法規名稱`, `沿革內容`,
//!   `法規內容: [{"條號","條文內容"} | {"編章節"}]`);
//! - the bulk file `{"UpdateDate", "Laws": [{"LawName", "LawHistories", "LawArticles":
//!   [{"ArticleType": "C"|"A", "ArticleNo", "ArticleContent"}]}]}`.
//!
//! Headings and article numbers come from the structured fields; article contents are
//! read into paragraphs, 款 and 目 by the same builder as plain text
//! ([`crate::parse::from_units`]). Spans index the article text as assembled: each
//! label on its own line followed by its content.

use serde_json::Value;

use crate::ast::{DocKind, Document};
use crate::error::Error;
use crate::parse;
/// Building a document from units read elsewhere (articles and headings, as open data
/// gives them).
pub use crate::parse::{UnitSource, from_units};

/// True when the text looks like JSON: its first non-space character is `{`, or `[`
/// followed by `{` or `]` (an array of records). A text that opens with a bracketed tag
/// (`[分享] 花蓮縣…`, a forum post) is text.
///
/// ```
/// assert!(fagui::moj::looks_like_json("  {\"法規名稱\": \"示範法\"}"));
/// assert!(fagui::moj::looks_like_json("[\n  {\"法規名稱\": \"示範法\"}]"));
/// assert!(!fagui::moj::looks_like_json("示範法"));
/// assert!(!fagui::moj::looks_like_json("[分享] 花蓮縣清寒優秀學生獎學金"));
/// // A web page's template text is no JSON object.
/// assert!(!fagui::moj::looks_like_json("{{ $t('FEZ002') }}教務處|"));
/// ```
pub fn looks_like_json(text: &str) -> bool {
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
    // An object opens with a key or closes at once: `{"法規名稱": …}`, `{}`.
    let object = |t: &str| t.strip_prefix('{').is_some_and(|r| r.trim_start_matches(is_space).starts_with(['"', '}']));
    let t = text.trim_start_matches(is_space);
    match t.strip_prefix('[') {
        Some(rest) => {
            let rest = rest.trim_start_matches(is_space);
            rest.starts_with(']') || object(rest)
        }
        None => object(t),
    }
}

/// Reads open-data JSON (a single record, a bulk file, or an array of records) into
/// documents.
///
/// ```
/// let json = r#"{"法規名稱": "示範法", "法規性質": "法律", "沿革內容": "1.中華民國九十六年六月十二日總統令制定公布全文 2 條",
///   "法規內容": [{"編章節": "第 一 章 總則"}, {"條號": "第 1 條", "條文內容": "本法依憲法制定之。"},
///                {"條號": "第 2 條", "條文內容": "本法用詞，定義如下：\r\n一、資料：指文書。\r\n二、資料集：指資料之集合。"}]}"#;
/// let docs = fagui::moj::from_json(json).unwrap();
/// let doc = &docs[0];
/// assert_eq!(doc.title.as_deref(), Some("示範法"));
/// assert_eq!(doc.history[0].date.as_deref(), Some("2007-06-12"));
/// assert_eq!(doc.units[0].children[1].id, "chap_1__art_2");
/// assert_eq!(doc.units[0].children[1].children[0].children.len(), 2);
/// ```
pub fn from_json(text: &str) -> Result<Vec<Document>, Error> {
    let value: Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| Error::Json(e.to_string()))?;
    from_value(&value)
}

/// Reads an already-parsed JSON value (see [`from_json`]).
///
/// ```
/// let v = serde_json::json!({"UpdateDate": "2024/10/11", "Laws": [{"LawName": "示範法",
///     "LawArticles": [{"ArticleType": "A", "ArticleNo": "第 1 條", "ArticleContent": "本法自公布日施行。"}]}]});
/// assert_eq!(fagui::moj::from_value(&v).unwrap()[0].units.len(), 1);
/// ```
pub fn from_value(value: &Value) -> Result<Vec<Document>, Error> {
    if let Some(laws) = value.get("Laws").and_then(Value::as_array) {
        return Ok(laws.iter().map(bulk_law).collect());
    }
    if value.get("法規內容").is_some() || value.get("法規名稱").is_some() {
        return Ok(vec![record(value)]);
    }
    if value.get("LawArticles").is_some() {
        return Ok(vec![bulk_law(value)]);
    }
    if let Some(items) = value.as_array() {
        let mut out = Vec::new();
        for item in items {
            out.extend(from_value(item)?);
        }
        return Ok(out);
    }
    Err(Error::Json("neither a regulation record (法規名稱, 法規內容) nor a bulk file (Laws)".into()))
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Statute unless the record says it is an administrative rule with a directive's name.
fn kind_of(nature: Option<&str>, name: &str) -> DocKind {
    let directive_name = ["要點", "注意事項", "作業規定", "須知", "規定"].iter().any(|s| name.ends_with(s));
    match nature {
        Some("行政規則") if directive_name => DocKind::Directive,
        _ => DocKind::Statute,
    }
}

fn record(v: &Value) -> Document {
    let name = text_of(v.get("法規名稱")).unwrap_or_default();
    let mut units = Vec::new();
    if let Some(pre) = text_of(v.get("前言")).filter(|p| !p.trim().is_empty()) {
        units.push(UnitSource::Preamble(pre));
    }
    for item in v.get("法規內容").and_then(Value::as_array).into_iter().flatten() {
        if let Some(h) = text_of(item.get("編章節")) {
            units.push(UnitSource::Heading(h));
        } else if let Some(label) = text_of(item.get("條號")) {
            units.push(UnitSource::Article { label, content: text_of(item.get("條文內容")).unwrap_or_default() });
        }
    }
    let nature = text_of(v.get("法規性質"));
    let doc = parse::from_units(kind_of(nature.as_deref(), &name), Some(name.clone()), &units, None);
    with_history_and_meta(doc, v, ["法規內容", "沿革內容", "前言"])
}

/// Reads the history field (the second of `structured`) and keeps every other field as
/// metadata (attachments one per line).
fn with_history_and_meta(mut doc: Document, v: &Value, structured: [&str; 3]) -> Document {
    if let Some(h) = text_of(v.get(structured[1])) {
        doc.history = parse::history_block(&h, &mut doc.diagnostics);
    }
    for (k, val) in v.as_object().into_iter().flatten() {
        if structured.contains(&k.as_str()) {
            continue;
        }
        let text = match val {
            Value::Array(items) => items.iter().map(attachment).collect::<Vec<_>>().join("\n"),
            other => text_of(Some(other)).unwrap_or_default(),
        };
        doc.meta.insert(k.clone(), text);
    }
    doc
}

/// An attachment entry as one line: every string field, space-separated (name, then URL).
fn attachment(v: &Value) -> String {
    match v {
        Value::Object(o) => o.values().filter_map(|x| text_of(Some(x))).collect::<Vec<_>>().join(" "),
        other => text_of(Some(other)).unwrap_or_default(),
    }
}

fn bulk_law(v: &Value) -> Document {
    let name = text_of(v.get("LawName")).unwrap_or_default();
    let mut units = Vec::new();
    if let Some(pre) = text_of(v.get("LawForeword")).filter(|p| !p.trim().is_empty()) {
        units.push(UnitSource::Preamble(pre));
    }
    for a in v.get("LawArticles").and_then(Value::as_array).into_iter().flatten() {
        let content = text_of(a.get("ArticleContent")).unwrap_or_default();
        match text_of(a.get("ArticleType")).as_deref() {
            Some("C") => units.push(UnitSource::Heading(content)),
            _ => units.push(UnitSource::Article { label: text_of(a.get("ArticleNo")).unwrap_or_default(), content }),
        }
    }
    let nature = text_of(v.get("LawLevel"));
    let doc = parse::from_units(kind_of(nature.as_deref(), &name), Some(name), &units, None);
    with_history_and_meta(doc, v, ["LawArticles", "LawHistories", "LawForeword"])
}
