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

use super::{DebrisIndex, TextMap, citation, nodes, source_span};

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
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Hit {
    /// Id of the node whose own text holds the match.
    pub id: String,
    /// Chinese citation of that node, e.g. `第八點第一款`.
    pub citation: String,
    /// The matched text (from the node text, wraps repaired).
    pub matched: String,
    /// The node's own text.
    pub text: String,
    /// Byte range of the match in `text`.
    pub range: (usize, usize),
    /// Byte range of the match in the source (the node's span when it cannot be aligned).
    pub span: Span,
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
        let cite = citation(&chain);
        for (a, b) in found {
            out.push(Hit {
                id: node.id.clone(),
                citation: cite.clone(),
                matched: node.text.get(a..b).unwrap_or_default().to_string(),
                text: node.text.clone(),
                range: (a, b),
                span: source_span(map.as_ref(), node, a, b),
            });
        }
    }
    out
}
