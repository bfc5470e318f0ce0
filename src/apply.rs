//! Applying an amendment: the current version of a document and a text of the amended
//! units only (修正規定 / 修正條文, as agencies publish them) give the consolidated new
//! version.
//!
//! An amendment is read by [`Amendment::parse`]: the units it lists (`六、…`, `八、…`,
//! `十三之一、…`, or `第六條 …`), any headings among them, and its instruction line — the
//! history-line grammar (`修正第六點、第八點；增訂第十三點之一；刪除第十點`,
//! `原第九條移列為第八條`, `全文修正`), found as a bare line before the units or as a
//! dated history entry. [`apply`] then
//!
//! - replaces every unit of the current version that the amendment lists by its new
//!   text, in place (a unit that reads `（刪除）` is kept as repealed: its number stays);
//! - inserts the units the current version lacks, after the last unit with a lower
//!   number (new headings go right before the first unit that follows them);
//! - removes the units the instructions delete and that the amendment does not list;
//! - moves units the instructions renumber (`原第九條移列為第八條`);
//! - replaces everything with a `全文修正`.
//!
//! Everything that does not fit is a [`Finding`], never a silent choice: a unit the
//! instructions amend that does not exist, an addition of a unit that exists, a unit of
//! the text the instruction line does not name (or the other way round), a deletion.
//! Errors mean the result is not what the amendment asks for as written.
//!
//! ```
//! use fagui::apply::{Amendment, apply};
//! let current = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、委員任期二年。\n三、本要點自發布日施行。\n");
//! let amendment = Amendment::parse("修正第二點；增訂第二點之一\n二、委員任期三年。\n二之一、委員得連任一次。\n", current.kind);
//! let done = apply(&current, &amendment);
//! assert!(!done.has_errors());
//! let text = fagui::render::to_text(&done.document);
//! assert_eq!(text, "示範要點\n一、本要點依示範法訂定。\n二、委員任期三年。\n二之一、委員得連任一次。\n三、本要點自發布日施行。\n");
//! assert_eq!(done.steps.len(), 2);
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ast::{DocKind, Document, HistoryAction, HistoryEntry, Node, NodeKind, Num, Span};
use crate::diagnostic::Severity;
use crate::diff::render::cite;
use crate::label::{Label, LabelStyle};
use crate::parse::{ParseOptions, parse_with};

mod cn;
pub use cn::{is_mainland_decision, mainland_decision};

/// An amendment: the units it lists and what its instruction line says.
///
/// ```
/// let a = fagui::apply::Amendment::parse("修正第二點\n二、委員任期三年。\n", fagui::DocKind::Directive);
/// assert_eq!(a.document.top_units().len(), 1);
/// assert_eq!(a.instructions[0].action, "修正");
/// assert_eq!(a.instructions[0].units, [fagui::Num::from(2)]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Amendment {
    /// The listed units (and headings) as parsed.
    pub document: Document,
    /// The actions of the instruction line, in the order written; empty when the
    /// amendment has none (then every listed unit is amended or added as it fits).
    pub instructions: Vec<HistoryAction>,
    /// Renumberings the instruction line names (`原第九條移列為第八條`): old, new.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<(Num, Num)>,
    /// The dated history entry of the amendment, when it had one (it is appended to the
    /// history of the result).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<HistoryEntry>,
}

impl Amendment {
    /// Reads an amendment text of the given kind (the kind of the current version: a
    /// few listed units do not tell it). Instruction lines (a line of actions and unit
    /// citations only, or a dated history entry) are taken out of the text; the rest is
    /// parsed as the document.
    ///
    /// ```
    /// let a = fagui::apply::Amendment::parse(
    ///     "示範條例第六條修正條文\n增訂第六條之一；刪除第九條\n第六條之一\n委員應親自出席。\n",
    ///     fagui::DocKind::Statute,
    /// );
    /// assert_eq!(a.document.top_units()[0].num, Some(fagui::Num::new(6, Some(1))));
    /// let acts: Vec<_> = a.instructions.iter().map(|x| x.action.as_str()).collect();
    /// assert_eq!(acts, ["增訂", "刪除"]);
    /// ```
    pub fn parse(text: &str, kind: DocKind) -> Amendment {
        let mut body = String::with_capacity(text.len());
        // A mainland decision (`将第十条修改为：…`, `删去第五条`) says what it does line by line.
        if is_mainland_decision(text) {
            return mainland_decision(text);
        }
        let mut lines = Vec::new();
        for line in text.split_inclusive('\n') {
            if is_instruction_line(line.trim()) {
                lines.push(line.trim().to_string());
                body.push('\n');
            } else {
                body.push_str(line);
            }
        }
        let opts = ParseOptions { kind: Some(kind), ..Default::default() };
        let document = parse_with(&body, &opts);
        let mut a = Amendment::from_document(document);
        for l in &lines {
            a.add_instructions(l);
        }
        a
    }

    /// An amendment from an already-parsed document of the listed units (read from
    /// open data, a Word file …): its last dated history entry, if any, gives the
    /// instructions.
    ///
    /// ```
    /// let doc = fagui::parse_with("二、委員任期三年。\n", &fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Directive)));
    /// let a = fagui::apply::Amendment::from_document(doc);
    /// assert!(a.instructions.is_empty());
    /// ```
    pub fn from_document(mut document: Document) -> Amendment {
        let entry = document.history.pop();
        let mut a = Amendment { document, instructions: Vec::new(), moves: Vec::new(), entry: None };
        if let Some(e) = entry {
            a.add_instructions(&e.raw);
            a.entry = Some(e);
        }
        a
    }

    /// Adds the actions of an instruction line (`修正第六點、第八點；增訂第十三點之一；
    /// 刪除第十點`; see [`instructions`]).
    ///
    /// ```
    /// let mut a = fagui::apply::Amendment::parse("二、委員任期三年。\n", fagui::DocKind::Directive);
    /// a.add_instructions("修正第二點");
    /// assert_eq!(a.instructions.len(), 1);
    /// ```
    pub fn add_instructions(&mut self, line: &str) {
        let acts = instructions(line);
        // `修正名稱及第二條`: the history grammar reads the units, not the title.
        if (line.contains("修正名稱") || line.contains("名稱修正")) && !acts.iter().any(|a| a.action == "名稱修正")
        {
            self.instructions.push(HistoryAction { action: "名稱修正".into(), units: Vec::new() });
        }
        self.instructions.extend(acts);
        self.moves.extend(moves(line));
    }

    /// True when an instruction line was read (or given).
    ///
    /// ```
    /// let a = fagui::apply::Amendment::parse("全文修正\n一、甲。\n", fagui::DocKind::Directive);
    /// assert!(a.declared());
    /// ```
    pub fn declared(&self) -> bool {
        !self.instructions.is_empty() || !self.moves.is_empty()
    }

    fn whole(&self) -> bool {
        self.instructions.iter().any(|a| a.action == "全文修正")
    }

    fn names_title(&self) -> bool {
        self.instructions.iter().any(|a| a.action == "名稱修正" || (a.action == "修正" && a.units.is_empty()))
    }
}

/// The action words an instruction line is made of (with the history grammar's).
const ACTIONS: [&str; 8] = ["全文修正", "名稱修正", "修正名稱", "修正", "增訂", "增定", "刪除", "移列為"];

/// True when a line reads as an instruction line: it starts with an action word (or
/// `原第…`) and holds nothing but action words, unit citations and separators.
pub(crate) fn is_instruction_line(line: &str) -> bool {
    let t = line.trim().trim_start_matches("沿革：").trim_start_matches("沿革:").trim();
    if !(ACTIONS.iter().any(|w| t.starts_with(w)) || t.starts_with("原第")) {
        return false;
    }
    let mut rest = t;
    while let Some(c) = rest.chars().next() {
        if let Some(w) = ACTIONS.iter().find(|w| rest.starts_with(**w)) {
            rest = rest.get(w.len()..).unwrap_or("");
        } else if let Some((_, r)) = citation(rest) {
            rest = r;
        } else if "、，,；;及與並和暨至 \u{3000}。原".contains(c)
            || rest.starts_with("名稱")
            || rest.starts_with("條文")
        {
            let skip = if rest.starts_with("名稱") || rest.starts_with("條文") { 6 } else { c.len_utf8() };
            rest = rest.get(skip..).unwrap_or("");
        } else if c.is_ascii_digit() || crate::numeral::is_cjk_numeral_char(c) || c == '-' {
            // `第 2、5 條`: the numbers after the first one.
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        } else if rest.starts_with('條') || rest.starts_with('點') || rest.starts_with('第') {
            rest = rest.get(3..).unwrap_or("");
        } else {
            return false;
        }
    }
    true
}

/// A unit citation at the start of `s`: `第十三點之一`, `第 13-1 條`, `第六條`.
fn citation(s: &str) -> Option<(Num, &str)> {
    let r = s.strip_prefix('第')?.trim_start_matches([' ', '\u{3000}']);
    let (main, r) = numeral(r)?;
    let r = r.trim_start_matches([' ', '\u{3000}']);
    let (sub, r) = match r.strip_prefix(['-', '－']) {
        Some(x) => {
            let (n, r) = numeral(x.trim_start())?;
            (Some(n), r.trim_start_matches([' ', '\u{3000}']))
        }
        None => (None, r),
    };
    let r = r.strip_prefix(['條', '點'])?;
    let (sub, r) = match (sub, r.trim_start_matches([' ', '\u{3000}']).strip_prefix('之')) {
        (None, Some(x)) => match numeral(x) {
            Some((n, r2)) => (Some(n), r2),
            None => (None, r),
        },
        _ => (sub, r),
    };
    Some((Num::new(main, sub), r))
}

/// A number in Arabic or Chinese numerals at the start of `s`.
fn numeral(s: &str) -> Option<(u32, &str)> {
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if digits > 0 {
        let n = s.get(..digits)?.parse().ok()?;
        return Some((n, s.get(digits..)?));
    }
    let end =
        s.char_indices().find(|(_, c)| !crate::numeral::is_cjk_numeral_char(*c)).map(|(i, _)| i).unwrap_or(s.len());
    let n = crate::numeral::cjk_value(s.get(..end)?)?;
    Some((n, s.get(end..)?))
}

/// Reads an instruction line into its actions, with the grammar of history entries
/// (lists and ranges of units expanded): `修正第六點、第八點；增訂第十三點之一；刪除第十點`.
///
/// ```
/// let acts = fagui::apply::instructions("修正第六點、第八點；增訂第十三點之一；刪除第十點");
/// let got: Vec<_> = acts.iter().map(|a| (a.action.as_str(), a.units.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(","))).collect();
/// assert_eq!(got, [("修正", "6,8".to_string()), ("增訂", "13-1".to_string()), ("刪除", "10".to_string())]);
/// let units = &fagui::apply::instructions("修正第 3 至 5 條條文")[0].units;
/// assert_eq!(units, &[fagui::Num::from(3), fagui::Num::from(4), fagui::Num::from(5)]);
/// ```
pub fn instructions(line: &str) -> Vec<HistoryAction> {
    let t = line.trim().trim_start_matches("沿革：").trim_start_matches("沿革:");
    // Renumberings are read by `moves`; the history grammar would take 移列 for nothing.
    let mut plain = String::new();
    for part in t.split(['；', ';']) {
        if !part.contains("移列為") {
            if !plain.is_empty() {
                plain.push('；');
            }
            plain.push_str(part);
        }
    }
    if crate::parse::history::is_entry_start(&plain) {
        return crate::parse::history::parse_entry(&plain, Span::default()).actions;
    }
    // A bare line: read with a date in front, as the history grammar expects one.
    let dated = format!("中華民國一百年一月一日{plain}");
    let mut acts = crate::parse::history::parse_entry(&dated, Span::default()).actions;
    for a in &mut acts {
        if a.action == "修正" && a.units.is_empty() && plain.contains("名稱") {
            a.action = "名稱修正".to_string();
        }
    }
    acts
}

/// The renumberings of an instruction line: `原第九條移列為第八條` → (9, 8).
///
/// ```
/// let m = fagui::apply::moves("修正第三條；原第九條移列為第八條、原第十條移列為第九條");
/// assert_eq!(m, [(9.into(), 8.into()), (10.into(), 9.into())]);
/// ```
pub fn moves(line: &str) -> Vec<(Num, Num)> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find("原第") {
        let Some(from) = rest.get(i + "原".len()..) else { break };
        rest = from;
        let Some((a, r)) = citation(from) else { continue };
        let Some(r) = r.trim_start().strip_prefix("移列為") else { continue };
        let Some((b, r)) = citation(r.trim_start()) else { continue };
        out.push((a, b));
        rest = r;
    }
    out
}

/// What was done to one unit.
///
/// ```
/// assert_eq!(serde_json::to_string(&fagui::apply::StepKind::Added).unwrap(), "\"added\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// A unit replaced by its new text.
    Amended,
    /// A unit inserted.
    Added,
    /// A unit now reading `（刪除）` (its number stays).
    Repealed,
    /// A unit taken out of the text.
    Removed,
    /// A unit moved to another number.
    Moved,
    /// A heading inserted or renamed.
    Heading,
    /// The title replaced.
    Title,
    /// The whole text replaced (全文修正).
    Whole,
}

/// One step of the application, in the order of the result.
///
/// ```
/// let s = fagui::apply::Step { kind: fagui::apply::StepKind::Added, unit: "第二點之一".into(), id: Some("point_2-1".into()) };
/// assert_eq!(s.to_string(), "added 第二點之一");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Step {
    /// What was done.
    pub kind: StepKind,
    /// The unit (or heading, or title) as cited: `第六點`, `原第九條移列為第八條`.
    pub unit: String,
    /// The node id in the result (`null` when removed).
    pub id: Option<String>,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let word =
            serde_json::to_value(self.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        write!(f, "{word} {}", self.unit)
    }
}

/// What a finding is about (serialized in kebab case).
///
/// ```
/// assert_eq!(serde_json::to_string(&fagui::apply::FindingCode::NotDeclared).unwrap(), "\"not-declared\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FindingCode {
    /// The instructions amend (修正) or delete a unit the current version does not have.
    NoSuchUnit,
    /// The instructions add (增訂) a unit the current version has.
    AlreadyThere,
    /// The instructions name a unit the amendment text does not give.
    MissingText,
    /// The amendment text gives a unit the instruction line does not name.
    NotDeclared,
    /// A listed unit is not in the current version and no instruction line says it is
    /// added: it is added.
    Undeclared,
    /// A unit reads `（刪除）`, or the instructions delete it.
    Deletion,
    /// An inserted unit leaves a gap or breaks the order of numbers.
    Order,
    /// The amendment gives a unit more than once: every text is kept, in the order
    /// given (a warning: the result is the text as written, which numbers two units
    /// alike).
    Duplicate,
    /// The amendment names no unit and no title: nothing to apply (a `全文修正` without
    /// a text is an error and leaves the text as it is).
    Empty,
}

/// Something in the amendment that does not fit the current version, or that a
/// reader should know.
///
/// ```
/// let f = fagui::apply::Finding { severity: fagui::Severity::Error, code: fagui::apply::FindingCode::NoSuchUnit,
///     unit: "第九點".into(), message: "修正第九點, but the current version has no 第九點".into() };
/// assert_eq!(f.to_string(), "error[no-such-unit]: 第九點: 修正第九點, but the current version has no 第九點");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// Error (the result is not what the amendment asks for as written), warning, or
    /// info.
    pub severity: Severity,
    /// What it is about.
    pub code: FindingCode,
    /// The unit concerned, as cited.
    pub unit: String,
    /// What happened and what was done.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let code =
            serde_json::to_value(self.code).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        if self.unit.is_empty() {
            write!(f, "{sev}[{code}]: {}", self.message)
        } else {
            write!(f, "{sev}[{code}]: {}: {}", self.unit, self.message)
        }
    }
}

/// The result of [`apply`]: the consolidated document, the steps taken and the findings.
///
/// ```
/// let cur = fagui::parse("要點\n一、甲。\n");
/// let done = fagui::apply::apply(&cur, &fagui::apply::Amendment::parse("一、乙。\n", cur.kind));
/// assert_eq!(done.document.units[0].children[0].text, "乙。");
/// assert!(done.findings.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Applied {
    /// The new version (spans of inserted and replaced nodes are those of the
    /// amendment text; the document's diagnostics are left empty).
    pub document: Document,
    /// What was done, in the order of the result.
    pub steps: Vec<Step>,
    /// What did not fit.
    pub findings: Vec<Finding>,
}

impl Applied {
    /// True when a finding is an error.
    ///
    /// ```
    /// let cur = fagui::parse("要點\n一、甲。\n");
    /// let a = fagui::apply::Amendment::parse("修正第二點\n二、乙。\n", cur.kind);
    /// assert!(fagui::apply::apply(&cur, &a).has_errors());
    /// ```
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// One entry of the flat sequence a document is edited as: a heading (without its
/// children) or any other top-level node, whether it is new here, and the id of the
/// heading it stood under in the tree it comes from (empty at the top).
struct Entry {
    node: Node,
    fresh: bool,
    parent: String,
}

fn flatten(units: &[Node], parent: &str, out: &mut Vec<Entry>) {
    for u in units {
        if u.kind.is_heading() {
            let mut h = u.clone();
            h.children.clear();
            out.push(Entry { node: h, fresh: false, parent: parent.to_string() });
            flatten(&u.children, &u.id, out);
        } else {
            out.push(Entry { node: u.clone(), fresh: false, parent: parent.to_string() });
        }
    }
}

/// The own segment of a node's id under the parent it stood under (`art_10-1`, a
/// duplicate's `art_5_2`).
fn own_segment(id: &str, parent: &str) -> String {
    if parent.is_empty() {
        return id.to_string();
    }
    id.strip_prefix(parent).and_then(|r| r.strip_prefix("__")).unwrap_or(id).to_string()
}

/// Renames the id of a node and of its descendants: `old` prefix becomes `new`.
fn rename(n: &mut Node, old: &str, new: &str) {
    if let Some(rest) = n.id.strip_prefix(old) {
        n.id = format!("{new}{rest}");
    }
    for c in &mut n.children {
        rename(c, old, new);
    }
}

/// The own id segment of a node with a number: `art_10-1`, `chap_3`.
fn segment(kind: NodeKind, num: Option<Num>) -> String {
    match num {
        Some(n) => format!("{}_{n}", kind.id_prefix()),
        None => kind.id_prefix().to_string(),
    }
}

fn join_id(parent: &str, seg: &str) -> String {
    if parent.is_empty() { seg.to_string() } else { format!("{parent}__{seg}") }
}

/// Nests the flat sequence back into a tree by heading level: a heading closes the open
/// headings of its level and below, a unit goes under the innermost open heading. Every
/// node keeps the last segment of its id (`art_10-1`, a duplicate's `art_5_2`) under the
/// id of its new parent; other top-level nodes (preamble, unparsed text) stay where their
/// id puts them.
fn nest(seq: Vec<Entry>) -> Vec<Node> {
    let mut units: Vec<Node> = Vec::new();
    let mut stack: Vec<Node> = Vec::new();
    fn close(stack: &mut Vec<Node>, units: &mut Vec<Node>) {
        if let Some(top) = stack.pop() {
            match stack.last_mut() {
                Some(p) => p.children.push(top),
                None => units.push(top),
            }
        }
    }
    for Entry { mut node, fresh, parent: was_under } in seq {
        if node.kind.is_heading() {
            while stack.last().is_some_and(|t| t.kind >= node.kind) {
                close(&mut stack, &mut units);
            }
        } else if !node.kind.is_unit() && !fresh {
            let parent = was_under.clone();
            if parent.is_empty() || stack.iter().any(|t| t.id == parent) {
                while stack.last().is_some_and(|t| t.id != parent) {
                    close(&mut stack, &mut units);
                }
            }
        }
        let parent = stack.last().map(|t| t.id.clone()).unwrap_or_default();
        let own = if fresh { segment(node.kind, node.num) } else { own_segment(&node.id, &was_under) };
        let id = join_id(&parent, &own);
        if id != node.id {
            let old = node.id.clone();
            rename(&mut node, &old, &id);
        }
        if node.kind.is_heading() {
            stack.push(node);
        } else {
            match stack.last_mut() {
                Some(p) => p.children.push(node),
                None => units.push(node),
            }
        }
    }
    while !stack.is_empty() {
        close(&mut stack, &mut units);
    }
    units
}

/// The units of a flat sequence with their positions.
fn unit_positions(seq: &[Entry]) -> impl Iterator<Item = (usize, Num)> + '_ {
    seq.iter().enumerate().filter(|(_, e)| e.node.kind.is_unit()).filter_map(|(i, e)| Some((i, e.node.num?)))
}

/// Where a new unit numbered `num` goes: after the last unit with a lower number (the
/// units before it in order), or before the first unit.
fn insertion_point(seq: &[Entry], num: Num) -> usize {
    let mut at = None;
    for (i, n) in unit_positions(seq) {
        if n < num {
            at = Some(i + 1);
        }
    }
    match at {
        Some(i) => i,
        None => unit_positions(seq).next().map(|(i, _)| i).unwrap_or(seq.len()),
    }
}

/// The later texts an amendment gives for a number it lists more than once, as
/// entries placed right after the first: each keeps its own id segment (`art_21_2`).
fn later_copies(copies: &mut HashMap<Num, Vec<Entry>>, n: Num) -> Vec<Entry> {
    copies.remove(&n).unwrap_or_default()
}

/// A heading as cited in a step: its label without spaces (`第二章之一`).
fn heading_cite(h: &Node) -> String {
    h.label.as_deref().unwrap_or("").chars().filter(|c| !c.is_whitespace()).collect()
}

/// True when two units have the same caption, texts and structure (ids and spans aside).
fn same_content(a: &Node, b: &Node) -> bool {
    a.caption == b.caption
        && a.text == b.text
        && a.deleted == b.deleted
        && a.children.len() == b.children.len()
        && a.children.iter().zip(&b.children).all(|(x, y)| x.kind == y.kind && x.num == y.num && same_content(x, y))
}

fn title_of(amendment: &Document) -> Option<String> {
    let t = amendment.title.as_deref()?.trim();
    let stripped = ["部分條文修正草案", "修正草案", "修正條文", "修正規定", "條文", "規定"]
        .iter()
        .find_map(|s| t.strip_suffix(s))
        .unwrap_or(t);
    Some(stripped.to_string())
}

/// Applies an amendment to the current version (see the [module](self) documentation).
/// Never fails: what does not fit is a [`Finding`], and the unit is still placed (an
/// amended unit that does not exist is added; an addition of a unit that exists
/// replaces it).
///
/// ```
/// use fagui::apply::{Amendment, FindingCode, apply};
/// let cur = fagui::parse("示範辦法\n第 1 條\n甲。\n第 2 條\n乙。\n第 3 條\n丙。\n");
/// let a = Amendment::parse("修正第二條；刪除第三條\n第 2 條\n乙乙。\n", cur.kind);
/// let done = apply(&cur, &a);
/// assert_eq!(done.document.top_units().len(), 2);
/// assert_eq!(done.findings[0].code, FindingCode::Deletion);
/// // A 沿革 line that disagrees with the text:
/// let b = Amendment::parse("修正第二條\n第 3 條\n丙丙。\n", cur.kind);
/// let codes: Vec<_> = apply(&cur, &b).findings.iter().map(|f| f.code).collect();
/// assert_eq!(codes, [FindingCode::MissingText, FindingCode::NotDeclared]);
/// ```
pub fn apply(current: &Document, amendment: &Amendment) -> Applied {
    let kind = current.kind;
    let c = |n: Num| cite(kind, n);
    let mut steps = Vec::new();
    let mut findings = Vec::new();
    let mut finding = |severity, code, unit: String, message: String| {
        findings.push(Finding { severity, code, unit, message });
    };
    let mut document = current.clone();
    document.diagnostics.clear();
    if let Some(e) = &amendment.entry {
        document.history.push(e.clone());
    }
    if amendment.names_title()
        && let Some(t) = title_of(&amendment.document)
        && document.title.as_deref() != Some(t.as_str())
    {
        document.title = Some(t.clone());
        steps.push(Step { kind: StepKind::Title, unit: t, id: None });
    }
    if amendment.whole() && amendment.document.top_units().is_empty() {
        finding(
            Severity::Error,
            FindingCode::Empty,
            "全文修正".into(),
            "全文修正 without a text: the current version is left as it is".into(),
        );
        return Applied { document, steps, findings };
    }
    if amendment.whole() {
        // A whole new text carries its title.
        if let Some(t) = title_of(&amendment.document)
            && !t.is_empty()
            && document.title.as_deref() != Some(t.as_str())
        {
            document.title = Some(t.clone());
            steps.push(Step { kind: StepKind::Title, unit: t, id: None });
        }
        document.units = amendment.document.units.clone();
        steps.push(Step { kind: StepKind::Whole, unit: "全文修正".into(), id: None });
        return Applied { document, steps, findings };
    }

    // What the instructions say of each unit.
    let mut declared: BTreeMap<Num, &str> = BTreeMap::new();
    for a in &amendment.instructions {
        let act = match a.action.as_str() {
            "修正" => "修正",
            "增訂" => "增訂",
            "刪除" => "刪除",
            _ => continue,
        };
        for &n in &a.units {
            declared.insert(n, act);
        }
    }
    let has_line = amendment.declared();

    // The listed units, in order; a number given more than once keeps every text, in
    // the order given (the first one is placed, the others right after it).
    let mut listed: Vec<Node> = Vec::new();
    let mut copies: HashMap<Num, Vec<Entry>> = HashMap::new();
    {
        let current_units: HashMap<Num, &Node> =
            current.top_units().into_iter().filter_map(|u| Some((u.num?, u))).collect();
        let mut seen = HashSet::new();
        let mut flat = Vec::new();
        flatten(&amendment.document.units, "", &mut flat);
        for e in flat.into_iter().filter(|e| e.node.kind.is_unit()) {
            let Some(n) = e.node.num else { continue };
            if seen.insert(n) {
                listed.push(e.node);
                continue;
            }
            let first_is_current =
                current_units.get(&n).is_some_and(|cu| listed.iter().any(|x| x.num == Some(n) && same_content(cu, x)));
            let stale = if first_is_current {
                " (the first one is the current text: the source may have kept a stale copy)".to_string()
            } else {
                String::new()
            };
            if !copies.contains_key(&n) {
                finding(
                    Severity::Warning,
                    FindingCode::Duplicate,
                    c(n),
                    format!(
                        "the amendment gives {} more than once; every text is kept, in the order given{stale}",
                        c(n)
                    ),
                );
            }
            copies.entry(n).or_default().push(e);
        }
    }
    // Headings of the amendment, with the unit each stands before.
    let mut headings_before: BTreeMap<Num, Vec<Node>> = BTreeMap::new();
    {
        let mut flat = Vec::new();
        flatten(&amendment.document.units, "", &mut flat);
        let mut pending: Vec<Node> = Vec::new();
        for e in flat {
            if e.node.kind.is_heading() {
                pending.push(e.node);
            } else if e.node.kind.is_unit()
                && let Some(n) = e.node.num
                && !pending.is_empty()
            {
                headings_before.insert(n, std::mem::take(&mut pending));
            }
        }
    }

    // The order in which the amendment lists its units.
    let order: HashMap<Num, usize> = listed.iter().enumerate().filter_map(|(i, u)| Some((u.num?, i))).collect();
    let mut seq = Vec::new();
    flatten(&current.units, "", &mut seq);
    let current_nums: HashSet<Num> = unit_positions(&seq).map(|(_, n)| n).collect();
    let listed_nums: HashSet<Num> = listed.iter().filter_map(|u| u.num).collect();

    // The instructions against the text.
    for (&n, &act) in &declared {
        let exists = current_nums.contains(&n);
        let given = listed_nums.contains(&n);
        let moved_in = amendment.moves.iter().any(|(_, to)| *to == n);
        match act {
            "修正" if !exists && !moved_in => finding(
                Severity::Error,
                FindingCode::NoSuchUnit,
                c(n),
                format!("修正{}, but the current version has no {}{}", c(n), c(n), if given { "; added" } else { "" }),
            ),
            "增訂" if exists && !amendment.moves.iter().any(|(from, _)| *from == n) => finding(
                Severity::Error,
                FindingCode::AlreadyThere,
                c(n),
                format!("增訂{}, but the current version has it{}", c(n), if given { "; replaced" } else { "" }),
            ),
            "刪除" if !exists => finding(
                Severity::Error,
                FindingCode::NoSuchUnit,
                c(n),
                format!("刪除{}, but the current version has no {}", c(n), c(n)),
            ),
            _ => {}
        }
        if !given && act != "刪除" {
            finding(
                Severity::Error,
                FindingCode::MissingText,
                c(n),
                format!("the instruction line names {}{}, but the amendment does not give its text", act, c(n)),
            );
        }
    }
    let current_units: HashMap<Num, &Node> =
        current.top_units().into_iter().filter_map(|u| Some((u.num?, u))).collect();
    for u in &listed {
        let Some(n) = u.num else { continue };
        let exists = current_nums.contains(&n);
        if current_units.get(&n).is_some_and(|cu| same_content(cu, u)) {
            continue;
        }
        match declared.get(&n) {
            None if has_line => finding(
                Severity::Warning,
                FindingCode::NotDeclared,
                c(n),
                format!("the instruction line does not name {}; {}", c(n), if exists { "amended" } else { "added" }),
            ),
            None if !exists => finding(
                Severity::Warning,
                FindingCode::Undeclared,
                c(n),
                format!("{} is not in the current version and no instruction line adds it; added", c(n)),
            ),
            _ => {}
        }
    }

    // Deletions the text does not list, and deletions of a unit whose number another
    // unit is moved to (the text listed under that number is the moved unit's:
    // `刪除第十條；原第十一條移列為第十條`).
    let deletions: BTreeSet<Num> =
        amendment.instructions.iter().filter(|a| a.action == "刪除").flat_map(|a| a.units.iter().copied()).collect();
    let moved_to = |n: Num| amendment.moves.iter().any(|(_, to)| *to == n);
    for &n in &deletions {
        if (!listed_nums.contains(&n) || moved_to(n))
            && let Some(i) = seq.iter().position(|e| e.node.kind.is_unit() && e.node.num == Some(n))
        {
            seq.remove(i);
            steps.push(Step { kind: StepKind::Removed, unit: c(n), id: None });
            finding(
                Severity::Info,
                FindingCode::Deletion,
                c(n),
                format!("刪除{}: taken out of the text (later units keep their numbers)", c(n)),
            );
        }
    }

    // Renumberings (the listed texts then replace at the new numbers).
    // The steps whose unit was inserted, with its number: their ids are known once the
    // result is nested.
    let mut targets: Vec<(usize, Num)> = Vec::new();
    for &(from, to) in &amendment.moves {
        let Some(i) = seq.iter().position(|e| e.node.kind.is_unit() && e.node.num == Some(from)) else {
            finding(
                Severity::Error,
                FindingCode::NoSuchUnit,
                c(from),
                format!("原{}移列為{}, but the current version has no {}", c(from), c(to), c(from)),
            );
            continue;
        };
        let mut e = seq.remove(i);
        e.node.num = Some(to);
        let style = if kind == DocKind::Statute { LabelStyle::Article } else { LabelStyle::Cjk };
        e.node.label = Some(Label::new(style, crate::diff::render::unit_label(kind, to)));
        e.fresh = true;
        let at = insertion_point(&seq, to);
        seq.insert(at.min(seq.len()), e);
        targets.push((steps.len(), to));
        steps.push(Step { kind: StepKind::Moved, unit: format!("原{}移列為{}", c(from), c(to)), id: None });
    }

    // The listed units, in place or inserted.
    for mut u in listed {
        let Some(n) = u.num else { continue };
        let repealed = crate::diff::is_repealed(&u);
        if repealed {
            finding(
                Severity::Info,
                FindingCode::Deletion,
                c(n),
                format!("{} reads （刪除）: repealed, its number stays", c(n)),
            );
        } else if declared.get(&n) == Some(&"刪除") && !moved_to(n) {
            finding(
                Severity::Warning,
                FindingCode::Deletion,
                c(n),
                format!("刪除{}, but the amendment gives it a text; the text is applied", c(n)),
            );
        }
        let step_kind = if repealed { StepKind::Repealed } else { StepKind::Amended };
        // New headings the amendment puts before this unit.
        let mut new_entries: Vec<Entry> = Vec::new();
        for h in headings_before.get(&n).into_iter().flatten() {
            let known = seq.iter().any(|e| e.node.kind == h.kind && e.node.num == h.num);
            if !known {
                steps.push(Step { kind: StepKind::Heading, unit: heading_cite(h), id: None });
                new_entries.push(Entry { node: h.clone(), fresh: true, parent: String::new() });
            }
        }
        match seq.iter().position(|e| e.node.kind.is_unit() && e.node.num == Some(n)) {
            Some(i) => {
                let (old_id, same) = match seq.get(i) {
                    Some(e) => (e.node.id.clone(), same_content(&e.node, &u)),
                    None => continue,
                };
                let from = u.id.clone();
                rename(&mut u, &from, &old_id);
                // A unit given with its current text only places the headings before it.
                if !same {
                    steps.push(Step { kind: step_kind, unit: c(n), id: Some(old_id) });
                }
                if let Some(e) = seq.get_mut(i) {
                    e.node = u;
                }
                let after = (i + 1).min(seq.len());
                seq.splice(after..after, later_copies(&mut copies, n));
                seq.splice(i..i, new_entries);
            }
            None => {
                let at = insertion_point(&seq, n);
                targets.push((steps.len(), n));
                steps.push(Step {
                    kind: if repealed { StepKind::Repealed } else { StepKind::Added },
                    unit: c(n),
                    id: None,
                });
                new_entries.push(Entry { node: u, fresh: true, parent: String::new() });
                new_entries.extend(later_copies(&mut copies, n));
                let at = at.min(seq.len());
                seq.splice(at..at, new_entries);
            }
        }
    }
    // Headings the amendment names: renamed, and moved where the amendment's order of
    // units says they stand elsewhere (a unit it lists before a heading stands after it
    // now, or the unit it lists after it stands before it).
    for (&n, hs) in &headings_before {
        for h in hs {
            let Some(hp) = seq.iter().position(|e| !e.fresh && e.node.kind == h.kind && e.node.num == h.num) else {
                continue;
            };
            let mut renamed = false;
            // A heading given by its label alone places units; it does not rename.
            let named_only = h.caption.is_none() && h.text.is_empty();
            if let Some(e) = seq.get_mut(hp)
                && !named_only
                && (e.node.caption != h.caption || e.node.text != h.text || e.node.deleted != h.deleted)
            {
                e.node.caption = h.caption.clone();
                e.node.text = h.text.clone();
                e.node.label = h.label.clone();
                e.node.deleted = h.deleted;
                renamed = true;
            }
            let at = |seq: &[Entry], k: Num| seq.iter().position(|e| e.node.kind.is_unit() && e.node.num == Some(k));
            let rank = order.get(&n).copied().unwrap_or(0);
            let misplaced = at(&seq, n).is_some_and(|np| np < hp)
                || order.iter().any(|(k, r)| *r < rank && at(&seq, *k).is_some_and(|kp| kp > hp));
            let mut moved = false;
            if misplaced {
                let e = seq.remove(hp);
                if let Some(np) = at(&seq, n) {
                    seq.insert(np, e);
                    moved = true;
                } else {
                    seq.insert(hp.min(seq.len()), e);
                }
            }
            if renamed || moved {
                let what = match (renamed, moved) {
                    (true, true) => format!("{} (renamed, now before {})", heading_cite(h), c(n)),
                    (false, true) => format!("{} (now before {})", heading_cite(h), c(n)),
                    _ => heading_cite(h),
                };
                steps.push(Step { kind: StepKind::Heading, unit: what, id: None });
            }
        }
    }

    // Order of numbers around inserted units.
    let mut prev: Option<Num> = None;
    for (_, n) in unit_positions(&seq) {
        if let Some(p) = prev
            && n <= p
        {
            finding(
                Severity::Warning,
                FindingCode::Order,
                c(n),
                format!("{} comes after {} in the result", c(n), c(p)),
            );
        }
        prev = Some(n);
    }

    document.units = nest(seq);
    // Ids of the result: fill in the ids of steps that were inserted.
    let mut ids: HashMap<Num, String> = HashMap::new();
    for u in document.top_units() {
        if let Some(n) = u.num {
            ids.entry(n).or_insert_with(|| u.id.clone());
        }
    }
    for (i, n) in targets {
        if let Some(s) = steps.get_mut(i) {
            s.id = ids.get(&n).cloned();
        }
    }
    if steps.is_empty() && findings.is_empty() {
        findings.push(Finding {
            severity: Severity::Warning,
            code: FindingCode::Empty,
            unit: String::new(),
            message: "the amendment changes nothing: it names no unit and no title, or only units as they are".into(),
        });
    }
    Applied { document, steps, findings }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_instruction_line_example() {
        use crate::apply::is_instruction_line;
        assert!(is_instruction_line("修正第六點、第八點；增訂第十三點之一；刪除第十點"));
        assert!(is_instruction_line("修正第 2、5 條條文"));
        assert!(is_instruction_line("全文修正"));
        assert!(is_instruction_line("原第九條移列為第八條"));
        assert!(!is_instruction_line("修正前之規定，仍適用之。"));
        assert!(!is_instruction_line("二、委員任期三年。"));
    }

    fn directive(src: &str) -> Document {
        crate::parse_with(src, &ParseOptions { kind: Some(DocKind::Directive), ..Default::default() })
    }

    #[test]
    fn issue_example() {
        let cur = directive(
            "示範要點\n一、甲。\n二、乙。\n三、丙。\n四、丁。\n五、戊。\n六、己。\n七、庚。\n八、辛。\n九、壬。\n十、癸。\n十一、子。\n十二、丑。\n十三、寅。\n十四、卯。\n",
        );
        let a = Amendment::parse(
            "示範要點第六點、第八點修正規定\n修正第六點、第八點；增訂第十三點之一；刪除第十點\n六、己己。\n八、辛辛。\n十三之一、寅寅。\n",
            DocKind::Directive,
        );
        let done = apply(&cur, &a);
        assert!(!done.has_errors(), "{:?}", done.findings);
        let nums: Vec<String> = done.document.top_units().iter().map(|u| u.num.unwrap().to_string()).collect();
        assert_eq!(nums, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "13", "13-1", "14"]);
        assert_eq!(done.document.title.as_deref(), Some("示範要點"));
        let kinds: Vec<StepKind> = done.steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [StepKind::Removed, StepKind::Amended, StepKind::Amended, StepKind::Added]);
        assert_eq!(done.steps[3].id.as_deref(), Some("point_13-1"));
        assert_eq!(done.document.top_units()[12].children[0].id, "point_13-1__para_1");
    }

    #[test]
    fn repeal_is_kept_and_reported() {
        let cur = directive("要點\n一、甲。\n二、乙。\n");
        let done = apply(&cur, &Amendment::parse("刪除第二點\n二、（刪除）\n", DocKind::Directive));
        assert!(done.document.units[1].deleted);
        assert_eq!(done.findings.len(), 1);
        assert_eq!(done.findings[0].code, FindingCode::Deletion);
        assert_eq!(done.findings[0].severity, Severity::Info);
    }

    #[test]
    fn conflicts_are_errors() {
        let cur = directive("要點\n一、甲。\n二、乙。\n");
        let done = apply(&cur, &Amendment::parse("增訂第二點\n二、丙。\n", DocKind::Directive));
        assert_eq!(done.findings[0].code, FindingCode::AlreadyThere);
        assert!(done.has_errors());
        let done = apply(&cur, &Amendment::parse("三、丙。\n", DocKind::Directive));
        assert_eq!(done.findings[0].code, FindingCode::Undeclared);
        assert!(!done.has_errors());
        let done = apply(&cur, &Amendment::parse("刪除第五點\n", DocKind::Directive));
        assert_eq!(done.findings[0].code, FindingCode::NoSuchUnit);
    }

    #[test]
    fn new_chapter_and_article() {
        let cur = crate::parse("示範法\n第一章 總則\n第一條\n甲。\n第二章 附則\n第二條\n乙。\n");
        let a = Amendment::parse("增訂第一條之一\n第一章之一 罰則\n第一條之一\n丙。\n", DocKind::Statute);
        let done = apply(&cur, &a);
        let mut ids = Vec::new();
        done.document.walk(&mut |n| ids.push(n.id.clone()));
        assert_eq!(
            ids,
            [
                "chap_1",
                "chap_1__art_1",
                "chap_1__art_1__para_1",
                "chap_1-1",
                "chap_1-1__art_1-1",
                "chap_1-1__art_1-1__para_1",
                "chap_2",
                "chap_2__art_2",
                "chap_2__art_2__para_1"
            ]
        );
    }

    #[test]
    fn empty_amendments_are_reported() {
        let cur = directive("要點\n一、甲。\n");
        let done = apply(&cur, &Amendment::parse("", DocKind::Directive));
        assert_eq!(done.findings[0].code, FindingCode::Empty);
        assert!(!done.has_errors());
        let done = apply(&cur, &Amendment::parse("全文修正\n", DocKind::Directive));
        assert!(done.has_errors());
        assert_eq!(done.document.top_units().len(), 1);
    }

    #[test]
    fn a_number_given_twice_keeps_both_texts() {
        // The new text as a source published it: the current 第二條 left before its new text.
        let cur = crate::parse("示範法\n第一條\n甲。\n第二條\n乙。\n第三條\n丙。\n");
        let a = Amendment::parse("修正第二條\n第二條\n乙。\n第二條\n乙乙。\n", DocKind::Statute);
        let done = apply(&cur, &a);
        assert!(!done.has_errors(), "{:?}", done.findings);
        let f = &done.findings[0];
        assert_eq!((f.code, f.severity), (FindingCode::Duplicate, Severity::Warning));
        assert!(f.message.contains("the first one is the current text"), "{}", f.message);
        let ids: Vec<&str> = done.document.top_units().iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["art_1", "art_2", "art_2_2", "art_3"]);
        let want = crate::parse("示範法\n第一條\n甲。\n第二條\n乙。\n第二條\n乙乙。\n第三條\n丙。\n");
        let texts = |d: &Document| d.top_units().iter().map(|u| u.text_content()).collect::<Vec<_>>();
        assert_eq!(texts(&done.document), texts(&want));
    }

    #[test]
    fn moves_renumber() {
        let cur = crate::parse("示範法\n第一條\n甲。\n第二條\n乙。\n第三條\n丙。\n");
        let a = Amendment::parse("刪除第二條；原第三條移列為第二條\n", DocKind::Statute);
        let done = apply(&cur, &a);
        let nums: Vec<String> = done.document.top_units().iter().map(|u| u.num.unwrap().to_string()).collect();
        assert_eq!(nums, ["1", "2"]);
        assert_eq!(done.document.top_units()[1].children[0].text, "丙。");
        assert_eq!(done.document.top_units()[1].id, "art_2");
    }
}
