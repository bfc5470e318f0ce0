//! Parsing (phase 2 of the pipeline): from repaired lines to the typed tree.
//!
//! Markers are recognised by the nom rules of [`crate::marker`]; this module decides,
//! from the numbering sequence, whether a marker opens a unit or is plain text, and
//! whether a line break is a wrap (joined) or a structural break (a new paragraph).
//! Parsing never fails: odd input becomes diagnostics on a best-effort tree.

pub mod history;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::ast::{Debris, DocKind, Document, HistoryEntry, Node, NodeKind, Span};
use crate::diagnostic::{Diagnostic, Severity};
use crate::marker::{self, Marker, Style};
use crate::normalize::{self, Line};

/// How to parse.
///
/// ```
/// let opts = fagui::ParseOptions { kind: Some(fagui::DocKind::Statute), ..Default::default() };
/// let doc = fagui::parse_with("示範法\n第 1 條\n本法。\n", &opts);
/// assert_eq!(doc.kind, fagui::DocKind::Statute);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// Force the document kind instead of detecting it.
    pub kind: Option<DocKind>,
    /// Force wrapped-text mode (`Some(true)`: lines are hard-wrapped and joined unless
    /// they end a sentence) or clean mode (`Some(false)`: every line break is kept).
    /// `None` detects it from the text.
    pub wrapped: Option<bool>,
    /// Maximum list nesting below a paragraph; deeper markers are read as text with a
    /// diagnostic.
    pub max_depth: usize,
    /// Read a title line (default). Off for fragments such as one article's content.
    pub title: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { kind: None, wrapped: None, max_depth: 32, title: true }
    }
}

/// Parses a legal text with default options. Never fails.
///
/// ```
/// let doc = fagui::parse("示範要點\n一、本要點訂定。\n二、（刪除）\n");
/// assert_eq!(doc.kind, fagui::DocKind::Directive);
/// assert!(doc.units[1].deleted);
/// ```
pub fn parse(src: &str) -> Document {
    parse_with(src, &ParseOptions::default())
}

/// Parses a legal text with the given options. Never fails.
///
/// ```
/// let doc = fagui::parse_with("一、甲。\n二、乙。\n", &fagui::ParseOptions { title: false, ..Default::default() });
/// assert_eq!(doc.title, None);
/// assert_eq!(doc.units.len(), 2);
/// ```
pub fn parse_with(src: &str, opts: &ParseOptions) -> Document {
    parse_roles(src, opts, &[])
}

/// What a line is known to be, when the structure comes from elsewhere (open data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A heading line: always opens its heading.
    Heading,
    /// An article label line with its number: always opens the article.
    Label(u32, Option<u32>),
    /// Article content: article and heading markers in it are text.
    Content,
    /// A preamble (前言) given as such: no diagnostic.
    Preamble,
}

/// `roles`: (byte offset of a line start, role); lines not listed are read as plain text.
fn parse_roles(src: &str, opts: &ParseOptions, roles: &[(usize, Role)]) -> Document {
    let mut lines = normalize::lines(src);
    let mut debris = Vec::new();
    lines.retain(|l| {
        let page = normalize::is_page_debris(l.content);
        if page {
            debris.push(Debris { text: l.content.to_string(), span: Span(l.content_start, l.content_end()) });
        }
        !page
    });
    let mut diags = Vec::new();
    let mut meta = BTreeMap::new();
    let mut idx = 0;

    // Header block copied from the database page.
    while let Some(l) = lines.get(idx) {
        match header_field(l.content) {
            // A repeated field ends the header block (the line is read as text).
            Some((k, v)) if !meta.contains_key(k) => {
                meta.insert(k.to_string(), v.to_string());
                idx += 1;
            }
            _ => break,
        }
    }
    let mut title = meta.get("法規名稱").cloned();
    if opts.title
        && title.is_none()
        && let Some(l) = lines.get(idx)
        && !starts_unit(l.content)
        && !history::is_entry_start(l.content)
    {
        let mut t = String::new();
        normalize::push_folded(&mut t, l.content);
        idx += 1;
        // A title wrapped onto a second line (PDF extractions).
        if let Some(l2) = lines.get(idx)
            && !has_title_suffix(&t)
            && !starts_unit(l2.content)
            && !history::is_entry_start(l2.content)
            && !normalize::ends_sentence(l2.content)
            && l2.content.chars().count() <= 20
        {
            let mut t2 = t.clone();
            normalize::join(&mut t2, l2.content);
            if has_title_suffix(&t2) {
                t = t2;
                idx += 1;
            }
        }
        title = Some(t);
    }

    // History blocks after the title and at the end (structured input has its own).
    let mut history = Vec::new();
    let mut tail = lines.len();
    if roles.is_empty() {
        idx = read_history(&lines, idx, lines.len(), &mut history);
        // A closing history block runs to the end: every line after its first entry
        // belongs to it (lines that start no entry continue the one before).
        tail = tail_history_start(&lines, idx);
        history.extend(history_lines(lines.get(tail..).unwrap_or(&[])));
    }

    let body = lines.get(idx..tail).unwrap_or(&[]);
    let marks: Vec<Option<Mark>> =
        body.iter().map(|l| marker::marker(l.content).map(|m| Mark::new(&m, l.content))).collect();
    let kind = opts.kind.unwrap_or_else(|| detect_kind(body, &marks, title.as_deref()));
    let wrapped = opts.wrapped.unwrap_or_else(|| detect_wrapped(body, &marks));
    let full_width = full_width(body, &marks);

    let mut b = Builder {
        kind,
        wrapped,
        clean: opts.wrapped == Some(false),
        full_width,
        max_depth: opts.max_depth,
        stack: Vec::new(),
        out: Vec::new(),
        diags: &mut diags,
        last_unit: None,
        unit_under_heading: false,
        last_heading: [None; 5],
        prev: None,
        unparsed: 0,
        may_collide: false,
        quiet_preamble: false,
        diag_counts: Vec::new(),
        last_line: 1,
    };
    // Top-level nodes are at most the unit and heading markers: room for them up front
    // spares copying a long list of points as it grows (the excess is given back below;
    // capped, as marker-looking lines that open nothing could ask for a lot).
    let tops =
        marks.iter().flatten().filter(|m| matches!(m.style, Style::Article | Style::CjkComma | Style::Heading(_)));
    b.out.reserve(tops.count().min(1 << 20) + 1);
    let mut role_at = roles.iter().peekable();
    let mut current = None;
    for (line, mark) in body.iter().zip(&marks) {
        let mark = mark.map(|m| m.expand(line.content));
        while let Some((off, role)) = role_at.peek() {
            if *off > line.start {
                break;
            }
            current = Some(*role);
            role_at.next();
        }
        match current {
            Some(Role::Label(num, sub)) if is_label_line(line, roles) => {
                b.forced_unit(line, num, sub);
            }
            Some(Role::Content) | Some(Role::Label(..)) => b.content_line(line, mark.as_ref()),
            Some(Role::Preamble) => {
                b.quiet_preamble = true;
                b.content_line(line, None);
            }
            _ => b.line(line, mark.as_ref()),
        }
    }
    b.finish();
    let mut units = std::mem::take(&mut b.out);
    units.shrink_to_fit();
    if b.may_collide {
        dedupe_ids(&mut units);
    }

    Document { title, kind, meta, history, units, debris, diagnostics: diags }
}

/// Builds a document of kind `kind` whose units are articles (or points) with the given
/// numbers and contents: each content is parsed into paragraphs and lists with the same
/// rules as plain text. Used for open-data input.
///
/// ```
/// let doc = fagui::parse::from_units(fagui::DocKind::Statute, Some("示範法".into()), &[
///     fagui::parse::UnitSource::Article { label: "第 1 條".into(), content: "本法依憲法制定。\n前項規定之。".into() },
/// ], None);
/// assert_eq!(doc.units[0].children.len(), 2);
/// ```
pub fn from_units(kind: DocKind, title: Option<String>, units: &[UnitSource], wrapped: Option<bool>) -> Document {
    // One text holding every label line and content, so that spans are offsets in it;
    // the label lines' roles come from the structure, the contents are read by the same
    // builder as plain text.
    let mut text = String::new();
    let mut roles = Vec::new();
    for u in units {
        match u {
            UnitSource::Preamble(p) => {
                roles.push((text.len(), Role::Preamble));
                text.push_str(p);
                text.push('\n');
            }
            UnitSource::Heading(h) => {
                roles.push((text.len(), Role::Heading));
                text.push_str(h.trim());
                text.push('\n');
            }
            UnitSource::Article { label, content } => {
                let label = label.trim();
                let (num, sub) = match marker::marker(label) {
                    Some(m) if m.style == Style::Article => (m.num, m.sub),
                    _ => match crate::numeral::any_numeral(label) {
                        Ok((_, n)) => (n, None),
                        Err(_) => (0, None),
                    },
                };
                roles.push((text.len(), Role::Label(num, sub)));
                text.push_str(label);
                text.push('\n');
                roles.push((text.len(), Role::Content));
                text.push_str(content);
                text.push('\n');
            }
        }
    }
    let opts = ParseOptions { kind: Some(kind), wrapped, title: false, ..Default::default() };
    let mut doc = parse_roles(&text, &opts, &roles);
    doc.title = title;
    doc
}

/// One entry of a structured source (open data): a heading or an article.
///
/// ```
/// let h = fagui::parse::UnitSource::Heading("第 一 章 總則".into());
/// assert!(matches!(h, fagui::parse::UnitSource::Heading(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitSource {
    /// A preamble (前言).
    Preamble(String),
    /// A heading line such as `第 一 章 總則`.
    Heading(String),
    /// An article: its number as written and its content.
    Article {
        /// `第 12-1 條`.
        label: String,
        /// The article text, lines separated by line breaks.
        content: String,
    },
}

const HEADER_KEYS: [&str; 14] = [
    "法規名稱",
    "修正日期",
    "公發布日",
    "發布日期",
    "法規類別",
    "生效狀態",
    "廢止日期",
    "施行日期",
    "生效日期",
    "英文法規名稱",
    "異動日期",
    "法規體系",
    "最新異動日期",
    "法規性質",
];

/// True for the field names of a header block copied from the database page
/// (`法規名稱：`, `修正日期：`, `法規類別：` …), which fill the document's metadata.
///
/// ```
/// assert!(fagui::parse::is_header_key("修正日期"));
/// assert!(!fagui::parse::is_header_key("第一條"));
/// ```
pub fn is_header_key(key: &str) -> bool {
    HEADER_KEYS.contains(&key)
}

fn header_field(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once(['：', ':'])?;
    let k = k.trim();
    is_header_key(k).then(|| (k, v.trim_matches(normalize::is_space)))
}

const TITLE_SUFFIXES: [&str; 22] = [
    "要點",
    "注意事項",
    "作業規定",
    "規定",
    "須知",
    "計畫",
    "方案",
    "原則",
    "法",
    "條例",
    "通則",
    "規程",
    "規則",
    "細則",
    "辦法",
    "綱要",
    "標準",
    "準則",
    "章程",
    "守則",
    "程序",
    "措施",
];

fn has_title_suffix(t: &str) -> bool {
    TITLE_SUFFIXES.iter().any(|s| t.ends_with(s))
}

const STATUTE_SUFFIXES: [&str; 12] =
    ["法", "條例", "通則", "規程", "規則", "細則", "辦法", "綱要", "標準", "準則", "律", "憲法"];

fn starts_unit(content: &str) -> bool {
    match marker::marker(content) {
        Some(m) => match m.style {
            Style::Article | Style::Heading(_) => true,
            Style::CjkComma => m.num == 1,
            _ => false,
        },
        None => false,
    }
}

/// Statute when an article marker stands alone on a line (or before a caption or a
/// wide gap) anywhere; otherwise directive when points `一、` are found; otherwise by title.
fn detect_kind(body: &[Line<'_>], marks: &[Option<Mark>], title: Option<&str>) -> DocKind {
    let mut points = false;
    for (l, m) in body.iter().zip(marks) {
        if let Some(m) = m {
            match m.style {
                Style::Article if m.rest_empty || m.caption.is_some() || line_has_wide_gap(l.content) => {
                    return DocKind::Statute;
                }
                Style::CjkComma => points = true,
                _ => {}
            }
        }
    }
    if points {
        return DocKind::Directive;
    }
    match title {
        Some(t) if STATUTE_SUFFIXES.iter().any(|s| t.ends_with(s)) => DocKind::Statute,
        _ => DocKind::Directive,
    }
}

/// True for a line whose marker only labels the line (`第 1 條`).
fn is_label_only(m: Option<&Mark>) -> bool {
    m.is_some_and(|m| m.rest_empty)
}

/// A [`Marker`] as kept for every line of the body before the tree is built: offsets
/// into the line instead of string slices (under half the memory; a body can have
/// millions of lines). [`Mark::expand`] gives the marker back.
#[derive(Debug, Clone, Copy)]
struct Mark {
    style: Style,
    spaced: bool,
    rest_empty: bool,
    num: u32,
    sub: Option<u32>,
    label_end: u32,
    rest_start: u32,
    caption: Option<(u32, u32)>,
}

impl Mark {
    fn new(m: &Marker<'_>, content: &str) -> Mark {
        // Every part of a marker is a slice of its line: its offset is the distance
        // between the two starts.
        let offset = |part: &str| (part.as_ptr() as usize).wrapping_sub(content.as_ptr() as usize) as u32;
        Mark {
            style: m.style,
            spaced: m.spaced,
            rest_empty: m.rest.is_empty(),
            num: m.num,
            sub: m.sub,
            label_end: m.label.len() as u32,
            rest_start: (content.len() - m.rest.len()) as u32,
            caption: m.caption.map(|c| (offset(c), c.len() as u32)),
        }
    }

    fn expand<'a>(&self, content: &'a str) -> Marker<'a> {
        Marker {
            style: self.style,
            num: self.num,
            sub: self.sub,
            label: content.get(..self.label_end as usize).unwrap_or_default(),
            caption: self.caption.and_then(|(at, len)| content.get(at as usize..at as usize + len as usize)),
            rest: content.get(self.rest_start as usize..).unwrap_or_default(),
            spaced: self.spaced,
        }
    }
}

fn detect_wrapped(body: &[Line<'_>], marks: &[Option<Mark>]) -> bool {
    let mut candidates = 0usize;
    let mut open_ended = 0usize;
    for (i, pair) in body.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        let (ma, mb) = (marks.get(i).and_then(Option::as_ref), marks.get(i + 1).and_then(Option::as_ref));
        if is_label_only(ma) || a.table || b.table {
            continue;
        }
        if mb.is_some() && !b.continues {
            continue;
        }
        candidates += 1;
        if !a.ends_sentence {
            open_ended += 1;
        }
    }
    open_ended >= 2 && open_ended * 4 >= candidates
}

/// The width from which a line counts as running to the wrap margin.
///
/// Wrapped lines (lines that do not end a sentence) give the margin `w` (their 90th
/// percentile width). When most of them end within one full-width character of it, the
/// text was wrapped at a fixed width (old database text, our renderers) and only lines
/// within 2 columns count as full; otherwise (proportional PDF text) within `w / 8`.
fn full_width(body: &[Line<'_>], marks: &[Option<Mark>]) -> u32 {
    let mut widths: Vec<u32> = body
        .iter()
        .zip(marks)
        .filter(|(l, m)| !l.table && !is_label_only(m.as_ref()) && !l.ends_sentence)
        .map(|(l, _)| l.width)
        .collect();
    if widths.len() < 2 {
        return u32::MAX;
    }
    // The 90th percentile by selection (linear), not by sorting every width.
    let p90 = widths.len() * 9 / 10;
    let w = if p90 < widths.len() { *widths.select_nth_unstable(p90).1 } else { u32::MAX };
    let near = widths.iter().filter(|&&x| x + 2 >= w && x <= w).count();
    if near * 10 >= widths.len() * 7 { w.saturating_sub(2) } else { w.saturating_sub((w / 8).max(2)) }
}

fn is_label_line(line: &Line<'_>, roles: &[(usize, Role)]) -> bool {
    roles
        .binary_search_by_key(&line.start, |(o, _)| *o)
        .is_ok_and(|i| matches!(roles.get(i), Some((_, Role::Label(..)))))
}

/// Reads a whole history block (沿革): every line belongs to it. Lines that do not start
/// an entry continue the one before; a first line that is no entry becomes a raw entry
/// with a diagnostic. Spans index `text`.
///
/// ```
/// let mut diags = Vec::new();
/// let h = fagui::parse::history_block("1.中華民國七十九年十二月二十一日內政部（79）台內社字第 849335 號\r\n  令訂定發布全文 27 條\r\n2.中華民國八十八年十二月八日內政部（88）台內社字第 8814434  號令\r\n  修正發布第 3  條條文", &mut diags);
/// assert_eq!(h.len(), 2);
/// assert_eq!(h[0].action.as_deref(), Some("訂定"));
/// assert_eq!(h[1].actions[0].units, vec!["3"]);
/// assert!(diags.is_empty());
/// ```
pub fn history_block(text: &str, diags: &mut Vec<Diagnostic>) -> Vec<HistoryEntry> {
    let lines = normalize::lines(text);
    if let Some(first) = lines.first().filter(|l| !history::is_entry_start(l.content)) {
        diags.push(Diagnostic {
            severity: Severity::Warning,
            code: "history-unparsed".into(),
            message: "history line without a date kept as raw text".into(),
            line: first.number,
            column: first.column(),
        });
    }
    history_lines(&lines)
}

/// Every line belongs to the block: a line that starts no entry continues the one before
/// (or, first of all, is an entry of its own).
fn history_lines(lines: &[Line<'_>]) -> Vec<HistoryEntry> {
    let mut out = Vec::new();
    let mut cur: Option<(String, Span)> = None;
    for l in lines {
        match cur.as_mut() {
            Some((raw, span)) if !history::is_entry_start(l.content) => {
                normalize::join(raw, l.content);
                span.1 = l.content_end();
            }
            _ => {
                if let Some((raw, span)) = cur.take() {
                    out.push(history::parse_entry(&raw, span));
                }
                let mut raw = String::new();
                normalize::push_folded(&mut raw, l.content);
                cur = Some((raw, Span(l.content_start, l.content_end())));
            }
        }
    }
    if let Some((raw, span)) = cur {
        out.push(history::parse_entry(&raw, span));
    }
    out
}

fn read_history(lines: &[Line<'_>], mut idx: usize, end: usize, out: &mut Vec<HistoryEntry>) -> usize {
    let mut cur: Option<(String, Span)> = None;
    while idx < end {
        let Some(l) = lines.get(idx) else { break };
        if history::is_entry_start(l.content) {
            if let Some((raw, span)) = cur.take() {
                out.push(history::parse_entry(&raw, span));
            }
            let mut raw = String::new();
            normalize::push_folded(&mut raw, l.content);
            cur = Some((raw, Span(l.content_start, l.content_end())));
        } else if let Some((raw, span)) = cur.as_mut() {
            // Judged on the entry's text, not on line widths, so that a rendered entry
            // (one line) reads back the same.
            let continues = l.indent > 0
                || l.continues
                || l.content.starts_with(['（', '('])
                || (!history::entry_complete(raw) && !starts_unit(l.content));
            if !continues || starts_unit(l.content) {
                break;
            }
            normalize::join(raw, l.content);
            span.1 = l.content_end();
        } else {
            break;
        }
        idx += 1;
    }
    if let Some((raw, span)) = cur {
        out.push(history::parse_entry(&raw, span));
    }
    idx
}

/// Index of the first line of a history block that closes the document, or
/// `lines.len()` when there is none.
fn tail_history_start(lines: &[Line<'_>], from: usize) -> usize {
    let mut start = lines.len();
    let mut i = lines.len();
    while i > from {
        let Some(l) = lines.get(i - 1) else { break };
        if history::is_entry_start(l.content) {
            start = i - 1;
        } else if starts_unit(l.content) || marker::marker(l.content).is_some_and(|m| m.style == Style::Article) {
            break;
        } else if l.ends_sentence && l.indent == 0 {
            // an ordinary sentence: only history entries may follow it in the block
            break;
        }
        i -= 1;
    }
    start
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameKind {
    Heading(usize),
    Unit,
    Paragraph,
    List,
}

/// An open unit, heading, paragraph or list. Its node already sits in the tree: it is
/// the last node of `out` (the first frame) or the last child of the node of the frame
/// below it, so a node is moved once, when it is created, and never on closing.
struct Frame {
    kind: FrameKind,
    style: Option<Style>,
    num: (u32, Option<u32>),
    paragraphs: u32,
    /// The node has text of its own (kept here so that the line loop need not reach
    /// into the tree to ask).
    has_text: bool,
}

struct Builder<'d> {
    kind: DocKind,
    wrapped: bool,
    clean: bool,
    full_width: u32,
    max_depth: usize,
    stack: Vec<Frame>,
    out: Vec<Node>,
    diags: &'d mut Vec<Diagnostic>,
    last_unit: Option<(u32, Option<u32>)>,
    unit_under_heading: bool,
    last_heading: [Option<(u32, Option<u32>)>; 5],
    prev: Option<PrevLine>,
    unparsed: u32,
    /// Set when a unit or heading opened out of sequence: ids may then collide.
    may_collide: bool,
    /// Text before the first unit is a known preamble: no diagnostic.
    quiet_preamble: bool,
    /// How many diagnostics of each code were raised (kept or not).
    /// (A handful of codes: a vector beats hashing on every diagnostic.)
    diag_counts: Vec<(&'static str, usize)>,
    /// Number of the last line read (for the summary of suppressed diagnostics).
    last_line: usize,
}

/// The node of the open frame at `depth` (0 = outermost): the last node at each level.
fn open_node(out: &mut [Node], depth: usize) -> Option<&mut Node> {
    let mut node = out.last_mut()?;
    for _ in 0..depth {
        node = node.children.last_mut()?;
    }
    Some(node)
}

/// Diagnostics of one code listed before the rest are only counted.
pub const MAX_DIAGNOSTICS_PER_CODE: usize = 200;

#[derive(Clone, Copy)]
struct PrevLine {
    width: u32,
    ascii_indent: u32,
    ends_sentence: bool,
    final_char: Option<char>,
    table: bool,
}

fn is_next(last: Option<(u32, Option<u32>)>, cand: (u32, Option<u32>)) -> bool {
    match last {
        None => cand == (1, None),
        Some((n, s)) => cand == (n + 1, None) || cand == (n, Some(s.unwrap_or(0) + 1)),
    }
}

fn heading_index(level: marker::HeadingLevel) -> usize {
    match level {
        marker::HeadingLevel::Part => 0,
        marker::HeadingLevel::Chapter => 1,
        marker::HeadingLevel::Section => 2,
        marker::HeadingLevel::Subsection => 3,
        marker::HeadingLevel::Division => 4,
    }
}

fn is_deleted_text(t: &str) -> bool {
    let t = t.trim_end_matches(['。', '.']);
    matches!(
        t,
        "（刪除）"
            | "(刪除)"
            | "（本條刪除）"
            | "(本條刪除)"
            | "（本點刪除）"
            | "(本點刪除)"
            | "刪除"
            | "本條刪除"
            | "本點刪除"
            | "（删除）"
            | "(删除)"
    )
}

/// Words that continue a paragraph after a sentence ends (但書, 其…, 如…, 並…): on the
/// database's regulations these follow a mid-paragraph `。` 86–99% of the time.
fn starts_proviso(content: &str) -> bool {
    content.starts_with(['但', '惟', '其', '如', '必', '逾', '並', '該', '且', '亦', '倘'])
}

impl Builder<'_> {
    /// Records a diagnostic. After [`MAX_DIAGNOSTICS_PER_CODE`] of one code the rest are
    /// only counted (one summary line at the end), so junk input cannot flood the output;
    /// the message is built only when it is kept.
    fn diag(&mut self, severity: Severity, code: &'static str, message: impl FnOnce() -> String, line: &Line<'_>) {
        let seen = match self.diag_counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                self.diag_counts.push((code, 1));
                1
            }
        };
        if seen > MAX_DIAGNOSTICS_PER_CODE {
            return;
        }
        self.diags.push(Diagnostic {
            severity,
            code: code.to_string(),
            message: message(),
            line: line.number,
            column: line.column(),
        });
    }

    /// The node of the innermost open frame.
    fn top_node(&mut self) -> Option<&mut Node> {
        open_node(&mut self.out, self.stack.len().checked_sub(1)?)
    }

    fn pop(&mut self) {
        let Some(depth) = self.stack.len().checked_sub(1) else { return };
        let unit = self.stack.pop().is_some_and(|f| f.kind == FrameKind::Unit);
        if unit && let Some(node) = open_node(&mut self.out, depth) {
            let mut paras = node.children.iter().filter(|c| c.kind == NodeKind::Paragraph);
            if let (Some(p), None) = (paras.next(), paras.next())
                && p.children.is_empty()
                && is_deleted_text(&p.text)
            {
                node.deleted = true;
            }
        }
        // The parent's span reaches as far as its last child's.
        if let Some(parent) = depth.checked_sub(1).and_then(|d| open_node(&mut self.out, d))
            && let Some(end) = parent.children.last().map(|c| c.span.1)
        {
            parent.span.1 = parent.span.1.max(end);
        }
    }

    fn pop_while(&mut self, f: impl Fn(&Frame) -> bool) {
        while self.stack.last().is_some_and(&f) {
            self.pop();
        }
    }

    /// The id of a child numbered `num` under the node whose id is `parent` (empty at the
    /// top level).
    fn child_id(parent: &str, prefix: &str, num: &str) -> String {
        let mut id = String::with_capacity(parent.len() + prefix.len() + num.len() + 3);
        if !parent.is_empty() {
            id.push_str(parent);
            id.push_str("__");
        }
        id.push_str(prefix);
        id.push('_');
        id.push_str(num);
        id
    }

    fn push(&mut self, kind: FrameKind, mut node: Node, style: Option<Style>, num: (u32, Option<u32>)) {
        let has_text = !node.text.is_empty();
        // One walk to the parent serves both its id and the push.
        let parent = self.top_node();
        if node.id.is_empty() {
            let parent_id = parent.as_ref().map_or("", |p| p.id.as_str());
            node.id = Self::child_id(parent_id, node.kind.id_prefix(), node.num.as_deref().unwrap_or(""));
        }
        match parent {
            Some(parent) => {
                // Most units hold one paragraph and most paragraphs no list: room for
                // one child first, not the default four.
                if parent.children.capacity() == 0 {
                    parent.children.reserve_exact(1);
                }
                parent.children.push(node);
            }
            None => self.out.push(node),
        }
        self.stack.push(Frame { kind, style, num, paragraphs: 0, has_text });
    }

    fn new_node(kind: NodeKind, m: Option<&Marker<'_>>, line: &Line<'_>) -> Node {
        let mut n = Node::new(String::new(), kind, String::new());
        n.span = Span(line.content_start, line.content_end());
        if let Some(m) = m {
            n.num = Some(m.num_string());
            n.label = Some(m.label.to_string());
            if let Some(c) = m.caption {
                let mut cap = String::new();
                normalize::push_folded(&mut cap, c);
                n.caption = Some(cap);
            }
        }
        n
    }

    /// Opens a paragraph in the innermost unit with `text` as its first text.
    fn open_paragraph(&mut self, text: &str, line: &Line<'_>) {
        self.pop_while(|f| f.kind != FrameKind::Unit);
        let Some(unit) = self.stack.last_mut() else { return };
        unit.paragraphs += 1;
        let n = unit.paragraphs;
        let mut node = Node::new(String::new(), NodeKind::Paragraph, String::new());
        node.num = Some(marker::num_string(n, None));
        let start = if text.is_empty() { line.content_end() } else { line.content_end() - text.len() };
        node.span = Span(start, line.content_end());
        if normalize::is_table_line(text) {
            node.text.push_str(text);
        } else {
            normalize::push_folded(&mut node.text, text);
        }
        self.push(FrameKind::Paragraph, node, None, (n, None));
    }

    fn set_prev(&mut self, line: &Line<'_>) {
        self.last_line = line.number;
        self.prev = Some(PrevLine {
            width: line.width,
            ascii_indent: line.ascii_indent,
            ends_sentence: line.ends_sentence,
            final_char: line.final_char,
            table: line.table,
        });
    }

    /// True when the previous line ends in a way that only a continuation can follow
    /// (`第`, `、`, `及` …): a marker-looking line after it is a wrapped word, not a unit.
    fn prev_dangles(&self) -> bool {
        self.prev.is_some_and(|p| {
            matches!(p.final_char, Some('第' | '、' | '及' | '或' | '與' | '至' | '和' | '之' | '前' | '各' | '同'))
        })
    }

    fn prev_ends_sentence(&self) -> bool {
        self.prev.is_none_or(|p| p.ends_sentence)
    }

    fn line(&mut self, line: &Line<'_>, mark: Option<&Marker<'_>>) {
        if let Some(m) = mark {
            if !line.continues && self.try_marker(m, line) {
                self.set_prev(line);
                if m.rest.is_empty() {
                    // A heading or a bare label (`第 一 章 總則`, `第 1 條`) ends nothing
                    // that the next line could continue.
                    if let Some(p) = self.prev.as_mut() {
                        p.final_char = None;
                        p.ends_sentence = true;
                    }
                }
                return;
            }
        } else if looks_like_unknown_marker(line.content) && self.prev_ends_sentence() && !self.stack.is_empty() {
            self.diag(
                Severity::Warning,
                "unknown-marker",
                || {
                    format!(
                        "unknown list marker at 「{}」: read as text",
                        line.content.chars().take(3).collect::<String>()
                    )
                },
                line,
            );
        }
        self.text(line);
        self.set_prev(line);
    }

    /// Opens an article whose number is known from the structure (open data).
    fn forced_unit(&mut self, line: &Line<'_>, num: u32, sub: Option<u32>) {
        let cand = (num, sub);
        if !is_next(self.last_unit, cand) {
            let last = self.last_unit.unwrap_or((0, None));
            let code = if cand <= last { "out-of-order" } else { "gap" };
            self.diag(
                Severity::Warning,
                code,
                || format!("article {} after {}", marker::num_string(num, sub), marker::num_string(last.0, last.1)),
                line,
            );
            self.may_collide = true;
        }
        self.last_unit = Some(cand);
        self.unit_under_heading = true;
        self.pop_while(|f| !matches!(f.kind, FrameKind::Heading(_)));
        let kind = if self.kind == DocKind::Statute { NodeKind::Article } else { NodeKind::Point };
        let mut node = Self::new_node(kind, None, line);
        node.num = Some(marker::num_string(num, sub));
        node.label = Some(line.content.to_string());
        self.push(FrameKind::Unit, node, Some(Style::Article), cand);
        self.open_paragraph("", line);
        self.set_prev(line);
    }

    /// A line of article content: list markers work as usual, article and heading
    /// markers are text.
    fn content_line(&mut self, line: &Line<'_>, mark: Option<&Marker<'_>>) {
        let structural = mark.is_some_and(|m| matches!(m.style, Style::Article | Style::Heading(_)));
        if let Some(m) = mark.filter(|_| !structural)
            && !line.continues
            && self.list(m, line)
        {
            self.set_prev(line);
            return;
        }
        self.text(line);
        self.set_prev(line);
    }

    fn try_marker(&mut self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        match m.style {
            Style::Heading(level) => self.heading(m, level, line),
            Style::Article if self.kind == DocKind::Statute => self.unit(m, line, true),
            Style::Article => false,
            Style::CjkComma if self.kind == DocKind::Directive => self.unit(m, line, false),
            _ => self.list(m, line),
        }
    }

    fn heading(&mut self, m: &Marker<'_>, level: marker::HeadingLevel, line: &Line<'_>) -> bool {
        if self.prev_dangles() {
            return false;
        }
        let li = heading_index(level);
        let cand = (m.num, m.sub);
        let last = self.last_heading.get(li).copied().flatten();
        if !is_next(last, cand) {
            let msg = match last {
                Some(l) if cand.0 > l.0 || (cand.0 == l.0 && cand.1 > l.1) => {
                    format!(
                        "gap in {} numbering: {} after {}",
                        level.word(),
                        m.num_string(),
                        marker::num_string(l.0, l.1)
                    )
                }
                Some(l) => {
                    format!("{} {} out of order after {}", level.word(), m.num_string(), marker::num_string(l.0, l.1))
                }
                None => format!("first {} is numbered {}", level.word(), m.num_string()),
            };
            let code = if last.is_some_and(|l| cand <= l) { "out-of-order" } else { "gap" };
            self.diag(Severity::Warning, code, || msg, line);
            self.may_collide = true;
        }
        if let Some(slot) = self.last_heading.get_mut(li) {
            *slot = Some(cand);
        }
        for deeper in self.last_heading.iter_mut().skip(li + 1) {
            *deeper = None;
        }
        self.pop_while(|f| !matches!(f.kind, FrameKind::Heading(l) if l < li));
        let mut node = Self::new_node(level.node_kind(), Some(m), line);
        node.deleted = node.caption.as_deref().is_some_and(is_deleted_text);
        self.push(FrameKind::Heading(li), node, Some(m.style), cand);
        self.unit_under_heading = false;
        true
    }

    fn unit(&mut self, m: &Marker<'_>, line: &Line<'_>, article: bool) -> bool {
        let cand = (m.num, m.sub);
        let last = self.last_unit;
        let restart = !self.unit_under_heading
            && self.stack.iter().any(|f| matches!(f.kind, FrameKind::Heading(_)))
            && cand == (1, None);
        let next = is_next(last, cand) || restart;
        let word = if article { "article" } else { "point" };
        // An article marker alone on its line, with a caption or followed by a wide gap
        // (`第一條　　本法…`) is certain; `第 5 條 規定…` after an unfinished line is a wrap.
        let strong = article && (m.rest.is_empty() || m.caption.is_some() || line_has_wide_gap(line.content));
        let settled = strong || self.prev_ends_sentence();
        if next {
            if self.prev_dangles() || (article && !settled) {
                return false;
            }
        } else {
            let last_n = last.unwrap_or((0, None));
            let ahead = cand.0 > last_n.0 || (cand.0 == last_n.0 && cand.1 > last_n.1);
            let plausible_gap = ahead
                && !self.prev_dangles()
                && (if article {
                    settled
                } else {
                    cand.1.is_none() && cand.0 <= last_n.0 + 3 && self.prev_ends_sentence() && !m.rest.is_empty()
                });
            if plausible_gap {
                self.diag(
                    Severity::Warning,
                    "gap",
                    || {
                        format!(
                            "gap in {word} numbering: {} after {}",
                            m.num_string(),
                            marker::num_string(last_n.0, last_n.1)
                        )
                    },
                    line,
                );
            } else if strong && m.rest.is_empty() && !ahead {
                self.diag(
                    Severity::Warning,
                    if cand == last_n { "duplicate" } else { "out-of-order" },
                    || {
                        format!(
                            "{word} {} out of order after {}",
                            m.num_string(),
                            marker::num_string(last_n.0, last_n.1)
                        )
                    },
                    line,
                );
            } else {
                if self.prev_ends_sentence() && !self.stack.is_empty() && (m.spaced || !m.rest.is_empty()) {
                    let code = if cand == last_n {
                        "duplicate"
                    } else if ahead {
                        "gap"
                    } else {
                        "out-of-order"
                    };
                    self.diag(
                        Severity::Warning,
                        code,
                        || {
                            format!(
                                "「{}」 looks like {word} {} but {} is expected: read as text",
                                m.label,
                                m.num_string(),
                                last.map(|(n, _)| (n + 1).to_string()).unwrap_or_else(|| "1".into())
                            )
                        },
                        line,
                    );
                }
                return false;
            }
        }
        self.may_collide |= !is_next(last, cand);
        self.last_unit = Some(cand);
        self.unit_under_heading = true;
        self.pop_while(|f| !matches!(f.kind, FrameKind::Heading(_)));
        let kind = if article { NodeKind::Article } else { NodeKind::Point };
        let node = Self::new_node(kind, Some(m), line);
        self.push(FrameKind::Unit, node, Some(m.style), cand);
        self.open_paragraph(m.rest, line);
        true
    }

    fn list(&mut self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        let Some(base) = self.stack.iter().rposition(|f| f.kind == FrameKind::Paragraph) else {
            return false;
        };
        if self.prev_dangles() {
            return false;
        }
        let cand = (m.num, m.sub);
        let lists = self.stack.get(base + 1..).unwrap_or(&[]);
        let found = lists.iter().position(|f| f.style == Some(m.style));
        let depth = match found {
            Some(i) => {
                let last = lists.get(i).map(|f| f.num);
                if !is_next(last, cand) {
                    self.note_unexpected(m, last, line);
                    return false;
                }
                // close the sibling and everything under it
                while self.stack.len() > base + 1 + i {
                    self.pop();
                }
                i + 1
            }
            None => {
                if cand != (1, None) {
                    self.note_unexpected(m, None, line);
                    return false;
                }
                let d = lists.len() + 1;
                if d > self.max_depth {
                    let max = self.max_depth;
                    self.diag(
                        Severity::Warning,
                        "depth-limit",
                        || format!("list nesting deeper than {max}: read as text"),
                        line,
                    );
                    return false;
                }
                d
            }
        };
        let kind = match depth {
            1 => NodeKind::Subparagraph,
            2 => NodeKind::Item,
            _ => NodeKind::Subitem,
        };
        let mut node = Self::new_node(kind, Some(m), line);
        normalize::push_folded(&mut node.text, m.rest);
        self.push(FrameKind::List, node, Some(m.style), cand);
        true
    }

    fn note_unexpected(&mut self, m: &Marker<'_>, last: Option<(u32, Option<u32>)>, line: &Line<'_>) {
        if !self.prev_ends_sentence() || m.rest.is_empty() {
            return;
        }
        let code = match last {
            Some(l) if (m.num, m.sub) == l => "duplicate",
            Some(l) if (m.num, m.sub) < l => "out-of-order",
            _ => "gap",
        };
        let expected = last.map(|(n, _)| (n + 1).to_string()).unwrap_or_else(|| "1".into());
        self.diag(
            Severity::Warning,
            code,
            || format!("「{}」 is not the next number at its level (expected {expected}): read as text", m.label),
            line,
        );
    }

    /// A line of plain text: joined to the current text or starting a new paragraph.
    fn text(&mut self, line: &Line<'_>) {
        let content = line.content;
        match self.stack.last().map(|f| f.kind) {
            None => {
                // Text before the first unit.
                if !self.quiet_preamble {
                    let unit = if self.kind == DocKind::Statute { "article" } else { "point" };
                    self.diag(
                        Severity::Warning,
                        "preamble",
                        || format!("text before the first {unit} kept as a preamble"),
                        line,
                    );
                }
                let mut node = Self::new_node(NodeKind::Preamble, None, line);
                node.id = "preamble".into();
                self.push(FrameKind::Unit, node, None, (0, None));
                self.open_paragraph(content, line);
                return;
            }
            Some(FrameKind::Heading(_)) => {
                self.unparsed += 1;
                self.diag(
                    Severity::Error,
                    "unplaced-text",
                    || "text under a heading before its first unit".into(),
                    line,
                );
                let mut node = Self::new_node(NodeKind::Unparsed, None, line);
                normalize::push_folded(&mut node.text, content);
                let n = self.unparsed.to_string();
                if let Some(top) = self.top_node() {
                    node.id = Self::child_id(&top.id, "unparsed", &n);
                    top.span.1 = top.span.1.max(node.span.1);
                    top.children.push(node);
                }
                return;
            }
            Some(FrameKind::Unit) => {
                self.open_paragraph(content, line);
                return;
            }
            Some(_) => {}
        }
        let empty = self.stack.last().is_some_and(|f| !f.has_text);
        let table = line.table;
        let decision = if table {
            Join::Newline
        } else if empty {
            Join::Continue
        } else {
            self.decide(line, table)
        };
        match decision {
            Join::Break => self.open_paragraph(content, line),
            Join::Continue | Join::Newline => {
                if let Some(top) = self.top_node() {
                    if decision == Join::Newline {
                        // Table rows keep their inner spacing (it aligns the columns).
                        if !top.text.is_empty() {
                            top.text.push('\n');
                        }
                        top.text.push_str(content);
                    } else {
                        normalize::join(&mut top.text, content);
                    }
                    top.span.1 = line.content_end();
                }
                if let Some(f) = self.stack.last_mut() {
                    f.has_text = true;
                }
            }
        }
    }

    fn decide(&self, line: &Line<'_>, table: bool) -> Join {
        let Some(prev) = self.prev else { return Join::Continue };
        if table {
            return Join::Newline;
        }
        if prev.table {
            return Join::Break;
        }
        let content = line.content;
        if line.continues {
            return Join::Continue;
        }
        let full = prev.width >= self.full_width;
        match prev.final_char {
            Some('。' | '！' | '？' | '!' | '?') => {
                if full && self.wrapped && starts_proviso(content) {
                    Join::Continue
                } else {
                    Join::Break
                }
            }
            Some('；' | '：' | ';' | ':') => {
                if full && self.wrapped {
                    Join::Continue
                } else {
                    Join::Break
                }
            }
            // A line that does not end a sentence is continued by the next one (a wrap),
            // unless the caller said the text is clean (every line break kept).
            _ => {
                let hanging = line.ascii_indent >= 2 && line.ascii_indent > prev.ascii_indent;
                if !self.clean || hanging { Join::Continue } else { Join::Break }
            }
        }
    }

    fn finish(&mut self) {
        while !self.stack.is_empty() {
            self.pop();
        }
        let mut over: Vec<(&str, usize)> =
            self.diag_counts.iter().filter(|(_, n)| *n > MAX_DIAGNOSTICS_PER_CODE).copied().collect();
        over.sort_unstable();
        for (code, n) in over {
            self.diags.push(Diagnostic {
                severity: Severity::Info,
                code: "suppressed".into(),
                message: format!("{} more [{code}] diagnostics not listed", n - MAX_DIAGNOSTICS_PER_CODE),
                line: self.last_line,
                column: 1,
            });
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    Continue,
    Newline,
    Break,
}

fn line_has_wide_gap(content: &str) -> bool {
    content.contains("\u{3000}") || content.contains("  ")
}

fn looks_like_unknown_marker(content: &str) -> bool {
    let mut it = content.chars();
    let (Some(a), Some(b)) = (it.next(), it.next()) else { return false };
    let roman = ('\u{2160}'..='\u{217F}').contains(&a);
    ((a.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&a) || roman) && matches!(b, '.' | '、' | '．' | ')'))
        || (roman && matches!(b, ' ' | '\u{3000}'))
}

/// Makes ids unique after out-of-sequence numbers: the second `art_5` becomes
/// `art_5_2` (and its descendants follow). Linear: each base id keeps its next suffix.
/// True when two headings or units share an id (checked without copying any id).
fn has_duplicate_ids(units: &[Node]) -> bool {
    fn walk<'a>(n: &'a Node, seen: &mut HashSet<&'a str>) -> bool {
        !seen.insert(n.id.as_str()) || (n.kind.is_heading() && n.children.iter().any(|c| walk(c, seen)))
    }
    let mut seen = HashSet::with_capacity(units.len());
    units.iter().any(|u| walk(u, &mut seen))
}

/// True when no two headings or units can share an id because, under each parent, the
/// numbers of each kind rise strictly (a linear scan, no hashing); `false` means "not
/// sure", and the exact check runs.
fn ids_surely_unique(nodes: &[Node]) -> bool {
    fn key(num: &str) -> Option<(u32, u32)> {
        match num.split_once('-') {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => Some((num.parse().ok()?, 0)),
        }
    }
    let mut last: Vec<(NodeKind, (u32, u32))> = Vec::new();
    for n in nodes {
        match n.num.as_deref().and_then(key) {
            Some(k) => match last.iter_mut().find(|(kind, _)| *kind == n.kind) {
                Some((_, prev)) if *prev >= k => return false,
                Some((_, prev)) => *prev = k,
                None => last.push((n.kind, k)),
            },
            // One preamble at most; unparsed nodes are numbered by a counter.
            None if matches!(n.kind, NodeKind::Preamble | NodeKind::Unparsed) => {}
            None => return false,
        }
        if n.kind.is_heading() && !ids_surely_unique(&n.children) {
            return false;
        }
    }
    true
}

fn dedupe_ids(units: &mut [Node]) {
    if ids_surely_unique(units) || !has_duplicate_ids(units) {
        return;
    }
    fn rename(n: &mut Node, old: &str, new: &str) {
        if let Some(rest) = n.id.strip_prefix(old) {
            n.id = format!("{new}{rest}");
        }
        for c in &mut n.children {
            rename(c, old, new);
        }
    }
    fn go(n: &mut Node, seen: &mut HashSet<String>, next: &mut HashMap<String, u32>) {
        if !seen.insert(n.id.clone()) {
            let original = n.id.clone();
            let k = next.entry(original.clone()).or_insert(2);
            let new = loop {
                let c = format!("{original}_{k}");
                *k += 1;
                if !seen.contains(&c) {
                    break c;
                }
            };
            seen.insert(new.clone());
            rename(n, &original, &new);
        }
        // Below a unit, ids derive from the unit's and its numbering is sequential:
        // only headings and units can collide.
        if n.kind.is_heading() {
            for c in &mut n.children {
                go(c, seen, next);
            }
        }
    }
    let mut seen = HashSet::new();
    let mut next = HashMap::new();
    for u in units {
        go(u, &mut seen, &mut next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(doc: &Document) -> Vec<String> {
        let mut v = Vec::new();
        doc.walk(&mut |n| v.push(n.id.clone()));
        v
    }

    #[test]
    fn clean_directive() {
        let doc = parse(
            "示範機關資料治理推動小組設置要點\n一、示範機關（以下簡稱本機關）為推動資料治理，特設資料治理推動小組（以下簡稱本小組）。\n二、本小組任務如下：\n（一）資料開放政策之研議。\n（二）跨單位資料共享之協調：\n1、資料目錄之維護。\n2、資料品質之查核。\n（三）其他交辦事項。\n三、本小組置召集人一人，由本機關首長兼任。\n前項召集人因故不能執行職務時，由副首長代理之。\n四、（刪除）\n",
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert_eq!(doc.units.len(), 4);
        assert_eq!(doc.units[2].children.len(), 2);
        assert!(doc.units[3].deleted);
        assert!(ids(&doc).contains(&"point_2__para_1__subpara_2__item_2".to_string()));
    }

    #[test]
    fn sequence_decides() {
        let doc = parse("要點\n一、本小組置委員，由本機關首長指派副首長之\n一兼任。\n二、乙。\n");
        assert_eq!(doc.units.len(), 2);
        assert!(doc.units[0].children[0].text.ends_with("副首長之一兼任。"));
        let doc = parse("要點\n一、依第二點、\n三、四點規定辦理。\n二、乙。\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn statute_2a() {
        let doc = parse(
            "法規名稱：示範資料管理辦法\n修正日期：民國 113 年 05 月 08 日\n   第 一 章 總則\n第 1 條\n本辦法依示範法（以下簡稱本法）第十條第二項規定訂定之。\n第 2 條\n本辦法用詞，定義如下：\n一、資料：指……。\n二、資料集：指……。\n前項第二款之資料集，應定期更新。\n第 3 條\n（刪除）\n第 3-1 條\n本辦法自發布日施行。\n",
        );
        assert_eq!(doc.kind, DocKind::Statute);
        assert_eq!(doc.title.as_deref(), Some("示範資料管理辦法"));
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        let chap = &doc.units[0];
        assert_eq!(chap.kind, NodeKind::Chapter);
        assert_eq!(chap.caption.as_deref(), Some("總則"));
        assert_eq!(chap.children.len(), 4);
        assert_eq!(chap.children[1].children.len(), 2);
        assert!(chap.children[2].deleted);
        assert_eq!(chap.children[3].id, "chap_1__art_3-1");
    }

    #[test]
    fn wrapped_2c() {
        let doc = parse_with(
            "第 2 條\r\n本辦法用詞，定義如下：\r\n一、資料：指機關於職務上作成或取得之文書、圖畫、照片、磁碟、磁帶\r\n    、光碟片、微縮片、積體電路晶片等媒介物。\r\n二、資料集：指……。\r\n",
            &ParseOptions { title: false, ..Default::default() },
        );
        let art = &doc.units[0];
        let sub = &art.children[0].children[0];
        assert_eq!(
            sub.text,
            "資料：指機關於職務上作成或取得之文書、圖畫、照片、磁碟、磁帶、光碟片、微縮片、積體電路晶片等媒介物。"
        );
    }

    #[test]
    fn gaps_and_duplicates_are_diagnosed() {
        let doc = parse("要點\n一、甲。\n二、乙。\n四、丁。\n");
        assert_eq!(doc.units.len(), 3);
        assert_eq!(doc.diagnostics[0].code, "gap");
        let doc = parse("要點\n一、甲。\n二、乙。\n二、丙。\n");
        assert_eq!(doc.units.len(), 2);
        assert_eq!(doc.diagnostics[0].code, "duplicate");
    }

    #[test]
    fn marks_give_their_markers_back() {
        for line in [
            "第 5 條（主管機關）本法所稱…",
            "第十條之一　　本法",
            "第 一 章 總則",
            "第三章之一 罰則",
            "壹、總則",
            "一、本點",
            "七之一、",
            "（二）甲",
            "1. 乙",
            "（1）",
            "甲、丙",
            "子 、丁",
            "㈠戊",
            "一  舊式",
            "第 3 條",
        ] {
            let m = marker::marker(line).unwrap();
            assert_eq!(Mark::new(&m, line).expand(line), m, "{line}");
        }
        assert!(std::mem::size_of::<Option<Mark>>() <= std::mem::size_of::<Option<Marker<'_>>>() / 2 + 8);
    }

    #[test]
    fn colliding_ids_are_renamed_and_rising_ones_left_alone() {
        // Chapters numbered 一 一: the second chapter and its articles get new ids.
        let doc = parse("示範法\n第一章 總則\n第 1 條\n甲。\n第一章 再\n第 2 條\n乙。\n");
        let ids: Vec<&str> = doc.units.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["chap_1", "chap_1_2"]);
        assert_eq!(doc.units[1].children[0].id, "chap_1_2__art_2");
        assert!(!ids_surely_unique(&doc.units));
        // Gaps alone make ids rise: the quick check settles it.
        let doc = parse("要點\n一、甲。\n二、乙。\n四、丁。\n");
        assert!(ids_surely_unique(&doc.units));
        assert!(!has_duplicate_ids(&doc.units));
    }
}
