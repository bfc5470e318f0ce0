//! Checks over a parsed tree that the parser does not make while building it: the
//! drafting conventions of a well-formed text. `fagui check` reports them with the
//! parser's diagnostics.

use crate::ast::{Document, Node};
use crate::diagnostic::{DiagCode, Diagnostic, Severity};

/// The diagnostics of the drafting conventions in `doc`, whose spans index `src` (give
/// `""` for a document whose spans index another text, as open data: nothing is then
/// reported).
///
/// - `mixed-width`: one list numbered with both full-width and half-width markers
///   (`（1）` then `(2)`, `１．` then `2.`).
///
/// ```
/// let src = "要點\n一、甲：\n（一）乙。\n(二)丙。\n二、丁：\n（一）戊。\n（二）己。\n";
/// let doc = fagui::parse(src);
/// let found = fagui::lint::check(&doc, src);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].code, fagui::DiagCode::MixedWidth);
/// assert_eq!((found[0].line, found[0].column), (4, 1));
/// ```
pub fn check(doc: &Document, src: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if src.is_empty() {
        return out;
    }
    for unit in &doc.units {
        walk(unit, src, &mut out);
    }
    out
}

fn walk(node: &Node, src: &str, out: &mut Vec<Diagnostic>) {
    mixed_width(&node.children, src, out);
    for child in &node.children {
        walk(child, src, out);
    }
}

/// Whether a label is written full-width (`true`) or half-width: by its punctuation
/// (`（`, `）`, `．` or `(`, `)`, `.`), else by its digits (`１` or `1`); `None` for a
/// label with neither (`一、`) or with both kinds of punctuation.
fn width(label: &str) -> Option<bool> {
    let by = |full: &dyn Fn(char) -> bool, half: &dyn Fn(char) -> bool| match (
        label.chars().any(full),
        label.chars().any(half),
    ) {
        (true, false) => Some(Some(true)),
        (false, true) => Some(Some(false)),
        (true, true) => Some(None),
        (false, false) => None,
    };
    by(&|c| matches!(c, '（' | '）' | '．'), &|c| matches!(c, '(' | ')' | '.'))
        .or_else(|| by(&|c| c.is_ascii_digit(), &|c| matches!(c, '０'..='９')).map(|w| w.map(|ascii| !ascii)))
        .flatten()
}

/// One diagnostic per list (siblings of one kind) whose labels mix widths: at the
/// first label in the other width than the list's first.
fn mixed_width(siblings: &[Node], src: &str, out: &mut Vec<Diagnostic>) {
    let mut first: Vec<(crate::NodeKind, bool, &str)> = Vec::new();
    let mut reported: Vec<crate::NodeKind> = Vec::new();
    for n in siblings {
        let Some(label) = n.label.as_deref().map(str::trim) else { continue };
        let Some(full) = width(label) else { continue };
        match first.iter().find(|(k, _, _)| *k == n.kind) {
            None => first.push((n.kind, full, label)),
            Some(&(_, was, before)) if was != full && !reported.contains(&n.kind) => {
                reported.push(n.kind);
                let (line, column) = line_column(src, n.span.0);
                let [this, other] = if full { ["full", "half"] } else { ["half", "full"] };
                out.push(Diagnostic {
                    severity: Severity::Warning,
                    code: DiagCode::MixedWidth,
                    message: format!(
                        "{label} is written {this}-width in a list numbered {other}-width ({before}): use one form"
                    ),
                    line,
                    column,
                    span: crate::Span(
                        n.span.0,
                        n.span.0 + src.get(n.span.0..).map_or(0, |s| s.find(label).map_or(0, |at| at + label.len())),
                    ),
                });
            }
            Some(_) => {}
        }
    }
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_column(src: &str, at: usize) -> (usize, usize) {
    let before = src.get(..at).unwrap_or(src);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before.get(line_start..).map_or(0, |s| s.chars().count()) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_width_per_list_passes_and_mixed_fails() {
        let clean = "要點\n一、甲：\n（一）乙。\n（二）丙。\n二、丁：\n1.戊。\n2.己。\n";
        assert!(check(&crate::parse(clean), clean).is_empty());
        let mixed = "要點\n一、甲：\n（一）乙：\n（1）子。\n(2)丑。\n";
        let found = check(&crate::parse(mixed), mixed);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 5);
        assert!(found[0].message.starts_with("(2) is written half-width"), "{}", found[0].message);
        assert_eq!(width("１."), Some(false), "the punctuation decides");
        assert_eq!(width("１"), Some(true));
        assert_eq!(width("一、"), None);
        // Open data: no source to point into.
        assert!(check(&crate::parse(mixed), "").is_empty());
    }
}
