//! The comparison table (修正對照表) as a Word document (`.docx`): the rows of
//! [`super::render`] in a real Word table.
//!
//! The page is A4 landscape with 2 cm margins; a centred title paragraph
//! (`○○要點修正規定對照表`, `○○條例修正條文對照表`) comes first, then the three-column
//! table (修正規定｜現行規定｜說明, or 修正條文｜現行條文｜說明) with black single borders,
//! fixed column widths (37 %, 37 %, 26 %) and its header row repeated on every page
//! (`w:tblHeader`); two mainland versions get the mainland table instead (修订前｜修订后｜说明,
//! old version first, 说明 in 条/款/项 words, 宋体 and simplified Chinese); rows do not split across pages where Word can avoid it
//! (`w:cantSplit` is left off: a long article must be able to break). Every line of a
//! cell is a paragraph, list items indented by level; underlined words are runs with
//! `w:u`. The text font is 標楷體 (DFKai-SB, its alternative name, in the font table)
//! for Chinese and Times New Roman for Latin text, 12 pt; the footer prints the page
//! number (a `PAGE` field).
//!
//! The archive is written with the `zip` crate; its parts are fixed XML with the texts
//! escaped, so the output is deterministic (entry dates are the ZIP epoch).
//!
//! ```
//! let old = fagui::parse("示範要點\n一、委員任期二年。\n");
//! let new = fagui::parse("示範要點\n一、委員任期三年。\n");
//! let bytes = fagui::diff::docx::table_docx(&fagui::diff::diff(&old, &new), Default::default()).unwrap();
//! assert!(bytes.starts_with(b"PK\x03\x04"));
//! // Word tables read back.
//! let t = fagui::diff::table_read::read_bytes(&bytes, &Default::default()).unwrap().unwrap();
//! assert_eq!(t.rows[0].new, ["一、委員任期三年。"]);
//! ```

use std::io::{Cursor, Write};

use super::Diff;
use super::render::{Line, Options, columns, ordered_rows, table_title};
use crate::Jurisdiction;

/// A4 landscape in twentieths of a point.
const PAGE_W: u32 = 16838;
const PAGE_H: u32 = 11906;
/// 2 cm.
const MARGIN: u32 = 1134;
/// The indentation of one list level: two 12-point characters.
const INDENT: usize = 480;

pub(crate) const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(crate) const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>"#;

/// The fonts: 標楷體 for Chinese (DFKai-SB is its other name), Times New Roman for Latin.
const FONTS: &str =
    r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="標楷體" w:cs="Times New Roman"/>"#;

pub(crate) fn styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>{FONTS}<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-TW"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#
    )
}

pub(crate) fn font_table() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W_NS}"><w:font w:name="標楷體"><w:altName w:val="DFKai-SB"/><w:charset w:val="88"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font><w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"#
    )
}

pub(crate) fn footer() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"#
    )
}

/// Escapes text for XML, leaving out the characters XML 1.0 cannot hold.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A run of text, underlined or not (bold for the header row).
pub(crate) fn run(out: &mut String, text: &str, underline: bool, bold: bool) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if underline || bold {
        out.push_str("<w:rPr>");
        if bold {
            out.push_str("<w:b/>");
        }
        if underline {
            out.push_str("<w:u w:val=\"single\"/>");
        }
        out.push_str("</w:rPr>");
    }
    // A line break inside a text (a box-drawing table kept in a paragraph) is a `w:br`.
    for (i, part) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        out.push_str(&escape(part.trim_end_matches('\r')));
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// One line of a cell as a paragraph: list items indented by level, wrapped lines
/// hanging under their text.
fn line_paragraph(out: &mut String, line: &Line) {
    out.push_str("<w:p>");
    if line.depth > 0 {
        out.push_str(&format!("<w:pPr><w:ind w:left=\"{}\"/></w:pPr>", line.depth * INDENT));
    }
    for r in &line.runs {
        run(out, &r.text, r.mark, false);
    }
    out.push_str("</w:p>");
}

fn cell(out: &mut String, width: u32, lines: &[Line]) {
    out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"));
    if lines.is_empty() {
        // A cell holds at least one paragraph.
        out.push_str("<w:p/>");
    }
    for l in lines {
        line_paragraph(out, l);
    }
    out.push_str("</w:tc>");
}

fn text_cell(out: &mut String, width: u32, text: &str, header: bool) {
    out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr><w:p>"));
    if header {
        out.push_str("<w:pPr><w:jc w:val=\"center\"/></w:pPr>");
    }
    run(out, text, false, header);
    out.push_str("</w:p></w:tc>");
}

/// The `word/document.xml` part of the table.
fn document(d: &Diff, opts: Options) -> String {
    // The column names and order of the Markdown table: 修正條文｜現行條文｜說明, or for two
    // mainland versions 修订前｜修订后｜说明 (old first, 说明 in mainland words).
    let ([a, b, c], _) = columns(d);
    let usable = PAGE_W - 2 * MARGIN;
    let rule = usable * 37 / 100;
    let note = usable - 2 * rule;
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>"#
    );
    out.push_str("<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">");
    out.push_str(&escape(&table_title(d)));
    out.push_str("</w:t></w:r></w:p>");
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{usable}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
    ));
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"));
    }
    out.push_str("</w:tblBorders><w:tblLook w:val=\"0000\"/></w:tblPr>");
    out.push_str(&format!(
        "<w:tblGrid><w:gridCol w:w=\"{rule}\"/><w:gridCol w:w=\"{rule}\"/><w:gridCol w:w=\"{note}\"/></w:tblGrid>"
    ));
    // The header row, repeated on every page.
    out.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
    text_cell(&mut out, rule, a, true);
    text_cell(&mut out, rule, b, true);
    text_cell(&mut out, note, c, true);
    out.push_str("</w:tr>");
    for (first, second, explain) in ordered_rows(d, opts) {
        out.push_str("<w:tr>");
        cell(&mut out, rule, &first);
        cell(&mut out, rule, &second);
        text_cell(&mut out, note, &explain, false);
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl><w:p/>");
    out.push_str(&format!(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\" w:orient=\"landscape\"/><w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    ));
    out
}

/// The comparison table as a `.docx` file (see the [module](self) documentation).
/// Fails only if the archive cannot be written in memory.
///
/// ```
/// let old = fagui::parse("示範辦法\n第 1 條\n甲。\n");
/// let new = fagui::parse("示範辦法\n第 1 條\n乙。\n");
/// let bytes = fagui::diff::docx::table_docx(&fagui::diff::diff(&old, &new), Default::default()).unwrap();
/// let xml = fagui::diff::docx::part(&bytes, "word/document.xml").unwrap();
/// assert!(xml.contains("<w:tblHeader/>"));
/// assert!(xml.contains("示範辦法修正條文對照表"));
/// ```
pub fn table_docx(d: &Diff, opts: Options) -> Result<Vec<u8>, crate::Error> {
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/document.xml", document(d, opts)),
        ("word/styles.xml", mainland_fonts(d, styles())),
        ("word/fontTable.xml", mainland_fonts(d, font_table())),
        ("word/footer1.xml", footer()),
    ];
    package(&parts)
}

/// For two mainland versions: 宋体 (SimSun) and simplified Chinese instead of 標楷體 and
/// traditional Chinese.
fn mainland_fonts(d: &Diff, xml: String) -> String {
    if d.jurisdiction != Jurisdiction::Cn {
        return xml;
    }
    xml.replace(
        r#"<w:font w:name="標楷體"><w:altName w:val="DFKai-SB"/><w:charset w:val="88"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font>"#,
        r#"<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>"#,
    )
    .replace("標楷體", "宋体")
    .replace("w:eastAsia=\"zh-TW\"", "w:eastAsia=\"zh-CN\"")
}

/// The parts as a ZIP archive (a `.docx` package), deflated, in the order given.
pub(crate) fn package(parts: &[(&str, String)]) -> Result<Vec<u8>, crate::Error> {
    let bad = |e: &dyn std::fmt::Display| crate::Error::Document { format: "Word", message: e.to_string() };
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(*name, options).map_err(|e| bad(&e))?;
        zip.write_all(xml.as_bytes()).map_err(|e| bad(&e))?;
    }
    Ok(zip.finish().map_err(|e| bad(&e))?.into_inner())
}

/// One part of a `.docx` (or any ZIP archive) as text, for checking what was written.
///
/// ```
/// let old = fagui::parse("要點\n一、甲。\n");
/// let bytes = fagui::diff::docx::table_docx(&fagui::diff::diff(&old, &old), Default::default()).unwrap();
/// assert!(fagui::diff::docx::part(&bytes, "word/footer1.xml").unwrap().contains(" PAGE "));
/// assert!(fagui::diff::docx::part(&bytes, "nothing.xml").is_none());
/// ```
pub fn part(bytes: &[u8], name: &str) -> Option<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut f = zip.by_name(name).ok()?;
    let mut s = String::new();
    f.read_to_string(&mut s).ok()?;
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mainland_versions_get_the_mainland_table() {
        let old = crate::parse(
            "示范条例\n第一条 为了示范，制定本条例。\n第二条 委员任期二年：\n（一）连任一次；\n（二）不得兼任。\n",
        );
        let new = crate::parse("示范条例\n第一条 为了示范，制定本条例。\n第二条 委员任期三年：\n（一）连任一次。\n");
        let bytes = table_docx(&crate::diff::diff(&old, &new), Options::default()).unwrap();
        let xml = part(&bytes, "word/document.xml").unwrap();
        assert!(xml.contains("示范条例修订前后对照表"), "{xml}");
        let (before, after, note) =
            (xml.find(">修订前<").unwrap(), xml.find(">修订后<").unwrap(), xml.find(">说明<").unwrap());
        assert!(before < after && after < note);
        assert!(!xml.contains("說明") && !xml.contains("條"), "{xml}");
        // The old text is in the first column: the changed 二 comes before 三.
        assert!(xml.find(">二<").unwrap() < xml.find(">三<").unwrap());
        assert!(xml.contains("删除第二项"), "{xml}");
        assert!(part(&bytes, "word/styles.xml").unwrap().contains("w:eastAsia=\"宋体\""));
        assert!(part(&bytes, "word/fontTable.xml").unwrap().contains("SimSun"));
        // Taiwanese tables keep their fonts.
        let tw = table_docx(
            &crate::diff::diff(&crate::parse("要點\n一、甲。\n"), &crate::parse("要點\n一、乙。\n")),
            Options::default(),
        )
        .unwrap();
        assert!(part(&tw, "word/styles.xml").unwrap().contains("標楷體"));
    }

    #[test]
    fn landscape_three_columns_and_underlines() {
        let old = crate::parse("示範要點\n一、委員任期二年。\n");
        let new = crate::parse("示範要點\n一、委員任期三年。\n（一）連任一次。\n");
        let bytes = table_docx(&crate::diff::diff(&old, &new), Options::default()).unwrap();
        let xml = part(&bytes, "word/document.xml").unwrap();
        assert!(xml.contains("w:orient=\"landscape\""));
        assert!(xml.contains(&format!("w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"")));
        assert_eq!(xml.matches("<w:gridCol ").count(), 3);
        assert!(xml.contains("<w:t xml:space=\"preserve\">修正規定</w:t>"));
        assert!(xml.contains("<w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">三</w:t>"));
        assert!(xml.contains("<w:ind w:left=\"480\"/>"));
        // Well-formed XML in every part.
        for name in
            ["word/document.xml", "word/styles.xml", "word/fontTable.xml", "word/footer1.xml", "[Content_Types].xml"]
        {
            let text = part(&bytes, name).unwrap();
            let mut reader = quick_xml::Reader::from_str(&text);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name}: {e}"),
                }
            }
        }
        // Deterministic.
        assert_eq!(bytes, table_docx(&crate::diff::diff(&old, &new), Options::default()).unwrap());
    }

    #[test]
    fn escapes() {
        assert_eq!(escape("a<&>\"\u{1}\tb"), "a&lt;&amp;&gt;&quot; b");
    }
}
