//! Word documents (`.docx`): the text of the main document part in document order —
//! paragraphs, and tables row by row — with Word's automatic numbering rendered from
//! `word/numbering.xml` as Word shows it, so that a directive typed in Word reads as its
//! text (`一、`, `（一）`, `1.`, `（1）` are numbers in Word's list levels, not characters
//! of the paragraph).
//!
//! What is read: the paragraphs and tables of `word/document.xml` (nested tables and text
//! boxes included), the text of runs (`w:t`, tabs, line breaks, non-breaking hyphens,
//! symbols), inserted text of tracked changes, and numbering given on the paragraph or
//! by its style (`word/styles.xml`). What is left out: deleted text of tracked changes,
//! field codes (their results are read), hidden text, headers, footers, footnotes and
//! comments.
//!
//! ```
//! use fagui::decode::docx::{Block, Paragraph};
//! let blocks = vec![
//!     Block::Paragraph(Paragraph { label: String::new(), text: "示範要點".into() }),
//!     Block::Paragraph(Paragraph { label: "一、".into(), text: "本要點依示範法訂定。".into() }),
//! ];
//! assert_eq!(fagui::decode::docx::to_text(&blocks), "示範要點\n一、本要點依示範法訂定。\n");
//! ```

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use crate::error::Error;

/// The WordprocessingML namespaces: transitional (what Word and LibreOffice write) and strict.
const W_NS: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Markup compatibility: `mc:AlternateContent` holds a `mc:Choice` and a `mc:Fallback`
/// with the same content; only one of them is read.
const MC_NS: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Word keeps nine list levels (`w:ilvl` 0–8).
const LEVELS: usize = 9;

/// One block of the document body, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(Paragraph),
    /// A table: rows of cells, each cell its paragraphs (a nested table is flattened
    /// into the cell, one paragraph per row).
    Table(Vec<Vec<Vec<Paragraph>>>),
}

/// A paragraph: Word's automatic number, as Word shows it, and the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paragraph {
    /// The automatic number (`一、`, `（二）`, `3. `) with what Word puts after it (a
    /// space after a number that ends in a narrow character, nothing after a wide one);
    /// empty when the paragraph is not numbered.
    pub label: String,
    /// The text (line breaks inside the paragraph as `\n`, tabs as `\t`).
    pub text: String,
}

impl Paragraph {
    /// The number and the text, as one line.
    ///
    /// ```
    /// let p = fagui::decode::docx::Paragraph { label: "（一）".into(), text: "研議。".into() };
    /// assert_eq!(p.line(), "（一）研議。");
    /// ```
    pub fn line(&self) -> String {
        format!("{}{}", self.label, self.text)
    }
}

/// Reads a Word document from its bytes. `limit` bounds the size of each part once
/// unpacked (a ZIP bomb is refused as too large).
///
/// ```
/// // Not a ZIP archive: refused.
/// assert!(fagui::decode::docx::read(b"plain text", 1 << 20).is_err());
/// ```
pub fn read(bytes: &[u8], limit: u64) -> Result<Vec<Block>, Error> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(format!("not a ZIP archive: {e}")))?;
    let document = part(&mut zip, "word/document.xml", limit)?.ok_or_else(|| bad("no word/document.xml part"))?;
    let styles = match part(&mut zip, "word/styles.xml", limit)? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    let numbering = match part(&mut zip, "word/numbering.xml", limit)? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    Body::new(&styles, &numbering).read(&document)
}

/// The text of a Word document: [`read`], then [`to_text`].
pub fn text(bytes: &[u8], limit: u64) -> Result<String, Error> {
    read(bytes, limit).map(|blocks| to_text(&blocks))
}

/// The blocks as plain text, the way Word saves a document as plain text: one line per
/// paragraph (its number first); a table row per line with its cells separated by tabs
/// (a cell's own paragraphs on lines of their own); empty cells and rows left out.
pub fn to_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(p) => {
                out.push_str(&p.line());
                out.push('\n');
            }
            Block::Table(rows) => {
                for row in rows {
                    let line = row_line(row);
                    if !line.is_empty() {
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}

/// A table row as one line: non-empty cells joined by tabs.
fn row_line(row: &[Vec<Paragraph>]) -> String {
    let cells: Vec<String> = row
        .iter()
        .map(|cell| cell.iter().map(Paragraph::line).collect::<Vec<_>>().join("\n"))
        .filter(|c| !c.trim().is_empty())
        .collect();
    cells.join("\t")
}

fn bad(message: impl Into<String>) -> Error {
    Error::Document { format: "Word", message: message.into() }
}

/// One part of the package as text, or `None` when the package has no such part.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str, limit: u64) -> Result<Option<String>, Error> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(bad(format!("{name}: {e}"))),
    };
    let mut buf = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut buf).map_err(|e| bad(format!("{name}: {e}")))?;
    if buf.len() as u64 > limit {
        return Err(Error::TooLarge { path: None, limit });
    }
    let body = buf.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(buf);
    String::from_utf8(body)
        .map(Some)
        .map_err(|e| bad(format!("{name}: not UTF-8 at byte {}", e.utf8_error().valid_up_to())))
}

/// A start or empty tag, reduced to what the reader looks at.
struct Tag {
    /// In the WordprocessingML namespace.
    w: bool,
    /// In the markup-compatibility namespace.
    mc: bool,
    /// The local name (`p`, `numPr`, …).
    name: String,
    /// Attributes by local name (`val`, `ilvl`, `numId`, …).
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn new(ns: &ResolveResult<'_>, e: &BytesStart<'_>) -> Tag {
        let uri = match ns {
            ResolveResult::Bound(ns) => ns.0,
            _ => "",
        };
        let attrs = e
            .attributes()
            .flatten()
            .map(|a| {
                let key = a.key.local_name().into_inner().to_string();
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map(Cow::into_owned)
                    .unwrap_or_else(|_| a.value.to_string());
                (key, value)
            })
            .collect();
        Tag { w: W_NS.contains(&uri), mc: uri == MC_NS, name: e.local_name().into_inner().to_string(), attrs }
    }

    /// A Word element of this local name.
    fn is(&self, name: &str) -> bool {
        self.w && self.name == name
    }

    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn val(&self) -> Option<&str> {
        self.attr("val")
    }

    /// An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`): on unless its value says off.
    fn on(&self) -> bool {
        !matches!(self.val(), Some("0" | "false" | "off"))
    }
}

/// What the reader sees of the XML: tags, text and their ends, with the end of an empty
/// tag given as an end of its own.
enum Ev {
    Start(Tag),
    End { w: bool, name: String },
    Text(String),
}

/// Reads `xml` and calls `f` on every element start, end and text. `Start` of an empty
/// element is followed at once by its `End`.
fn walk(xml: &str, mut f: impl FnMut(Ev) -> Result<(), Error>) -> Result<(), Error> {
    let mut reader = NsReader::from_str(xml);
    let ill_formed = |e: quick_xml::Error, at: u64| bad(format!("ill-formed XML at byte {at}: {e}"));
    loop {
        let at = reader.buffer_position();
        let (ns, event) = reader.read_resolved_event().map_err(|e| ill_formed(e, at))?;
        match event {
            Event::Start(e) => f(Ev::Start(Tag::new(&ns, &e)))?,
            Event::Empty(e) => {
                let tag = Tag::new(&ns, &e);
                let end = Ev::End { w: tag.w, name: tag.name.clone() };
                f(Ev::Start(tag))?;
                f(end)?;
            }
            Event::End(e) => {
                let (ns, local) = reader.resolver().resolve_element(e.name());
                let uri = match ns {
                    ResolveResult::Bound(ns) => ns.into_inner(),
                    _ => "",
                };
                let name = local.into_inner().to_string();
                f(Ev::End { w: W_NS.contains(&uri), name })?;
            }
            Event::Text(t) => f(Ev::Text(t.xml10_content().into_owned()))?,
            Event::CData(t) => f(Ev::Text(t.xml10_content().into_owned()))?,
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        quick_xml::escape::resolve_predefined_entity(&r.xml10_content()).unwrap_or_default().to_string()
                    }
                };
                f(Ev::Text(text))?;
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Numbering given by a paragraph or a style: `w:numPr` with `w:numId` and `w:ilvl`,
/// either of which may be missing (then taken from the style).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct NumPr {
    num_id: Option<String>,
    ilvl: Option<usize>,
}

/// The paragraph styles: what each is based on and the numbering it gives.
#[derive(Debug, Default)]
struct Styles {
    styles: HashMap<String, (Option<String>, NumPr)>,
    /// The default paragraph style, for paragraphs that name none.
    default: Option<String>,
}

impl Styles {
    fn parse(xml: &str) -> Result<Styles, Error> {
        let mut styles = Styles::default();
        let mut current: Option<String> = None;
        let mut skip = 0usize;
        walk(xml, |ev| {
            match ev {
                _ if skip > 0 => match ev {
                    Ev::Start(_) => skip += 1,
                    Ev::End { .. } => skip -= 1,
                    Ev::Text(_) => {}
                },
                Ev::Start(t) if t.is("style") => {
                    let id = t.attr("styleId").unwrap_or_default().to_string();
                    if t.attr("type").is_none_or(|k| k == "paragraph") {
                        if t.attr("default").is_some_and(|d| d == "1" || d == "true") {
                            styles.default = Some(id.clone());
                        }
                        styles.styles.insert(id.clone(), (None, NumPr::default()));
                        current = Some(id);
                    }
                }
                Ev::End { w: true, name } if name == "style" => current = None,
                Ev::Start(t) if t.is("pPrChange") || t.is("rPr") => skip = 1,
                Ev::Start(t) => {
                    let Some(entry) = current.as_ref().and_then(|id| styles.styles.get_mut(id)) else {
                        return Ok(());
                    };
                    if t.is("basedOn") {
                        entry.0 = t.val().map(str::to_string);
                    } else if t.is("numId") {
                        entry.1.num_id = t.val().map(str::to_string);
                    } else if t.is("ilvl") {
                        entry.1.ilvl = t.val().and_then(|v| v.parse().ok());
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        Ok(styles)
    }

    /// The numbering a style gives, following `basedOn` (a style's own `numId` and
    /// `ilvl` win over its base's).
    fn num_pr(&self, style: Option<&str>) -> NumPr {
        let mut out = NumPr::default();
        let mut id = style.or(self.default.as_deref());
        let mut seen = HashSet::new();
        while let Some(s) = id {
            if !seen.insert(s) {
                break;
            }
            let Some((base, num)) = self.styles.get(s) else { break };
            if out.num_id.is_none() {
                out.num_id.clone_from(&num.num_id);
            }
            if out.ilvl.is_none() {
                out.ilvl = num.ilvl;
            }
            id = base.as_deref();
        }
        out
    }
}

/// One level of a list: `w:lvl`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Level {
    /// `w:start` (0 when missing, as Word reads it).
    start: u32,
    /// `w:numFmt` (`decimal`, `taiwaneseCountingThousand`, `bullet` …).
    format: String,
    /// `w:lvlText`: `%1、`, `（%2）`, `%1.%2` …
    text: String,
    /// `w:lvlRestart`: restart after a use of this level (1-based) or a shallower one;
    /// 0: never; missing: after any shallower level.
    restart: Option<u32>,
    /// `w:isLgl`: every number in the text in decimal.
    legal: bool,
    /// `w:suff`: `tab` (the default), `space` or `nothing`.
    suffix: String,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            start: 0,
            format: "decimal".into(),
            text: String::new(),
            restart: None,
            legal: false,
            suffix: "tab".into(),
        }
    }
}

/// A `w:abstractNum`: the levels of a list, or a link to a numbering style.
#[derive(Debug, Default)]
struct Abstract {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the list is defined by the numbering of this style.
    style_link: Option<String>,
}

/// A `w:num`: the list instance paragraphs name, its abstract list and overrides.
#[derive(Debug, Default)]
struct Instance {
    abstract_id: String,
    /// `w:lvlOverride`: a level's `w:startOverride` and/or a whole `w:lvl` in its place.
    overrides: [(Option<u32>, Option<Level>); LEVELS],
}

impl Instance {
    fn has_overrides(&self) -> bool {
        self.overrides.iter().any(|(s, l)| s.is_some() || l.is_some())
    }
}

/// `word/numbering.xml`.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, Abstract>,
    instances: HashMap<String, Instance>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, Error> {
        let mut n = Numbering::default();
        // Where the reader is: in an abstract list or an instance, in a level override,
        // in a level (and its index).
        let mut abs: Option<String> = None;
        let mut inst: Option<String> = None;
        let mut over: Option<usize> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut skip = 0usize;
        walk(xml, |ev| {
            match ev {
                _ if skip > 0 => match ev {
                    Ev::Start(_) => skip += 1,
                    Ev::End { .. } => skip -= 1,
                    Ev::Text(_) => {}
                },
                Ev::Start(t) if t.is("abstractNum") => {
                    let id = t.attr("abstractNumId").unwrap_or_default().to_string();
                    n.abstracts.insert(id.clone(), Abstract::default());
                    abs = Some(id);
                }
                Ev::Start(t) if t.is("num") => {
                    let id = t.attr("numId").unwrap_or_default().to_string();
                    n.instances.insert(id.clone(), Instance::default());
                    inst = Some(id);
                }
                Ev::Start(t) if t.is("lvlOverride") => over = t.attr("ilvl").and_then(|v| v.parse().ok()),
                Ev::Start(t) if t.is("lvl") => {
                    lvl = t
                        .attr("ilvl")
                        .and_then(|v| v.parse().ok())
                        .filter(|&i| i < LEVELS)
                        .map(|i| (i, Level::default()));
                }
                Ev::Start(t) if t.is("pPr") || t.is("rPr") => skip = 1,
                Ev::Start(t) => {
                    if let Some((_, level)) = lvl.as_mut() {
                        let val = t.val().unwrap_or_default();
                        match t.name.as_str() {
                            _ if !t.w => {}
                            "start" => level.start = val.parse().unwrap_or(0),
                            // A `custom` format comes with a plain fallback: keep that.
                            "numFmt" if val != "custom" => level.format = val.to_string(),
                            "lvlText" => level.text = val.to_string(),
                            "lvlRestart" => level.restart = val.parse().ok(),
                            "isLgl" => level.legal = t.on(),
                            "suff" => level.suffix = val.to_string(),
                            _ => {}
                        }
                    } else if let (Some(id), true) = (inst.as_ref(), t.w) {
                        let Some(instance) = n.instances.get_mut(id) else { return Ok(()) };
                        if t.name == "abstractNumId" {
                            instance.abstract_id = t.val().unwrap_or_default().to_string();
                        } else if t.name == "startOverride"
                            && let Some(slot) = over.and_then(|i| instance.overrides.get_mut(i))
                        {
                            slot.0 = t.val().and_then(|v| v.parse().ok());
                        }
                    } else if t.is("numStyleLink")
                        && let Some(a) = abs.as_ref().and_then(|id| n.abstracts.get_mut(id))
                    {
                        a.style_link = t.val().map(str::to_string);
                    }
                }
                Ev::End { w: true, name } => match name.as_str() {
                    "lvl" => {
                        if let Some((i, level)) = lvl.take() {
                            if let (Some(id), Some(o)) = (inst.as_ref(), over) {
                                if let Some(slot) = n.instances.get_mut(id).and_then(|x| x.overrides.get_mut(o)) {
                                    slot.1 = Some(level);
                                }
                            } else if let Some(slot) =
                                abs.as_ref().and_then(|id| n.abstracts.get_mut(id)).and_then(|a| a.levels.get_mut(i))
                            {
                                *slot = Some(level);
                            }
                        }
                    }
                    "lvlOverride" => over = None,
                    "abstractNum" => abs = None,
                    "num" => inst = None,
                    _ => {}
                },
                _ => {}
            }
            Ok(())
        })?;
        Ok(n)
    }

    /// The abstract list of an instance, following a numbering-style link (a few steps
    /// at most: a loop ends).
    fn abstract_of(&self, num_id: &str, styles: &Styles) -> Option<(&str, &Abstract)> {
        let mut id = self.instances.get(num_id)?.abstract_id.as_str();
        for _ in 0..4 {
            let a = self.abstracts.get(id)?;
            match &a.style_link {
                Some(style) => {
                    let linked = styles.num_pr(Some(style)).num_id?;
                    id = self.instances.get(&linked)?.abstract_id.as_str();
                }
                None => return Some((id, a)),
            }
        }
        None
    }

    /// The level `ilvl` of list instance `num_id`: the instance's override, else the
    /// abstract list's level, with a start override applied.
    fn level(&self, num_id: &str, ilvl: usize, styles: &Styles) -> Option<Level> {
        let instance = self.instances.get(num_id)?;
        let (start, own) = instance.overrides.get(ilvl)?;
        let mut level = match own {
            Some(l) => l.clone(),
            None => self.abstract_of(num_id, styles)?.1.levels.get(ilvl)?.clone()?,
        };
        if let Some(s) = start {
            level.start = *s;
        }
        Some(level)
    }
}

/// List counters, per abstract list (instances of one abstract list continue each
/// other's numbering, as in Word, unless one overrides a start).
#[derive(Default)]
struct Counters {
    lists: HashMap<String, [Option<u32>; LEVELS]>,
    /// Instances already met: an instance's start overrides restart its list once, at its first paragraph.
    seen: HashSet<String>,
}

/// The document body reader.
struct Body<'a> {
    styles: &'a Styles,
    numbering: &'a Numbering,
    counters: Counters,
    out: Vec<Block>,
    /// Open tables (a table in a cell of another is nested).
    tables: Vec<Vec<Vec<Vec<Paragraph>>>>,
    /// Open paragraphs (a text box inside a paragraph holds paragraphs of its own).
    paras: Vec<(String, Option<String>, NumPr)>,
    /// Depth inside a subtree whose text is not read.
    skip: usize,
    in_ppr: bool,
    in_numpr: bool,
    in_rpr: bool,
    in_text: bool,
    hidden: bool,
}

/// Elements whose content is not document text: deleted or moved-away text of tracked
/// changes, field codes, earlier formatting of tracked changes, tab stops, the fallback
/// copy of alternate content.
const SKIPPED: [&str; 9] =
    ["del", "moveFrom", "instrText", "delText", "delInstrText", "pPrChange", "rPrChange", "numberingChange", "tabs"];

impl<'a> Body<'a> {
    fn new(styles: &'a Styles, numbering: &'a Numbering) -> Body<'a> {
        Body {
            styles,
            numbering,
            counters: Counters::default(),
            out: Vec::new(),
            tables: Vec::new(),
            paras: Vec::new(),
            skip: 0,
            in_ppr: false,
            in_numpr: false,
            in_rpr: false,
            in_text: false,
            hidden: false,
        }
    }

    fn read(mut self, xml: &str) -> Result<Vec<Block>, Error> {
        walk(xml, |ev| {
            self.event(ev);
            Ok(())
        })?;
        // Unclosed elements of a truncated document: keep what was read.
        while !self.paras.is_empty() {
            self.end_paragraph();
        }
        while !self.tables.is_empty() {
            self.end_table();
        }
        Ok(self.out)
    }

    fn push_text(&mut self, s: &str) {
        if !self.hidden
            && let Some((text, _, _)) = self.paras.last_mut()
        {
            text.push_str(s);
        }
    }

    fn event(&mut self, ev: Ev) {
        if self.skip > 0 {
            match ev {
                Ev::Start(_) => self.skip += 1,
                Ev::End { .. } => self.skip -= 1,
                Ev::Text(_) => {}
            }
            return;
        }
        match ev {
            Ev::Start(t) if t.mc && t.name == "Fallback" => self.skip = 1,
            Ev::Start(t) if !t.w => {}
            Ev::Start(t) if SKIPPED.contains(&t.name.as_str()) => self.skip = 1,
            Ev::Start(t) => self.start(&t),
            Ev::End { w: true, name } => self.end(&name),
            Ev::End { .. } => {}
            Ev::Text(s) if self.in_text => self.push_text(&s),
            Ev::Text(_) => {}
        }
    }

    fn start(&mut self, t: &Tag) {
        match t.name.as_str() {
            "p" => self.paras.push((String::new(), None, NumPr::default())),
            "pPr" => self.in_ppr = true,
            "numPr" => self.in_numpr = self.in_ppr,
            "pStyle" if self.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.1 = t.val().map(str::to_string);
                }
            }
            "numId" if self.in_numpr => {
                if let Some(p) = self.paras.last_mut() {
                    p.2.num_id = t.val().map(str::to_string);
                }
            }
            "ilvl" if self.in_numpr => {
                if let Some(p) = self.paras.last_mut() {
                    p.2.ilvl = t.val().and_then(|v| v.parse().ok());
                }
            }
            _ if self.in_ppr => {}
            "r" => self.hidden = false,
            "rPr" => self.in_rpr = true,
            "vanish" if self.in_rpr => self.hidden = t.on(),
            _ if self.in_rpr => {}
            "t" => self.in_text = true,
            "tab" | "ptab" => self.push_text("\t"),
            "br" | "cr" => self.push_text("\n"),
            "noBreakHyphen" => self.push_text("-"),
            "sym" => {
                let c = t.attr("char").and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32);
                // Symbol-font characters (U+F000…) have no meaning as text.
                if let Some(c) = c.filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c)) {
                    self.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            "tbl" => self.tables.push(Vec::new()),
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.push(Vec::new());
                }
            }
            "tc" => {
                if let Some(row) = self.tables.last_mut().and_then(|t| t.last_mut()) {
                    row.push(Vec::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "p" => self.end_paragraph(),
            "pPr" => self.in_ppr = false,
            "numPr" => self.in_numpr = false,
            "rPr" => self.in_rpr = false,
            "t" => self.in_text = false,
            "r" => self.hidden = false,
            "tbl" => self.end_table(),
            _ => {}
        }
    }

    /// Where a finished paragraph goes: the open cell of the innermost table, or the body.
    fn emit(&mut self, p: Paragraph) {
        match self.tables.last_mut().and_then(|t| t.last_mut()).and_then(|row| row.last_mut()) {
            Some(cell) => cell.push(p),
            None => self.out.push(Block::Paragraph(p)),
        }
    }

    fn end_paragraph(&mut self) {
        let Some((text, style, own)) = self.paras.pop() else { return };
        let label = self.number(style.as_deref(), &own);
        self.emit(Paragraph { label, text });
    }

    fn end_table(&mut self) {
        let Some(rows) = self.tables.pop() else { return };
        if self.tables.is_empty() {
            self.out.push(Block::Table(rows));
        } else {
            for row in rows {
                let text = row_line(&row);
                if !text.is_empty() {
                    self.emit(Paragraph { label: String::new(), text });
                }
            }
        }
    }

    /// The automatic number of a paragraph, counted: its own `w:numPr` over its style's.
    fn number(&mut self, style: Option<&str>, own: &NumPr) -> String {
        let from_style = self.styles.num_pr(style);
        let Some(num_id) = own.num_id.clone().or(from_style.num_id) else { return String::new() };
        let ilvl = own.ilvl.or(from_style.ilvl).unwrap_or(0).min(LEVELS - 1);
        // `numId` 0 takes the numbering of a style away.
        if num_id == "0" {
            return String::new();
        }
        let numbering = self.numbering;
        let styles = self.styles;
        let Some(level) = numbering.level(&num_id, ilvl, styles) else { return String::new() };
        let Some((list, _)) = numbering.abstract_of(&num_id, styles) else { return String::new() };
        let list = list.to_string();
        let counters = self.counters.lists.entry(list).or_insert([None; LEVELS]);
        // An instance with overrides restarts the overridden levels at its first paragraph.
        if self.counters.seen.insert(num_id.clone())
            && let Some(instance) = numbering.instances.get(&num_id)
            && instance.has_overrides()
        {
            for (i, (start, own)) in instance.overrides.iter().enumerate() {
                if (start.is_some() || own.is_some())
                    && let Some(c) = counters.get_mut(i)
                {
                    *c = None;
                }
            }
        }
        if let Some(c) = counters.get_mut(ilvl) {
            *c = Some(c.map_or(level.start, |v| v.saturating_add(1)));
        }
        // Deeper levels restart, unless their `lvlRestart` says otherwise.
        for d in ilvl + 1..LEVELS {
            let restart = numbering.level(&num_id, d, styles).and_then(|l| l.restart);
            let reset = match restart {
                None => true,
                Some(0) => false,
                Some(r) => (ilvl as u32) < r,
            };
            if reset && let Some(c) = counters.get_mut(d) {
                *c = None;
            }
        }
        let counters = *counters;
        let value = |i: usize| -> (u32, String) {
            let l = numbering.level(&num_id, i, styles).unwrap_or_default();
            let v = counters.get(i).copied().flatten().unwrap_or(l.start);
            (v, if level.legal { "decimal".to_string() } else { l.format })
        };
        let label = if level.format == "bullet" { bullet(&level.text) } else { render_level_text(&level.text, value) };
        if label.is_empty() {
            return label;
        }
        let narrow_end = label.chars().last().is_some_and(|c| c.is_ascii());
        match level.suffix.as_str() {
            "nothing" => label,
            _ if narrow_end => label + " ",
            _ => label,
        }
    }
}

/// A bullet as text: the level's character unless it is a symbol-font one.
fn bullet(text: &str) -> String {
    match text.chars().next() {
        Some(c) if !c.is_ascii() && !('\u{E000}'..='\u{F8FF}').contains(&c) => c.to_string(),
        _ => "•".to_string(),
    }
}

/// `w:lvlText` with each `%N` replaced by the counter of level N (1-based) in its
/// format: `（%2）` with level 2 at 3 in Taiwanese counting is `（三）`.
fn render_level_text(text: &str, value: impl Fn(usize) -> (u32, String)) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%'
            && let Some(d) = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d))
        {
            chars.next();
            let (n, format) = value(d as usize - 1);
            out.push_str(&format_number(n, &format));
        } else {
            out.push(c);
        }
    }
    out
}

/// A number in one of Word's number formats (`w:numFmt`). Formats without a text form
/// here (or numbers past a format's range) are written in decimal.
pub(crate) fn format_number(n: u32, format: &str) -> String {
    const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
    const BRANCHES: [char; 12] = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
    let nth = |set: &[char]| n.checked_sub(1).and_then(|i| set.get(i as usize)).map(char::to_string);
    let offset = |base: u32, count: u32| {
        (1..=count).contains(&n).then(|| char::from_u32(base + n - 1)).flatten().map(|c| c.to_string())
    };
    let out = match format {
        "none" => Some(String::new()),
        "decimalZero" if n < 10 => Some(format!("0{n}")),
        "decimalFullWidth" | "decimalFullWidth2" => Some(
            n.to_string().chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)).collect(),
        ),
        "taiwaneseCountingThousand"
        | "taiwaneseCounting"
        | "chineseCountingThousand"
        | "chineseCounting"
        | "japaneseCounting"
        | "ideographLegalTraditional"
        | "chineseLegalSimplified"
            if n > 0 =>
        {
            let plain = crate::numeral::to_cjk(n);
            Some(match format {
                "ideographLegalTraditional" => plain.chars().map(|c| financial(c, false)).collect(),
                "chineseLegalSimplified" => plain.chars().map(|c| financial(c, true)).collect(),
                _ => plain,
            })
        }
        "taiwaneseDigital" | "ideographDigital" | "chineseDigital" => Some(
            n.to_string()
                .chars()
                .map(|c| {
                    let d = c.to_digit(10).unwrap_or(0) as usize;
                    ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'].get(d).copied().unwrap_or(c)
                })
                .collect(),
        ),
        "ideographTraditional" => nth(&STEMS),
        "ideographZodiac" => nth(&BRANCHES),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => offset(0x2460, 20),
        "decimalEnclosedParen" => offset(0x2474, 20),
        "decimalEnclosedFullstop" => offset(0x2488, 20),
        "ideographEnclosedCircle" => offset(0x3280, 10),
        "upperLetter" | "lowerLetter" if n > 0 => {
            let base = if format == "upperLetter" { b'A' } else { b'a' };
            let letter = char::from(base + ((n - 1) % 26) as u8);
            Some(std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect())
        }
        "upperRoman" | "lowerRoman" if (1..4000).contains(&n) => {
            let r = roman(n);
            Some(if format == "lowerRoman" { r.to_ascii_lowercase() } else { r })
        }
        _ => None,
    };
    out.unwrap_or_else(|| n.to_string())
}

/// The financial (anti-forgery) form of a numeral character: 一 → 壹 (贰 for 二 in
/// simplified Chinese), 十 → 拾.
fn financial(c: char, simplified: bool) -> char {
    match c {
        '一' => '壹',
        '二' if simplified => '贰',
        '二' => '貳',
        '三' if simplified => '叁',
        '三' => '參',
        '四' => '肆',
        '五' => '伍',
        '六' if simplified => '陆',
        '六' => '陸',
        '七' => '柒',
        '八' => '捌',
        '九' => '玖',
        '十' => '拾',
        '百' => '佰',
        '千' => '仟',
        '萬' if simplified => '万',
        c => c,
    }
}

fn roman(mut n: u32) -> String {
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in PARTS {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_number_example() {
        use crate::decode::docx::format_number;
        assert_eq!(format_number(11, "taiwaneseCountingThousand"), "十一");
        assert_eq!(format_number(3, "ideographTraditional"), "丙");
        assert_eq!(format_number(12, "decimalFullWidth"), "１２");
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
    }

    #[test]
    fn level_text_takes_each_level_in_its_own_format() {
        let formats = ["taiwaneseCountingThousand", "decimal", "decimalFullWidth"];
        let value = |i: usize| (i as u32 + 2, formats[i].to_string());
        assert_eq!(render_level_text("%1、", value), "二、");
        assert_eq!(render_level_text("（%1）", value), "（二）");
        assert_eq!(render_level_text("%1.%2.", value), "二.3.");
        assert_eq!(render_level_text("%3、", value), "４、");
        assert_eq!(render_level_text("第%1點", value), "第二點");
        assert_eq!(render_level_text("100%", value), "100%");
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(1, "taiwaneseCountingThousand"), "一");
        assert_eq!(format_number(10, "taiwaneseCountingThousand"), "十");
        assert_eq!(format_number(21, "taiwaneseCountingThousand"), "二十一");
        assert_eq!(format_number(101, "taiwaneseCountingThousand"), "一百零一");
        assert_eq!(format_number(10, "ideographTraditional"), "癸");
        assert_eq!(format_number(11, "ideographTraditional"), "11");
        assert_eq!(format_number(1, "ideographZodiac"), "子");
        assert_eq!(format_number(3, "decimal"), "3");
        assert_eq!(format_number(3, "decimalZero"), "03");
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(2, "decimalEnclosedParen"), "⑵");
        assert_eq!(format_number(12, "ideographLegalTraditional"), "拾貳");
        assert_eq!(format_number(105, "ideographDigital"), "一〇五");
        assert_eq!(format_number(27, "upperLetter"), "AA");
        assert_eq!(format_number(9, "lowerRoman"), "ix");
        assert_eq!(format_number(5, "none"), "");
        assert_eq!(format_number(5, "cardinalText"), "5");
    }

    #[test]
    fn bullets_are_characters_not_symbol_font_codes() {
        assert_eq!(bullet("\u{F0B7}"), "•");
        assert_eq!(bullet("l"), "•");
        assert_eq!(bullet("●"), "●");
    }
}
