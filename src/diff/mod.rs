//! Diffing two versions of a legal text: structural alignment, inline changes, the
//! official comparison table (修正對照表), the one-line amendment summary, applying a
//! diff, and the history of units across many versions.
//!
//! [`diff`] aligns the two trees level by level (by number, by content and by the
//! similarity of character bigrams, in seven passes): articles or points first, then
//! the paragraphs, 款 and 目 inside every matched pair; headings (編/章/節) are aligned
//! on their own list. Each unit of either version gets one [`Change`]:
//!
//! - `unchanged`: same number, same content (`moved` is set when its heading changed);
//! - `modified`: same number, different content;
//! - `renumbered`: the content moved to another number (`text_changed` tells whether it
//!   was also modified);
//! - `added` / `deleted`: no counterpart. A unit whose new text reads `（刪除）` is
//!   `deleted` too, with both ids and `repealed: true` (the number stays in the law).
//!
//! Every change carries its complete own text as inline pieces (equal, inserted,
//! deleted) and its children, so a [`Diff`] is self-contained: renderers need nothing
//! else and [`Diff::apply`] rebuilds the new tree from the old one.
//!
//! ```
//! let old = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、委員任期二年。\n三、本要點自發布日施行。\n");
//! let new = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、委員任期三年。\n三、（刪除）\n四、本要點自發布日施行。\n");
//! let d = fagui::diff::diff(&old, &new);
//! let ops: Vec<_> = d.changes.iter().map(|c| c.op).collect();
//! use fagui::diff::Op::*;
//! assert_eq!(ops, [Unchanged, Modified, Deleted, Added]);
//! assert_eq!((d.summary.modified, d.summary.added, d.summary.deleted), (1, 1, 1));
//! // Three of four points changed: agencies amend the whole text then.
//! assert_eq!(d.summary.stat, "全文修正");
//! let rebuilt = d.apply(&old).unwrap();
//! assert_eq!(rebuilt.top_units().len(), 4);
//! assert!(rebuilt.units[2].deleted);
//! ```

mod align;
pub mod docx;
pub(crate) mod explain;
pub mod inline;
pub mod log;
pub mod render;
pub mod table_read;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ast::{DocKind, Document, Jurisdiction, Node, NodeKind, Num, Span};
use crate::label::Label;
use align::{Alignment, Item};
pub use inline::{InlineOp, Piece};

/// What happened to a unit.
///
/// ```
/// assert_eq!(serde_json::to_string(&fagui::diff::Op::Renumbered).unwrap(), "\"renumbered\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Same number, same content.
    Unchanged,
    /// Same number, content changed.
    Modified,
    /// Only in the new version.
    Added,
    /// Only in the old version, or repealed (`（刪除）`, `repealed: true`, both ids set).
    Deleted,
    /// The content moved to another number (and may also have changed: `text_changed`).
    Renumbered,
}

/// The change of one node (a unit, heading, paragraph, 款 or 目) between two versions.
///
/// The own text of the node in the old version is the concatenation of the `equal` and
/// `delete` pieces of `inline`, in the new version that of `equal` and `insert`.
///
/// ```
/// let old = fagui::parse("要點\n一、任期二年。\n");
/// let new = fagui::parse("要點\n一、任期三年。\n");
/// let c = &fagui::diff::diff(&old, &new).changes[0];
/// assert_eq!(c.op, fagui::diff::Op::Modified);
/// assert_eq!(c.new_id.as_deref(), Some("point_1"));
/// let para = &c.children[0];
/// assert_eq!(fagui::diff::inline::new_text(&para.inline), "任期三年。");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// What happened.
    pub op: Op,
    /// The kind of node (the new version's when both exist).
    pub kind: NodeKind,
    /// Number in the old version (`"8"`, `"7-1"`), `null` when absent or unnumbered.
    pub old_num: Option<Num>,
    /// Number in the new version.
    pub new_num: Option<Num>,
    /// Node id in the old version (`null` when added).
    pub old_id: Option<String>,
    /// Node id in the new version (`null` when deleted outright).
    pub new_id: Option<String>,
    /// Marker as written in the old version (`八、`, `第 8 條`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_label: Option<Label>,
    /// Marker as written in the new version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_label: Option<Label>,
    /// Caption or heading name in the old version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_caption: Option<String>,
    /// Caption or heading name in the new version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_caption: Option<String>,
    /// True when any text in the node or below it differs.
    pub text_changed: bool,
    /// The new node's `deleted` flag (it reads `（刪除）`). A repeal is `op: deleted` with
    /// both ids; this flag is false when the source wrote the repeal as a caption.
    #[serde(default, skip_serializing_if = "is_false")]
    pub repealed: bool,
    /// True when a unit kept its content but now sits under another heading.
    #[serde(default, skip_serializing_if = "is_false")]
    pub moved: bool,
    /// True when the text changed only in form: full-width and half-width forms of the
    /// same character (`（` / `(`) or whitespace. Such units are `modified`, but the
    /// amendment summary and the comparison table leave them out (agencies do not list
    /// them; they come from reformatting by the database).
    #[serde(default, skip_serializing_if = "is_false")]
    pub cosmetic: bool,
    /// The node's own text, as equal / inserted / deleted pieces (empty when it has none).
    pub inline: Vec<Piece>,
    /// Changes of the child nodes, in merged document order.
    pub children: Vec<Change>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A heading (or other node outside the units, such as a preamble) and its change.
///
/// ```
/// let old = fagui::parse("示範法\n第一章 總則\n第 1 條\n甲。\n");
/// let new = fagui::parse("示範法\n第一章 通則\n第 1 條\n甲。\n");
/// let h = &fagui::diff::diff(&old, &new).headings[0];
/// assert_eq!(h.change.op, fagui::diff::Op::Modified);
/// assert_eq!(h.before, Some(0));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct HeadingChange {
    /// The change itself (the name of a heading is its caption).
    #[serde(flatten)]
    pub change: Change,
    /// Index in [`Diff::changes`] of the first unit after this heading (`null`: at the end).
    pub before: Option<usize>,
    /// For a heading of the old version with no unit under it: the number of the last
    /// old unit before it (the table says where such a heading stood). Not serialized.
    #[serde(skip)]
    pub(crate) old_after: Option<Num>,
}

/// Counts of unit-level ops and the one-line summary.
///
/// ```
/// let s = fagui::diff::Summary::default();
/// assert_eq!(s.modified, 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    /// Units with the same number and content.
    pub unchanged: usize,
    /// Units with the same number and new content.
    pub modified: usize,
    /// New units.
    pub added: usize,
    /// Units removed or repealed.
    pub deleted: usize,
    /// Units moved to another number.
    pub renumbered: usize,
    /// Unchanged units under another heading.
    pub moved: usize,
    /// True when the title changed.
    pub title_changed: bool,
    /// The amendment summary as an agency writes it (`修正第三點、第八點；增訂第十四點；刪除第十點`).
    pub stat: String,
}

/// The difference between two versions of a document.
///
/// ```
/// let old = fagui::parse("要點\n一、甲乙丙。\n");
/// let d = fagui::diff::diff(&old, &old);
/// assert_eq!(d.summary.unchanged, 1);
/// assert_eq!(d.summary.stat, "");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Diff {
    /// The kind of the new version.
    pub kind: DocKind,
    /// Title of the old version.
    pub old_title: Option<String>,
    /// Title of the new version.
    pub new_title: Option<String>,
    /// One entry per article or point of either version, in merged document order.
    pub changes: Vec<Change>,
    /// Headings (and preambles) of either version, in merged document order.
    pub headings: Vec<HeadingChange>,
    /// Counts and the amendment summary.
    pub summary: Summary,
    /// `cn` when both versions are mainland texts (the table then follows the mainland
    /// conventions); left out for Taiwan.
    #[serde(default, skip_serializing_if = "Jurisdiction::is_tw")]
    pub jurisdiction: Jurisdiction,
    /// The headings each unit (and heading, preamble …) stands under in either version.
    /// Not serialized.
    #[serde(skip)]
    pub(crate) ancestry: Ancestry,
}

/// The headings each unit, heading or other node outside the units (preamble, unparsed
/// text) stands under in either version (outermost first), by the node's id, taken from
/// the two trees: what the table and [`Diff::apply`] need of them. Built by [`diff`]; a
/// diff read back from JSON has it empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Ancestry {
    /// Old version.
    pub(crate) old: HashMap<String, Vec<String>>,
    /// New version.
    pub(crate) new: HashMap<String, Vec<String>>,
}

impl Ancestry {
    /// The headings each unit of a document, and each node outside the units, stands
    /// under, by the node's id.
    fn of(doc: &Document) -> HashMap<String, Vec<String>> {
        fn go(nodes: &[Node], path: &mut Vec<String>, out: &mut HashMap<String, Vec<String>>) {
            for n in nodes {
                out.insert(n.id.clone(), path.clone());
                if n.kind.is_heading() {
                    path.push(n.id.clone());
                    go(&n.children, path, out);
                    path.pop();
                }
            }
        }
        let mut out = HashMap::new();
        go(&doc.units, &mut Vec::new(), &mut out);
        out
    }
}

/// Why a diff could not be applied.
///
/// ```
/// let e = fagui::diff::ApplyError::Missing("art_3".into());
/// assert_eq!(e.to_string(), "node art_3 of the diff is not in the document");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// A node the diff names is not in the document.
    #[error("node {0} of the diff is not in the document")]
    Missing(String),
    /// A node's text is not what the diff expects.
    #[error("node {0} does not have the text the diff expects")]
    Mismatch(String),
}

// ---------------------------------------------------------------------------
// Building the diff

fn hash_node(n: &Node, with_num: bool, h: &mut impl Hasher) {
    n.kind.hash(h);
    if with_num {
        n.num.hash(h);
    }
    n.caption.hash(h);
    n.text.hash(h);
    n.deleted.hash(h);
    n.children.len().hash(h);
    for c in &n.children {
        hash_node(c, true, h);
    }
}

/// Hash of a node's content: everything below it, not its own number or label.
fn content_hash(n: &Node) -> u64 {
    let mut h = align::FastHasher::default();
    hash_node(n, false, &mut h);
    h.finish()
}

fn sim_text(n: &Node) -> String {
    let mut s = n.caption.clone().unwrap_or_default();
    s.push_str(&n.text_content());
    s
}

/// True when a unit is repealed: it reads `（刪除）`, or (as some sources write it,
/// `第八十四條　　（刪除）`) its only words are a `（刪除）` caption.
pub(crate) fn is_repealed(n: &Node) -> bool {
    n.deleted
        || (n.caption.as_deref().is_some_and(|c| {
            let t: String = c.chars().filter(|ch| !ch.is_whitespace() && !"（）()。".contains(*ch)).collect();
            t == "刪除" || t == "本條刪除"
        }) && n.text_content().trim().is_empty())
}

/// The whole text of a node folded for a formatting-insensitive comparison: full-width
/// ASCII forms to ASCII, whitespace removed; numbers of nested nodes kept.
fn folded(n: &Node) -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        for c in s.chars() {
            let c = match c as u32 {
                0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            };
            if !c.is_whitespace() {
                out.push(c);
            }
        }
    };
    let mut num = String::new();
    n.walk(&mut |x| {
        num.clear();
        if let Some(k) = x.num {
            k.push_to(&mut num);
        }
        push(&num);
        push("|");
        push(x.caption.as_deref().unwrap_or(""));
        push(&x.text);
    });
    out
}

fn item(n: &Node, class: u8) -> Item {
    Item { class, num: n.num, hash: content_hash(n), text: sim_text(n), deleted: is_repealed(n) }
}

fn kind_class(k: NodeKind) -> u8 {
    k as u8
}

/// The id of the heading a node of the diff's new version stands under (`""` at the top),
/// from the tree it was built from. A diff read back from JSON knows no tree: the node's
/// id is all that tells it, its parent's id followed by `__` and its own segment.
fn new_parent<'a>(ancestry: &'a Ancestry, id: &'a str) -> &'a str {
    match ancestry.new.get(id) {
        Some(path) => path.last().map_or("", String::as_str),
        None => id.rsplit_once("__").map_or("", |(p, _)| p),
    }
}

fn text_pieces(text: &str, op: InlineOp) -> Vec<Piece> {
    if text.is_empty() { Vec::new() } else { vec![Piece { op, text: text.to_string() }] }
}

fn one_sided(n: &Node, added: bool) -> Change {
    let (op, iop) = if added { (Op::Added, InlineOp::Insert) } else { (Op::Deleted, InlineOp::Delete) };
    fn side<T: Clone>(added: bool, s: &Option<T>) -> (Option<T>, Option<T>) {
        if added { (None, s.clone()) } else { (s.clone(), None) }
    }
    let (old_num, new_num) = if added { (None, n.num) } else { (n.num, None) };
    let (old_id, new_id) = side(added, &Some(n.id.clone()));
    let (old_label, new_label) = side(added, &n.label);
    let (old_caption, new_caption) = side(added, &n.caption);
    Change {
        op,
        kind: n.kind,
        old_num,
        new_num,
        old_id,
        new_id,
        old_label,
        new_label,
        old_caption,
        new_caption,
        text_changed: true,
        repealed: added && n.deleted,
        moved: false,
        cosmetic: false,
        inline: text_pieces(&n.text, iop),
        children: if n.kind.is_heading() {
            Vec::new()
        } else {
            n.children.iter().map(|c| one_sided(c, added)).collect()
        },
    }
}

fn paired(o: &Node, n: &Node, same: bool) -> Change {
    let op = if o.num != n.num {
        Op::Renumbered
    } else if is_repealed(n) && !is_repealed(o) {
        Op::Deleted
    } else if same {
        Op::Unchanged
    } else {
        Op::Modified
    };
    let inline =
        if o.text == n.text { text_pieces(&n.text, InlineOp::Equal) } else { inline::inline_diff(&o.text, &n.text) };
    let children = if n.kind.is_heading() {
        Vec::new()
    } else if same {
        o.children.iter().zip(&n.children).map(|(a, b)| paired(a, b, true)).collect()
    } else {
        align_children(&o.children, &n.children)
    };
    Change {
        op,
        kind: n.kind,
        old_num: o.num,
        new_num: n.num,
        old_id: Some(o.id.clone()),
        new_id: Some(n.id.clone()),
        old_label: o.label.clone(),
        new_label: n.label.clone(),
        old_caption: o.caption.clone(),
        new_caption: n.caption.clone(),
        text_changed: !same,
        repealed: n.deleted,
        moved: false,
        cosmetic: !same && o.num == n.num && o.deleted == n.deleted && folded(o) == folded(n),
        inline,
        children,
    }
}

fn align_children(old: &[Node], new: &[Node]) -> Vec<Change> {
    let oi: Vec<Item> = old.iter().map(|n| item(n, kind_class(n.kind))).collect();
    let ni: Vec<Item> = new.iter().map(|n| item(n, kind_class(n.kind))).collect();
    let a = align::align(&oi, &ni);
    build_merged(old, new, &oi, &ni, &a)
}

fn build_merged(old: &[Node], new: &[Node], oi: &[Item], ni: &[Item], a: &Alignment) -> Vec<Change> {
    align::merged_order(a)
        .into_iter()
        .filter_map(|pair| match pair {
            (Some(i), Some(j)) => {
                let (o, n) = (old.get(i)?, new.get(j)?);
                let same = oi.get(i)?.hash == ni.get(j)?.hash;
                Some(paired(o, n, same))
            }
            (Some(i), None) => Some(one_sided(old.get(i)?, false)),
            (None, Some(j)) => Some(one_sided(new.get(j)?, true)),
            (None, None) => None,
        })
        .collect()
}

/// Nodes outside the units (headings, preambles, unparsed text) in document order, each
/// with the index of the first unit after it.
fn outline(doc: &Document) -> Vec<(&Node, usize)> {
    fn go<'a>(n: &'a Node, units: &mut usize, out: &mut Vec<(&'a Node, usize)>) {
        if n.kind.is_unit() {
            *units += 1;
            return;
        }
        out.push((n, *units));
        if n.kind.is_heading() {
            for c in &n.children {
                go(c, units, out);
            }
        }
    }
    let mut out = Vec::new();
    let mut units = 0;
    for u in &doc.units {
        go(u, &mut units, &mut out);
    }
    out
}

/// Diffs two versions of a document (old first).
///
/// ```
/// let old = fagui::parse("要點\n一、甲。\n二、乙乙乙乙。\n");
/// let new = fagui::parse("要點\n一、甲。\n二、丙。\n三、乙乙乙乙。\n");
/// let d = fagui::diff::diff(&old, &new);
/// let c = &d.changes[2];
/// assert_eq!((c.op, c.old_num, c.new_num), (fagui::diff::Op::Renumbered, Some(2.into()), Some(3.into())));
/// ```
pub fn diff(old: &Document, new: &Document) -> Diff {
    let ou = old.top_units();
    let nu = new.top_units();
    let oi: Vec<Item> = ou.iter().map(|n| item(n, 0)).collect();
    let ni: Vec<Item> = nu.iter().map(|n| item(n, 0)).collect();
    let a = align::align(&oi, &ni);
    let order = align::merged_order(&a);
    let mut changes = Vec::with_capacity(order.len());
    let mut old_pos: HashMap<usize, usize> = HashMap::new();
    let mut new_pos: HashMap<usize, usize> = HashMap::new();
    for pair in order {
        let c = match pair {
            (Some(i), Some(j)) => match (ou.get(i), nu.get(j), oi.get(i), ni.get(j)) {
                (Some(o), Some(n), Some(x), Some(y)) => paired(o, n, x.hash == y.hash),
                _ => continue,
            },
            (Some(i), None) => match ou.get(i) {
                Some(o) => one_sided(o, false),
                None => continue,
            },
            (None, Some(j)) => match nu.get(j) {
                Some(n) => one_sided(n, true),
                None => continue,
            },
            (None, None) => continue,
        };
        if let Some(i) = pair.0 {
            old_pos.insert(i, changes.len());
        }
        if let Some(j) = pair.1 {
            new_pos.insert(j, changes.len());
        }
        changes.push(c);
    }

    // Headings.
    let oh = outline(old);
    let nh = outline(new);
    let hitem = |n: &Node| {
        let mut it = item(n, kind_class(n.kind));
        if n.kind.is_heading() {
            let mut h = align::FastHasher::default();
            (&n.caption, &n.text, n.deleted).hash(&mut h);
            it.hash = h.finish();
            it.text = format!("{}{}", n.caption.as_deref().unwrap_or(""), n.text);
        }
        it
    };
    let ohi: Vec<Item> = oh.iter().map(|(n, _)| hitem(n)).collect();
    let nhi: Vec<Item> = nh.iter().map(|(n, _)| hitem(n)).collect();
    let ha = align::align(&ohi, &nhi);
    let mut headings = Vec::new();
    for pair in align::merged_order(&ha) {
        // An old heading with no unit under it: the last old unit before it.
        let empty_after = |i: usize| {
            let (h, b) = oh.get(i)?;
            let mut units = 0;
            h.walk(&mut |n| units += usize::from(n.kind.is_unit()));
            if units > 0 || *b == 0 { None } else { ou.get(b - 1)?.num }
        };
        let old_after = pair.0.and_then(empty_after);
        let (change, before) = match pair {
            (Some(i), Some(j)) => match (oh.get(i), nh.get(j), ohi.get(i), nhi.get(j)) {
                (Some((o, ob)), Some((n, b)), Some(x), Some(y)) => {
                    // Before the new unit it heads; or earlier, before the old unit it
                    // headed, when only deleted units stand between (they were under it).
                    let p = new_pos.get(b).copied();
                    let q = old_pos.get(ob).copied();
                    let before = match (q, p) {
                        (Some(q), Some(p))
                            if q < p && changes.get(q..p).is_some_and(|cs| cs.iter().all(|c| c.new_id.is_none())) =>
                        {
                            Some(q)
                        }
                        (Some(q), None) if changes.get(q..).is_some_and(|cs| cs.iter().all(|c| c.new_id.is_none())) => {
                            Some(q)
                        }
                        _ => p,
                    };
                    (paired(o, n, x.hash == y.hash), before)
                }
                _ => continue,
            },
            (Some(i), None) => match oh.get(i) {
                Some((o, b)) => (one_sided(o, false), old_pos.get(b).copied()),
                None => continue,
            },
            (None, Some(j)) => match nh.get(j) {
                Some((n, b)) => (one_sided(n, true), new_pos.get(b).copied()),
                None => continue,
            },
            (None, None) => continue,
        };
        headings.push(HeadingChange { change, before, old_after });
    }
    // The new version's headings keep their order: one that stands before another in it
    // is never placed after it (a new preamble before a chapter that kept only deleted
    // units: it goes before them with the chapter, not at the end).
    let mut ceiling = changes.len();
    for h in headings.iter_mut().rev().filter(|h| h.change.new_id.is_some()) {
        if h.before.unwrap_or(changes.len()) > ceiling {
            h.before = Some(ceiling);
        }
        ceiling = ceiling.min(h.before.unwrap_or(changes.len()));
    }

    // A unit moved when its heading is not the counterpart of its old heading (so a
    // chapter inserted before others, which renumbers them and their ids, moves nothing).
    let counterpart: HashMap<&str, &str> = ha
        .old_to_new
        .iter()
        .enumerate()
        .filter_map(|(i, j)| Some((oh.get(i)?.0.id.as_str(), nh.get((*j)?)?.0.id.as_str())))
        .collect();
    let ancestry = Ancestry { old: Ancestry::of(old), new: Ancestry::of(new) };
    fn parent<'a>(m: &'a HashMap<String, Vec<String>>, id: &str) -> &'a str {
        m.get(id).and_then(|v| v.last()).map_or("", |p| p.as_str())
    }
    for c in &mut changes {
        if let (Op::Unchanged, Some(o), Some(n)) = (c.op, c.old_id.as_deref(), c.new_id.as_deref()) {
            let op = parent(&ancestry.old, o);
            let np = parent(&ancestry.new, n);
            let mapped = if op.is_empty() { Some("") } else { counterpart.get(op).copied() };
            c.moved = mapped != Some(np);
        }
    }

    let mut d = Diff {
        kind: new.kind,
        old_title: old.title.clone(),
        new_title: new.title.clone(),
        changes,
        headings,
        summary: Summary::default(),
        jurisdiction: if old.jurisdiction == Jurisdiction::Cn && new.jurisdiction == Jurisdiction::Cn {
            Jurisdiction::Cn
        } else {
            Jurisdiction::Tw
        },
        ancestry,
    };
    d.summary = d.summarize();
    d
}

impl Diff {
    fn summarize(&self) -> Summary {
        let mut s = Summary { title_changed: self.old_title != self.new_title, ..Summary::default() };
        for c in &self.changes {
            match c.op {
                Op::Unchanged => s.unchanged += 1,
                Op::Modified => s.modified += 1,
                Op::Added => s.added += 1,
                Op::Deleted => s.deleted += 1,
                Op::Renumbered => s.renumbered += 1,
            }
            if c.moved {
                s.moved += 1;
            }
        }
        s.stat = render::stat(self);
        s
    }

    /// The headings to show before each change: entry `i` lists those that come right
    /// before `changes[i]`, the last entry those after every unit (in list order).
    ///
    /// ```
    /// let old = fagui::parse("示範法\n第一章 總則\n第 1 條\n甲。\n");
    /// let d = fagui::diff::diff(&old, &old);
    /// let slots = d.heading_slots();
    /// assert_eq!((slots.len(), slots[0].len()), (2, 1));
    /// ```
    pub fn heading_slots(&self) -> Vec<Vec<&HeadingChange>> {
        let n = self.changes.len();
        let mut slots: Vec<Vec<&HeadingChange>> = vec![Vec::new(); n + 1];
        for h in &self.headings {
            let at = h.before.unwrap_or(n).min(n);
            if let Some(slot) = slots.get_mut(at) {
                slot.push(h);
            }
        }
        slots
    }

    /// True when nothing changed (same title, units and headings).
    ///
    /// ```
    /// let d = fagui::parse("要點\n一、甲。\n");
    /// assert!(fagui::diff::diff(&d, &d).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.old_title == self.new_title
            && self.changes.iter().all(|c| c.op == Op::Unchanged && !c.moved)
            && self.headings.iter().all(|h| h.change.op == Op::Unchanged)
    }

    /// Serializes to compact JSON.
    ///
    /// ```
    /// let d = fagui::parse("要點\n一、甲。\n");
    /// assert!(fagui::diff::diff(&d, &d).to_json().unwrap().starts_with("{\"kind\":\"directive\""));
    /// ```
    ///
    /// # Errors
    ///
    /// When serde_json fails, which it does not on these types (the error is there to be
    /// told rather than hidden as an empty string).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Serializes to indented JSON.
    ///
    /// ```
    /// let d = fagui::parse("要點\n一、甲。\n");
    /// assert!(fagui::diff::diff(&d, &d).to_json_pretty().unwrap().contains("\n  \"changes\""));
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Self::to_json`].
    pub fn to_json_pretty(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// Applies the diff to the old version and returns the new one: title, kind, headings,
    /// units, paragraphs and list items with their ids, numbers, labels, captions, texts
    /// and `deleted` flags (spans are `[0, 0)`; metadata and history are the old ones).
    ///
    /// Headings, units and the nodes between them are nested as they stood in the new
    /// version; a diff read back from JSON has only the ids to tell, and nests a node
    /// under the heading whose id its own extends.
    ///
    /// Fails when the document is not the diff's old version (a node is missing or its
    /// text differs).
    ///
    /// ```
    /// let old = fagui::parse("要點\n一、甲。\n二、乙。\n");
    /// let new = fagui::parse("要點\n一、甲。\n二、乙丙。\n（一）丁。\n");
    /// let d = fagui::diff::diff(&old, &new);
    /// let got = d.apply(&old).unwrap();
    /// assert_eq!(got.units[1].children[0].children[0].text, "丁。");
    /// assert!(d.apply(&new).is_err());
    /// ```
    pub fn apply(&self, old: &Document) -> Result<Document, ApplyError> {
        let mut by_id: HashMap<&str, &Node> = HashMap::new();
        old.walk(&mut |n| {
            by_id.insert(n.id.as_str(), n);
        });
        for c in self.changes.iter().chain(self.headings.iter().map(|h| &h.change)) {
            check(c, &by_id)?;
        }
        // The new nodes in document order, headings without children.
        let mut seq: Vec<Node> = Vec::new();
        let slots = self.heading_slots();
        for (ci, slot) in slots.iter().enumerate() {
            seq.extend(slot.iter().filter_map(|h| build(&h.change)));
            seq.extend(self.changes.get(ci).and_then(build));
        }
        // Nest by id: a node's parent is the open heading whose id prefixes it.
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
        for n in seq {
            let parent = new_parent(&self.ancestry, &n.id).to_string();
            while stack.last().is_some_and(|t| t.id != parent) {
                close(&mut stack, &mut units);
            }
            if n.kind.is_heading() {
                stack.push(n);
            } else {
                match stack.last_mut() {
                    Some(p) => p.children.push(n),
                    None => units.push(n),
                }
            }
        }
        while !stack.is_empty() {
            close(&mut stack, &mut units);
        }
        Ok(Document {
            title: self.new_title.clone(),
            kind: self.kind,
            jurisdiction: old.jurisdiction,
            meta: old.meta.clone(),
            history: old.history.clone(),
            units,
            debris: Vec::new(),
            diagnostics: Vec::new(),
        })
    }
}

fn check(c: &Change, by_id: &HashMap<&str, &Node>) -> Result<(), ApplyError> {
    if let Some(id) = &c.old_id {
        let n = by_id.get(id.as_str()).ok_or_else(|| ApplyError::Missing(id.clone()))?;
        if n.text != inline::old_text(&c.inline) || n.num != c.old_num {
            return Err(ApplyError::Mismatch(id.clone()));
        }
    }
    for ch in &c.children {
        check(ch, by_id)?;
    }
    Ok(())
}

fn build(c: &Change) -> Option<Node> {
    let id = c.new_id.clone()?;
    Some(Node {
        id,
        kind: c.kind,
        num: c.new_num,
        label: c.new_label.clone(),
        caption: c.new_caption.clone(),
        text: inline::new_text(&c.inline),
        children: c.children.iter().filter_map(build).collect(),
        span: Span::default(),
        deleted: c.repealed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_repealed_example() {
        let doc = crate::parse("要點\n一、甲。\n二、（刪除）\n");
        assert!(crate::diff::is_repealed(&doc.units[1]));
        assert!(!crate::diff::is_repealed(&doc.units[0]));
    }

    type Shape = (String, Option<Num>, Option<Label>, String, bool);

    fn shape(doc: &Document) -> Vec<Shape> {
        let mut v = Vec::new();
        doc.walk(&mut |n| v.push((n.id.clone(), n.num, n.label.clone(), n.text.clone(), n.deleted)));
        v
    }

    #[test]
    fn repeal_is_deleted_with_both_ids() {
        let old = crate::parse("要點\n一、甲乙丙。\n二、丁戊己。\n");
        let new = crate::parse("要點\n一、甲乙丙。\n二、（刪除）\n");
        let d = diff(&old, &new);
        let c = &d.changes[1];
        assert_eq!(c.op, Op::Deleted);
        assert!(c.repealed);
        assert_eq!(c.old_id.as_deref(), Some("point_2"));
        assert_eq!(c.new_id.as_deref(), Some("point_2"));
        assert_eq!(shape(&d.apply(&old).unwrap()), shape(&new));
    }

    #[test]
    fn a_new_preamble_before_a_chapter_that_lost_its_units() {
        let old = crate::parse("第一章 總則\n一、");
        let new = crate::parse("二、\n（一）1.（一）\n第一章 總則");
        assert_eq!(shape(&diff(&old, &new).apply(&old).unwrap()), shape(&new));
    }

    #[test]
    fn headings_and_moves() {
        let old = crate::parse(
            "示範法\n第一章 總則\n第一條\n甲甲甲甲。\n第二條\n乙乙乙乙。\n第二章 附則\n第三條\n丙丙丙丙。\n",
        );
        let new = crate::parse(
            "示範法\n第一章 總則\n第一條\n甲甲甲甲。\n第二章 附則\n第二條\n乙乙乙乙。\n第三條\n丙丙丙丙。\n",
        );
        let d = diff(&old, &new);
        assert!(d.changes[1].moved);
        assert_eq!(d.changes[1].op, Op::Unchanged);
        assert_eq!(d.summary.moved, 1);
        assert_eq!(shape(&d.apply(&old).unwrap()), shape(&new));
    }

    /// The nesting comes from the tree, not from the ids: a unit whose id does not
    /// extend its heading's (a tree built or renamed by hand) stays under the heading, and
    /// a diff read back from JSON nests by the ids.
    #[test]
    fn apply_nests_as_the_new_tree_does() {
        let old = crate::parse("示範法\n第一章 總則\n第一條\n甲甲甲甲。\n");
        let mut new = crate::parse("示範法\n第一章 總則\n第一條\n甲甲甲甲。\n第二章 附則\n第二條\n乙乙乙乙。\n");
        fn strip(n: &mut Node, from: &str) {
            n.id = n.id.strip_prefix(from).unwrap_or(&n.id).to_string();
            n.children.iter_mut().for_each(|c| strip(c, from));
        }
        for c in &mut new.units[1].children {
            strip(c, "chap_2__");
        }
        assert_eq!(new.units[1].children[0].id, "art_2");
        let d = diff(&old, &new);
        assert_eq!(shape(&d.apply(&old).unwrap()), shape(&new));
        assert_eq!(d.apply(&old).unwrap().units.len(), 2);
        let back: Diff = serde_json::from_str(&d.to_json().unwrap()).unwrap();
        let plain = crate::parse("示範法\n第一章 總則\n第一條\n甲甲甲甲。\n第二章 附則\n第二條\n乙乙乙乙。\n");
        let from_json: Diff = serde_json::from_str(&diff(&old, &plain).to_json().unwrap()).unwrap();
        assert_eq!(shape(&from_json.apply(&old).unwrap()), shape(&plain));
        assert_eq!(back.apply(&old).unwrap().units.len(), 3, "a JSON diff knows only the ids");
    }

    #[test]
    fn title_change() {
        let old = crate::parse("甲要點\n一、甲。\n");
        let new = crate::parse("乙要點\n一、甲。\n");
        let d = diff(&old, &new);
        assert!(d.summary.title_changed);
        assert!(!d.is_empty());
        assert_eq!(d.apply(&old).unwrap().title.as_deref(), Some("乙要點"));
    }
}
