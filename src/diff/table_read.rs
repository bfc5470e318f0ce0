//! Reading a comparison table (修正對照表) back into its two versions, so that a
//! received table can be diffed, checked against the texts, or applied.
//!
//! Read are the Markdown and HTML tables [`super::render`] writes, the same tables
//! edited or exported by other tools (a Markdown pipe table; HTML `<table>` rows with
//! `<td>` cells, lines in `<p>` or split by `<br>`), and Word tables
//! (the blocks of [`crate::decode::docx::read`]). Columns are found by their
//! headers: the new version is the column headed 修正… / 增訂… / 審查會通過… / 條文,
//! the current version the one headed 現行… / 原…, the notes 說明; without a header
//! row, three columns are read as new, current, notes.
//!
//! Each cell is one unit (or a heading, or the title row `名稱修正。`) as written:
//! its label, its paragraphs and list items one per line. [`Table::text`] puts one
//! side's cells together as a text and [`Table::version`] parses it with the table's
//! kind (修正條文 → statute, 修正規定 → directive). A table of the changed units only
//! gives the changed units: on the new side, that is the amendment
//! ([`crate::apply::Amendment`]).
//!
//! ```
//! use fagui::diff::{diff, render, table_read};
//! let old = fagui::parse("示範要點\n一、委員任期二年。\n二、本要點自發布日施行。\n");
//! let new = fagui::parse("示範要點\n一、委員任期三年。\n二、本要點自發布日施行。\n");
//! let md = render::table_md(&diff(&old, &new), render::Options::default().with_all(true));
//! let table = table_read::read(&md).unwrap();
//! assert_eq!(table.title.as_deref(), Some("示範要點"));
//! assert_eq!(table.version(table_read::Side::New).units, new.units);
//! assert_eq!(table.version(table_read::Side::Old).units, old.units);
//! ```

use crate::ast::{DocKind, Document, Num};
use crate::decode::docx::Block;
use crate::parse::{ParseOptions, parse_with};

/// Which version of a table.
///
/// ```
/// assert_ne!(fagui::diff::table_read::Side::Old, fagui::diff::table_read::Side::New);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The current version (現行).
    Old,
    /// The amended version (修正).
    New,
}

/// One row: the lines of each side and the note.
///
/// ```
/// let r = fagui::diff::table_read::Row { new: vec!["一、甲。".into()], old: vec![], note: "本點新增。".into() };
/// assert!(r.old.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The lines of the new version's cell.
    pub new: Vec<String>,
    /// The lines of the current version's cell.
    pub old: Vec<String>,
    /// The 說明 cell (lines joined).
    pub note: String,
}

/// A comparison table as read.
///
/// ```
/// let t = fagui::diff::table_read::read("| 修正規定 | 現行規定 | 說明 |\n| --- | --- | --- |\n| 一、甲。 |  | 本點新增。 |\n").unwrap();
/// assert_eq!(t.kind, Some(fagui::DocKind::Directive));
/// assert_eq!(t.rows[0].new, ["一、甲。"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The law's title: the table's title without `修正規定對照表` and the like.
    pub title: Option<String>,
    /// The kind the headers tell (修正條文 → statute, 修正規定 → directive).
    pub kind: Option<DocKind>,
    /// The headers of the new, current and notes columns as read.
    pub headers: Vec<String>,
    /// The rows below the header row.
    pub rows: Vec<Row>,
}

/// Suffixes of a table's title.
const TITLE_SUFFIXES: [&str; 13] = [
    "部分條文修正草案條文對照表",
    "部分條文修正草案對照表",
    "部分條文修正條文對照表",
    "部分條文修正對照表",
    "部分規定修正對照表",
    "修正草案條文對照表",
    "修正草案對照表",
    "修正規定對照表",
    "修正條文對照表",
    "條文對照表",
    "規定對照表",
    "修正對照表",
    "對照表",
];

/// The law's title in a table's title (the longest suffix taken off).
fn law_title(t: &str) -> String {
    let t = t.trim();
    let suffix = TITLE_SUFFIXES.iter().filter(|s| t.ends_with(**s)).max_by_key(|s| s.len());
    suffix.and_then(|s| t.strip_suffix(s)).unwrap_or(t).trim().to_string()
}

/// The note of a title row, as [`super::render`] writes it.
const TITLE_NOTE: &str = "名稱修正。";

/// Column roles from the headers: indexes of the new, old and note columns.
fn roles(headers: &[String]) -> Option<(usize, Option<usize>, Option<usize>)> {
    let find = |f: &dyn Fn(&str) -> bool| headers.iter().position(|h| f(h.trim()));
    let note = find(&|h| h.contains("說明"));
    let old = find(&|h| h.starts_with("現行") || h.starts_with('原'));
    let new = find(&|h| {
        (h.contains("修正") || h.contains("增訂") || h.contains("通過") || h == "條文" || h == "規定")
            && !h.starts_with("現行")
    })?;
    Some((new, old, note))
}

fn kind_of(headers: &[String]) -> Option<DocKind> {
    let all = headers.concat();
    if all.contains("條文") {
        Some(DocKind::Statute)
    } else if all.contains("規定") {
        Some(DocKind::Directive)
    } else {
        None
    }
}

/// Builds a table from a header row and body rows of cells (each cell its lines).
fn from_cells(title: Option<String>, header: Option<Vec<String>>, body: Vec<Vec<Vec<String>>>) -> Option<Table> {
    let (headers, (new, old, note)) = match header {
        Some(h) => {
            let r = roles(&h)?;
            (h, r)
        }
        None => (Vec::new(), (0, Some(1), Some(2))),
    };
    let cell = |r: &[Vec<String>], i: Option<usize>| -> Vec<String> {
        i.and_then(|i| r.get(i))
            .map(|c| c.iter().map(|l| clean_line(l)).filter(|l| !l.is_empty()).collect())
            .unwrap_or_default()
    };
    let rows = body
        .iter()
        .map(|r| Row { new: cell(r, Some(new)), old: cell(r, old), note: cell(r, note).join("") })
        .filter(|r| !(r.new.is_empty() && r.old.is_empty() && r.note.is_empty()))
        .collect();
    let kind = kind_of(&headers);
    Some(Table { title: title.map(|t| law_title(&t)).filter(|t| !t.is_empty()), kind, headers, rows })
}

/// A line of a cell without the indentation the table gives list items.
fn clean_line(l: &str) -> String {
    l.trim_matches(|c: char| c.is_whitespace()).to_string()
}

/// The heading a row's note says the unit moved under: `本條內容未修正，移列至第三章。`
/// → `第三章`.
fn moved_under(note: &str) -> Option<String> {
    let (_, rest) = note.split_once("移列至")?;
    let h = rest.trim_end_matches(['。', ' ']);
    (h.starts_with('第') && h.ends_with(['編', '章', '節', '款', '目'])).then(|| h.to_string())
}

/// A heading row: its first line is a heading label (`第三章　…`) and not a unit's.
fn is_heading_row(r: &Row) -> bool {
    let first = r.new.first().or(r.old.first());
    // An empty 說明 (`--explain none`, a table received without notes) says nothing
    // against the label.
    let note = r.note.trim();
    first.is_some_and(|l| {
        let label = heading_label(l);
        !label.is_empty() && (note.is_empty() || ["章", "編", "節", "名"].iter().any(|w| note.contains(w)))
    })
}

/// The heading label at the start of a line: `第三章　檔案之應用` → `第三章`; empty when
/// the line does not start with one.
fn heading_label(l: &str) -> String {
    let t: String = l.chars().take_while(|c| !c.is_whitespace()).collect();
    let Some(rest) = t.strip_prefix('第') else { return String::new() };
    let end = rest.char_indices().find(|(_, c)| matches!(c, '編' | '章' | '節' | '款' | '目'));
    match end {
        Some((i, c)) => {
            let num = rest.get(..i).unwrap_or("");
            let tail = rest.get(i + c.len_utf8()..).unwrap_or("");
            let ok = !num.is_empty()
                && num.chars().all(|c| crate::numeral::is_cjk_numeral_char(c) || c.is_ascii_digit() || c == ' ')
                && (tail.is_empty() || tail.starts_with('之'));
            if ok { format!("第{num}{c}{tail}") } else { String::new() }
        }
        None => String::new(),
    }
}

/// The number of the unit a cell's first line starts with, as the table writes its
/// label: `第十一條之一…`, `十一之一、…`.
fn unit_num(line: &str) -> Option<Num> {
    let t = line.trim_start();
    let statute = t.starts_with('第');
    let t = t.strip_prefix('第').unwrap_or(t);
    let cjk = |s: &str| -> Option<(u32, usize)> {
        let end = s.char_indices().find(|(_, c)| !crate::numeral::is_cjk_numeral_char(*c)).map_or(s.len(), |(i, _)| i);
        Some((crate::numeral::cjk_value(s.get(..end)?)?, end))
    };
    let (main, end) = cjk(t)?;
    let mut rest = t.get(end..)?;
    if statute {
        rest = rest.strip_prefix(['條', '點'])?;
    }
    let (sub, rest) = match rest.strip_prefix('之').and_then(|r| cjk(r).map(|(n, e)| (n, r.get(e..)))) {
        Some((n, Some(r))) => (Some(n), r),
        _ => (None, rest),
    };
    (statute || rest.starts_with('、')).then_some(Num::new(main, sub))
}

/// Reads a table in Markdown or HTML (told by the first non-blank character: `<` is
/// HTML). `None` when there is no table with a 修正 column.
///
/// ```
/// let html = "<table><tr><th>修正條文</th><th>現行條文</th><th>說明</th></tr>\
///             <tr><td><p>第一條　甲。</p></td><td><p>第一條　乙。</p></td><td>酌作文字修正。</td></tr></table>";
/// let t = fagui::diff::table_read::read(html).unwrap();
/// assert_eq!(t.kind, Some(fagui::DocKind::Statute));
/// assert_eq!(t.rows[0].old, ["第一條　乙。"]);
/// ```
pub fn read(text: &str) -> Option<Table> {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.starts_with('<') { read_html(t) } else { read_md(t) }
}

/// Splits a Markdown table row into its cells (`\|` is a pipe inside a cell).
fn md_cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = if t.ends_with('|') && !t.ends_with("\\|") { t.get(..t.len() - 1).unwrap_or(t) } else { t };
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| "|*_\\`".contains(*n)) => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '|' => cells.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    cells.push(cur);
    cells
}

/// Reads a Markdown pipe table (the first one with a header row and a `---` row).
pub(crate) fn read_md(text: &str) -> Option<Table> {
    let mut title = None;
    let mut lines = text.lines().peekable();
    let mut header: Option<Vec<String>> = None;
    let mut body = Vec::new();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if header.is_none() {
            if let Some(h) = t.strip_prefix('#') {
                title.get_or_insert_with(|| inline_html(h.trim_start_matches('#').trim()).concat());
                continue;
            }
            let sep = lines.peek().is_some_and(|n| {
                let n = n.trim();
                n.starts_with('|') && n.chars().all(|c| "|-: ".contains(c)) && n.contains('-')
            });
            if t.starts_with('|') && sep {
                header = Some(md_cells(t).iter().map(|c| inline_html(c).concat()).collect());
                lines.next();
            } else if title.is_none() && !t.is_empty() && !t.starts_with('|') && t.ends_with("對照表") {
                title = Some(t.to_string());
            }
            continue;
        }
        if !t.starts_with('|') {
            break;
        }
        body.push(md_cells(t).iter().map(|c| inline_html(c)).collect());
    }
    from_cells(title, Some(header?), body)
}

/// Decodes the HTML entities of a text.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let tail = rest.get(i..).unwrap_or("");
        let end = tail.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|e| {
            let name = tail.get(1..e)?;
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                "emsp" | "ensp" => ' ',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = tail.get(e + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// The lines of an HTML fragment: `<br>`, `<p>`, `<div>` and `<li>` break lines, other
/// tags are dropped, entities decoded.
fn inline_html(s: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        if let Some(l) = lines.last_mut() {
            l.push_str(&unescape(rest.get(..i).unwrap_or("")));
        }
        let tail = rest.get(i..).unwrap_or("");
        let end = tail.find('>').unwrap_or(tail.len().saturating_sub(1));
        let tag = tail.get(1..end).unwrap_or("").trim_start_matches('/').trim().to_ascii_lowercase();
        let name = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
        if matches!(name, "br" | "p" | "div" | "li" | "tr") && lines.last().is_some_and(|l| !l.is_empty()) {
            lines.push(String::new());
        }
        rest = tail.get(end + 1..).unwrap_or("");
    }
    if let Some(l) = lines.last_mut() {
        l.push_str(&unescape(rest));
    }
    lines.retain(|l| !l.trim().is_empty());
    lines
}

/// The inner HTML of every `<tag …>…</tag>` in `s` (not nested in itself), with the
/// position after each.
fn elements<'a>(s: &'a str, lower: &str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower.get(from..).and_then(|t| t.find(&open)).map(|i| i + from) {
        let after = lower.as_bytes().get(i + open.len()).copied();
        if !matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            from = i + open.len();
            continue;
        }
        let Some(gt) = lower.get(i..).and_then(|t| t.find('>')).map(|g| g + i + 1) else { break };
        let end = lower.get(gt..).and_then(|t| t.find(&close)).map(|e| e + gt).unwrap_or(lower.len());
        out.push(s.get(gt..end).unwrap_or(""));
        from = end.max(gt);
    }
    out
}

/// Reads the first HTML table with a 修正 column (`<h1>` or `<title>` gives the title).
pub(crate) fn read_html(text: &str) -> Option<Table> {
    // ASCII lowercasing keeps byte offsets.
    let lower = text.to_ascii_lowercase();
    let title = elements(text, &lower, "h1")
        .first()
        .copied()
        .or_else(|| elements(text, &lower, "title").first().copied())
        .map(|t| inline_html(t).concat());
    for table in elements(text, &lower, "table") {
        let tl = table.to_ascii_lowercase();
        let mut header = None;
        let mut body = Vec::new();
        for tr in elements(table, &tl, "tr") {
            let trl = tr.to_ascii_lowercase();
            let ths = elements(tr, &trl, "th");
            let tds = elements(tr, &trl, "td");
            let cells: Vec<Vec<String>> =
                if ths.len() > tds.len() { ths.iter() } else { tds.iter() }.map(|c| inline_html(c)).collect();
            if header.is_none()
                && body.is_empty()
                && roles(&cells.iter().map(|c| c.concat()).collect::<Vec<_>>()).is_some()
            {
                header = Some(cells.iter().map(|c| c.concat()).collect());
                continue;
            }
            body.push(cells);
        }
        if header.is_some()
            && let Some(t) = from_cells(title.clone(), header, body)
        {
            return Some(t);
        }
    }
    None
}

/// Reads the first Word table with a 修正 column from the blocks of a `.docx`
/// ([`crate::decode::docx::read`]); the title is the paragraph before it that ends
/// with `對照表`.
pub(crate) fn read_blocks(blocks: &[Block]) -> Option<Table> {
    let mut title = None;
    for b in blocks {
        match b {
            Block::Paragraph(p) => {
                let line = p.line();
                if line.trim().ends_with("對照表") {
                    title = Some(line.trim().to_string());
                }
            }
            Block::Table(rows) => {
                let cells = |r: &Vec<Vec<crate::decode::docx::Paragraph>>| -> Vec<Vec<String>> {
                    r.iter().map(|c| c.iter().map(|p| p.line()).collect()).collect()
                };
                let mut rows = rows.iter();
                let Some(first) = rows.next() else { continue };
                let head: Vec<String> = cells(first).iter().map(|c| c.concat()).collect();
                if roles(&head).is_none() {
                    continue;
                }
                // The title may also be a merged first row.
                let body: Vec<Vec<Vec<String>>> = rows.map(cells).collect();
                if let Some(t) = from_cells(title.clone(), Some(head), body) {
                    return Some(t);
                }
            }
        }
    }
    None
}

/// Reads a comparison table from a file's bytes: a Word document's first table with a
/// 修正 column, or a Markdown or HTML table in text (decoded as
/// [`crate::decode::read_text`] does). `Ok(None)` when there is no such table.
///
/// ```
/// let md = "| 修正規定 | 現行規定 | 說明 |\n| --- | --- | --- |\n| 一、乙。 | 一、甲。 |  |\n";
/// let t = fagui::diff::table_read::read_bytes(md.as_bytes(), &Default::default()).unwrap().unwrap();
/// assert_eq!(t.rows.len(), 1);
/// ```
pub fn read_bytes(bytes: &[u8], opts: &crate::decode::ReadOptions) -> Result<Option<Table>, crate::error::Error> {
    if bytes.starts_with(b"PK\x03\x04") {
        let limit = opts.max_bytes.unwrap_or(crate::decode::DEFAULT_MAX_BYTES);
        return Ok(read_blocks(&crate::decode::docx::read(bytes, limit)?));
    }
    let text = crate::decode::read_text(bytes, opts)?;
    Ok(read(&text))
}

/// Where a heading row's 說明 says the heading stood in the current version.
#[derive(Clone, Copy)]
enum Place {
    /// Before this unit (`本章原自第四十二條起。`, as [`super::render`] writes it when
    /// units moved across it).
    Before(Num),
    /// Right after this unit, with no unit under it (`本章原列於第三十二條之後。`).
    After(Num),
}

/// A block of a side's text: the number of the unit it is (`None`: a heading or other
/// text), its lines, and for a heading where it says it stood.
type Block3 = (Option<Num>, String, Option<Place>);

/// Where a heading row's 說明 says the heading stood.
fn stood_before(note: &str) -> Option<Place> {
    if let Some((_, rest)) = note.split_once(super::render::ANCHOR_PREFIX) {
        return unit_num(rest).map(Place::Before);
    }
    let (_, rest) = note.split_once(super::render::AFTER_PREFIX)?;
    unit_num(rest).map(Place::After)
}

/// The current side's blocks in the order of the current version: the units by number
/// (a unit that moved across others goes back where its number puts it), each heading
/// (and other text) before the unit it says it stood before, else before the next unit
/// after it in the table.
fn in_number_order(blocks: Vec<Block3>) -> Vec<(Option<Num>, String)> {
    let mut before: std::collections::BTreeMap<Num, Vec<String>> = std::collections::BTreeMap::new();
    // Headings that stood right after a unit (with no unit under them), in order.
    let mut after: Vec<(Num, String)> = Vec::new();
    let mut units: Vec<(Num, String)> = Vec::new();
    let mut pending: Vec<(String, Option<Place>)> = Vec::new();
    for (num, text, anchor) in blocks {
        match num {
            None => pending.push((text, anchor)),
            Some(n) => {
                for (t, a) in pending.drain(..) {
                    match a {
                        Some(Place::After(x)) => after.push((x, t)),
                        Some(Place::Before(x)) => before.entry(x).or_default().push(t),
                        None => before.entry(n).or_default().push(t),
                    }
                }
                units.push((n, text));
            }
        }
    }
    let known: std::collections::HashSet<Num> = units.iter().map(|u| u.0).collect();
    // A heading that names a unit the side does not have stays where it is.
    let mut at_end: Vec<String> = Vec::new();
    for (t, a) in pending {
        match a {
            Some(Place::Before(a)) if known.contains(&a) => before.entry(a).or_default().push(t),
            Some(Place::After(x)) => after.push((x, t)),
            _ => at_end.push(t),
        }
    }
    units.sort_by_key(|u| u.0);
    let mut out = Vec::new();
    for (n, text) in units {
        // The headings that stood after a lower unit come before this one.
        for (_, h) in after.extract_if(.., |(x, _)| *x < n) {
            out.push((None, h));
        }
        for h in before.remove(&n).into_iter().flatten() {
            out.push((None, h));
        }
        out.push((Some(n), text));
    }
    out.extend(after.into_iter().map(|(_, h)| (None, h)));
    // Headings before a unit the side does not have: at the end.
    for (_, hs) in before {
        out.extend(hs.into_iter().map(|h| (None, h)));
    }
    out.extend(at_end.into_iter().map(|h| (None, h)));
    out
}

impl Table {
    /// The title row's titles (`名稱修正。`): old and new, when the table has one.
    fn title_row(&self) -> Option<&Row> {
        self.rows.iter().find(|r| r.note.trim() == TITLE_NOTE)
    }

    /// The title of one side: the title row's cell, else the table's title.
    ///
    /// ```
    /// let t = fagui::diff::table_read::read("# 乙要點修正規定對照表\n\n| 修正規定 | 現行規定 | 說明 |\n| --- | --- | --- |\n| 乙要點 | 甲要點 | 名稱修正。 |\n").unwrap();
    /// assert_eq!(t.side_title(fagui::diff::table_read::Side::Old).as_deref(), Some("甲要點"));
    /// ```
    pub fn side_title(&self, side: Side) -> Option<String> {
        let from_row = self.title_row().and_then(|r| match side {
            Side::Old => r.old.first().cloned(),
            Side::New => r.new.first().cloned(),
        });
        from_row.or_else(|| self.title.clone())
    }

    /// One side's cells put together as a text: the title, then every cell's lines (the
    /// title row left out).
    ///
    /// ```
    /// let t = fagui::diff::table_read::read("# 示範法修正條文對照表\n\n| 修正條文 | 現行條文 | 說明 |\n| --- | --- | --- |\n| 第二條　乙。 | 第二條　甲。 | 酌作文字修正。 |\n").unwrap();
    /// assert_eq!(t.text(fagui::diff::table_read::Side::New), "示範法\n第二條　乙。\n");
    /// ```
    pub fn text(&self, side: Side) -> String {
        let mut out = String::new();
        if let Some(t) = self.side_title(side) {
            out.push_str(&t);
            out.push('\n');
        }
        // Blocks of lines, with the number of the unit a block is (None: a heading) and
        // the current unit a heading says it stood before.
        let mut blocks: Vec<Block3> = Vec::new();
        let block = |lines: &[String], unit: bool, anchor: Option<Place>| -> Block3 {
            let num = if unit { lines.first().and_then(|l| unit_num(l)) } else { None };
            (num, lines.iter().map(|l| format!("{l}\n")).collect(), anchor)
        };
        // Heading lines waiting for the next unit row: a unit that moved under another
        // heading (`本條內容未修正，移列至第三章。`) stood before that heading in the
        // current version.
        let mut held: Vec<(String, &[String], Option<Place>)> = Vec::new();
        // The labels of the headings put in so far: a unit that moved under the heading
        // of its level in effect is in place already.
        let mut seen: Vec<String> = Vec::new();
        for r in &self.rows {
            let in_effect = |h: &str| {
                let rank = |l: &str| l.chars().rev().find_map(|c| "編章節款目".chars().position(|x| x == c));
                for l in seen.iter().rev() {
                    match (rank(l), rank(h)) {
                        (a, b) if a == b => return l == h,
                        (Some(a), Some(b)) if a < b => return false,
                        _ => {}
                    }
                }
                false
            };
            if r.note.trim() == TITLE_NOTE {
                continue;
            }
            let lines = match side {
                Side::Old => &r.old,
                Side::New => &r.new,
            };
            let moved_to = moved_under(&r.note);
            if is_heading_row(r) {
                let label = r.new.first().or(r.old.first()).map(|l| heading_label(l)).unwrap_or_default();
                held.push((label, lines, stood_before(&r.note)));
                continue;
            }
            match (side, moved_to) {
                (Side::Old, Some(h)) if held.iter().any(|(l, _, _)| *l == h) => {
                    // The unit first, then the headings (it moved under the last of them).
                    blocks.push(block(lines, true, None));
                    continue;
                }
                (Side::New, Some(h)) if !held.iter().any(|(l, _, _)| *l == h) && !in_effect(&h) => {
                    for (label, hl, a) in held.drain(..) {
                        seen.push(label);
                        blocks.push(block(hl, false, a));
                    }
                    seen.push(h.clone());
                    // Only the label: the heading is named to place the unit, not renamed.
                    blocks.push((None, format!("{h}\n"), None));
                }
                _ => {}
            }
            for (label, hl, a) in held.drain(..) {
                seen.push(label);
                blocks.push(block(hl, false, a));
            }
            blocks.push(block(lines, true, None));
        }
        for (_, hl, a) in held.drain(..) {
            blocks.push(block(hl, false, a));
        }
        // A table lists units in the merged order of both versions: on the current side,
        // units that moved across others come back to the order of their numbers.
        let blocks: Vec<(Option<Num>, String)> = if side == Side::Old {
            in_number_order(blocks)
        } else {
            blocks.into_iter().map(|(n, t, _)| (n, t)).collect()
        };
        for (_, text) in blocks {
            out.push_str(&text);
        }
        out
    }

    /// One side parsed, with the table's kind (or `kind` when the headers do not tell it;
    /// detected when neither does).
    ///
    /// ```
    /// let t = fagui::diff::table_read::read("| 修正規定 | 現行規定 | 說明 |\n| --- | --- | --- |\n| 三、丙。 |  | 本點新增。 |\n").unwrap();
    /// let d = t.version(fagui::diff::table_read::Side::New);
    /// assert_eq!(d.units[0].num, Some(3.into()));
    /// ```
    pub fn version(&self, side: Side) -> Document {
        self.version_as(side, None)
    }

    /// [`Table::version`] with a kind to use when the headers do not tell it.
    ///
    /// ```
    /// let t = fagui::diff::table_read::read("| 修正 | 現行 | 說明 |\n| --- | --- | --- |\n| 三、丙。 |  |  |\n").unwrap();
    /// assert_eq!(t.version_as(fagui::diff::table_read::Side::New, Some(fagui::DocKind::Directive)).kind, fagui::DocKind::Directive);
    /// ```
    pub fn version_as(&self, side: Side, kind: Option<DocKind>) -> Document {
        let opts =
            ParseOptions { kind: self.kind.or(kind), title: self.side_title(side).is_some(), ..Default::default() };
        parse_with(&self.text(side), &opts)
    }
}

/// A way in which a table does not match the two texts it claims to compare.
///
/// ```
/// let m = fagui::diff::table_read::Mismatch { unit: "第三點".into(), column: "現行規定".into(), message: "differs from the text".into() };
/// assert_eq!(m.to_string(), "第三點 (現行規定): differs from the text");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mismatch {
    /// The unit, as cited.
    pub unit: String,
    /// The column concerned (its header, or 修正/現行).
    pub column: String,
    /// What does not match.
    pub message: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.unit, self.column, self.message)
    }
}

type Signature = Vec<(crate::ast::NodeKind, Option<Num>, Option<String>, String, bool)>;

/// What a unit says: kinds, numbers, captions, texts and repeal flags below it (not ids,
/// labels or spans).
fn signature(n: &crate::ast::Node) -> Signature {
    let mut v = Vec::new();
    n.walk(&mut |x| v.push((x.kind, x.num, x.caption.clone(), x.text.clone(), x.deleted)));
    v
}

/// The first text that differs between two signatures, shortened.
fn first_text_difference(a: &Signature, b: &Signature) -> String {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            // From a few characters before the first difference.
            let (p, q): (Vec<char>, Vec<char>) = (x.3.chars().collect(), y.3.chars().collect());
            let same = p.iter().zip(&q).take_while(|(c, d)| c == d).count();
            let from = same.saturating_sub(6);
            let show = |v: &[char]| -> String {
                let t: String = v.iter().skip(from).take(20).collect();
                let more = if v.len() > from + 20 { "…" } else { "" };
                format!("{}{t}{more}", if from > 0 { "…" } else { "" })
            };
            return format!("the table has 「{}」, the text 「{}」", show(&p), show(&q));
        }
    }
    format!("the table has {} parts, the text {}", a.len(), b.len())
}

/// Checks a received table against the two texts: every unit of its 現行 column must be
/// the unit of the same number in `old`, every unit of its 修正 column the one in `new`,
/// and every unit the amendment changed must have a row. Empty when the table matches.
///
/// ```
/// use fagui::diff::{diff, render, table_read};
/// let old = fagui::parse("要點\n一、委員任期二年。\n二、本要點自發布日施行。\n");
/// let new = fagui::parse("要點\n一、委員任期三年。\n二、本要點自發布日施行。\n");
/// let md = render::table_md(&diff(&old, &new), Default::default());
/// let t = table_read::read(&md).unwrap();
/// assert!(table_read::verify(&t, &old, &new).is_empty());
/// let edited = table_read::read(&md.replace("任期<u>三</u>年", "任期四年")).unwrap();
/// let m = table_read::verify(&edited, &old, &new);
/// assert_eq!(m[0].unit, "第一點");
/// assert!(m[0].message.contains("任期四年"));
/// ```
pub fn verify(table: &Table, old: &Document, new: &Document) -> Vec<Mismatch> {
    use super::render::cite;
    let kind = table.kind.unwrap_or(new.kind);
    let mut out = Vec::new();
    let column = |side: Side| -> String {
        let (n, o) = match kind {
            DocKind::Directive => ("修正規定", "現行規定"),
            DocKind::Statute => ("修正條文", "現行條文"),
        };
        match side {
            Side::New => n.to_string(),
            Side::Old => o.to_string(),
        }
    };
    let mut in_table: [std::collections::HashSet<Num>; 2] = Default::default();
    for (i, (side, text)) in [(Side::Old, old), (Side::New, new)].into_iter().enumerate() {
        let from_table = table.version_as(side, Some(kind));
        let units: std::collections::HashMap<Num, &crate::ast::Node> =
            text.top_units().into_iter().filter_map(|u| Some((u.num?, u))).collect();
        for u in from_table.top_units() {
            let Some(n) = u.num else { continue };
            if let Some(set) = in_table.get_mut(i) {
                set.insert(n);
            }
            let unit = cite(kind, n);
            match units.get(&n) {
                None => out.push(Mismatch {
                    unit,
                    column: column(side),
                    message: format!("not in the {} version", if side == Side::Old { "old" } else { "new" }),
                }),
                Some(t) => {
                    let (a, b) = (signature(u), signature(t));
                    if a != b {
                        out.push(Mismatch { unit, column: column(side), message: first_text_difference(&a, &b) });
                    }
                }
            }
        }
    }
    for c in &super::diff(old, new).changes {
        if c.op == super::Op::Unchanged || c.cosmetic {
            continue;
        }
        let [old_units, new_units] = &in_table;
        let missing_new = c.new_id.is_some() && c.new_num.is_some_and(|n| !new_units.contains(&n));
        let missing_old = c.old_id.is_some() && c.old_num.is_some_and(|n| !old_units.contains(&n));
        if missing_new || missing_old {
            let n = c.new_num.or(c.old_num);
            out.push(Mismatch {
                unit: n.map(|n| cite(kind, n)).unwrap_or_default(),
                column: column(if missing_new { Side::New } else { Side::Old }),
                message: "changed by the amendment, but the table has no row for it".into(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_md_example() {
        let md = "# 示範法修正條文對照表\n\n| 修正條文 | 現行條文 | 說明 |\n| --- | --- | --- |\n| 第二條　甲<u>乙</u>。<br>前項 \\| 丙。 | 第二條　甲。 | 酌作文字修正。 |\n";
        let t = crate::diff::table_read::read_md(md).unwrap();
        assert_eq!(t.title.as_deref(), Some("示範法"));
        assert_eq!(t.rows[0].new, ["第二條　甲乙。", "前項 | 丙。"]);
    }

    #[test]
    fn read_html_example() {
        let html = "<h1>示範要點修正規定對照表</h1><table><thead><tr><th>修正規定</th><th>現行規定</th><th>說明</th></tr></thead>\
          <tbody><tr><td><p>二、任務如下：</p><p style=\"padding-left:1em\">（一）研議&amp;協調。</p></td><td></td><td>本點新增。</td></tr></tbody></table>";
        let t = crate::diff::table_read::read_html(html).unwrap();
        assert_eq!(t.rows[0].new, ["二、任務如下：", "（一）研議&協調。"]);
        assert_eq!(t.title.as_deref(), Some("示範要點"));
    }

    #[test]
    fn read_blocks_example() {
        use crate::decode::docx::{Block, Paragraph};
        let p = |t: &str| vec![Paragraph { label: String::new(), text: t.into() }];
        let blocks = vec![
            Block::Paragraph(Paragraph { label: String::new(), text: "示範要點修正規定對照表".into() }),
            Block::Table(vec![
                vec![p("修正規定"), p("現行規定"), p("說明")],
                vec![p("一、乙。"), p("一、甲。"), p("酌作文字修正。")],
            ]),
        ];
        let t = crate::diff::table_read::read_blocks(&blocks).unwrap();
        assert_eq!((t.title.as_deref(), t.rows[0].new[0].as_str()), (Some("示範要點"), "一、乙。"));
    }

    #[test]
    fn entities_and_tags() {
        assert_eq!(unescape("a&lt;b&gt;&amp;&#39;&#x4e00;&bogus"), "a<b>&'一&bogus");
        assert_eq!(inline_html("甲<u>乙</u><br>丙&amp;"), ["甲乙", "丙&"]);
        assert_eq!(md_cells("| a \\| b | c |"), ["a | b", "c"].map(|s| format!(" {s} ")));
    }

    #[test]
    fn no_table() {
        assert!(read("示範要點\n一、甲。\n").is_none());
        assert!(read("| a | b |\n| --- | --- |\n| 1 | 2 |\n").is_none());
        assert!(read("<p>甲</p>").is_none());
    }
}
