//! Reading our own Akoma Ntoso export back to the tree it was written from.

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use crate::ast::{Debris, DocKind, Document, HistoryAction, HistoryEntry, Node, NodeKind, Num, Span};
use crate::diagnostic::Diagnostic;

/// Why an XML text could not be read back as a document.
///
/// ```
/// let err = fagui::akn::from_akn("<akomaNtoso>").unwrap_err();
/// assert!(err.to_string().starts_with("not well-formed XML"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AknError {
    /// The text is not well-formed XML.
    #[error("not well-formed XML: {0}")]
    Xml(String),
    /// The XML is not an Akoma Ntoso document as [`super::to_akn`] writes them.
    #[error("not an Akoma Ntoso document as fagui writes them: {0}")]
    Structure(String),
}

/// Reads an Akoma Ntoso document written by [`super::to_akn`] back to the document it
/// was written from (`fagui parse --from akn`): ids, kinds, numbers, labels, captions,
/// texts, spans, the history, header fields and diagnostics.
///
/// Other Akoma Ntoso documents are read as far as they use the same elements; their
/// numbers and spans, which ride on `fagui:` attributes, are then unknown. Elements
/// nested more than 1024 deep are refused.
///
/// ```
/// let doc = fagui::parse("示範辦法\n第 1 條\n本辦法依示範法訂定之。\n");
/// assert_eq!(fagui::akn::from_akn(&doc.to_akn()).unwrap(), doc);
/// assert!(fagui::akn::from_akn("<html/>").is_err());
/// ```
pub fn from_akn(xml: &str) -> Result<Document, AknError> {
    let root = parse_tree(xml)?;
    if root.name != "akomaNtoso" {
        return Err(AknError::Structure(format!("the root element is <{}>, not <akomaNtoso>", root.name)));
    }
    let act = root.elements().next().ok_or_else(|| AknError::Structure("<akomaNtoso> is empty".into()))?;
    let kind = match act.attr("name") {
        Some("directive") => DocKind::Directive,
        _ => DocKind::Statute,
    };
    let mut doc = Document::new(kind);
    let meta = act.child("meta");
    let proprietary = meta.and_then(|m| m.child("proprietary"));
    let titled = proprietary.and_then(|p| p.child("fagui:document")).and_then(|d| d.attr("titled")) != Some("false");
    if proprietary.and_then(|p| p.child("fagui:document")).and_then(|d| d.attr("jurisdiction")) == Some("cn") {
        doc.jurisdiction = crate::ast::Jurisdiction::Cn;
    }
    let preface = act.child("preface");
    if titled {
        doc.title = preface.and_then(|p| p.find("docTitle")).map(El::text);
    }
    let raws: Vec<String> = preface
        .and_then(|p| p.elements().find(|e| e.name == "container" && e.attr("name") == Some("history")))
        .map(|c| c.elements().filter(|e| e.name == "p").map(El::text).collect())
        .unwrap_or_default();
    if let Some(p) = proprietary {
        read_proprietary(p, &raws, &mut doc)?;
    }
    let body = act.child("body").ok_or_else(|| AknError::Structure("no <body>".into()))?;
    for e in body.elements() {
        if e.name == "hcontainer" && e.attr("name") == Some("empty") {
            continue;
        }
        doc.units.push(read_node(e)?);
    }
    Ok(doc)
}

fn read_proprietary(p: &El, raws: &[String], doc: &mut Document) -> Result<(), AknError> {
    let mut raws = raws.iter();
    for e in p.elements() {
        match e.name.as_str() {
            "fagui:field" => {
                doc.meta.insert(e.attr("name").unwrap_or_default().to_string(), e.text());
            }
            "fagui:history" => {
                let owned = |k: &str| e.attr(k).map(str::to_string);
                let actions = e
                    .elements()
                    .filter(|a| a.name == "fagui:action")
                    .map(|a| HistoryAction {
                        action: a.attr("name").unwrap_or_default().to_string(),
                        units: a
                            .attr("units")
                            .unwrap_or_default()
                            .split_whitespace()
                            .filter_map(|u| u.parse().ok())
                            .collect(),
                    })
                    .collect();
                doc.history.push(HistoryEntry {
                    raw: raws.next().cloned().unwrap_or_default(),
                    date: owned("date"),
                    body: owned("body"),
                    doc_no: owned("docNo"),
                    action: owned("action"),
                    actions,
                    span: span(e.attr("span")),
                });
            }
            "fagui:debris" => doc.debris.push(Debris { text: e.text(), span: span(e.attr("span")) }),
            "fagui:diagnostic" => {
                let name = |k: &str| serde_json::Value::String(e.attr(k).unwrap_or_default().to_string());
                let bad = |what: &str| AknError::Structure(format!("a diagnostic with an unknown {what}"));
                let number = |k: &str| e.attr(k).and_then(|v| v.parse().ok()).unwrap_or(0);
                doc.diagnostics.push(Diagnostic {
                    severity: serde_json::from_value(name("severity")).map_err(|_| bad("severity"))?,
                    code: serde_json::from_value(name("code")).map_err(|_| bad("code"))?,
                    message: e.text(),
                    line: number("line"),
                    column: number("column"),
                    span: span(e.attr("span")),
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// `"3 9"` → `Span(3, 9)`; nothing or anything else → an empty span.
fn span(v: Option<&str>) -> Span {
    let mut parts = v.unwrap_or_default().split_whitespace().map(|p| p.parse::<usize>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(a), Some(b)) => Span(a, b),
        _ => Span::default(),
    }
}

/// The kind prefix of an id's last step: `art` in `chap_1__art_5_2`.
fn last_prefix(id: &str) -> &str {
    let last = id.rsplit("__").next().unwrap_or(id);
    last.split('_').next().unwrap_or(last)
}

fn node_kind(e: &El, id: &str) -> Result<NodeKind, AknError> {
    let prefix = last_prefix(id);
    Ok(match (e.name.as_str(), prefix) {
        ("part", _) => NodeKind::Part,
        ("subpart", _) => NodeKind::Subpart,
        ("chapter", _) => NodeKind::Chapter,
        ("section", _) => NodeKind::Section,
        ("subsection", _) => NodeKind::Subsection,
        ("division", _) => NodeKind::Division,
        ("article", "point") => NodeKind::Point,
        ("article", _) => NodeKind::Article,
        ("paragraph", _) => NodeKind::Paragraph,
        ("point", "item") => NodeKind::Item,
        ("point", "subitem") => NodeKind::Subitem,
        ("point", _) | ("subparagraph", _) => NodeKind::Subparagraph,
        ("hcontainer", _) if e.attr("name") == Some("preamble") => NodeKind::Preamble,
        ("hcontainer", _) if e.attr("name") == Some("appendix") => NodeKind::Appendix,
        ("hcontainer", _) => NodeKind::Unparsed,
        (other, _) => return Err(AknError::Structure(format!("<{other}> is not a level of the tree"))),
    })
}

/// Elements inside a hierarchy element that are not child nodes.
const NOT_CHILDREN: [&str; 6] = ["num", "heading", "subheading", "intro", "content", "wrapUp"];

fn read_node(e: &El) -> Result<Node, AknError> {
    let id = e.attr("eId").unwrap_or_default().to_string();
    let kind = node_kind(e, &id)?;
    let mut node = Node::new(id, kind, "");
    node.num = e.attr("fagui:num").and_then(|v| v.parse::<Num>().ok());
    // The label is read from its text (the style is not in the XML).
    node.label = e.child("num").map(|n| crate::Label::from(n.text()));
    node.caption = e.child("heading").map(El::text);
    node.deleted = e.attr("status") == Some("removed");
    node.span = span(e.attr("fagui:span"));
    let mut text = String::new();
    for c in e.elements() {
        match c.name.as_str() {
            "intro" | "content" | "wrapUp" => text.push_str(&c.text()),
            name if NOT_CHILDREN.contains(&name) => {}
            _ => node.children.push(read_node(c)?),
        }
    }
    node.text = text;
    Ok(node)
}

/// An element of the XML tree: its qualified name, attributes and content.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    kids: Vec<Kid>,
}

#[derive(Debug)]
enum Kid {
    El(El),
    Text(String),
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn elements(&self) -> impl Iterator<Item = &El> {
        self.kids.iter().filter_map(|k| match k {
            Kid::El(e) => Some(e),
            Kid::Text(_) => None,
        })
    }

    fn child(&self, name: &str) -> Option<&El> {
        self.elements().find(|e| e.name == name)
    }

    /// The first descendant with this name, depth first.
    fn find(&self, name: &str) -> Option<&El> {
        self.elements().find_map(|e| if e.name == name { Some(e) } else { e.find(name) })
    }

    /// All text inside, in document order. The text of element-only content (the
    /// indentation between elements) is whitespace and is skipped where the text of an
    /// element holding elements only is read (`<intro>`, `<content>`: the `<p>`s in them).
    fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        let mixed = self.kids.iter().any(|k| matches!(k, Kid::Text(t) if !t.trim().is_empty()))
            || self.kids.iter().all(|k| matches!(k, Kid::Text(_)))
            || matches!(self.name.as_str(), "p" | "num" | "heading" | "docTitle" | "ref" | "rref");
        for k in &self.kids {
            match k {
                Kid::El(e) => e.push_text(out),
                Kid::Text(t) if mixed => out.push_str(t),
                Kid::Text(_) => {}
            }
        }
    }
}

/// The deepest nesting of elements read: far deeper than any export (a tree of the
/// parser's 32 list levels under five heading levels is some 50 elements deep), and
/// shallow enough that reading a hostile input cannot exhaust the stack.
const MAX_NESTING: usize = 1024;

/// Parses XML into a tree of [`El`]s and returns the root element.
fn parse_tree(xml: &str) -> Result<El, AknError> {
    let mut reader = Reader::from_str(xml);
    let config = reader.config_mut();
    config.trim_text(false);
    config.check_end_names = true;
    let mut stack: Vec<El> = vec![El::default()];
    let err = |e: &dyn std::fmt::Display, at: u64| AknError::Xml(format!("{e} (at byte {at})"));
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| err(&e, at))?;
        match event {
            Event::Start(s) => {
                if stack.len() > MAX_NESTING {
                    return Err(err(&format!("elements nested deeper than {MAX_NESTING}"), at));
                }
                stack.push(start_el(&s).map_err(|e| err(&e, at))?);
            }
            Event::Empty(s) => {
                let el = start_el(&s).map_err(|e| err(&e, at))?;
                push_kid(&mut stack, Kid::El(el));
            }
            Event::End(_) => {
                let el = stack.pop().unwrap_or_default();
                if stack.is_empty() {
                    return Err(err(&"unbalanced end tag", at));
                }
                push_kid(&mut stack, Kid::El(el));
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(c) => push_text(&mut stack, &c),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().map_err(|e| err(&e, at))? {
                    Some(c) => c,
                    None => match &*r {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => return Err(err(&format!("unknown entity &{other};"), at)),
                    },
                };
                push_text(&mut stack, c.encode_utf8(&mut [0; 4]));
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    if stack.len() != 1 {
        return Err(AknError::Xml("the document ends inside an element".into()));
    }
    let top = stack.pop().unwrap_or_default();
    let mut roots = top.kids.into_iter().filter_map(|k| match k {
        Kid::El(e) => Some(e),
        Kid::Text(_) => None,
    });
    roots.next().ok_or_else(|| AknError::Xml("no root element".into()))
}

fn start_el(s: &BytesStart<'_>) -> Result<El, quick_xml::Error> {
    let name = s.name().as_ref().to_string();
    let mut attrs = Vec::new();
    for a in s.attributes() {
        let a = a.map_err(quick_xml::Error::InvalidAttr)?;
        let key = a.key.as_ref().to_string();
        attrs.push((key, a.normalized_value(XmlVersion::Implicit1_0)?.into_owned()));
    }
    Ok(El { name, attrs, kids: Vec::new() })
}

fn push_kid(stack: &mut [El], kid: Kid) {
    if let Some(top) = stack.last_mut() {
        top.kids.push(kid);
    }
}

/// Appends text to the open element, joining it to the text before (text and character
/// references come as separate events).
fn push_text(stack: &mut [El], t: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Kid::Text(last)) = top.kids.last_mut() {
            last.push_str(t);
        } else {
            top.kids.push(Kid::Text(t.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_character_references_and_entities() {
        let el = parse_tree("<p a=\"x&#10;y&quot;\">甲&amp;&#13;\n乙<ref>丙</ref></p>").unwrap();
        assert_eq!(el.attr("a"), Some("x\ny\""));
        assert_eq!(el.text(), "甲&\r\n乙丙");
    }

    #[test]
    fn refuses_what_is_not_xml_or_not_akn() {
        assert!(matches!(from_akn("<a><b></a>"), Err(AknError::Xml(_))));
        assert!(matches!(from_akn(""), Err(AknError::Xml(_))));
        assert!(matches!(from_akn("<act/>"), Err(AknError::Structure(_))));
        assert!(matches!(from_akn("<akomaNtoso><act name=\"statute\"/></akomaNtoso>"), Err(AknError::Structure(_))));
    }

    #[test]
    fn refuses_deep_nesting_without_exhausting_the_stack() {
        let deep = format!("<akomaNtoso>{}", "<point>".repeat(200_000));
        let err = from_akn(&deep).unwrap_err();
        assert!(err.to_string().contains("nested deeper than 1024"), "{err}");
        let ok = format!("{}{}", "<a>".repeat(1000), "</a>".repeat(1000));
        assert!(parse_tree(&ok).is_ok());
    }

    #[test]
    fn round_trips_odd_text() {
        let mut doc = crate::parse("要點\n一、甲<乙>&丙\"。\n二、依第一點辦理。\n");
        doc.units[0].children[0].text = " 前後有空白\r\n\t ".into();
        doc.meta.insert("修正日期".into(), "民國 113 年 05 月 08 日".into());
        let back = from_akn(&doc.to_akn()).unwrap();
        assert_eq!(back, doc);
    }
}
