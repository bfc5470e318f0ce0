//! Document order: where each node stands among the nodes of its kind, so that a range
//! (`第一條至前條`) is found, counted and stored as two positions instead of being
//! listed node by node.
//!
//! Built once per document (a walk and a sort), then every question costs a binary
//! search: a document with `k` ranges of `k` articles each is handled in `O(k log k)`,
//! not `O(k²)`.

use std::sync::Arc;

use crate::ast::{Document, Node, NodeKind};

/// Number of node classes (one per [`NodeKind`], articles and points sharing one).
const CLASSES: usize = NodeKind::Unparsed as usize + 1;

/// The class of a kind in ranges: articles and points count as one kind (units), every
/// other kind is its own.
pub(crate) fn class_of(kind: NodeKind) -> usize {
    if kind.is_unit() { NodeKind::Article as usize } else { kind as usize }
}

/// A run of nodes of one class: positions `start..=end` among the class's nodes in
/// document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run {
    pub(crate) class: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Run {
    /// Number of nodes in the run.
    pub(crate) fn len(&self) -> usize {
        self.end + 1 - self.start
    }
}

/// The position of every node of a document in document order, by class.
///
/// About 20 bytes per node (it is built for every document whose references are read,
/// next to the tree itself): the nodes and their parents by preorder index, the
/// preorder indexes sorted by node address, and per class the preorder indexes of its
/// nodes; each list allocated at its final length (the nodes are counted first).
#[derive(Debug)]
pub(crate) struct Order<'d> {
    /// Per preorder index: the node.
    all: Vec<&'d Node>,
    /// Per preorder index: its parent's preorder index (`u32::MAX` for a node at the top
    /// of the document).
    parents: Vec<u32>,
    /// Every preorder index, sorted by the address of its node.
    by_addr: Vec<u32>,
    /// Per class: the preorder index of each of its nodes (ascending).
    pre: Vec<Vec<u32>>,
    /// Per class: its nodes' ids, copied when a range of the class is first handed out.
    ids: Vec<Option<Arc<[String]>>>,
}

fn addr(n: &Node) -> usize {
    n as *const Node as usize
}

impl<'d> Order<'d> {
    /// Indexes every node of `doc` (one walk to count, one to fill, one sort).
    pub(crate) fn new(doc: &'d Document) -> Order<'d> {
        let mut counts = [0usize; CLASSES];
        doc.walk(&mut |n| {
            if let Some(c) = counts.get_mut(class_of(n.kind)) {
                *c += 1;
            }
        });
        let total: usize = counts.iter().sum();
        let mut pre: Vec<Vec<u32>> = counts.iter().map(|&c| Vec::with_capacity(c)).collect();
        let mut all: Vec<&Node> = Vec::with_capacity(total);
        let mut parents: Vec<u32> = Vec::with_capacity(total);
        let mut walk = super::Walk::new(doc);
        // The preorder indexes of the nodes on the path to the current one.
        let mut open: Vec<u32> = Vec::new();
        while let Some((path, n)) = walk.advance() {
            let i = u32::try_from(all.len()).unwrap_or(u32::MAX);
            open.truncate(path.len());
            all.push(n);
            parents.push(open.last().copied().unwrap_or(u32::MAX));
            open.push(i);
            if let Some(ps) = pre.get_mut(class_of(n.kind)) {
                ps.push(i);
            }
        }
        let mut by_addr: Vec<u32> = (0..u32::try_from(all.len()).unwrap_or(u32::MAX)).collect();
        by_addr.sort_unstable_by_key(|&i| all.get(i as usize).map_or(0, |n| addr(n)));
        Order { all, parents, by_addr, pre, ids: vec![None; CLASSES] }
    }

    /// A node of the document and its ancestors (outermost first, the node last): read
    /// up the parents recorded in the walk, not found again from the top.
    pub(crate) fn chain(&self, n: &Node) -> Option<Vec<&'d Node>> {
        let mut out = Vec::new();
        let mut at = self.pre_of(n)?;
        while let (Some(&node), Some(&parent)) = (self.all.get(at as usize), self.parents.get(at as usize)) {
            out.push(node);
            at = parent;
        }
        out.reverse();
        Some(out)
    }

    /// Preorder index of a node of the document.
    fn pre_of(&self, n: &Node) -> Option<u32> {
        let a = addr(n);
        let i = self.by_addr.binary_search_by_key(&a, |&p| self.all.get(p as usize).map_or(0, |m| addr(m))).ok()?;
        self.by_addr.get(i).copied()
    }

    /// The class of `n` and its position among the nodes of that class.
    pub(crate) fn pos(&self, n: &Node) -> Option<(usize, usize)> {
        let p = self.pre_of(n)?;
        let c = class_of(n.kind);
        self.pre.get(c)?.binary_search(&p).ok().map(|i| (c, i))
    }

    /// The node at position `pos` of class `class`.
    pub(crate) fn node(&self, class: usize, pos: usize) -> Option<&'d Node> {
        let p = *self.pre.get(class)?.get(pos)?;
        self.all.get(p as usize).copied()
    }

    /// The nodes of a run, in document order.
    pub(crate) fn nodes_of(&self, run: Run) -> impl Iterator<Item = &'d Node> + '_ {
        let pre = self.pre.get(run.class).and_then(|ps| ps.get(run.start..=run.end)).unwrap_or_default();
        pre.iter().filter_map(|&p| self.all.get(p as usize).copied())
    }

    /// Every node of `a`'s class from `a` to `b` (inclusive) in document order; `None`
    /// when `b` comes before `a` (or either is not in the document).
    pub(crate) fn range(&self, a: &Node, b: &Node) -> Option<Run> {
        let (class, start) = self.pos(a)?;
        let pb = self.pre_of(b)?;
        let pre = self.pre.get(class)?;
        if pre.get(start).is_none_or(|&pa| pb < pa) {
            return None;
        }
        // The last node of the class at or before `b`.
        let end = pre.partition_point(|&p| p <= pb).checked_sub(1)?;
        Some(Run { class, start, end })
    }

    /// `nodes` as runs (consecutive nodes of a class merged), in the given order; `None`
    /// when a node is not in the document.
    pub(crate) fn runs(&self, nodes: &[&Node]) -> Option<Vec<Run>> {
        let mut out: Vec<Run> = Vec::new();
        for n in nodes {
            let (class, p) = self.pos(n)?;
            match out.last_mut() {
                Some(last) if last.class == class && last.end + 1 == p => last.end = p,
                _ => out.push(Run { class, start: p, end: p }),
            }
        }
        Some(out)
    }

    /// The ids of every node of a class in document order (copied once, then shared).
    pub(crate) fn ids(&mut self, class: usize) -> Arc<[String]> {
        if let Some(Some(ids)) = self.ids.get(class) {
            return ids.clone();
        }
        let ids: Arc<[String]> = self
            .pre
            .get(class)
            .map(|ps| ps.iter().filter_map(|&p| self.all.get(p as usize)).map(|n| n.id.clone()).collect())
            .unwrap_or_default();
        if let Some(slot) = self.ids.get_mut(class) {
            *slot = Some(ids.clone());
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_ranges_and_runs() {
        let doc = crate::parse(
            "示範法\n第一章 總則\n第 1 條\n甲。\n乙。\n第 2 條\n丙。\n第二章 附則\n第 3 條\n丁：\n一、子。\n二、丑。\n",
        );
        let o = Order::new(&doc);
        let get = |id: &str| crate::query::locate(&doc, id).and_then(|c| c.last().copied()).unwrap();
        let (a, b) = (get("chap_1__art_1"), get("chap_2__art_3"));
        let run = o.range(a, b).unwrap();
        let ids: Vec<_> = o.nodes_of(run).map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["chap_1__art_1", "chap_1__art_2", "chap_2__art_3"]);
        // Backwards: no run.
        assert!(o.range(b, a).is_none());
        // A range ending deeper than it starts stops at the last node of the class before the end.
        let deep = get("chap_2__art_3__para_1__subpara_2");
        assert_eq!(o.range(a, deep).unwrap().len(), 3);
        // Consecutive paragraphs merge into one run; a gap starts another.
        let p = |id: &str| get(id);
        let runs =
            o.runs(&[p("chap_1__art_1__para_1"), p("chap_1__art_1__para_2"), p("chap_1__art_2__para_1")]).unwrap();
        assert_eq!(runs.len(), 1, "the paragraphs are consecutive among paragraphs");
        let runs = o.runs(&[p("chap_1__art_1__para_1"), p("chap_2__art_3__para_1")]).unwrap();
        assert_eq!(runs.len(), 2);
        let mut o = o;
        let ids = o.ids(class_of(NodeKind::Paragraph));
        assert_eq!(ids.len(), 4);
    }
}
