//! The numbering conventions: the 中央法規標準法 (art. 8) for statutes, the level order of
//! the 文書處理手冊 for directives.

use crate::ast::{DocKind, Document, Jurisdiction, Node, NodeKind};
use crate::diagnostic::{DiagCode, Diagnostic, Severity};
use crate::label::Label;
use crate::marker::Style;

use super::diagnostic;

/// The list style of a node's label (`（一）` → `ParenCjk`), or `None` for no label, a
/// heading's or an article's, and a label whose numeral was lost (`()`: its style is the
/// parser's guess, not the author's).
fn style(label: Option<&Label>) -> Option<Style> {
    label.filter(|l| !l.is_lost()).and_then(|l| Style::of_list(l.style()))
}

/// A style as its first marker reads.
fn shown(s: Style) -> &'static str {
    match s {
        Style::Heading(_) | Style::Article => "第一條",
        Style::CjkComma => "一、",
        Style::ParenCjk => "（一）",
        Style::Arabic => "1.",
        Style::ParenArabic => "（1）",
        Style::Circled => "①",
        Style::Stem => "甲、",
        Style::ParenStem => "（甲）",
        Style::Branch => "子、",
        Style::ParenBranch => "（子）",
        Style::Letter(true) => "A.",
        Style::Letter(false) => "a.",
        Style::ParenLetter(true) => "(A)",
        Style::ParenLetter(false) => "(a)",
    }
}

/// The first node of each list kind among `siblings` that has a list style, with it.
fn lists(siblings: &[Node]) -> Vec<(&Node, Style)> {
    let mut seen: Vec<NodeKind> = Vec::new();
    let mut out = Vec::new();
    for n in siblings {
        if !n.kind.is_list() || seen.contains(&n.kind) {
            continue;
        }
        if let Some(s) = style(n.label.as_ref()) {
            seen.push(n.kind);
            out.push((n, s));
        }
    }
    out
}

/// `statute-numbering` and `level-order` over a Taiwanese document.
pub(super) fn check(doc: &Document, src: &str, out: &mut Vec<Diagnostic>) {
    if doc.jurisdiction != Jurisdiction::Tw {
        return;
    }
    for unit in &doc.units {
        match doc.kind {
            DocKind::Statute => statute(unit, src, out),
            DocKind::Directive => directive(unit, &mut Vec::new(), src, out),
        }
    }
}

/// 中央法規標準法 art. 8: 項 unnumbered, 款 `一、`, 目 `（一）`, then `1、`.
fn statute(node: &Node, src: &str, out: &mut Vec<Diagnostic>) {
    if node.kind == NodeKind::Article {
        numbered_paragraphs(node, src, out);
    }
    for (n, s) in lists(&node.children) {
        let expected = match (n.kind, node.kind) {
            (NodeKind::Subparagraph, _) => Style::CjkComma,
            (NodeKind::Item, _) => Style::ParenCjk,
            (NodeKind::Subitem, NodeKind::Item) => Style::Arabic,
            _ => continue,
        };
        if s != expected {
            let label = n.label.as_deref().unwrap_or_default().trim();
            let word = n.kind.word();
            out.push(diagnostic(
                src,
                n.span.0,
                label,
                Severity::Warning,
                DiagCode::StatuteNumbering,
                format!(
                    "{word} numbered {label}: a statute numbers its 款 一、, 目 （一）, then 1、 (中央法規標準法第八條): write {}",
                    shown(expected)
                ),
            ));
        }
    }
    for child in &node.children {
        statute(child, src, out);
    }
}

/// An article whose paragraphs open with 1, 2, 3 … (or ①, ② …): 項 are not numbered.
fn numbered_paragraphs(article: &Node, src: &str, out: &mut Vec<Diagnostic>) {
    let paras: Vec<&Node> = article.children.iter().filter(|c| c.kind == NodeKind::Paragraph).collect();
    if paras.len() < 2 {
        return;
    }
    let lead = |t: &str| -> Option<(u32, usize)> {
        let c = t.chars().next()?;
        if let 0x2460..=0x2473 = c as u32 {
            return Some((c as u32 - 0x2460 + 1, c.len_utf8()));
        }
        let digits: String = t.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).collect();
        let next = t.get(digits.len()..).and_then(|r| r.chars().next());
        if digits.is_empty() || digits.chars().count() > 2 || next.is_some_and(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        let n = digits
            .chars()
            .filter_map(|c| c.to_digit(10).or_else(|| ('０'..='９').position(|d| d == c).map(|p| p as u32)))
            .fold(0, |a, d| a * 10 + d);
        Some((n, digits.len()))
    };
    let all = paras.iter().enumerate().all(|(i, p)| lead(&p.text).is_some_and(|(n, _)| n as usize == i + 1));
    if let (true, Some(first)) = (all, paras.first()) {
        let len = lead(&first.text).map_or(0, |(_, l)| l);
        let start = src
            .get(first.span.0..)
            .and_then(|s| s.find(first.text.get(..len)?))
            .map_or(first.span.0, |at| first.span.0 + at);
        let label = src.get(start..start + len).unwrap_or_default();
        out.push(diagnostic(
            src,
            start,
            label,
            Severity::Warning,
            DiagCode::StatuteNumbering,
            format!(
                "the {} paragraphs (項) of this article are numbered: 項 are not numbered (中央法規標準法第八條)",
                paras.len()
            ),
        ));
    }
}

/// True for the styles the 文書處理手冊 places in its order (not `①`, nor Latin letters).
fn in_manual(s: Style) -> bool {
    !matches!(s, Style::Circled | Style::Letter(_) | Style::ParenLetter(_))
}

/// The 文書處理手冊 order 一、→（一）→1.→（1）→甲、→（甲）→子、→（子）: a list nested in a
/// list of a later style (`（一）` under `1.`).
fn directive(node: &Node, above: &mut Vec<(Style, String)>, src: &str, out: &mut Vec<Diagnostic>) {
    let own = style(node.label.as_ref()).filter(|s| in_manual(*s));
    if let Some(s) = own {
        above.push((s, node.label.as_deref().unwrap_or_default().trim().to_string()));
    }
    for (n, s) in lists(&node.children) {
        if !in_manual(s) {
            continue;
        }
        if let Some((_, outer)) = above.iter().find(|(a, _)| a.rank() >= s.rank()) {
            let label = n.label.as_deref().unwrap_or_default().trim();
            out.push(diagnostic(
                src,
                n.span.0,
                label,
                Severity::Warning,
                DiagCode::LevelOrder,
                format!(
                    "{label} is nested under {outer}: the levels run 一、→（一）→1.→（1）→甲、→（甲）→子、→（子） (文書處理手冊), {} before {}",
                    shown(s),
                    shown(above.iter().find(|(a, _)| a.rank() >= s.rank()).map_or(s, |(a, _)| *a))
                ),
            ));
        }
    }
    for child in &node.children {
        directive(child, above, src, out);
    }
    if own.is_some() {
        above.pop();
    }
}
