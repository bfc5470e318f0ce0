//! Search: literal or regular-expression matches in node texts, each located by node id,
//! citation and byte span in the source.
//!
//! Node texts have their line wraps repaired, so a phrase broken across lines in the
//! source (`…資訊` / `長…`) is found, and its span covers both source lines.
//!
//! ```
//! let src = "示範要點\n一、本院置資訊\n長一人。\n";
//! let doc = fagui::parse(src);
//! let hits = fagui::query::search(&doc, src, &fagui::query::Pattern::literal("資訊長"));
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].citation, "第一點");
//! assert_eq!(&src[hits[0].span.0..hits[0].span.1], "資訊\n長");
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::ast::{Document, Span};

use super::{DebrisIndex, TextMap, nodes, source_span};

/// What to look for.
///
/// ```
/// let p = fagui::query::Pattern::regex("資訊(長|單位)").unwrap();
/// assert!(matches!(p, fagui::query::Pattern::Regex(_)));
/// ```
#[derive(Debug, Clone)]
pub enum Pattern {
    /// A literal string.
    Literal(String),
    /// A regular expression (`regex` crate syntax).
    Regex(regex::Regex),
}

impl Pattern {
    /// A literal pattern.
    ///
    /// ```
    /// let p = fagui::query::Pattern::literal("本小組");
    /// assert!(matches!(p, fagui::query::Pattern::Literal(_)));
    /// ```
    pub fn literal(s: impl Into<String>) -> Pattern {
        Pattern::Literal(s.into())
    }

    /// A regular-expression pattern.
    ///
    /// ```
    /// assert!(fagui::query::Pattern::regex("(").is_err());
    /// ```
    pub fn regex(s: &str) -> Result<Pattern, regex::Error> {
        regex::Regex::new(s).map(Pattern::Regex)
    }

    /// Byte ranges of the non-overlapping matches in `text`.
    ///
    /// ```
    /// assert_eq!(fagui::query::Pattern::literal("甲").find_all("甲乙甲"), [(0, 3), (6, 9)]);
    /// ```
    pub fn find_all(&self, text: &str) -> Vec<(usize, usize)> {
        match self {
            Pattern::Literal(s) if s.is_empty() => Vec::new(),
            Pattern::Literal(s) => text.match_indices(s.as_str()).map(|(i, m)| (i, i + m.len())).collect(),
            Pattern::Regex(r) => r.find_iter(text).filter(|m| !m.is_empty()).map(|m| (m.start(), m.end())).collect(),
        }
    }
}

/// One match.
///
/// ```
/// let src = "要點\n一、設資訊長。\n";
/// let doc = fagui::parse(src);
/// let hit = &fagui::query::search(&doc, src, &fagui::query::Pattern::literal("資訊長"))[0];
/// assert_eq!(hit.id, "point_1__para_1");
/// assert_eq!(hit.matched, "資訊長");
/// assert_eq!(&hit.text[hit.range.0..hit.range.1], "資訊長");
/// assert_eq!((hit.offset, hit.text.as_str()), (0, "設資訊長。"));
///
/// // In a long text, the match with 80 characters on either side.
/// let src = format!("要點\n一、{}設資訊長。{}\n", "甲".repeat(300), "乙".repeat(300));
/// let doc = fagui::parse(&src);
/// let hit = &fagui::query::search(&doc, &src, &fagui::query::Pattern::literal("資訊長"))[0];
/// assert_eq!(hit.text.chars().count(), 80 + 3 + 80);
/// assert_eq!(&doc.units[0].children[0].text[hit.offset..][hit.range.0..hit.range.1], "資訊長");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Hit {
    /// Id of the node whose own text holds the match.
    pub id: String,
    /// Chinese citation of that node, e.g. `第八點第一款`.
    pub citation: String,
    /// The matched text (from the node text, wraps repaired).
    pub matched: String,
    /// The node's own text around the match: all of it when it has at most
    /// [`MAX_HIT_TEXT_CHARS`] characters, otherwise the match with up to
    /// [`HIT_CONTEXT_CHARS`] characters on either side (so that many hits in one long
    /// node do not each copy the whole node).
    pub text: String,
    /// Byte offset of `text` in the node's own text (0 when `text` is all of it).
    pub offset: usize,
    /// Byte range of the match in `text`.
    pub range: Span,
    /// Byte range of the match in the source (the node's span when it cannot be aligned).
    pub span: Span,
}

/// A node text up to this many characters is given whole in each [`Hit`].
pub const MAX_HIT_TEXT_CHARS: usize = 200;

/// Characters of context kept on either side of a match in a longer node text.
pub const HIT_CONTEXT_CHARS: usize = 80;

/// Byte offset `n` characters before `at` in `text` (0 when fewer).
fn chars_before(text: &str, at: usize, n: usize) -> usize {
    let before = text.get(..at).unwrap_or_default();
    match n.checked_sub(1) {
        Some(k) => before.char_indices().rev().nth(k).map_or(0, |(i, _)| i),
        None => at,
    }
}

/// Byte offset `n` characters after `at` in `text` (the end when fewer).
fn chars_after(text: &str, at: usize, n: usize) -> usize {
    let after = text.get(at..).unwrap_or_default();
    after.char_indices().nth(n).map_or(text.len(), |(i, _)| at + i)
}

/// Every match of `pattern` in the own text of every node, in document order.
/// `src` is the text the document was parsed from (for the spans).
///
/// ```
/// let src = "要點\n一、甲乙。\n二、乙丙。\n";
/// let doc = fagui::parse(src);
/// let hits = fagui::query::search(&doc, src, &fagui::query::Pattern::regex("乙.").unwrap());
/// assert_eq!(hits.iter().map(|h| h.citation.as_str()).collect::<Vec<_>>(), ["第一點", "第二點"]);
/// ```
pub fn search(doc: &Document, src: &str, pattern: &Pattern) -> Vec<Hit> {
    let mut out = Vec::new();
    let debris = DebrisIndex::new(doc);
    for (path, node) in nodes(doc) {
        if node.text.is_empty() {
            continue;
        }
        let found = pattern.find_all(&node.text);
        if found.is_empty() {
            continue;
        }
        let map = TextMap::new(src, &debris, node);
        let mut chain = path.clone();
        chain.push(node);
        let cite = super::citation_in(&chain, doc.jurisdiction);
        let whole = node.text.chars().nth(MAX_HIT_TEXT_CHARS).is_none();
        for (a, b) in found {
            let (from, to) = if whole {
                (0, node.text.len())
            } else {
                (chars_before(&node.text, a, HIT_CONTEXT_CHARS), chars_after(&node.text, b, HIT_CONTEXT_CHARS))
            };
            out.push(Hit {
                id: node.id.clone(),
                citation: cite.clone(),
                matched: node.text.get(a..b).unwrap_or_default().to_string(),
                text: node.text.get(from..to).unwrap_or_default().to_string(),
                offset: from,
                range: Span(a - from, b - from),
                span: source_span(map.as_ref(), node, a, b),
            });
        }
    }
    out
}
