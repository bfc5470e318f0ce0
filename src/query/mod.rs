//! Queries on the typed tree (after [`crate::parse()`]): addresses, walking, search,
//! cross-references and defined terms.
//!
//! - [`address`]: [`Address`] reads every way a unit is cited (`第八點第二款`, `8.(2)`,
//!   `point_8__para_1__subpara_2`, `前點` …) and [`Document::get`] finds the node;
//! - walking: [`nodes`] iterates every node in document order with its ancestors,
//!   [`find`] and [`filter`] take predicates, [`citation`] writes a node's Chinese
//!   citation (`第八點第一款`, `第7條之1第2項`);
//! - [`search()`]: literal or regex search over node texts, hits located in the source;
//! - [`refs`]: cross-references in the text (`前項第二款`, `第十三條至第十六條`,
//!   `都市計畫法第十五條`), resolved to node ids where internal;
//! - [`terms`]: defined terms (`（以下簡稱本小組）`, `本法所稱X，指…`, `用詞，定義如下`).
//!
//! ```
//! use fagui::query;
//! let src = "示範要點\n一、示範機關（以下簡稱本機關）設推動小組。\n二、本機關依前點規定辦理：\n（一）研議。\n";
//! let doc = fagui::parse(src);
//! let n = doc.get(&"2.(1)".parse().unwrap()).unwrap();
//! assert_eq!(query::citation_of(&doc, &n.id).unwrap(), "第二點第一款");
//! let refs = query::extract_refs(&doc, src);
//! assert_eq!(refs[0].targets, ["point_1"]);
//! let terms = query::extract_terms(&doc, src);
//! assert_eq!((terms[0].term.as_str(), terms[0].meaning.as_str()), ("本機關", "示範機關"));
//! ```

pub mod address;
mod cn;
mod numerals;
mod order;
pub mod refs;
pub mod search;
pub mod terms;

use schemars::JsonSchema;
use serde::Serialize;

use crate::ast::{Document, Node, NodeKind, Span};

pub use address::{Address, AddressError, Base, Step};
pub use cn::{citation_in, node_to_text_in};
pub use numerals::{Numerals, with_numerals};
pub use refs::{MAX_TARGETS, Reference, TargetRange, cited_by, extract_refs};
pub use search::{Hit, Pattern, search};
pub use terms::{Term, extract_terms};

/// Calls `f` on every node in document order with its ancestors (outermost first).
pub(crate) fn walk_with_path<'a>(doc: &'a Document, f: &mut impl FnMut(&[&'a Node], &'a Node)) {
    fn go<'a>(n: &'a Node, path: &mut Vec<&'a Node>, f: &mut impl FnMut(&[&'a Node], &'a Node)) {
        f(path, n);
        path.push(n);
        for c in &n.children {
            go(c, path, f);
        }
        path.pop();
    }
    let mut path = Vec::new();
    for u in &doc.units {
        go(u, &mut path, f);
    }
}

/// Iterator over every node of a document in document order, with its ancestors
/// (outermost first); see [`nodes`].
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n二、乙。\n");
/// let mut it: fagui::query::Nodes<'_> = fagui::query::nodes(&doc);
/// let (ancestors, first) = it.next().unwrap();
/// assert!(ancestors.is_empty());
/// assert_eq!(first.id, "point_1");
/// ```
#[derive(Debug, Clone)]
pub struct Nodes<'a> {
    walk: Walk<'a>,
}

impl<'a> Iterator for Nodes<'a> {
    type Item = (Vec<&'a Node>, &'a Node);

    fn next(&mut self) -> Option<Self::Item> {
        self.walk.advance().map(|(path, node)| (path.to_vec(), node))
    }
}

/// Every node in document order with its ancestors, like [`Nodes`] but lending the
/// ancestor list instead of allocating one per node.
#[derive(Debug, Clone)]
pub(crate) struct Walk<'a> {
    /// (node, depth) still to visit, next on top.
    stack: Vec<(&'a Node, usize)>,
    /// The ancestors of the node returned last, then that node.
    path: Vec<&'a Node>,
}

impl<'a> Walk<'a> {
    pub(crate) fn new(doc: &'a Document) -> Walk<'a> {
        Walk { stack: doc.units.iter().rev().map(|u| (u, 0)).collect(), path: Vec::new() }
    }

    /// The next node in document order and its ancestors (outermost first).
    pub(crate) fn advance(&mut self) -> Option<(&[&'a Node], &'a Node)> {
        let (node, depth) = self.stack.pop()?;
        self.path.truncate(depth);
        self.path.push(node);
        self.stack.extend(node.children.iter().rev().map(|c| (c, depth + 1)));
        Some((self.path.get(..depth).unwrap_or_default(), node))
    }

    /// The node returned last with its ancestors (outermost first, the node last).
    pub(crate) fn path(&self) -> &[&'a Node] {
        &self.path
    }
}

/// Every node in document order, each with the list of its ancestors (outermost first).
///
/// ```
/// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n");
/// let v: Vec<_> = fagui::query::nodes(&doc).map(|(path, n)| (path.len(), n.id.clone())).collect();
/// assert_eq!(v, [(0, "point_1".to_string()), (1, "point_1__para_1".into()), (2, "point_1__para_1__subpara_1".into())]);
/// ```
pub fn nodes(doc: &Document) -> Nodes<'_> {
    Nodes { walk: Walk::new(doc) }
}

/// Every node of one kind, in document order.
///
/// ```
/// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n（二）協調。\n");
/// assert_eq!(fagui::query::of_kind(&doc, fagui::NodeKind::Subparagraph).count(), 2);
/// ```
pub fn of_kind(doc: &Document, kind: NodeKind) -> impl Iterator<Item = &Node> {
    nodes(doc).map(|(_, n)| n).filter(move |n| n.kind == kind)
}

/// The first node (in document order) for which `pred` holds.
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n二、設資訊長。\n");
/// let n = fagui::query::find(&doc, |n| n.text.contains("資訊長")).unwrap();
/// assert_eq!(n.id, "point_2__para_1");
/// ```
pub fn find(doc: &Document, mut pred: impl FnMut(&Node) -> bool) -> Option<&Node> {
    nodes(doc).map(|(_, n)| n).find(|n| pred(n))
}

/// Every node for which `pred` holds, in document order.
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n二、（刪除）\n");
/// let deleted = fagui::query::filter(&doc, |n| n.deleted);
/// assert_eq!(deleted[0].id, "point_2");
/// ```
pub fn filter(doc: &Document, mut pred: impl FnMut(&Node) -> bool) -> Vec<&Node> {
    nodes(doc).map(|(_, n)| n).filter(|n| pred(n)).collect()
}

/// The node with this id and its ancestors (outermost first, the node last).
///
/// ```
/// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n");
/// let path = fagui::query::locate(&doc, "point_1__para_1__subpara_1").unwrap();
/// assert_eq!(path.len(), 3);
/// ```
pub fn locate<'a>(doc: &'a Document, id: &str) -> Option<Vec<&'a Node>> {
    address::locate(doc, id)
}

/// The Chinese citation of a node given its chain (ancestors then the node itself):
/// `第八點第一款`, `第7條之1第2項`, `第一章`.
///
/// Numbers are written in Chinese numerals, or in Arabic ones where the unit's label
/// uses Arabic digits (`第 7-1 條` → `第7條之1`). The paragraph is named only when the
/// unit has more than one. Headings are named only for headings themselves.
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n二、乙：\n（一）丙。\n前項丁。\n");
/// let chain = fagui::query::locate(&doc, "point_2__para_1__subpara_1").unwrap();
/// assert_eq!(fagui::query::citation(&chain), "第二點第一項第一款");
/// ```
pub fn citation(chain: &[&Node]) -> String {
    let Some(last) = chain.last() else { return String::new() };
    let unit = chain.iter().find(|n| n.kind.is_unit());
    let arabic = unit.and_then(|u| u.label.as_deref()).is_some_and(|l| l.chars().any(|c| c.is_ascii_digit()));
    let mut out = String::new();
    for n in chain {
        if n.kind.is_heading() && !last.kind.is_heading() {
            continue;
        }
        let Some(num) = n.num else {
            if n.kind == NodeKind::Preamble {
                out.push_str("前言");
            }
            continue;
        };
        match n.kind {
            NodeKind::Paragraph => {
                // A second paragraph (not a count: a unit with many paragraphs costs the same).
                let many = unit.is_some_and(|u| u.paragraphs().nth(1).is_some());
                if many {
                    out.push_str(&address::cite_num(num, "項", arabic));
                }
            }
            NodeKind::Subitem | NodeKind::Unparsed => match n.label.as_deref() {
                Some(label) => out.push_str(label.trim()),
                None => num.push_to(&mut out),
            },
            k => out.push_str(&address::cite_num(num, k.word(), arabic)),
        }
    }
    out
}

/// The Chinese citation of the node with this id (see [`citation`]), in the words of
/// the document's jurisdiction ([`citation_in`]).
///
/// ```
/// let doc = fagui::parse("示範法\n第 7-1 條\n甲。\n乙。\n");
/// assert_eq!(fagui::query::citation_of(&doc, "art_7-1__para_2").unwrap(), "第7條之1第2項");
/// ```
pub fn citation_of(doc: &Document, id: &str) -> Option<String> {
    locate(doc, id).map(|chain| citation_in(&chain, doc.jurisdiction))
}

/// A node as plain text for reading: its citation, then one line per node of the
/// subtree with its label (`（一）`, `1.`) and own text; empty lines are left out.
///
/// ```
/// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n（二）協調。\n");
/// let chain = fagui::query::locate(&doc, "point_1").unwrap();
/// assert_eq!(fagui::query::node_to_text(&chain), "第一點\n一、任務如下：\n（一）研議。\n（二）協調。\n");
/// ```
pub fn node_to_text(chain: &[&Node]) -> String {
    let mut out = citation(chain);
    out.push('\n');
    let mut pending = String::new();
    if let Some(node) = chain.last() {
        node.walk(&mut |n| {
            let label = n.label.as_deref().map(str::trim).unwrap_or_default();
            let caption = n.caption.as_deref().unwrap_or_default();
            let head = match (label.is_empty(), caption.is_empty()) {
                (false, false) => format!("{label} {caption}"),
                (false, true) => label.to_string(),
                (true, false) => caption.to_string(),
                (true, true) => String::new(),
            };
            if !head.is_empty() {
                if !pending.is_empty() {
                    out.push_str(&pending);
                    out.push('\n');
                }
                pending = head;
            }
            if n.text.is_empty() {
                return;
            }
            if !pending.is_empty() {
                out.push_str(&pending);
                if !pending.ends_with(['、', '.', '）', ')', '．']) {
                    out.push(' ');
                }
                pending.clear();
            }
            out.push_str(&n.text);
            out.push('\n');
        });
    }
    if !pending.is_empty() {
        out.push_str(&pending);
        out.push('\n');
    }
    out
}

/// The path of steps (unit, paragraph, subparagraph, item) that cites a node.
pub(crate) fn path_of(chain: &[&Node]) -> Vec<Step> {
    chain
        .iter()
        .filter(|n| !n.kind.is_heading() || chain.last().is_some_and(|l| l.kind.is_heading()))
        .filter_map(|n| n.num.map(|num| Step::new(n.kind, num)))
        .collect()
}

/// Maps byte offsets of a node's own text back into the source.
///
/// The node text is the source with whitespace and line breaks removed (one space kept
/// between Latin letters or digits), so the two are walked together skipping
/// whitespace on both sides and any page debris in the source.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextMap {
    /// Runs of text that are identical in the source, in text order: (text byte offset,
    /// source byte offset, byte length). A char matched alone (after spaces skipped on
    /// either side) is a run of its own length.
    chars: Vec<(usize, usize, usize)>,
}

fn is_ws(c: char) -> bool {
    // Chinese characters and punctuation first: no space (the last Unicode space is
    // U+3000; the zero-width ones are U+200B and U+FEFF).
    if ('\u{3001}'..='\u{FEFE}').contains(&c) {
        return false;
    }
    c.is_whitespace() || crate::normalize::is_space(c)
}

impl TextMap {
    /// Aligns `node.text` with the source inside `node.span`; `None` when it cannot.
    /// The text is tried from each of the first [`MAX_ALIGN_STARTS`] places in the region
    /// where its first character occurs (the text starts right after the node's label).
    pub(crate) fn new(src: &str, debris: &DebrisIndex, node: &Node) -> Option<TextMap> {
        let text = || node.text.char_indices().filter(|(_, c)| !is_ws(*c));
        let first = text().next()?.1;
        let region = src.get(node.span.0..node.span.1.min(src.len()))?;
        // Only the page debris overlapping the region can be met.
        let (lo, hi) = (node.span.0, node.span.0 + region.len());
        let debris = debris.overlapping(lo, hi);
        let in_debris = |at: usize| {
            let i = debris.partition_point(|d| d.1 <= at);
            debris.get(i).filter(|d| d.0 <= at).map(|d| d.1)
        };
        let mut out = Vec::new();
        for (start, _) in region.match_indices(first).take(MAX_ALIGN_STARTS) {
            out.clear();
            if debris.is_empty() {
                if align_runs(&node.text, region, start, node.span.0, &mut out) {
                    return Some(TextMap { chars: out });
                }
                continue;
            }
            let mut it = region.get(start..)?.char_indices().peekable();
            let mut ok = true;
            for (tb, tc) in text() {
                loop {
                    let Some(&(off, sc)) = it.peek() else {
                        ok = false;
                        break;
                    };
                    let abs = node.span.0 + start + off;
                    if let Some(end) = in_debris(abs) {
                        while it.peek().is_some_and(|(o, _)| node.span.0 + start + o < end) {
                            it.next();
                        }
                        continue;
                    }
                    if is_ws(sc) {
                        it.next();
                        continue;
                    }
                    if sc == tc {
                        out.push((tb, abs, sc.len_utf8()));
                        it.next();
                    } else {
                        ok = false;
                    }
                    break;
                }
                if !ok {
                    break;
                }
            }
            if ok {
                return Some(TextMap { chars: out });
            }
        }
        None
    }

    /// The source span of the text range `[a, b)`.
    pub(crate) fn span(&self, a: usize, b: usize) -> Option<Span> {
        // Runs are in text order and do not overlap: the runs meeting `[a, b)` are a
        // slice, and inside a run text and source advance together.
        let from = self.chars.partition_point(|(t, _, n)| t + n <= a);
        let to = self.chars.partition_point(|(t, _, _)| *t < b);
        let first = self.chars.get(from..to)?.first()?;
        let last = self.chars.get(from..to)?.last()?;
        let start = first.1 + a.saturating_sub(first.0);
        let end = last.1 + (b.min(last.0 + last.2) - last.0);
        Some(Span(start, end))
    }
}

/// How many places [`TextMap::new`] tries a text from: every try can read the whole
/// text, so a text that matches nowhere costs this many reads, not one per occurrence of
/// its first character.
const MAX_ALIGN_STARTS: usize = 64;

/// The page debris of a document sorted by position, for [`TextMap::new`] (debris is
/// collected from several passes, not always in order).
#[derive(Debug, Clone, Default)]
pub(crate) struct DebrisIndex {
    spans: Vec<Span>,
}

impl DebrisIndex {
    pub(crate) fn new(doc: &Document) -> DebrisIndex {
        let mut spans: Vec<Span> = doc.debris.iter().map(|d| d.span).collect();
        spans.sort_unstable_by_key(|s| (s.0, s.1));
        DebrisIndex { spans }
    }

    /// The debris spans overlapping `[lo, hi)`, in order.
    fn overlapping(&self, lo: usize, hi: usize) -> &[Span] {
        // Debris lines do not overlap one another: sorted by start, they are sorted by end.
        let a = self.spans.partition_point(|d| d.1 <= lo);
        let b = self.spans.partition_point(|d| d.0 < hi);
        self.spans.get(a..b.max(a)).unwrap_or_default()
    }
}

/// [`TextMap::new`] from the candidate start `start` of `region` (at `base` in the
/// source) when no page debris lies in the region: the same char-by-char alignment
/// (whitespace skipped on both sides), but runs of identical bytes are taken whole.
/// Fills `out` and returns true when every non-space char of `text` is matched.
fn align_runs(text: &str, region: &str, start: usize, base: usize, out: &mut Vec<(usize, usize, usize)>) -> bool {
    let tb = text.as_bytes();
    let sb = region.as_bytes();
    let (mut t, mut s) = (0, start);
    loop {
        // The run of identical bytes, cut back to whole chars.
        let mut n = common_prefix(tb.get(t..).unwrap_or_default(), sb.get(s..).unwrap_or_default());
        while n > 0 && !text.is_char_boundary(t + n) {
            n -= 1;
        }
        if n > 0 {
            out.push((t, base + s, n));
        }
        t += n;
        s += n;
        // Then one char at a time: spaces skipped on both sides, the next chars must agree.
        let mut tc = text.get(t..).unwrap_or_default().chars();
        let Some(c) = tc.by_ref().find(|c| !is_ws(*c)) else { return true };
        t = text.len() - tc.as_str().len() - c.len_utf8();
        let mut sc = region.get(s..).unwrap_or_default().chars();
        let Some(d) = sc.by_ref().find(|d| !is_ws(*d)) else { return false };
        s = region.len() - sc.as_str().len() - d.len_utf8();
        if c != d {
            return false;
        }
        out.push((t, base + s, d.len_utf8()));
        t += c.len_utf8();
        s += d.len_utf8();
    }
}

/// Length of the common prefix of two byte strings.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let max = a.len().min(b.len());
    let mut n = 0;
    while n + 8 <= max {
        match (a.get(n..n + 8), b.get(n..n + 8)) {
            (Some(x), Some(y)) if x == y => n += 8,
            _ => break,
        }
    }
    while n < max && a.get(n) == b.get(n) {
        n += 1;
    }
    n
}

/// Source span of `[a, b)` of a node's text, falling back to the node's span.
pub(crate) fn source_span(map: Option<&TextMap>, node: &Node, a: usize, b: usize) -> Span {
    map.and_then(|m| m.span(a, b)).unwrap_or(node.span)
}

/// A document with its cross-references and defined terms: what
/// `fagui parse --format json` prints. The document's own fields come first, unchanged
/// (flattened), then `refs` and `terms`.
///
/// ```
/// let src = "示範要點\n一、甲。\n二、依前點辦理。\n";
/// let doc = fagui::parse(src);
/// let export = fagui::query::Export::new(&doc, src);
/// let v: serde_json::Value = serde_json::from_str(&export.to_json().unwrap()).unwrap();
/// assert_eq!(v["refs"][0]["targets"][0], "point_1");
/// assert_eq!(v["units"][0]["id"], "point_1");
/// ```
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "Document")]
pub struct Export<'a> {
    /// The parsed document (every field of [`Document`] at top level).
    #[serde(flatten)]
    pub document: &'a Document,
    /// Cross-references found in node texts.
    pub refs: Vec<Reference>,
    /// Defined terms.
    pub terms: Vec<Term>,
}

impl<'a> Export<'a> {
    /// Extracts references and terms of `doc`, parsed from `src`. Spans point into `src`;
    /// when the source is not at hand, pass `""` and each span is that of the node
    /// holding the reference or term.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、甲。\n");
    /// assert!(fagui::query::Export::new(&doc, "要點\n一、甲。\n").refs.is_empty());
    /// ```
    pub fn new(doc: &'a Document, src: &str) -> Export<'a> {
        let terms = extract_terms(doc, src);
        let refs = refs::extract_refs_with_terms(doc, src, &terms);
        Export { document: doc, refs, terms }
    }

    /// Compact JSON.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、甲。\n");
    /// assert!(fagui::query::Export::new(&doc, "").to_json().unwrap().ends_with("\"refs\":[],\"terms\":[]}"));
    /// ```
    ///
    /// # Errors
    ///
    /// When serde_json fails, which it does not on these types (the error is there to be
    /// told rather than hidden as an empty string).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Indented JSON.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、甲。\n");
    /// assert!(fagui::query::Export::new(&doc, "").to_json_pretty().unwrap().contains("\n  \"terms\": []"));
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Self::to_json`].
    pub fn to_json_pretty(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

/// What [`Export`] serializes to, written as it is made: the references are handed to
/// the serializer one at a time ([`refs::for_each_ref`]) instead of gathered first
/// (`fagui parse` writes a document this way: its references can weigh more than its
/// tree). The bytes are those of [`Export`].
#[cfg(feature = "batch")]
pub(crate) struct ExportOf<'a> {
    pub(crate) doc: &'a Document,
    pub(crate) src: &'a str,
}

#[cfg(feature = "batch")]
impl Serialize for ExportOf<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let terms = extract_terms(self.doc, self.src);
        Streamed { document: self.doc, refs: RefStream { doc: self.doc, src: self.src, terms: &terms }, terms: &terms }
            .serialize(serializer)
    }
}

/// The fields of [`Export`], the references made as they are written.
#[cfg(feature = "batch")]
#[derive(Serialize)]
struct Streamed<'a> {
    #[serde(flatten)]
    document: &'a Document,
    refs: RefStream<'a>,
    terms: &'a [Term],
}

/// A document's references, serialized as a sequence made one at a time.
#[cfg(feature = "batch")]
struct RefStream<'a> {
    doc: &'a Document,
    src: &'a str,
    terms: &'a [Term],
}

#[cfg(feature = "batch")]
impl Serialize for RefStream<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(None)?;
        let mut failed = None;
        refs::for_each_ref(self.doc, self.src, self.terms, &mut |r| {
            if failed.is_none()
                && let Err(e) = seq.serialize_element(&r)
            {
                failed = Some(e);
            }
        });
        match failed {
            Some(e) => Err(e),
            None => seq.end(),
        }
    }
}
