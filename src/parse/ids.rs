//! Unique ids after out-of-sequence numbering.

use std::collections::{HashMap, HashSet};

use crate::ast::{Node, NodeKind, Num};

/// True when two nodes share an id (checked without copying any id).
pub(super) fn has_duplicate_ids(units: &[Node]) -> bool {
    fn walk<'a>(n: &'a Node, seen: &mut HashSet<&'a str>) -> bool {
        !seen.insert(n.id.as_str()) || n.children.iter().any(|c| walk(c, seen))
    }
    let mut seen = HashSet::with_capacity(units.len());
    units.iter().any(|u| walk(u, &mut seen))
}

/// True when no two nodes can share an id because, under each parent, the
/// numbers of each kind rise strictly (a linear scan, no hashing); `false` means "not
/// sure", and the exact check runs.
pub(super) fn ids_surely_unique(nodes: &[Node]) -> bool {
    let mut last: Vec<(NodeKind, Num)> = Vec::new();
    for n in nodes {
        match n.num {
            Some(k) => match last.iter_mut().find(|(kind, _)| *kind == n.kind) {
                Some((_, prev)) if *prev >= k => return false,
                Some((_, prev)) => *prev = k,
                None => last.push((n.kind, k)),
            },
            // One preamble at most; unparsed nodes are numbered by a counter.
            None if matches!(n.kind, NodeKind::Preamble | NodeKind::Unparsed) => {}
            None => return false,
        }
        if !ids_surely_unique(&n.children) {
            return false;
        }
    }
    true
}

/// Makes ids unique after out-of-sequence numbers: the second `art_5` becomes
/// `art_5_2` (and its descendants follow). Linear: each base id keeps its next suffix.
pub(super) fn dedupe_ids(units: &mut [Node]) {
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
        // Below a unit, ids derive from the unit's, and may collide too where a list
        // restarts (`(1)`–`(2)` twice under one item).
        for c in &mut n.children {
            go(c, seen, next);
        }
    }
    let mut seen = HashSet::new();
    let mut next = HashMap::new();
    for u in units {
        go(u, &mut seen, &mut next);
    }
}
