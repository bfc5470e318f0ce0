//! Akoma Ntoso 3.0 (OASIS LegalDocML) export, and reading our own export back.
//!
//! [`to_akn`] writes a [`Document`] as one `<akomaNtoso>` XML document in the namespace
//! [`NAMESPACE`]; [`from_akn`] reads such a document back to the same tree. The mapping
//! (documented with a table in the README):
//!
//! - the document is an `<act name="statute">` or `<act name="directive">`: a directive
//!   (要點, 注意事項 …) is a normative text numbered like a statute, so it is an act too,
//!   told apart by its `name` and by `FRBRsubtype`;
//! - `<meta>`: the FRBR identification (work, expression, manifestation; country `tw`,
//!   or `cn` for a mainland text; language `zho`), a `<lifecycle>` event per dated history entry, the
//!   `<references>` those need, and a `<proprietary>` block with what AKN has no place
//!   for (header fields, the parsed history, diagnostics, page debris);
//! - `<preface>`: the title as `<docTitle>` and the history lines (沿革) as written;
//! - `<body>`: 編/章/節/款/目 headings as `<part>`, `<chapter>`, `<section>`,
//!   `<subsection>`, `<division>`; articles (條) and a directive's points (點) as
//!   `<article>`; paragraphs (項) as `<paragraph>`; 款, 目 and deeper list levels as
//!   `<point>`; text before the first unit as `<hcontainer name="preamble">` and
//!   unplaced text as `<hcontainer name="unparsed">`;
//! - every node: `eId` = the node id exactly, `<num>` = the label as written,
//!   `<heading>` = the caption, its own text in `<content><p>` (or `<intro><p>` before
//!   its children), `status="removed"` when it reads `（刪除）`; the numbers and spans
//!   of the JSON ride along as `fagui:num` and `fagui:span` attributes (namespace
//!   [`FAGUI_NAMESPACE`], which the AKN schema allows on its elements);
//! - resolved citations are `<ref href="#eId">` (a range `<rref from upTo>`) for this
//!   document and `<ref href="/akn/tw/act/法律名稱/~art_15">` for other laws.
//!
//! ```
//! let doc = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、依第一點辦理。\n");
//! let xml = fagui::akn::to_akn(&doc);
//! assert!(xml.contains(r#"<article eId="point_1" fagui:num="1" fagui:span="13 49">"#));
//! assert!(xml.contains(r##"依<ref href="#point_1">第一點</ref>辦理。"##));
//! assert_eq!(fagui::akn::from_akn(&xml).unwrap(), doc);
//! ```

mod read;

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;

use crate::ast::{DocKind, Document, Node, NodeKind, Num, Span};
use crate::query::{Export, Reference, Step};

pub use read::{AknError, from_akn};

/// The Akoma Ntoso 3.0 namespace.
///
/// ```
/// assert!(fagui::akn::to_akn(&fagui::parse("要點\n一、甲。\n")).contains(fagui::akn::NAMESPACE));
/// ```
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The namespace of the `fagui:` attributes and elements that carry what the JSON has
/// and AKN has no place for (numbers in the `num` form, spans, header fields,
/// diagnostics): AKN allows attributes and `<proprietary>` content of other namespaces.
///
/// ```
/// assert!(fagui::akn::to_akn(&fagui::parse("要點\n一、甲。\n")).contains(fagui::akn::FAGUI_NAMESPACE));
/// ```
pub const FAGUI_NAMESPACE: &str = "urn:fagui:akn:1";

/// The date written where a document gives none (FRBR dates are required).
const UNKNOWN_DATE: &str = "0001-01-01";

/// Writes `doc` as an Akoma Ntoso 3.0 XML document (UTF-8, indented by two spaces).
///
/// Every text of the tree is in it: the title, the history lines, and each node's
/// label, caption and text. Citations resolved to nodes become `<ref>` elements.
///
/// ```
/// let doc = fagui::parse("示範辦法\n第 1 條\n本辦法依示範法訂定之。\n第 2 條\n（刪除）\n");
/// let xml = fagui::akn::to_akn(&doc);
/// assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso"));
/// assert!(xml.contains("<act name=\"statute\">"));
/// assert!(xml.contains("<docTitle>示範辦法</docTitle>"));
/// assert!(xml.contains("<num>第 1 條</num>"));
/// assert!(xml.contains("status=\"removed\""));
/// ```
pub fn to_akn(doc: &Document) -> String {
    let mut out = Vec::new();
    if write_akn(&mut out, doc).is_err() {
        // Writing to memory does not fail; as `Document::to_json`, nothing rather than a part.
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// [`to_akn`] written to `w` as it is made.
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n");
/// let mut out = Vec::new();
/// fagui::akn::write_akn(&mut out, &doc).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), fagui::akn::to_akn(&doc));
/// ```
pub fn write_akn<W: Write>(w: W, doc: &Document) -> io::Result<()> {
    let refs = Export::new(doc, "").refs;
    let mut by_node: HashMap<&str, Vec<&Reference>> = HashMap::new();
    for r in &refs {
        by_node.entry(r.from.as_str()).or_default().push(r);
    }
    let mut x = Xml { w: Writer::new(w), depth: 0 };
    x.w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.open("akomaNtoso", &[("xmlns", NAMESPACE), ("xmlns:fagui", FAGUI_NAMESPACE)])?;
    let name = kind_name(doc.kind);
    x.open("act", &[("name", name)])?;
    write_meta(&mut x, doc)?;
    write_preface(&mut x, doc)?;
    x.open("body", &[])?;
    if doc.units.is_empty() {
        // The body holds at least one element.
        x.open("hcontainer", &[("name", "empty"), ("eId", "hcontainer_1")])?;
        x.open("content", &[])?;
        x.empty("p", &[])?;
        x.close("content")?;
        x.close("hcontainer")?;
    }
    for u in &doc.units {
        write_node(&mut x, u, &by_node)?;
    }
    x.close("body")?;
    x.close("act")?;
    x.close("akomaNtoso")?;
    x.w.get_mut().write_all(b"\n")
}

impl Document {
    /// The document as Akoma Ntoso 3.0 XML ([`crate::akn::to_akn`]).
    ///
    /// ```
    /// let xml = fagui::parse("要點\n一、甲。\n").to_akn();
    /// assert!(xml.contains("<act name=\"directive\">"));
    /// ```
    pub fn to_akn(&self) -> String {
        to_akn(self)
    }
}

/// `statute` or `directive`: the act's `name` and the FRBR subtype.
fn kind_name(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Statute => "statute",
        DocKind::Directive => "directive",
    }
}

/// The FRBR country: `cn` for a mainland document, `tw` otherwise.
fn country(doc: &Document) -> &'static str {
    match doc.jurisdiction {
        crate::ast::Jurisdiction::Cn => "cn",
        crate::ast::Jurisdiction::Tw => "tw",
    }
}

/// The AKN element of a node kind.
fn element(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Part => "part",
        NodeKind::Subpart => "subpart",
        NodeKind::Chapter => "chapter",
        NodeKind::Section => "section",
        NodeKind::Subsection => "subsection",
        NodeKind::Division => "division",
        NodeKind::Article | NodeKind::Point => "article",
        NodeKind::Paragraph => "paragraph",
        NodeKind::Subparagraph | NodeKind::Item | NodeKind::Subitem => "point",
        NodeKind::Preamble | NodeKind::Appendix | NodeKind::Unparsed => "hcontainer",
    }
}

fn span_attr(span: Span) -> String {
    format!("{} {}", span.0, span.1)
}

fn write_node<W: Write>(x: &mut Xml<W>, n: &Node, refs: &HashMap<&str, Vec<&Reference>>) -> io::Result<()> {
    let el = element(n.kind);
    let num = n.num.map(|k| k.to_string());
    let span = span_attr(n.span);
    let mut attrs: Vec<(&str, &str)> = Vec::with_capacity(5);
    match n.kind {
        NodeKind::Preamble => attrs.push(("name", "preamble")),
        NodeKind::Appendix => attrs.push(("name", "appendix")),
        NodeKind::Unparsed => attrs.push(("name", "unparsed")),
        _ => {}
    }
    attrs.push(("eId", &n.id));
    if n.deleted {
        attrs.push(("status", "removed"));
    }
    if let Some(k) = &num {
        attrs.push(("fagui:num", k));
    }
    attrs.push(("fagui:span", &span));
    x.open(el, &attrs)?;
    if let Some(label) = &n.label {
        x.leaf("num", &[], label)?;
    }
    if let Some(caption) = &n.caption {
        x.leaf("heading", &[], caption)?;
    }
    let own = refs.get(n.id.as_str()).map(Vec::as_slice).unwrap_or_default();
    if n.children.is_empty() {
        x.open("content", &[])?;
        x.para(&n.text, own)?;
        x.close("content")?;
    } else {
        if !n.text.is_empty() {
            x.open("intro", &[])?;
            x.para(&n.text, own)?;
            x.close("intro")?;
        }
        for c in &n.children {
            write_node(x, c, refs)?;
        }
    }
    x.close(el)
}

/// A date of a header field: `民國 113 年 05 月 08 日` or `20240508`, in ISO 8601.
fn meta_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(format!("{}-{}-{}", s.get(..4)?, s.get(4..6)?, s.get(6..)?));
    }
    let rest = s.strip_prefix("中華民國").or_else(|| s.strip_prefix("民國"))?;
    let mut nums = rest.split(['年', '月', '日']).map(|p| p.trim().parse::<u32>().ok());
    let (y, m, d) = (nums.next()??, nums.next()??, nums.next()??);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{:04}-{m:02}-{d:02}", y + 1911))
}

/// The first and last dates of the document: history dates, else header dates.
fn dates(doc: &Document) -> (String, String) {
    let mut dated = doc.history.iter().filter_map(|h| h.date.clone());
    let first = dated.next();
    let last = dated.next_back().or_else(|| first.clone());
    let header = |keys: &[&str]| keys.iter().find_map(|k| doc.meta.get(*k).and_then(|v| meta_date(v)));
    let issued = header(&["公發布日", "公發布日期", "發布日期"]);
    let amended = header(&["最新異動日期", "修正日期"]);
    let work = first.or_else(|| issued.clone()).or_else(|| amended.clone());
    let expr = last.or(amended).or(issued).or_else(|| work.clone());
    let unknown = || UNKNOWN_DATE.to_string();
    (work.unwrap_or_else(unknown), expr.unwrap_or_else(unknown))
}

/// A name as one segment of an AKN URI: no spaces, slashes or URI delimiters.
fn uri_segment(s: &str) -> String {
    let seg: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .map(|c| if matches!(c, '/' | '?' | '#' | '%' | '\\' | '"' | '<' | '>') { '-' } else { c })
        .collect();
    if seg.is_empty() { "untitled".to_string() } else { seg }
}

/// The issuing bodies named in the history, in order of first mention.
fn bodies(doc: &Document) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for b in doc.history.iter().filter_map(|h| h.body.as_deref()) {
        if !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

/// The lifecycle type of the `i`-th dated history entry.
fn event_type(i: usize, action: Option<&str>) -> &'static str {
    match action {
        Some(a) if a.contains("廢止") || a.contains("停止適用") => "repeal",
        _ if i == 0 => "generation",
        _ => "amendment",
    }
}

fn write_meta<W: Write>(x: &mut Xml<W>, doc: &Document) -> io::Result<()> {
    let (work_date, expr_date) = dates(doc);
    let subtype = kind_name(doc.kind);
    let number = uri_segment(doc.title.as_deref().unwrap_or(""));
    let country = country(doc);
    let work = format!("/akn/{country}/act/{subtype}/{work_date}/{number}");
    let expr = format!("{work}/zho@{expr_date}");
    let bodies = bodies(doc);
    let author = if bodies.is_empty() { "#org_unknown" } else { "#org_1" };
    let date_name = |d: &str, known: &'static str| if d == UNKNOWN_DATE { "unknown" } else { known };
    x.open("meta", &[])?;
    x.open("identification", &[("source", "#fagui")])?;
    x.open("FRBRWork", &[])?;
    x.empty("FRBRthis", &[("value", &format!("{work}/!main"))])?;
    x.empty("FRBRuri", &[("value", &work)])?;
    x.empty("FRBRdate", &[("date", &work_date), ("name", date_name(&work_date, "enactment"))])?;
    x.empty("FRBRauthor", &[("href", author)])?;
    x.empty("FRBRcountry", &[("value", country)])?;
    x.empty("FRBRsubtype", &[("value", subtype)])?;
    if let Some(title) = &doc.title {
        x.empty("FRBRname", &[("value", title)])?;
    }
    x.close("FRBRWork")?;
    x.open("FRBRExpression", &[])?;
    x.empty("FRBRthis", &[("value", &format!("{expr}/!main"))])?;
    x.empty("FRBRuri", &[("value", &expr)])?;
    x.empty("FRBRdate", &[("date", &expr_date), ("name", date_name(&expr_date, "expression"))])?;
    x.empty("FRBRauthor", &[("href", author)])?;
    x.empty("FRBRlanguage", &[("language", "zho")])?;
    x.close("FRBRExpression")?;
    x.open("FRBRManifestation", &[])?;
    x.empty("FRBRthis", &[("value", &format!("{expr}/!main.xml"))])?;
    x.empty("FRBRuri", &[("value", &format!("{expr}.akn"))])?;
    // The expression's date: the same tree always gives the same file.
    x.empty("FRBRdate", &[("date", &expr_date), ("name", date_name(&expr_date, "transform"))])?;
    x.empty("FRBRauthor", &[("href", "#fagui")])?;
    x.close("FRBRManifestation")?;
    x.close("identification")?;

    let dated: Vec<(usize, &crate::ast::HistoryEntry)> =
        doc.history.iter().enumerate().filter(|(_, h)| h.date.is_some()).collect();
    if !dated.is_empty() {
        x.open("lifecycle", &[("source", "#fagui")])?;
        for (i, (k, h)) in dated.iter().enumerate() {
            let eid = format!("evt_{}", k + 1);
            let source = format!("#src_{}", k + 1);
            let date = h.date.as_deref().unwrap_or(UNKNOWN_DATE);
            let ty = event_type(i, h.action.as_deref());
            x.empty("eventRef", &[("eId", &eid), ("date", date), ("source", &source), ("type", ty)])?;
        }
        x.close("lifecycle")?;
    }

    x.open("references", &[("source", "#fagui")])?;
    for (k, h) in &dated {
        let eid = format!("src_{}", k + 1);
        let date = h.date.as_deref().unwrap_or(UNKNOWN_DATE);
        let no = h.doc_no.as_deref().map(uri_segment).unwrap_or_else(|| format!("history_{}", k + 1));
        let href = format!("/akn/tw/doc/{date}/{no}");
        x.empty("passiveRef", &[("eId", &eid), ("href", &href), ("showAs", &h.raw)])?;
    }
    for (i, b) in bodies.iter().enumerate() {
        let eid = format!("org_{}", i + 1);
        let href = format!("/ontology/organization/tw/{}", uri_segment(b));
        x.empty("TLCOrganization", &[("eId", &eid), ("href", &href), ("showAs", b)])?;
    }
    if bodies.is_empty() {
        let unknown = [("eId", "org_unknown"), ("href", "/ontology/organization/tw/unknown"), ("showAs", "unknown")];
        x.empty("TLCOrganization", &unknown)?;
    }
    x.empty("TLCOrganization", &[("eId", "fagui"), ("href", "/ontology/organization/fagui"), ("showAs", "fagui")])?;
    x.close("references")?;

    write_proprietary(x, doc)?;
    x.close("meta")
}

/// What the JSON has and AKN has no place for, as `fagui:` elements.
fn write_proprietary<W: Write>(x: &mut Xml<W>, doc: &Document) -> io::Result<()> {
    x.open("proprietary", &[("source", "#fagui")])?;
    let title = if doc.title.is_some() { "true" } else { "false" };
    let mut attrs = vec![("kind", kind_name(doc.kind)), ("titled", title)];
    if doc.jurisdiction == crate::ast::Jurisdiction::Cn {
        attrs.push(("jurisdiction", "cn"));
    }
    x.empty("fagui:document", &attrs)?;
    for (k, v) in &doc.meta {
        x.leaf("fagui:field", &[("name", k)], v)?;
    }
    for h in &doc.history {
        let span = span_attr(h.span);
        let mut attrs = vec![("span", span.as_str())];
        for (name, v) in [("date", &h.date), ("body", &h.body), ("docNo", &h.doc_no), ("action", &h.action)] {
            if let Some(v) = v {
                attrs.push((name, v.as_str()));
            }
        }
        if h.actions.is_empty() {
            x.empty("fagui:history", &attrs)?;
            continue;
        }
        x.open("fagui:history", &attrs)?;
        for a in &h.actions {
            let units = a.units.iter().map(Num::to_string).collect::<Vec<_>>().join(" ");
            x.empty("fagui:action", &[("name", &a.action), ("units", &units)])?;
        }
        x.close("fagui:history")?;
    }
    for d in &doc.debris {
        x.leaf("fagui:debris", &[("span", &span_attr(d.span))], &d.text)?;
    }
    for d in &doc.diagnostics {
        let severity = match serde_json::to_value(d.severity) {
            Ok(serde_json::Value::String(s)) => s,
            _ => String::new(),
        };
        let (line, column, span) = (d.line.to_string(), d.column.to_string(), span_attr(d.span));
        let attrs = [
            ("severity", severity.as_str()),
            ("code", d.code.as_str()),
            ("line", &line),
            ("column", &column),
            ("span", &span),
        ];
        x.leaf("fagui:diagnostic", &attrs, &d.message)?;
    }
    x.close("proprietary")
}

fn write_preface<W: Write>(x: &mut Xml<W>, doc: &Document) -> io::Result<()> {
    if doc.title.is_none() && doc.history.is_empty() {
        return Ok(());
    }
    x.open("preface", &[])?;
    if let Some(title) = &doc.title {
        x.nl()?;
        x.start("p", &[("class", "title")])?;
        x.start("docTitle", &[])?;
        x.text(title)?;
        x.end("docTitle")?;
        x.end("p")?;
    }
    if !doc.history.is_empty() {
        x.open("container", &[("name", "history"), ("eId", "history")])?;
        for (i, h) in doc.history.iter().enumerate() {
            x.leaf("p", &[("eId", &format!("history_{}", i + 1))], &h.raw)?;
        }
        x.close("container")?;
    }
    x.close("preface")
}

/// The eId path of a citation's steps (`art_15__para_1`).
fn steps_eid(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        if !out.is_empty() {
            out.push_str("__");
        }
        out.push_str(s.kind.id_prefix());
        out.push('_');
        out.push_str(&s.num.to_string());
    }
    out
}

/// The link of a citation: one `href`, or `from` and `upTo` for a range.
enum Link {
    One(String),
    Range(String, String),
}

fn link(r: &Reference) -> Option<Link> {
    match &r.law {
        None => {
            let first = r.first_target()?;
            // The last node cited, without going through every one of a long range.
            let last = match r.ranges.last() {
                Some(range) => range.to.as_str(),
                None => r.targets.last().map_or(first, String::as_str),
            };
            if r.to.is_some() && last != first {
                Some(Link::Range(format!("#{first}"), format!("#{last}")))
            } else {
                Some(Link::One(format!("#{first}")))
            }
        }
        Some(law) => {
            let base = format!("/akn/tw/act/{}", uri_segment(law));
            let at =
                |steps: &[Step]| if steps.is_empty() { base.clone() } else { format!("{base}/~{}", steps_eid(steps)) };
            match &r.to {
                Some(to) if !r.path.is_empty() => Some(Link::Range(at(&r.path), at(to))),
                _ => Some(Link::One(at(&r.path))),
            }
        }
    }
}

/// The XML writer with indentation done by hand: element-only content is indented,
/// mixed content (`<p>` with `<ref>`s) is written as it is, since whitespace there is text.
struct Xml<W: Write> {
    w: Writer<W>,
    depth: usize,
}

impl<W: Write> Xml<W> {
    fn nl(&mut self) -> io::Result<()> {
        let out = self.w.get_mut();
        out.write_all(b"\n")?;
        for _ in 0..self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Start(element_start(name, attrs)))
    }

    fn end(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn text(&mut self, s: &str) -> io::Result<()> {
        let escaped = escape(s, false);
        self.w.write_event(Event::Text(BytesText::from_escaped(escaped)))
    }

    /// An element whose children go on lines of their own.
    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.nl()?;
        self.start(name, attrs)?;
        self.depth += 1;
        Ok(())
    }

    fn close(&mut self, name: &str) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        self.nl()?;
        self.end(name)
    }

    /// An element holding text only, on a line of its own.
    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.nl()?;
        if text.is_empty() {
            return self.w.write_event(Event::Empty(element_start(name, attrs)));
        }
        self.start(name, attrs)?;
        self.text(text)?;
        self.end(name)
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.nl()?;
        self.w.write_event(Event::Empty(element_start(name, attrs)))
    }

    /// A `<p>` with the node's text, citations marked with `<ref>` or `<rref>`.
    fn para(&mut self, text: &str, refs: &[&Reference]) -> io::Result<()> {
        if refs.is_empty() {
            return self.leaf("p", &[], text);
        }
        self.nl()?;
        self.start("p", &[])?;
        let mut at = 0;
        for r in refs {
            let (Some(link), Some(rest)) = (link(r), text.get(at..)) else { continue };
            let Some(i) = rest.find(r.text.as_str()).filter(|_| !r.text.is_empty()) else { continue };
            self.text(rest.get(..i).unwrap_or_default())?;
            match &link {
                Link::One(href) => self.start("ref", &[("href", href)])?,
                Link::Range(from, to) => self.start("rref", &[("from", from), ("upTo", to)])?,
            }
            self.text(&r.text)?;
            self.end(if matches!(link, Link::One(_)) { "ref" } else { "rref" })?;
            at += i + r.text.len();
        }
        self.text(text.get(at..).unwrap_or_default())?;
        self.end("p")
    }
}

/// A start tag whose attribute values are escaped by [`escape`].
fn element_start<'a>(name: &'a str, attrs: &[(&'a str, &str)]) -> BytesStart<'a> {
    let mut start = BytesStart::new(name);
    for (k, v) in attrs {
        let value = escape(v, true).into_owned();
        start.push_attribute(Attribute { key: QName(k), value: Cow::Owned(value) });
    }
    start
}

/// Escapes text for XML 1.0 so that a reader gets it back exactly: `&`, `<`, `>` always;
/// a carriage return as a character reference (a reader would turn a literal one into a
/// line feed); in attribute values also quotes, tabs and line feeds (a reader would turn
/// them into spaces). Characters XML 1.0 cannot hold at all (most C0 controls, U+FFFE,
/// U+FFFF) become U+FFFD: the parser never leaves them in a tree.
pub(crate) fn escape(s: &str, attribute: bool) -> Cow<'_, str> {
    let special = |c: char| {
        matches!(c, '&' | '<' | '>' | '\r') || (attribute && matches!(c, '"' | '\n' | '\t')) || !allowed_in_xml(c)
    };
    if !s.chars().any(special) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c if !allowed_in_xml(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The XML 1.0 `Char` production.
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_reader_would_change() {
        assert_eq!(escape("甲<乙>&丙", false), "甲&lt;乙&gt;&amp;丙");
        assert_eq!(escape("a\r\nb", false), "a&#13;\nb");
        assert_eq!(escape("a\"\n\tb", true), "a&quot;&#10;&#9;b");
        assert_eq!(escape("a\u{1}b\u{FFFF}", false), "a\u{FFFD}b\u{FFFD}");
        assert!(matches!(escape("一般文字", true), Cow::Borrowed(_)));
    }

    #[test]
    fn reads_header_dates() {
        assert_eq!(meta_date("民國 113 年 05 月 08 日").as_deref(), Some("2024-05-08"));
        assert_eq!(meta_date("20240508").as_deref(), Some("2024-05-08"));
        assert_eq!(meta_date("民國 113 年 13 月 08 日"), None);
        assert_eq!(meta_date("一百十三年"), None);
    }

    #[test]
    fn uri_segments_have_no_delimiters() {
        assert_eq!(uri_segment("示範 法/細則?#"), "示範法-細則--");
        assert_eq!(uri_segment(" "), "untitled");
    }

    #[test]
    fn maps_every_kind_to_an_element() {
        assert_eq!(element(NodeKind::Point), "article");
        assert_eq!(element(NodeKind::Item), "point");
        assert_eq!(element(NodeKind::Preamble), "hcontainer");
    }

    #[test]
    fn links_internal_ranges_and_other_laws() {
        let src = "示範法\n第 1 條\n甲。\n第 2 條\n乙。\n第 3 條\n依第一條至第二條及都市計畫法第十五條第一項辦理。\n";
        let doc = crate::parse(src);
        let xml = to_akn(&doc);
        assert!(xml.contains(r##"依<rref from="#art_1" upTo="#art_2">第一條至第二條</rref>及"##), "{xml}");
        assert!(xml.contains(r#"<ref href="/akn/tw/act/都市計畫法/~art_15__para_1">"#), "{xml}");
    }
}
