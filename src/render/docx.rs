//! The clean text as a Word document (`.docx`), list numbers as Word's automatic
//! numbering.
//!
//! Every line of [`super::to_text`] is a paragraph. The number of a point, an article
//! or a list item (`一、`, `（一）`, `1.`, `（1）`, `甲、`, `第 3 條` …) is not typed but
//! given to Word as a numbered list (`w:numPr`), defined in `word/numbering.xml` with the
//! level format that writes it (`taiwaneseCountingThousand`, `decimal`,
//! `decimalFullWidth`, `ideographTraditional`, `ideographZodiac`,
//! `decimalEnclosedCircle`) and the label around it as the level text (`%1、`,
//! `（%1）`, `第 %1 條`). Each kind of label is a one-level list of its own; a list
//! restarts (a list instance with `w:startOverride`) at the first item under each
//! parent and wherever a number does not follow the one before, so Word counts exactly
//! the numbers of the text and keeps counting when a drafter inserts an item. Labels
//! Word cannot count (`七之一、`, `第 10-1 條`, headings) stay typed. Nested items are
//! indented by level with a hanging indent the width of their label.
//!
//! The page is A4 portrait with 2.5 cm margins, 標楷體 12 pt (Times New Roman for Latin
//! text), the title centred and bold, page numbers in the footer. Reading the file back
//! ([`crate::decode::docx`], as every command does) gives the same tree:
//!
//! ```
//! let doc = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、任務如下：\n（一）研議。\n（二）協調。\n");
//! let bytes = fagui::render::docx::to_docx(std::slice::from_ref(&doc)).unwrap();
//! let numbering = fagui::diff::docx::part(&bytes, "word/numbering.xml").unwrap();
//! assert!(numbering.contains(r#"<w:numFmt w:val="taiwaneseCountingThousand"/>"#));
//! assert!(numbering.contains(r#"<w:lvlText w:val="（%1）"/>"#));
//! let text = fagui::read_text(&bytes, &Default::default()).unwrap();
//! assert_eq!(text, fagui::render::to_text(&doc));
//! ```

use std::collections::HashMap;

use super::{gap, printed_label};
use crate::ast::{DocKind, Document, Node, NodeKind};
use crate::decode::docx::format_number;
use crate::diff::docx::{R_NS, W_NS, escape, font_table, footer, package, run, styles};
use crate::label::LabelStyle;

/// A4 portrait in twentieths of a point.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
/// 2.5 cm.
const MARGIN: u32 = 1418;
/// One full-width character at 12 pt.
const CHAR: usize = 240;
/// The indentation of one list level: two characters.
const INDENT: usize = 2 * CHAR;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#;

/// How Word writes one kind of label: number format, level text, what follows the
/// number (`nothing` after a full-width label, a space after `1.`).
#[derive(Clone, PartialEq, Eq, Hash)]
struct Level {
    format: &'static str,
    text: String,
    suffix: &'static str,
}

/// A paragraph to write.
struct Para {
    /// The typed text (after the automatic number, if any).
    text: String,
    /// The automatic number: the list instance (`w:numId`) and the label's width in
    /// characters.
    number: Option<(usize, usize)>,
    depth: usize,
    title: bool,
}

/// The lists of a document: one abstract list per kind of label, an instance per run of
/// consecutive numbers.
#[derive(Default)]
struct Lists {
    levels: Vec<Level>,
    index: HashMap<Level, usize>,
    /// Instances: (abstract list, start).
    instances: Vec<(usize, u32)>,
    /// Per abstract list: the current instance, the parent it counts under and the next
    /// number it would give.
    current: HashMap<usize, (usize, usize, u32)>,
}

impl Lists {
    /// The instance that numbers `value` under `parent` with `level`.
    fn number(&mut self, level: Level, parent: usize, value: u32) -> usize {
        let next = self.levels.len();
        let list = *self.index.entry(level.clone()).or_insert(next);
        if list == next {
            self.levels.push(level);
        }
        match self.current.get(&list) {
            Some(&(instance, p, expected)) if p == parent && expected == value => {
                self.current.insert(list, (instance, parent, value.saturating_add(1)));
                instance
            }
            _ => {
                self.instances.push((list, value));
                let instance = self.instances.len();
                self.current.insert(list, (instance, parent, value.saturating_add(1)));
                instance
            }
        }
    }
}

/// The Word level that writes `label`, printed in `style`, for node `n`, when Word can
/// count it.
fn level_of(n: &Node, label: &str, style: LabelStyle) -> Option<Level> {
    let num = n.num?;
    if num.sub.is_some() || label.is_empty() {
        return None;
    }
    let formats: &[&'static str] = match style {
        LabelStyle::Article => &["decimal", "taiwaneseCountingThousand", "decimalFullWidth"],
        LabelStyle::Cjk | LabelStyle::ParenCjk => &["taiwaneseCountingThousand"],
        LabelStyle::Arabic | LabelStyle::ParenArabic => &["decimal", "decimalFullWidth"],
        LabelStyle::Circled => &["decimalEnclosedCircle"],
        LabelStyle::Stem | LabelStyle::ParenStem => &["ideographTraditional"],
        LabelStyle::Branch | LabelStyle::ParenBranch => &["ideographZodiac"],
        LabelStyle::Letter | LabelStyle::ParenLetter => &["lowerLetter", "upperLetter"],
        LabelStyle::Heading | LabelStyle::Other => return None,
    };
    formats.iter().find_map(|&format| {
        let digits = format_number(num.main, format);
        let at = label.find(&digits)?;
        let (before, after) = (label.get(..at)?, label.get(at + digits.len()..)?);
        if before.contains('%') || after.contains('%') || format_number(num.main, format) != digits {
            return None;
        }
        let suffix = if label.ends_with(|c: char| c.is_ascii()) { "space" } else { "nothing" };
        Some(Level { format, text: format!("{before}%1{after}"), suffix })
    })
}

/// The paragraphs of a document, in the order and with the texts of
/// [`super::to_text`].
struct Writer {
    paras: Vec<Para>,
    lists: Lists,
    parents: usize,
    /// The label style of the point being written: a list numbered like the point itself
    /// is typed indented, as the clean text writes it (Word's numbering would lose the
    /// indentation that tells it from the points).
    unit: Option<LabelStyle>,
    /// Spaces typed before the labels of the list being written, where it is numbered as
    /// the item it stands under: typed deeper than that item, as the clean text writes it.
    typed: usize,
}

impl Writer {
    fn plain(&mut self, text: String, depth: usize) {
        self.paras.push(Para { text, number: None, depth, title: false });
    }

    /// A labelled line: the label as a Word number when it can be one.
    fn labelled(&mut self, n: &Node, parent: usize, (label, style): &(String, LabelStyle), rest: String, depth: usize) {
        match level_of(n, label, *style).zip(n.num) {
            Some((level, num)) => {
                let space = usize::from(level.suffix == "space");
                let width = label.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>() + space;
                let instance = self.lists.number(level, parent, num.main);
                // A label ending `.` is followed by the level's space; the text's own
                // separating space (before a digit) is that space.
                let rest = if space == 1 { rest.strip_prefix(' ').map(str::to_string).unwrap_or(rest) } else { rest };
                self.paras.push(Para { text: rest, number: Some((instance, width.div_ceil(2))), depth, title: false });
            }
            None => self.plain(format!("{label}{rest}"), depth),
        }
    }

    fn nodes(&mut self, nodes: &[Node], kind: DocKind, depth: usize) {
        self.parents += 1;
        let parent = self.parents;
        for n in nodes {
            self.node(n, parent, kind, depth);
        }
    }

    fn node(&mut self, n: &Node, parent: usize, kind: DocKind, depth: usize) {
        match n.kind {
            k if k.is_heading() => {
                let mut line = n.label.as_deref().unwrap_or_default().to_string();
                if let Some(c) = &n.caption {
                    line.push(' ');
                    line.push_str(c);
                }
                self.plain(line, 0);
                self.nodes(&n.children, kind, depth);
            }
            NodeKind::Article => {
                let label = printed_label(n);
                self.labelled(n, parent, &label, n.caption.clone().unwrap_or_default(), 0);
                self.nodes(&n.children, kind, depth);
            }
            NodeKind::Point if super::named_label(n) => {
                self.plain(format!("{}{}", super::label_of(n), n.caption.as_deref().unwrap_or_default()), depth);
                self.nodes(&n.children, kind, depth + 1);
            }
            NodeKind::Point => {
                if let Some(c) = &n.caption {
                    self.plain(c.clone(), depth);
                }
                let label = printed_label(n);
                let first = n.children.first().filter(|c| c.kind == NodeKind::Paragraph);
                let rest = first.map(|p| format!("{}{}", gap(&label.0, &p.text), p.text)).unwrap_or_default();
                self.labelled(n, parent, &label, rest, depth);
                self.parents += 1;
                let inner = self.parents;
                let outer = std::mem::replace(&mut self.unit, super::point_style(n, label.1));
                for (i, c) in n.children.iter().enumerate() {
                    if i == 0 && first.is_some() {
                        self.nodes(&c.children, kind, depth + 1);
                    } else {
                        self.node(c, inner, kind, depth + 1);
                    }
                }
                self.unit = outer;
            }
            NodeKind::Paragraph => {
                self.plain(n.text.clone(), depth);
                self.nodes(&n.children, kind, depth + 1);
            }
            NodeKind::Preamble => self.nodes(&n.children, kind, depth),
            _ => {
                let label = printed_label(n);
                let own = usize::from(super::indented_in_point(n, label.1, self.unit)) * 2 + self.typed;
                if own > 0 {
                    let spaces = " ".repeat(own);
                    self.plain(format!("{spaces}{}{}{}", label.0, gap(&label.0, &n.text), n.text), depth);
                } else {
                    self.labelled(n, parent, &label, format!("{}{}", gap(&label.0, &n.text), n.text), depth);
                }
                self.parents += 1;
                let inner = self.parents;
                for c in &n.children {
                    // (A list labelled as this item is typed deeper, as `to_text` writes it.)
                    let outer = self.typed;
                    if let Some(extra) = super::deeper_list(c, label.1, own, self.unit) {
                        self.typed = extra;
                    }
                    self.node(c, inner, kind, depth + 1);
                    self.typed = outer;
                }
            }
        }
    }

    /// The lines of [`super::to_text`] before the units (header fields, title,
    /// history) and after them (a history block that closed the text).
    fn document(&mut self, doc: &Document) {
        let text = super::to_text(doc);
        let mut units = Writer { paras: Vec::new(), lists: Lists::default(), parents: 0, unit: None, typed: 0 };
        std::mem::swap(&mut units.lists, &mut self.lists);
        units.parents = self.parents + 1;
        let parent = units.parents;
        // (As the clean text does: two empty paragraphs before a section whose caption
        // was lost.)
        let mut later = Vec::new();
        for (apart, n) in super::section_breaks(&doc.units) {
            if apart {
                units.plain(String::new(), 0);
                units.plain(String::new(), 0);
            }
            // (And one before an attachments' caption after text with no stop.)
            if units.paras.last().is_some_and(|p| super::appendix_apart(&p.text, n)) {
                units.plain(String::new(), 0);
            }
            let (n, version) = super::without_later_paragraphs(n);
            later.extend(version);
            units.node(&n, parent, doc.kind, 0);
        }
        for p in later {
            units.node(p, parent, doc.kind, 0);
        }
        std::mem::swap(&mut units.lists, &mut self.lists);
        self.parents = units.parents;
        // The lines around the units are those of the clean text the units do not
        // account for: the units' lines are a run of it, found by their count.
        let lines: Vec<&str> = text.lines().collect();
        let at_end = super::history_at_end(doc);
        let tail = if at_end { doc.history.iter().map(|h| h.raw.split('\n').count()).sum() } else { 0 };
        let body: usize = units.paras.iter().map(|p| p.text.split('\n').count()).sum();
        let head = lines.len().saturating_sub(body + tail);
        let title_line = doc.title.as_deref().and_then(|t| lines.iter().take(head).position(|l| *l == t));
        for (i, l) in lines.iter().take(head).enumerate() {
            self.paras.push(Para { text: (*l).to_string(), number: None, depth: 0, title: Some(i) == title_line });
        }
        self.paras.append(&mut units.paras);
        for l in lines.iter().skip(lines.len().saturating_sub(tail)) {
            self.plain((*l).to_string(), 0);
        }
    }
}

fn paragraph(out: &mut String, p: &Para) {
    out.push_str("<w:p><w:pPr>");
    if p.title {
        out.push_str("<w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/>");
    }
    match p.number {
        Some((instance, width)) => {
            let hanging = width * CHAR;
            out.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{instance}\"/></w:numPr><w:ind w:left=\"{}\" w:hanging=\"{hanging}\"/>",
                p.depth * INDENT + hanging
            ));
        }
        None if p.depth > 0 => out.push_str(&format!("<w:ind w:left=\"{}\"/>", p.depth * INDENT)),
        None => {}
    }
    out.push_str("<w:jc w:val=\"both\"/>");
    out.push_str("</w:pPr>");
    if p.title {
        out.push_str(
            "<w:r><w:rPr><w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">",
        );
        out.push_str(&escape(&p.text));
        out.push_str("</w:t></w:r>");
    } else {
        run(out, &p.text, false, false);
    }
    out.push_str("</w:p>");
}

fn numbering(lists: &Lists) -> String {
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">"#
    );
    for (i, l) in lists.levels.iter().enumerate() {
        out.push_str(&format!(
            r#"<w:abstractNum w:abstractNumId="{i}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{}"/><w:suff w:val="{}"/><w:lvlText w:val="{}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>"#,
            l.format,
            l.suffix,
            escape(&l.text)
        ));
    }
    for (i, (list, start)) in lists.instances.iter().enumerate() {
        out.push_str(&format!(
            r#"<w:num w:numId="{}"><w:abstractNumId w:val="{list}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>"#,
            i + 1
        ));
    }
    out.push_str("</w:numbering>");
    out
}

/// The documents as one Word file (see the [module](self) documentation), one after
/// the other. Fails only if the archive cannot be written in memory.
pub fn to_docx(docs: &[Document]) -> Result<Vec<u8>, crate::Error> {
    let mut w = Writer { paras: Vec::new(), lists: Lists::default(), parents: 0, unit: None, typed: 0 };
    for doc in docs {
        w.document(doc);
    }
    let mut body = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>"#
    );
    for p in &w.paras {
        paragraph(&mut body, p);
    }
    body.push_str(&format!(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/><w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"851\" w:footer=\"851\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    ));
    package(&[
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/document.xml", body),
        ("word/styles.xml", styles()),
        ("word/numbering.xml", numbering(&w.lists)),
        ("word/fontTable.xml", font_table()),
        ("word/footer1.xml", footer()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(src: &str) -> (String, String, Vec<u8>) {
        let doc = crate::parse(src);
        let bytes = to_docx(std::slice::from_ref(&doc)).unwrap();
        (crate::read_text(&bytes, &Default::default()).unwrap(), super::super::to_text(&doc), bytes)
    }

    #[test]
    fn numbers_restart_under_each_parent_and_after_a_typed_label() {
        let src =
            "示範要點\n一、甲。\n（一）子。\n（二）丑。\n二、乙：\n（一）寅。\n七之一、丙。\n三、丁。\n五、戊。\n";
        let (read, text, bytes) = round_trip(src);
        assert_eq!(read, text);
        let xml = crate::diff::docx::part(&bytes, "word/document.xml").unwrap();
        // Every label but 七之一、 is a Word number.
        assert_eq!(xml.matches("<w:numPr>").count(), 7);
        assert!(xml.contains("七之一、丙。"));
        let numbering = crate::diff::docx::part(&bytes, "word/numbering.xml").unwrap();
        assert_eq!(numbering.matches("<w:abstractNum ").count(), 2);
        // 一 (points), （一） twice, 三 after the typed label continues, 五 restarts.
        assert!(numbering.contains("<w:startOverride w:val=\"5\"/>"));
        assert_eq!(numbering.matches("<w:num ").count(), 4);
    }

    #[test]
    fn statutes_and_arabic_labels() {
        let src = "示範法\n第 1 條\n本法依憲法制定。\n第 2 條\n下列事項：\n一、甲。\n二、乙：\n（一）1.5倍。\n第 2-1 條\n丙。\n";
        let (read, text, bytes) = round_trip(src);
        assert_eq!(crate::parse(&read).units, crate::parse(&text).units);
        // Articles 1 and 2 are Word numbers (`第 %1 條`); 2-1 stays typed.
        let numbering = crate::diff::docx::part(&bytes, "word/numbering.xml").unwrap();
        assert!(numbering.contains(r#"<w:lvlText w:val="第 %1 條"/>"#), "{numbering}");
        let xml = crate::diff::docx::part(&bytes, "word/document.xml").unwrap();
        assert!(xml.contains("第 2-1 條"));
        let src = "示範要點\n一、任務：\n（一）事項：\n1.5公頃以下。\n2.其他。\n";
        let (read, text, _) = round_trip(src);
        let strip = |d: crate::Document| {
            let mut v = Vec::new();
            d.walk(&mut |n| v.push((n.id.clone(), n.num, n.text.clone())));
            v
        };
        assert_eq!(strip(crate::parse(&read)), strip(crate::parse(&text)), "{read}");
    }
}
