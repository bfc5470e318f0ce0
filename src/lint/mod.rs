//! Checks over a parsed tree that the parser does not make while building it: the
//! drafting conventions of a well-formed text. `fagui check` reports them with the
//! parser's diagnostics.

mod citations;
mod numbering;

use crate::ast::{Document, Node};
use crate::diagnostic::{DiagCode, Diagnostic, Severity};

/// The diagnostics of the drafting conventions in `doc`, whose spans index `src` (give
/// `""` for a document whose spans index another text, as open data: nothing is then
/// reported), in the order of the text.
///
/// - `mixed-width`: one list numbered with both full-width and half-width markers
///   (`（1）` then `(2)`, `１．` then `2.`).
/// - `statute-numbering`: a Taiwanese statute that does not number as the 中央法規標準法
///   (art. 8) says: 項 unnumbered, 款 `一、`, 目 `（一）`, then `1、`.
/// - `level-order`: a directive list nested under a list of a later style in the order
///   of the 文書處理手冊, 一、→（一）→1.→（1）→甲、→（甲）→子、→（子） (`（一）` under `1.`).
/// - `dangling-citation`: a citation of the document itself (`第五點`, `前條第三款`) that
///   names no unit of it (not checked in a text of amended units only).
///
/// ```
/// let src = "要點\n一、甲：\n（一）乙。\n(二)丙。\n二、丁：\n（一）戊。\n（二）己。\n";
/// let doc = fagui::parse(src);
/// let found = fagui::lint::check(&doc, src);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].code, fagui::DiagCode::MixedWidth);
/// assert_eq!((found[0].line, found[0].column), (4, 1));
///
/// let src = "要點\n一、甲。\n二、依第五點辦理。\n";
/// let found = fagui::lint::check(&fagui::parse(src), src);
/// assert_eq!(found[0].code, fagui::DiagCode::DanglingCitation);
/// ```
pub fn check(doc: &Document, src: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if src.is_empty() {
        return out;
    }
    for unit in &doc.units {
        walk(unit, src, &mut out);
    }
    numbering::check(doc, src, &mut out);
    citations::dangling(doc, src, &mut out);
    place(src, &mut out);
    out
}

/// The citations of `new` (whose spans index `src`) that the amendment from `old`
/// left pointing at what the old version meant: a unit it deleted, or one it
/// renumbered, so that the citation now names another unit or nothing
/// (`stale-citation`, an error). Only citations that stand in both versions, in units
/// the amendment kept, are compared.
///
/// ```
/// let old = fagui::parse("示範法\n第一條\n甲。\n第二條\n乙。\n第三條\n丙。\n第四條\n依第三條辦理。\n");
/// // 第二條 deleted and the later articles moved up: 第四條 (now 第三條) still cites 第三條.
/// let src = "示範法\n第一條\n甲。\n第二條\n丙。\n第三條\n依第三條辦理。\n";
/// let new = fagui::parse(src);
/// let found = fagui::lint::check_against(&old, &new, src);
/// assert_eq!(found.len(), 1, "{found:?}");
/// assert_eq!(found[0].code, fagui::DiagCode::StaleCitation);
/// assert!(found[0].message.contains("renumbered"), "{}", found[0].message);
/// ```
pub fn check_against(old: &Document, new: &Document, src: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if src.is_empty() {
        return out;
    }
    citations::stale(old, new, src, &mut out);
    place(src, &mut out);
    out
}

/// A diagnostic at byte `at` of `src` covering `what`.
/// (Its line and column are set by [`place`], once for all the diagnostics.)
fn diagnostic(_src: &str, at: usize, what: &str, severity: Severity, code: DiagCode, message: String) -> Diagnostic {
    Diagnostic { severity, code, message, line: 0, column: 0, span: crate::Span(at, at + what.len()) }
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
                let [this, other] = if full { ["full", "half"] } else { ["half", "full"] };
                out.push(Diagnostic {
                    severity: Severity::Warning,
                    code: DiagCode::MixedWidth,
                    message: format!(
                        "{label} is written {this}-width in a list numbered {other}-width ({before}): use one form"
                    ),
                    line: 0,
                    column: 0,
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

/// Sets the line and column of every diagnostic from the start of its span, in one pass
/// over `src` (counting from the start for each would be quadratic in a text with many
/// reports), and puts them in text order.
fn place(src: &str, out: &mut [Diagnostic]) {
    out.sort_by_key(|d| (d.span.0, d.span.1));
    let (mut pos, mut line, mut line_start) = (0, 1, 0);
    for d in out.iter_mut() {
        let at = d.span.0.min(src.len());
        match src.get(pos..at) {
            Some(seg) => {
                line += seg.bytes().filter(|&b| b == b'\n').count();
                if let Some(i) = seg.rfind('\n') {
                    line_start = pos + i + 1;
                }
                pos = at;
                d.line = line;
                d.column = src.get(line_start..at).map_or(0, |s| s.chars().count()) + 1;
            }
            // Not at a character boundary (no rule makes such a span): counted alone.
            None => (d.line, d.column) = line_column(src, at),
        }
    }
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

    /// The codes `check` finds in `src`.
    fn codes(src: &str) -> Vec<(DiagCode, usize)> {
        check(&crate::parse(src), src).into_iter().map(|d| (d.code, d.line)).collect()
    }

    #[test]
    fn statutes_number_as_the_standard_act_says() {
        use DiagCode::StatuteNumbering as S;
        let clean = "示範法\n第一條\n本法用詞如下：\n一、甲：\n（一）子：\n1、丑。\n2、寅。\n（二）卯。\n二、乙。\n前項辦理。\n第二條\n（刪除）\n第二條之一\n本法自公布日施行。\n";
        assert_eq!(codes(clean), []);
        // 款 numbered （一）.
        assert_eq!(codes("示範法\n第一條\n本法用詞如下：\n（一）甲。\n（二）乙。\n"), [(S, 4)]);
        // 目 numbered 1. under 一、.
        assert_eq!(codes("示範法\n第一條\n本法用詞如下：\n一、甲：\n1.子。\n2.丑。\n"), [(S, 5)]);
        // Numbered 項.
        assert_eq!(codes("示範法\n第一條\n1 本法訂定。\n2 前項辦理。\n"), [(S, 3)]);
        // A directive may number its first level （一）.
        assert_eq!(codes("示範要點\n一、甲：\n（一）乙。\n"), []);
    }

    #[test]
    fn directive_levels_follow_the_manual() {
        use DiagCode::LevelOrder as L;
        // The full order, and a level skipped (一、 then 1.): no report.
        let clean = "要點\n一、甲：\n（一）乙：\n1.丙：\n（1）丁：\n甲、戊：\n（甲）己。\n二、庚：\n1.辛。\n";
        assert_eq!(codes(clean), []);
        // （一） under 1.
        let found = check(
            &crate::parse("要點\n一、甲：\n1.乙：\n（一）丙。\n（二）丁。\n2.戊。\n"),
            "要點\n一、甲：\n1.乙：\n（一）丙。\n（二）丁。\n2.戊。\n",
        );
        assert_eq!(found.iter().map(|d| (d.code, d.line)).collect::<Vec<_>>(), [(L, 4)]);
        assert!(found[0].message.starts_with("（一） is nested under 1."), "{}", found[0].message);
        // Latin letters stand outside the manual's order, above a list or under one.
        assert_eq!(codes("要點\n一、甲：\nA、乙：\n1.丙。\n2.丁。\nB、戊。\n二、己：\n（一）庚：\na.辛。\n"), []);
    }

    #[test]
    fn citations_of_units_that_do_not_exist_dangle() {
        use DiagCode::DanglingCitation as D;
        let clean = "要點\n一、甲：\n（一）乙。\n（二）丙。\n二、依第一點第二款及前點辦理。\n三、依第二點辦理。\n";
        assert_eq!(codes(clean), []);
        let src = "要點\n一、甲：\n（一）乙。\n二、依第五點及第一點第二款辦理。\n三、依前點辦理。\n";
        assert_eq!(codes(src), [(D, 4), (D, 4)]);
        let found = check(&crate::parse(src), src);
        assert!(found[0].message.contains("第五點"), "{}", found[0].message);
        assert!(found[1].message.contains("no 第二款 in point_1"), "{}", found[1].message);
        let src = "示範法\n第一條\n依前條辦理。\n第二條\n依第十條及前條第三款辦理。\n";
        assert_eq!(codes(src), [(D, 3), (D, 5), (D, 5)]);
        // 本法 in a 細則 is the enabling act; a text of amended units cites what it leaves out.
        assert_eq!(codes("示範法施行細則\n第一條\n本細則依本法第二十條訂定。\n"), []);
        assert_eq!(codes("示範要點修正規定\n五、依第一點辦理。\n六、乙。\n"), []);
        // A part of a code cites the code; 本條例施行細則 in the act is its regulation.
        assert_eq!(codes("示範條例\n第一條\n依民法親屬編第一千零五十條及刑法分則第九條辦理。\n"), []);
        assert_eq!(codes("示範條例\n第一條\n依本條例施行細則第三十條及第四十條辦理。\n"), []);
        assert_eq!(codes("示範條例施行細則\n第一條\n依本條例施行細則第三十條辦理。\n"), [(D, 3)]);
        // 前項 in a directive is often the 款, the point or the sentence before; not in a statute.
        assert_eq!(codes("要點\n一、甲：\n（一）乙。\n（二）依前項規定辦理。\n二、前項會議。\n"), []);
        assert_eq!(codes("示範法\n第一條\n接到前項通知，應通報。\n"), [(D, 3)]);
        // 第一目之二 is the second subdivision of 目 1; 原第三條 the article before an amendment.
        assert_eq!(
            codes("示範法\n第一條\n依原第三條及第一條第一款第一目之二辦理：\n一、甲：\n（一）乙：\n1、丙。\n2、丁。\n"),
            []
        );
    }

    #[test]
    fn citations_an_amendment_left_behind_are_stale() {
        use DiagCode::StaleCitation as S;
        let old = crate::parse(
            "示範法\n第一條\n甲。\n第二條\n乙：\n一、子。\n二、丑。\n第三條\n丙。\n第四條\n依第三條及第二條第二款辦理。\n",
        );
        // 第二條 deleted, 第三條 and 第四條 moved up, the citations not updated.
        let src = "示範法\n第一條\n甲。\n第二條\n丙。\n第三條\n依第三條及第二條第二款辦理。\n";
        let found = check_against(&old, &crate::parse(src), src);
        assert_eq!(found.iter().map(|d| (d.code, d.line, d.column)).collect::<Vec<_>>(), [(S, 7, 2), (S, 7, 6)]);
        assert!(found[0].message.contains("renumbered 第二條"), "{}", found[0].message);
        assert!(found[1].message.contains("deleted"), "{}", found[1].message);
        // Updated citations; and the same version again.
        let src = "示範法\n第一條\n甲。\n第二條\n丙。\n第三條\n依第二條辦理。\n";
        assert_eq!(check_against(&old, &crate::parse(src), src), []);
        let src = "示範法\n第一條\n甲。\n第二條\n乙：\n一、子。\n二、丑。\n第三條\n丙。\n第四條\n依第三條及第二條第二款辦理。\n";
        assert_eq!(check_against(&old, &crate::parse(src), src), []);
        // Repealed with the number kept (中央法規標準法第十條): the 款 is gone.
        let src = "示範法\n第一條\n甲。\n第二條\n（刪除）\n第三條\n丙。\n第四條\n依第三條及第二條第二款辦理。\n";
        let found = check_against(&old, &crate::parse(src), src);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].code, found[0].column), (S, 6));
    }
}
