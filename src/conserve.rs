//! The "nothing lost" check: every non-whitespace character of the input must end up
//! in exactly one place of the tree.
//!
//! The tree side counts the title, the metadata (keys, values and one `：` separator
//! each, since a header line reads `法規名稱：…`), the history entries, page debris, and
//! every node's label, caption and text. Full-width and ASCII colons are counted as one
//! symbol so that `法規名稱:` and `法規名稱：` both balance.

use std::collections::BTreeMap;

use crate::ast::Document;
use crate::normalize::is_space;

/// The characters that do not balance between input and tree.
///
/// ```
/// let src = "要點\n一、甲。\n二、乙。\n";
/// let doc = fagui::parse(src);
/// assert!(fagui::conserve::check(src, &doc).is_balanced());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Balance {
    /// Characters in the input that the tree lacks, with their counts.
    pub missing: BTreeMap<char, usize>,
    /// Characters in the tree that the input lacks (duplicated text), with their counts.
    pub extra: BTreeMap<char, usize>,
}

impl Balance {
    /// True when nothing is missing and nothing is extra.
    ///
    /// ```
    /// assert!(fagui::conserve::Balance::default().is_balanced());
    /// ```
    pub fn is_balanced(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty()
    }
}

fn key(c: char) -> char {
    if c == ':' { '：' } else { c }
}

fn add(counts: &mut BTreeMap<char, i64>, s: &str, sign: i64) {
    for c in s.chars().filter(|c| !is_space(*c)) {
        *counts.entry(key(c)).or_insert(0) += sign;
    }
}

/// Compares the non-whitespace characters of `src` with those of the tree.
///
/// ```
/// let src = "示範辦法\n第 1 條\n本辦法訂定。\n";
/// let mut doc = fagui::parse(src);
/// doc.units[0].children[0].text.pop();
/// let b = fagui::conserve::check(src, &doc);
/// assert_eq!(b.missing.get(&'。'), Some(&1));
/// ```
pub fn check(src: &str, doc: &Document) -> Balance {
    check_all(src, std::slice::from_ref(doc))
}

/// [`check`] for a text read as several documents ([`crate::parse_all`]): every
/// character must be in exactly one of them.
///
/// ```
/// let src = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";
/// let docs = fagui::parse_all(src, &Default::default());
/// assert_eq!(docs.len(), 2);
/// assert!(fagui::conserve::check_all(src, &docs).is_balanced());
/// ```
pub fn check_all(src: &str, docs: &[Document]) -> Balance {
    let mut counts = BTreeMap::new();
    add(&mut counts, src, 1);
    for doc in docs {
        add(&mut counts, &tree_text(doc), -1);
    }
    let mut out = Balance::default();
    for (c, n) in counts {
        match n {
            n if n > 0 => {
                out.missing.insert(c, n as usize);
            }
            n if n < 0 => {
                out.extra.insert(c, (-n) as usize);
            }
            _ => {}
        }
    }
    out
}

/// All the text the tree holds, in no particular order (the tree side of [`check`]).
pub(crate) fn tree_text(doc: &Document) -> String {
    let mut s = String::new();
    let title_from_meta = doc.title.is_some() && doc.meta.get("法規名稱") == doc.title.as_ref();
    for (k, v) in &doc.meta {
        s.push_str(k);
        s.push('：');
        s.push_str(v);
    }
    if !title_from_meta && let Some(t) = &doc.title {
        s.push_str(t);
    }
    for h in &doc.history {
        s.push_str(&h.raw);
    }
    for d in &doc.debris {
        s.push_str(&d.text);
    }
    doc.walk(&mut |n| {
        if let Some(l) = &n.label {
            s.push_str(l);
        }
        if let Some(c) = &n.caption {
            s.push_str(c);
        }
        s.push_str(&n.text);
    });
    s
}

#[cfg(test)]
mod api_examples {
    #[test]
    fn tree_text_example() {
        let doc = crate::parse("要點\n一、甲。\n");
        assert!(crate::conserve::tree_text(&doc).contains("一、"));
    }
}
