//! Renderings of a [`Diff`]: a readable text summary, the official comparison table
//! (修正對照表) in Markdown and HTML, and the one-line amendment summary.
//!
//! ```
//! let old = fagui::parse("要點\n一、委員任期二年。\n");
//! let new = fagui::parse("要點\n一、委員任期三年。\n二、本要點自發布日施行。\n");
//! let d = fagui::diff::diff(&old, &new);
//! let md = fagui::diff::render::table_md(&d, Default::default());
//! assert!(md.contains("| 二、<u>本要點自發布日施行。</u> |  | 本點新增。 |"));
//! assert_eq!(fagui::diff::render::stat(&d), d.summary.stat);
//! ```
//!
//! The table has three columns. For directives they are 修正規定 | 現行規定 | 說明; for
//! statutes, as in the legislature's tables, 修正條文 | 現行條文 | 說明. Each cell holds
//! the whole unit with its label (`八、…`, `第八條　…`), one line per paragraph and list
//! item; words inserted in the new version and deleted from the old one are
//! underlined (`<u>…</u>`). The 說明 column uses the official phrasing:
//! `本點新增。`, `本點刪除。`, `原第八點移列為第九點，內容未修正。`,
//! `原第八點移列為第九點，並酌作文字修正。`, `酌作文字修正。` (`條` for statutes).

use crate::ast::{DocKind, Jurisdiction, NodeKind, Num};
use crate::label::Label;
use crate::numeral::to_cjk;

use super::{Change, Diff, HeadingChange, InlineOp, Op, Piece};

/// How to render.
///
/// ```
/// let o = fagui::diff::render::Options::default().with_all(true);
/// assert!(!o.color);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Include unchanged units (tables and text).
    pub all: bool,
    /// Use ANSI colours (text output only).
    pub color: bool,
    /// What the 說明 column says.
    pub explain: Explain,
    /// Which columns of the table underline changed words.
    pub underline: Underline,
}

/// What the 說明 column of the table says.
///
/// ```
/// assert_eq!(fagui::diff::render::Explain::default(), fagui::diff::render::Explain::Classic);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Explain {
    /// The phrasing of earlier versions: `酌作文字修正。` for any change of wording, one
    /// sentence per moved 款.
    #[default]
    Classic,
    /// The drafting convention: structural facts, renumbering runs as one range
    /// (`原第四項第二款至第五款依序移列為第三款至第六款。`), `酌作文字修正。` only for
    /// editorial changes, and for a substantive one where the wording changed, followed
    /// by the placeholder `〔修正理由待補〕` for the drafter's reason.
    ///
    /// A change of wording is editorial when, in every node whose text changed, the old
    /// and the new text read the same once punctuation and whitespace are removed,
    /// full-width forms read as half-width, `的` as `之`, `台` as `臺` and numbers by
    /// value (`3`, `３`, `三`); or when the only other difference is agencies renamed by
    /// a reorganisation, each replaced by one of its successors with its head's title
    /// (`行政院衛生署署長` → `衛生福利部部長`). Anything else — a number of members that
    /// changed, a word added, a competence handed to an agency that is not the successor
    /// of the one named (`內政部` → `法務部`) — is substantive.
    Facts,
    /// An empty 說明 column, but for the sentences a reader of the table needs to take
    /// the two versions back out of it: the title row's `名稱修正。` and where a unit or
    /// a heading stood (`本條內容未修正，移列至第三章。`, `本章原自第四十二條起。`).
    None,
}

/// Which columns of the table underline changed words.
///
/// ```
/// assert_eq!(fagui::diff::render::Underline::default(), fagui::diff::render::Underline::Both);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Underline {
    /// Inserted words in the 修正 column and deleted words in the 現行 column.
    #[default]
    Both,
    /// Changed words in the 修正 column only (the drafting convention).
    New,
}

/// The stat line is `全文修正` when at least half of the units changed (the drafting
/// convention: an amendment touching half of the articles or more is made as a 全文修正),
/// for documents of at least this many units.
pub(crate) const FULL_MIN_UNITS: usize = 4;

/// How a unit is cited: `第八點`, `第十條之一`, `第七點之一`.
///
/// ```
/// use fagui::DocKind::*;
/// assert_eq!(fagui::diff::render::cite(Directive, fagui::Num::from(8)), "第八點");
/// assert_eq!(fagui::diff::render::cite(Statute, fagui::Num::new(10, Some(1))), "第十條之一");
/// ```
pub fn cite(kind: DocKind, num: Num) -> String {
    let word = kind.unit_word();
    match num.sub {
        Some(s) => format!("第{}{word}之{}", to_cjk(num.main), to_cjk(s)),
        None => format!("第{}{word}", to_cjk(num.main)),
    }
}

/// The canonical label of a unit as printed in the table: `八、`, `七之一、`, `第八條`,
/// `第十條之一`.
pub(crate) fn unit_label(kind: DocKind, num: Num) -> String {
    match (kind, num.sub) {
        (DocKind::Directive, Some(s)) => format!("{}之{}、", to_cjk(num.main), to_cjk(s)),
        (DocKind::Directive, None) => format!("{}、", to_cjk(num.main)),
        (DocKind::Statute, _) => cite(kind, num),
    }
}

/// The one-line amendment summary as an agency writes it in the history block:
/// `修正第三點、第八點；增訂第十四點；刪除第十點` (`條` for statutes; `名稱` first when
/// the title changed). A renumbered unit is named `原第九條移列為第八條` (and is amended
/// under its new number when its text changed too); when at least half of the new
/// units changed (amended, added, deleted or renumbered; in a text of at least four units) the summary
/// is `全文修正`. Units whose text changed only in form (`cosmetic`) are left out. Empty
/// when no unit changed.
///
/// ```
/// let old = fagui::parse("示範辦法\n第 1 條\n甲。\n第 2 條\n乙。\n");
/// let new = fagui::parse("示範辦法\n第 1 條\n甲。\n第 2 條\n丙。\n第 2-1 條\n丁。\n");
/// assert_eq!(fagui::diff::render::stat(&fagui::diff::diff(&old, &new)), "修正第二條；增訂第二條之一");
/// ```
pub fn stat(d: &Diff) -> String {
    let changed = d.changes.iter().filter(|c| c.op != Op::Unchanged && !c.cosmetic).count();
    let new_units = d.changes.iter().filter(|c| c.new_id.is_some()).count();
    if new_units >= FULL_MIN_UNITS && changed * 2 >= new_units {
        return "全文修正".to_string();
    }
    let (mut modified, mut added, mut deleted, mut moved) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for c in &d.changes {
        if let (Op::Renumbered, Some(o), Some(n)) = (c.op, c.old_num, c.new_num) {
            moved.push(format!("原{}移列為{}", cite(d.kind, o), cite(d.kind, n)));
        }
        match c.op {
            Op::Modified if c.cosmetic => {}
            Op::Renumbered if !c.text_changed => {}
            Op::Modified | Op::Renumbered => modified.extend(c.new_num.map(|n| cite(d.kind, n))),
            Op::Added => added.extend(c.new_num.map(|n| cite(d.kind, n))),
            Op::Deleted => deleted.extend(c.old_num.map(|n| cite(d.kind, n))),
            Op::Unchanged => {}
        }
    }
    let mut parts = Vec::new();
    let title = d.old_title != d.new_title;
    match (title, modified.is_empty()) {
        (true, true) => parts.push("修正名稱".to_string()),
        (true, false) => parts.push(format!("修正名稱及{}", modified.join("、"))),
        (false, false) => parts.push(format!("修正{}", modified.join("、"))),
        (false, true) => {}
    }
    if !added.is_empty() {
        parts.push(format!("增訂{}", added.join("、")));
    }
    if !deleted.is_empty() {
        parts.push(format!("刪除{}", deleted.join("、")));
    }
    if !moved.is_empty() {
        parts.push(moved.join("、"));
    }
    parts.join("；")
}

// ---------------------------------------------------------------------------
// Cells

/// A run of text in a cell, underlined or not.
pub(crate) struct Run {
    pub(crate) text: String,
    pub(crate) mark: bool,
}

/// One line of a cell: indentation depth and runs.
pub(crate) struct Line {
    pub(crate) depth: usize,
    pub(crate) runs: Vec<Run>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Old,
    New,
}

impl Side {
    fn keeps(self, op: InlineOp) -> bool {
        match self {
            Side::Old => op != InlineOp::Insert,
            Side::New => op != InlineOp::Delete,
        }
    }
    fn has(self, c: &Change) -> bool {
        match self {
            Side::Old => c.old_id.is_some(),
            Side::New => c.new_id.is_some(),
        }
    }
    fn label(self, c: &Change) -> Option<&Label> {
        match self {
            Side::Old => c.old_label.as_ref(),
            Side::New => c.new_label.as_ref(),
        }
    }
    fn num(self, c: &Change) -> Option<Num> {
        match self {
            Side::Old => c.old_num,
            Side::New => c.new_num,
        }
    }
    fn caption(self, c: &Change) -> Option<&str> {
        match self {
            Side::Old => c.old_caption.as_deref(),
            Side::New => c.new_caption.as_deref(),
        }
    }
}

fn runs_of(pieces: &[Piece], side: Side) -> Vec<Run> {
    pieces
        .iter()
        .filter(|p| side.keeps(p.op))
        .map(|p| Run { text: p.text.clone(), mark: p.op != InlineOp::Equal })
        .collect()
}

fn push_runs(line: &mut Line, runs: Vec<Run>) {
    for r in runs {
        match line.runs.last_mut() {
            Some(last) if last.mark == r.mark => last.text.push_str(&r.text),
            _ => line.runs.push(r),
        }
    }
}

/// The children a side has, in that version's order: the merged order of a diff can put
/// a renumbered item before a deleted one, which on the 現行 side would show the current
/// text out of order.
fn side_children(c: &Change, side: Side) -> Vec<&Change> {
    let mut kids: Vec<&Change> = c.children.iter().filter(|ch| side.has(ch)).collect();
    if side == Side::Old && kids.iter().all(|k| k.old_num.is_some()) {
        kids.sort_by_key(|k| k.old_num);
    }
    kids
}

/// The lines of one side of a unit: label and first paragraph on the first line, then
/// one line per further paragraph and list item.
fn cell(kind: DocKind, c: &Change, side: Side) -> Vec<Line> {
    let mut lines = Vec::new();
    if !side.has(c) {
        return lines;
    }
    let label = match side.num(c) {
        Some(n) if c.kind.is_unit() => unit_label(kind, n),
        _ => side.label(c).map(Label::to_string).unwrap_or_default(),
    };
    let mut head = Line { depth: 0, runs: vec![Run { text: label, mark: false }] };
    if let Some(cap) = side.caption(c) {
        push_runs(&mut head, vec![Run { text: cap.to_string(), mark: false }]);
    }
    if kind == DocKind::Statute {
        push_runs(&mut head, vec![Run { text: "\u{3000}".into(), mark: false }]);
    }
    push_runs(&mut head, runs_of(&c.inline, side));
    let mut first = true;
    for ch in side_children(c, side) {
        if ch.kind == NodeKind::Paragraph && first {
            push_runs(&mut head, runs_of(&ch.inline, side));
            lines.push(std::mem::replace(&mut head, Line { depth: 0, runs: Vec::new() }));
            list_lines(&mut lines, ch, side, 1);
        } else {
            if first {
                lines.push(std::mem::replace(&mut head, Line { depth: 0, runs: Vec::new() }));
            }
            node_lines(&mut lines, ch, side, 0);
        }
        first = false;
    }
    if first {
        lines.push(head);
    }
    lines
}

fn node_lines(lines: &mut Vec<Line>, c: &Change, side: Side, depth: usize) {
    let whole = c.op == Op::Added || (c.op == Op::Deleted && c.new_id.is_none());
    let mut line = Line { depth, runs: Vec::new() };
    if let Some(l) = side.label(c) {
        push_runs(&mut line, vec![Run { text: l.to_string(), mark: whole }]);
        // An old-style bare numeral (`一  關於…`): a space keeps it apart from the text,
        // so that the cell reads back as a list item.
        if l.is_bare() {
            push_runs(&mut line, vec![Run { text: "\u{3000}".into(), mark: false }]);
        }
    }
    push_runs(&mut line, runs_of(&c.inline, side));
    lines.push(line);
    list_lines(lines, c, side, depth + 1);
}

fn list_lines(lines: &mut Vec<Line>, c: &Change, side: Side, depth: usize) {
    for ch in side_children(c, side) {
        node_lines(lines, ch, side, depth);
    }
}

fn heading_cell(h: &HeadingChange, side: Side) -> Vec<Line> {
    let c = &h.change;
    if !side.has(c) {
        return Vec::new();
    }
    if c.kind == NodeKind::Preamble {
        // A preamble: its paragraphs, one line each.
        let mut lines = Vec::new();
        list_lines(&mut lines, c, side, 0);
        return lines;
    }
    let whole = c.op == Op::Added || c.op == Op::Deleted;
    let mut line = Line { depth: 0, runs: Vec::new() };
    let label: String = side.label(c).map_or("", Label::as_str).chars().filter(|ch| !ch.is_whitespace()).collect();
    push_runs(&mut line, vec![Run { text: label, mark: whole }]);
    let (old, new) = (c.old_caption.as_deref().unwrap_or(""), c.new_caption.as_deref().unwrap_or(""));
    if let Some(cap) = side.caption(c) {
        push_runs(&mut line, vec![Run { text: "\u{3000}".into(), mark: false }]);
        if whole || old == new {
            push_runs(&mut line, vec![Run { text: cap.to_string(), mark: whole }]);
        } else {
            push_runs(&mut line, runs_of(&super::inline::inline_diff(old, new), side));
        }
    }
    push_runs(&mut line, runs_of(&c.inline, side));
    vec![line]
}

/// The label of each heading of the new version by id (the first heading with that id).
type HeadingLabels<'a> = std::collections::HashMap<&'a str, Option<&'a str>>;

fn heading_labels(diff: &Diff) -> HeadingLabels<'_> {
    let mut labels = HeadingLabels::new();
    for h in &diff.headings {
        if let Some(id) = h.change.new_id.as_deref() {
            labels.entry(id).or_insert(h.change.new_label.as_deref());
        }
    }
    labels
}

/// The 說明 of a unit row.
fn explain(kind: DocKind, c: &Change, headings: &HeadingLabels<'_>, ancestry: &super::Ancestry) -> String {
    let w = kind.unit_word();
    let cite_old = c.old_num.map(|n| cite(kind, n)).unwrap_or_default();
    let cite_new = c.new_num.map(|n| cite(kind, n)).unwrap_or_default();
    match c.op {
        Op::Added => format!("本{w}新增。"),
        Op::Deleted => format!("本{w}刪除。"),
        Op::Renumbered if c.text_changed => format!("原{cite_old}移列為{cite_new}，並酌作文字修正。"),
        Op::Renumbered => format!("原{cite_old}移列為{cite_new}，內容未修正。"),
        Op::Modified if c.cosmetic => "僅調整標點符號或空白，內容未修正。".to_string(),
        Op::Modified => {
            let mut s = details(c, "");
            if s.is_empty() || wording_changed(c) {
                s.push_str("酌作文字修正。");
            }
            s
        }
        Op::Unchanged if c.moved => {
            let parent = c.new_id.as_deref().and_then(|id| ancestry.new.get(id)?.last()).map_or("", |p| p.as_str());
            // Looked up, not searched: every unit moved under another heading asks.
            let heading = headings
                .get(parent)
                .copied()
                .flatten()
                .map(|l| l.chars().filter(|ch| !ch.is_whitespace()).collect::<String>())
                .unwrap_or_default();
            format!("本{w}內容未修正，移列至{heading}。")
        }
        Op::Unchanged => format!("本{w}未修正。"),
    }
}

/// True when the words of a paired node or of a paired descendant changed (added and
/// deleted children are structural changes, not wording).
fn wording_changed(c: &Change) -> bool {
    if matches!(c.op, Op::Added) || (c.op == Op::Deleted && c.new_id.is_none()) {
        return false;
    }
    c.inline.iter().any(|p| p.op != InlineOp::Equal) || c.children.iter().any(wording_changed)
}

/// `增訂第二項。` / `刪除第一項第三款，原第四款移列為第三款。` for structural changes of
/// paragraphs and list items.
fn details(c: &Change, prefix: &str) -> String {
    let mut out = String::new();
    // A unit with one paragraph in both versions: cite its 款 without 第一項.
    let single = |side: fn(&Change) -> bool| {
        c.children.iter().filter(|ch| ch.kind == NodeKind::Paragraph && side(ch)).count() == 1
    };
    let single_para = c.kind.is_unit() && single(|ch| ch.old_id.is_some()) && single(|ch| ch.new_id.is_some());
    for ch in &c.children {
        let word = ch.kind.word();
        let num = |n: Option<Num>| n.map(|n| to_cjk(n.main)).unwrap_or_default();
        let new_pfx = format!("{prefix}第{}{word}", num(ch.new_num));
        let old_pfx = format!("{prefix}第{}{word}", num(ch.old_num));
        let here = if word.is_empty() {
            String::new()
        } else {
            match ch.op {
                Op::Added => format!("增訂{new_pfx}。"),
                Op::Deleted if ch.new_id.is_none() => format!("刪除{old_pfx}。"),
                Op::Renumbered => format!("原{old_pfx}移列為{new_pfx}。"),
                _ => String::new(),
            }
        };
        out.push_str(&here);
        if matches!(ch.op, Op::Modified | Op::Renumbered) && !word.is_empty() && ch.kind == NodeKind::Paragraph {
            let sub = details(ch, if single_para { "" } else { &new_pfx });
            out.push_str(&sub);
        }
    }
    out
}

fn heading_explain(h: &HeadingChange) -> String {
    let c = &h.change;
    if c.kind == NodeKind::Preamble {
        return match c.op {
            Op::Added => "增訂前言。",
            Op::Deleted => "刪除前言。",
            Op::Unchanged => "前言未修正。",
            _ => "前言修正。",
        }
        .to_string();
    }
    let word = c.kind.word();
    let label =
        |l: &Option<Label>| l.as_deref().unwrap_or("").chars().filter(|ch| !ch.is_whitespace()).collect::<String>();
    match c.op {
        Op::Added => format!("本{word}新增。"),
        Op::Deleted => format!("本{word}刪除。"),
        Op::Unchanged => format!("{word}名未修正。"),
        Op::Renumbered if c.text_changed => {
            format!("原{}移列為{}，並修正{word}名。", label(&c.old_label), label(&c.new_label))
        }
        Op::Renumbered => format!("原{}移列為{}，{word}名未修正。", label(&c.old_label), label(&c.new_label)),
        Op::Modified => format!("{word}名修正。"),
    }
}

/// A table row: 修正 cell, 現行 cell, 說明.
pub(crate) struct Row {
    pub(crate) new: Vec<Line>,
    pub(crate) old: Vec<Line>,
    pub(crate) note: String,
}

/// What a heading row's 說明 says before the current unit a heading stood before, when
/// units moved across it: `本章原自第四十二條起。`
pub(crate) const ANCHOR_PREFIX: &str = "原自";

/// What a heading row's 說明 says of a current heading with no unit under it, when its
/// row does not stand where it was: `本章原列於第三十二條之後。`
pub(crate) const AFTER_PREFIX: &str = "原列於";

/// For each current heading's id, the first current unit under it (the smallest number
/// among the units whose current id is below it).
fn first_old_units(d: &Diff) -> std::collections::HashMap<&str, Num> {
    let mut out: std::collections::HashMap<&str, Num> = std::collections::HashMap::new();
    for c in &d.changes {
        let (Some(id), Some(n)) = (c.old_id.as_deref(), c.old_num) else { continue };
        for heading in d.ancestry.old.get(id).into_iter().flatten() {
            let e = out.entry(heading.as_str()).or_insert(n);
            if n < *e {
                *e = n;
            }
        }
    }
    out
}

/// The new ids of the headings that gained or lost a changed unit (modified or
/// renumbered; an unchanged unit that moved says so in its own row): a table of the
/// changes shows them, so that the amended units stand under the right heading.
fn regrouped_headings(d: &Diff) -> std::collections::HashSet<&str> {
    fn ancestors<'a>(side: &'a std::collections::HashMap<String, Vec<String>>, id: &str) -> &'a [String] {
        side.get(id).map_or(&[], |v| v.as_slice())
    }
    let pairs: Vec<(&str, &str)> =
        d.headings.iter().filter_map(|h| Some((h.change.old_id.as_deref()?, h.change.new_id.as_deref()?))).collect();
    let mut out = std::collections::HashSet::new();
    for c in &d.changes {
        let (Some(o), Some(n)) = (c.old_id.as_deref(), c.new_id.as_deref()) else { continue };
        if c.op == Op::Unchanged {
            continue;
        }
        let (oa, na) = (ancestors(&d.ancestry.old, o), ancestors(&d.ancestry.new, n));
        for (ho, hn) in &pairs {
            let was = oa.iter().any(|a| a == ho);
            let is = na.iter().any(|a| a == hn);
            if was != is {
                out.insert(*hn);
            }
        }
    }
    out
}

pub(crate) fn rows(d: &Diff, opts: Options) -> Vec<Row> {
    let mut rows = Vec::new();
    if d.old_title != d.new_title {
        let t = super::inline::inline_diff(d.old_title.as_deref().unwrap_or(""), d.new_title.as_deref().unwrap_or(""));
        let line = |side| Line { depth: 0, runs: runs_of(&t, side) };
        let (new, old) = (line(Side::New), line(Side::Old));
        rows.push(Row {
            new: if new.runs.is_empty() { Vec::new() } else { vec![new] },
            old: if old.runs.is_empty() { Vec::new() } else { vec![old] },
            note: "名稱修正。".to_string(),
        });
    }
    let regrouped = regrouped_headings(d);
    let heading_row = |h: &HeadingChange, rows: &mut Vec<Row>| {
        let regrouped = h.change.new_id.as_deref().is_some_and(|id| regrouped.contains(id));
        if opts.all || h.change.op != Op::Unchanged || regrouped {
            if !h.change.kind.is_heading() && h.change.kind != NodeKind::Preamble {
                return;
            }
            rows.push(Row {
                new: heading_cell(h, Side::New),
                old: heading_cell(h, Side::Old),
                note: if opts.explain == Explain::None { String::new() } else { heading_explain(h) },
            });
        }
    };
    let slots = d.heading_slots();
    let headings = heading_labels(d);
    let first_units = first_old_units(d);
    // Per row: the current unit's number, or for a heading row the current unit it
    // stood before.
    let mut anchors: Vec<(Option<&str>, Option<Num>, bool)> = rows.iter().map(|_| (None, None, false)).collect();
    // Per row: for a current heading with no unit under it, the last current unit before it.
    let mut afters: Vec<Option<Num>> = rows.iter().map(|_| None).collect();
    for (ci, slot) in slots.iter().enumerate() {
        for h in slot {
            let before = rows.len();
            heading_row(h, &mut rows);
            if rows.len() > before {
                let anchor = h.change.old_id.as_deref().and_then(|id| first_units.get(id).copied());
                anchors.push((Some(h.change.kind.word()), anchor, false));
                afters.push(h.old_after);
            }
        }
        let Some(c) = d.changes.get(ci) else { continue };
        if opts.all || (c.op != Op::Unchanged && !c.cosmetic) || c.moved {
            let moved = c.op == Op::Unchanged && c.moved;
            let note = match opts.explain {
                Explain::Classic => explain(d.kind, c, &headings, &d.ancestry),
                Explain::Facts => {
                    super::explain::facts(d.kind, c).unwrap_or_else(|| explain(d.kind, c, &headings, &d.ancestry))
                }
                // Where a unit stood is no explanation: a reader of the table needs it.
                Explain::None if moved => explain(d.kind, c, &headings, &d.ancestry),
                Explain::None => String::new(),
            };
            rows.push(Row { new: cell(d.kind, c, Side::New), old: cell(d.kind, c, Side::Old), note });
            anchors.push((None, c.old_id.as_ref().and(c.old_num), moved));
            afters.push(None);
        }
    }
    // A current heading whose row is not followed by the row of the current unit it
    // stood before (units moved across it) says where it stood: `本章原自第四十二條起。`
    for i in 0..rows.len() {
        let Some(&(Some(word), Some(anchor), _)) = anchors.get(i) else { continue };
        // The next current unit as a reader takes it: after the headings that follow,
        // and after the unchanged units moved under them (their 說明 says so, and a
        // reader puts them before the headings).
        let mut rest = anchors.iter().skip(i + 1).skip_while(|a| a.0.is_some()).peekable();
        while rest.peek().is_some_and(|a| a.2) {
            rest.next();
        }
        let next = rest.find_map(|a| if a.0.is_some() { None } else { a.1 });
        // Said only when that unit has a row (a table of the changes leaves most out).
        let shown = anchors.iter().any(|a| a.0.is_none() && a.1 == Some(anchor));
        if shown
            && next != Some(anchor)
            && let Some(r) = rows.get_mut(i)
            && !r.old.is_empty()
        {
            r.note.push_str(&format!("本{word}{ANCHOR_PREFIX}{}起。", cite(d.kind, anchor)));
        }
    }
    // A current heading with no unit under it whose row comes before a current unit
    // that stood before it (a reader would put it there): `本章原列於第三十二條之後。`
    for i in 0..rows.len() {
        let (Some(&Some(after)), Some(&(Some(word), _, _))) = (afters.get(i), anchors.get(i)) else { continue };
        let next = anchors.iter().skip(i + 1).find_map(|a| if a.0.is_some() { None } else { a.1 });
        if next.is_some_and(|n| n <= after)
            && let Some(r) = rows.get_mut(i)
            && !r.old.is_empty()
        {
            r.note.push_str(&format!("本{word}{AFTER_PREFIX}{}之後。", cite(d.kind, after)));
        }
    }
    if opts.underline == Underline::New {
        for r in &mut rows {
            for line in &mut r.old {
                let text: String = line.runs.iter().map(|r| r.text.as_str()).collect();
                line.runs = vec![Run { text, mark: false }];
            }
        }
    }
    rows
}

pub(crate) fn column_names(kind: DocKind) -> (&'static str, &'static str) {
    match kind {
        DocKind::Directive => ("修正規定", "現行規定"),
        DocKind::Statute => ("修正條文", "現行條文"),
    }
}

/// The table's three column names and whether the old version comes first: the
/// Taiwanese order (修正條文｜現行條文｜說明), or for two mainland versions the mainland
/// one (修订前｜修订后｜说明).
pub(crate) fn columns(d: &Diff) -> ([&'static str; 3], bool) {
    match d.jurisdiction {
        Jurisdiction::Cn => (["修订前", "修订后", "说明"], true),
        Jurisdiction::Tw => {
            let (a, b) = column_names(d.kind);
            ([a, b, "說明"], false)
        }
    }
}

/// The table rows in the column order of [`columns`], 说明 in mainland words for two
/// mainland versions.
pub(crate) fn ordered_rows(d: &Diff, opts: Options) -> Vec<(Vec<Line>, Vec<Line>, String)> {
    let (_, old_first) = columns(d);
    rows(d, opts)
        .into_iter()
        .map(|r| {
            if old_first {
                (mainland_label(r.old), mainland_label(r.new), mainland_note(&r.note))
            } else {
                (r.new, r.old, r.note)
            }
        })
        .collect()
}

/// A cell of a mainland table: the unit's label, printed from its number, as the mainland
/// writes it (`第二条`, `第十条之一`).
fn mainland_label(mut lines: Vec<Line>) -> Vec<Line> {
    if let Some(run) = lines.first_mut().and_then(|l| l.runs.first_mut()) {
        run.text = run.text.replace('條', "条");
    }
    lines
}

/// A 說明 in mainland words: 条/款/项 (the Taiwanese 項 is the mainland 款, the
/// Taiwanese 款 the mainland 项) and simplified characters.
///
/// ```
/// let d = fagui::diff::diff(
///     &fagui::parse("示范法\n第一条 甲。\n第二条 乙：\n（一）丙；\n（二）丁。\n"),
///     &fagui::parse("示范法\n第一条 甲。\n第二条 乙：\n（一）丙。\n第三条 戊。\n"),
/// );
/// let md = fagui::diff::render::table_md(&d, Default::default());
/// assert!(md.contains("| 修订前 | 修订后 | 说明 |"));
/// assert!(md.contains("第二条") && !md.contains("第二條"), "{md}");
/// assert!(md.contains("删除第二项。"), "{md}");
/// assert!(md.contains("本条新增。"));
/// ```
fn mainland_note(note: &str) -> String {
    note.chars()
        .map(|c| match c {
            '條' => '条',
            '項' => '款',
            '款' => '项',
            '點' => '点',
            '節' => '节',
            '編' => '编',
            '刪' => '删',
            '為' => '为',
            '訂' => '订',
            '並' => '并',
            '內' => '内',
            '僅' => '仅',
            '調' => '调',
            '標' => '标',
            '號' => '号',
            '稱' => '称',
            '說' => '说',
            '對' => '对',
            '們' => '们',
            '屬' => '属',
            '於' => '于',
            '與' => '与',
            '總' => '总',
            '則' => '则',
            '關' => '关',
            '規' => '规',
            c => c,
        })
        .collect()
}

/// True when an amendment changes some units only: at least one unit of the new
/// version is unchanged (or changed in form only) and the summary is not `全文修正`.
/// The table is then titled `…部分條文修正草案對照表` / `…部分規定修正對照表`; a
/// 全文修正, or an amendment that changes every unit, takes the whole-text form
/// `…修正條文對照表` / `…修正規定對照表`.
pub(crate) fn is_partial(d: &Diff) -> bool {
    let stat = d.summary.stat.as_str();
    let changed = d.changes.iter().any(|c| c.op != Op::Unchanged && !c.cosmetic);
    stat != "全文修正"
        && changed
        && d.changes.iter().any(|c| c.new_id.is_some() && (c.op == Op::Unchanged || c.cosmetic))
}

/// The title of the table: the law's title (the new one) and `修正規定對照表` /
/// `修正條文對照表`, or `部分規定修正對照表` / `部分條文修正草案對照表` when the
/// amendment changes some units only ([`is_partial`]); `修订前后对照表` for two
/// mainland versions.
pub(crate) fn table_title(d: &Diff) -> String {
    let t = d.new_title.as_deref().or(d.old_title.as_deref()).unwrap_or("");
    if d.jurisdiction == Jurisdiction::Cn {
        return format!("{t}修订前后对照表");
    }
    match (d.kind, is_partial(d)) {
        (DocKind::Directive, false) => format!("{t}修正規定對照表"),
        (DocKind::Directive, true) => format!("{t}部分規定修正對照表"),
        (DocKind::Statute, false) => format!("{t}修正條文對照表"),
        (DocKind::Statute, true) => format!("{t}部分條文修正草案對照表"),
    }
}

/// Escapes text for HTML (and for HTML inside Markdown).
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

fn line_html(line: &Line, md: bool) -> String {
    let mut s = String::new();
    for r in &line.runs {
        let mut t = escape_html(&r.text);
        if md {
            // A line break inside a text (a box-drawing table kept in a paragraph) would
            // end the table row.
            t = t
                .replace('|', "\\|")
                .replace('*', "\\*")
                .replace('_', "\\_")
                .replace("\r\n", "<br>")
                .replace('\n', "<br>");
        }
        if r.mark {
            s.push_str("<u>");
            s.push_str(&t);
            s.push_str("</u>");
        } else {
            s.push_str(&t);
        }
    }
    s
}

/// The comparison table in Markdown (a GitHub-style table; underlines as `<u>…</u>`,
/// lines inside a cell separated by `<br>`).
///
/// ```
/// let old = fagui::parse("要點\n一、任期二年。\n");
/// let new = fagui::parse("要點\n一、任期三年。\n");
/// let md = fagui::diff::render::table_md(&fagui::diff::diff(&old, &new), Default::default());
/// assert!(md.contains("| 一、任期<u>三</u>年。 | 一、任期<u>二</u>年。 | 酌作文字修正。 |"));
/// ```
pub fn table_md(d: &Diff, opts: Options) -> String {
    let ([a, b, n], _) = columns(d);
    let mut out = format!("# {}\n\n| {a} | {b} | {n} |\n| --- | --- | --- |\n", escape_html(&table_title(d)));
    let cell = |lines: &[Line]| {
        lines
            .iter()
            .map(|l| format!("{}{}", "\u{3000}".repeat(l.depth), line_html(l, true)))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    for (first, second, note) in ordered_rows(d, opts) {
        out.push_str(&format!("| {} | {} | {} |\n", cell(&first), cell(&second), escape_html(&note)));
    }
    out
}

const CSS: &str = "@page { size: A4 landscape; margin: 12mm; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: 16px; box-sizing: border-box; max-width: 100%; font-family: \"Noto Serif CJK TC\", \"Noto Sans CJK TC\", \"PMingLiU\", \"MingLiU\", \"WenQuanYi Micro Hei\", serif; font-size: 12pt; line-height: 1.6; color: #000; background: #fff; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 12px; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; }
col.rule { width: 37%; }
col.note { width: 26%; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; word-break: break-all; overflow-wrap: anywhere; }
th { text-align: center; background: #f2f2f2; }
thead { display: table-header-group; }
td p { margin: 0; }
u { text-decoration: underline; text-underline-offset: 2px; }
@media print { body { padding: 0; } th { background: none; } }
";

/// The comparison table as one self-contained HTML5 page (inline CSS, A4 landscape
/// when printed, long Chinese lines wrapped).
///
/// ```
/// let old = fagui::parse("要點\n一、任期二年。\n");
/// let new = fagui::parse("要點\n一、任期<三>年。\n");
/// let html = fagui::diff::render::table_html(&fagui::diff::diff(&old, &new), Default::default());
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("@page { size: A4 landscape"));
/// assert!(html.contains("<u>&lt;三&gt;</u>"));
/// ```
pub fn table_html(d: &Diff, opts: Options) -> String {
    let ([a, b, n], _) = columns(d);
    let title = escape_html(&table_title(d));
    let lang = if d.jurisdiction == Jurisdiction::Cn { "zh-Hans-CN" } else { "zh-Hant-TW" };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<table>\n<colgroup><col class=\"rule\"><col class=\"rule\"><col class=\"note\"></colgroup>\n<thead><tr><th scope=\"col\">{a}</th><th scope=\"col\">{b}</th><th scope=\"col\">{n}</th></tr></thead>\n<tbody>\n"
    );
    let cell = |lines: &[Line]| {
        lines
            .iter()
            .map(|l| {
                let pad = if l.depth > 0 { format!(" style=\"padding-left:{}em\"", l.depth) } else { String::new() };
                format!("<p{pad}>{}</p>", line_html(l, false))
            })
            .collect::<String>()
    };
    for (first, second, note) in ordered_rows(d, opts) {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            cell(&first),
            cell(&second),
            escape_html(&note)
        ));
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

// ---------------------------------------------------------------------------
// Text

fn paint(s: &str, code: &str, color: bool) -> String {
    if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
}

fn inline_text(pieces: &[Piece], color: bool) -> String {
    pieces
        .iter()
        .map(|p| match p.op {
            InlineOp::Equal => p.text.clone(),
            InlineOp::Delete if color => paint(&p.text, "31;9", true),
            InlineOp::Insert if color => paint(&p.text, "32;4", true),
            InlineOp::Delete => format!("[-{}-]", p.text),
            InlineOp::Insert => format!("{{+{}+}}", p.text),
        })
        .collect()
}

fn child_path(c: &Change) -> String {
    let num = c.new_num.or(c.old_num).map(|n| to_cjk(n.main)).unwrap_or_default();
    match c.kind {
        NodeKind::Paragraph => format!("第{num}項"),
        _ => c.new_label.as_deref().or(c.old_label.as_deref()).unwrap_or("").to_string(),
    }
}

fn text_children(out: &mut String, c: &Change, color: bool, path: &str) {
    // A unit with one paragraph in both versions: no 第一項 in the paths.
    let paras = |old: bool| {
        c.children
            .iter()
            .filter(|ch| ch.kind == NodeKind::Paragraph && if old { ch.old_id.is_some() } else { ch.new_id.is_some() })
            .count()
    };
    let single = c.kind.is_unit() && paras(true) == 1 && paras(false) == 1;
    for ch in &c.children {
        let here = if single && ch.kind == NodeKind::Paragraph {
            path.to_string()
        } else {
            format!("{path}{}", child_path(ch))
        };
        if ch.text_changed || ch.op != Op::Unchanged {
            let text = inline_text(&ch.inline, color);
            let sign = match ch.op {
                Op::Added => "+",
                Op::Deleted => "-",
                Op::Renumbered => ">",
                _ => "~",
            };
            let moved = match (ch.op, ch.old_label.as_deref(), ch.kind) {
                (Op::Renumbered, Some(l), k) if k != NodeKind::Paragraph => format!("（原{l}）"),
                (Op::Renumbered, _, NodeKind::Paragraph) => {
                    let num = ch.old_num.map(|n| to_cjk(n.main)).unwrap_or_default();
                    format!("（原第{num}項）")
                }
                _ => String::new(),
            };
            let own = ch.inline.iter().any(|p| p.op != InlineOp::Equal)
                || matches!(ch.op, Op::Added | Op::Deleted | Op::Renumbered);
            let sign = if own { sign } else { " " };
            let head = format!("{here}{moved}");
            let sep = if head.is_empty() { "" } else { " " };
            if !text.is_empty() {
                out.push_str(&format!("    {sign} {head}{sep}{text}\n"));
            } else if own {
                out.push_str(&format!("    {sign} {head}\n"));
            }
            text_children(out, ch, color, &here);
        }
    }
}

/// A readable summary: the amendment line, then one block per changed unit (all units
/// with `all`), changed words marked `[-deleted-]{+inserted+}`, or in red and green
/// with `color`.
///
/// ```
/// let old = fagui::parse("要點\n一、任期二年。\n");
/// let new = fagui::parse("要點\n一、任期三年。\n");
/// let t = fagui::diff::render::text(&fagui::diff::diff(&old, &new), Default::default());
/// assert!(t.contains("~ 第一點 modified"));
/// assert!(t.contains("任期[-二-]{+三+}年。"));
/// ```
pub fn text(d: &Diff, opts: Options) -> String {
    let color = opts.color;
    let mut out = String::new();
    if d.old_title != d.new_title {
        let t = super::inline::inline_diff(d.old_title.as_deref().unwrap_or(""), d.new_title.as_deref().unwrap_or(""));
        out.push_str(&format!("title: {}\n", inline_text(&t, color)));
    }
    let s = &d.summary;
    out.push_str(&paint(
        &format!(
            "{} | {} unchanged, {} modified, {} added, {} deleted, {} renumbered{}",
            if s.stat.is_empty() { "無修正" } else { &s.stat },
            s.unchanged,
            s.modified,
            s.added,
            s.deleted,
            s.renumbered,
            if s.moved > 0 { format!(", {} moved", s.moved) } else { String::new() }
        ),
        "1",
        color,
    ));
    out.push('\n');
    let heading_line = |out: &mut String, h: &HeadingChange| {
        let c = &h.change;
        if c.op == Op::Unchanged && !opts.all {
            return;
        }
        let label = |l: &Option<Label>, cap: &Option<String>| {
            format!("{} {}", l.as_deref().unwrap_or(""), cap.as_deref().unwrap_or("")).trim().to_string()
        };
        let desc = match c.op {
            Op::Added => format!("+ {} added", label(&c.new_label, &c.new_caption)),
            Op::Deleted => format!("- {} deleted", label(&c.old_label, &c.old_caption)),
            Op::Unchanged => format!("= {} unchanged", label(&c.new_label, &c.new_caption)),
            _ => {
                format!("~ {} → {} modified", label(&c.old_label, &c.old_caption), label(&c.new_label, &c.new_caption))
            }
        };
        out.push_str(&paint(&desc, "36", color));
        out.push('\n');
    };
    let slots = d.heading_slots();
    for (ci, slot) in slots.iter().enumerate() {
        for h in slot {
            heading_line(&mut out, h);
        }
        let Some(c) = d.changes.get(ci) else { continue };
        if c.op == Op::Unchanged && !c.moved && !opts.all {
            continue;
        }
        let old = c.old_num.map(|n| cite(d.kind, n)).unwrap_or_default();
        let new = c.new_num.map(|n| cite(d.kind, n)).unwrap_or_default();
        let (sign, desc, code) = match c.op {
            Op::Added => ("+", format!("{new} added"), "32"),
            Op::Deleted if c.new_id.is_some() => ("-", format!("{old} deleted (（刪除）)"), "31"),
            Op::Deleted => ("-", format!("{old} deleted"), "31"),
            Op::Modified if c.cosmetic => ("~", format!("{new} modified (formatting only)"), "33"),
            Op::Modified => ("~", format!("{new} modified"), "33"),
            Op::Renumbered if c.text_changed => (">", format!("{old} → {new} renumbered, modified"), "35"),
            Op::Renumbered => (">", format!("{old} → {new} renumbered"), "35"),
            Op::Unchanged if c.moved => ("=", format!("{new} unchanged, moved under another heading"), "36"),
            Op::Unchanged => ("=", format!("{new} unchanged"), "0"),
        };
        out.push_str(&paint(&format!("{sign} {desc}"), code, color));
        out.push('\n');
        match c.op {
            Op::Added | Op::Deleted if c.op == Op::Added || c.new_id.is_none() => {
                let side = if c.op == Op::Added { Side::New } else { Side::Old };
                for l in cell(d.kind, c, side) {
                    let t: String = l.runs.iter().map(|r| r.text.as_str()).collect();
                    out.push_str(&format!("    {}{}\n", "\u{3000}".repeat(l.depth), t));
                }
            }
            _ if c.text_changed => text_children(&mut out, c, color, ""),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod api_examples {
    #[test]
    fn unit_label_example() {
        use crate::DocKind::*;
        assert_eq!(crate::diff::render::unit_label(Directive, crate::Num::new(7, Some(1))), "七之一、");
        assert_eq!(crate::diff::render::unit_label(Statute, crate::Num::from(8)), "第八條");
    }

    #[test]
    fn is_partial_example() {
        let d = |a: &str, b: &str| crate::diff::diff(&crate::parse(a), &crate::parse(b));
        let some = d("要點\n一、甲。\n二、乙。\n", "要點\n一、甲。\n二、丙。\n");
        assert!(crate::diff::render::is_partial(&some));
        let every = d("要點\n一、甲。\n二、乙。\n", "要點\n一、丁。\n二、丙。\n");
        assert!(!crate::diff::render::is_partial(&every));
    }

    #[test]
    fn table_title_example() {
        let d = |a: &str, b: &str| crate::diff::diff(&crate::parse(a), &crate::parse(b));
        let some = d("示範法\n第一條　甲。\n第二條　乙。\n", "示範法\n第一條　甲。\n第二條　丙。\n");
        assert_eq!(crate::diff::render::table_title(&some), "示範法部分條文修正草案對照表");
        let every = d("示範要點\n一、甲。\n", "示範要點\n一、乙。\n");
        assert_eq!(crate::diff::render::table_title(&every), "示範要點修正規定對照表");
    }

    #[test]
    fn escape_html_example() {
        assert_eq!(crate::diff::render::escape_html("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
