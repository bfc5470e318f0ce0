//! Citations of the document itself that point at nothing (`dangling-citation`), and,
//! against the version before an amendment, citations the amendment left pointing at
//! a unit it deleted or renumbered (`stale-citation`).

use std::collections::HashMap;

use crate::ast::{DocKind, Document, Node, NodeKind};
use crate::diagnostic::{DiagCode, Diagnostic, Severity};
use crate::diff::{Change, Op};
use crate::query::address::Context;
use crate::query::{Address, Base, Reference, extract_refs};

use super::diagnostic;

/// True for a text of amended units only (修正規定: its first unit is not numbered 1),
/// whose citations point at units it does not hold.
fn partial(doc: &Document) -> bool {
    doc.diagnostics.iter().any(|d| d.code == DiagCode::FirstUnit)
}

/// One `dangling-citation` per internal citation that names no unit of `doc`.
///
/// Only the citations read with confidence are reported: those that start at a unit
/// or heading (`第五點`, `第十條第二項`, `本法第三條`) and the relative `前條`, `前點`,
/// and `前項` in a statute. Left out, as too often a reading limit rather than a defect: a
/// bare `第三款` (often the 款 of a paragraph cited before), `前款`, `同條` …; `前項` in a
/// directive (written for the 款, the point or the sentence before); a citation whose law
/// prefix is not this document's own (`本法` in a 細則 is the enabling act, and so is
/// whatever the same sentence cites after it); citations inside a drawn table.
pub(super) fn dangling(doc: &Document, src: &str, out: &mut Vec<Diagnostic>) {
    if partial(doc) {
        return;
    }
    let title = doc.title.as_deref().unwrap_or_default().trim();
    // The nodes inside an article or a point, by their kind and their ancestors' kinds:
    // text outside the units (a preamble, notes on the amendments) is not checked.
    // Each with its path (ancestors, then the node), so that a relative citation is
    // resolved from the node itself, not looked up again by its id (linear in the text).
    let mut in_units: HashMap<&str, Vec<&Node>> = HashMap::new();
    crate::query::walk_with_path(doc, &mut |path, n| {
        if path.iter().chain([&n]).any(|a| a.kind.is_unit()) {
            in_units.insert(n.id.as_str(), path.iter().copied().chain([n]).collect());
        }
    });
    // The node and end of the last citation of another law read as internal.
    let mut foreign: Option<(String, usize)> = None;
    for r in extract_refs(doc, src) {
        if !r.is_internal() {
            foreign = Some((r.from.clone(), r.span.1));
            continue;
        }
        let Some(from) = in_units.get(r.from.as_str()) else {
            continue;
        };
        let prefix = r.text.split(['第', '前']).next().unwrap_or_default();
        // `本法` is the document only in a law whose name ends in 法 (not in a 辦法).
        let own = prefix.is_empty()
            || prefix == title
            || prefix
                .strip_prefix('本')
                .is_some_and(|w| !w.is_empty() && title.ends_with(w) && !(w == "法" && title.ends_with("辦法")));
        if !own {
            foreign = Some((r.from.clone(), r.span.1));
            continue;
        }
        // After another law in the same sentence, the citations are that law's.
        if let Some((from, end)) = &foreign
            && *from == r.from
            && src.get(*end..r.span.0).is_some_and(|between| !between.contains(['。', '；']))
        {
            continue;
        }
        let before = src.get(..r.span.0).and_then(|b| b.chars().next_back());
        let after = src.get(r.span.1..).and_then(|a| a.chars().next());
        // `原第五條` is the article before an amendment; `第一款之一定比率` is 之 一定.
        // `…細部規定第6條`, `…作業須知第三點`: a rule whose name the reader does not
        // take for a law's.
        let lead: String =
            src.get(..r.span.0).unwrap_or_default().chars().rev().filter(|c| !c.is_whitespace()).take(4).collect();
        let named = ["定規", "知須", "項事意注"].iter().any(|w| lead.starts_with(w));
        if before == Some('原') || named {
            // And what the same sentence cites after it.
            foreign = Some((r.from.clone(), r.span.1));
            continue;
        }
        if r.target_count() > 0 || (r.text.ends_with("之一") && after == Some('定')) {
            continue;
        }
        let Ok(addr) = Address::parse(r.text.strip_prefix(prefix).unwrap_or(&r.text)) else { continue };
        // `第一目之二` is the second subdivision of 目 1 (中央法規標準法第八條), not 目 1-2.
        let subdivision = addr.steps.last().is_some_and(|s| s.kind == NodeKind::Item && s.num.sub.is_some());
        let confident = !subdivision
            && match &addr.base {
                // A heading cited at the start of a line is more likely a heading read as text.
                Base::Root => addr
                    .steps
                    .first()
                    .is_some_and(|s| s.kind.is_unit() || (s.kind.is_heading() && !matches!(before, Some('\n') | None))),
                Base::Prev { kind, .. } if kind.is_unit() => true,
                // A directive writes 前項 for the 款, the point or the sentence before.
                Base::Prev { kind: NodeKind::Paragraph, .. } => doc.kind == DocKind::Statute,
                _ => false,
            };
        let line = src.get(..r.span.0).and_then(|b| b.rfind('\n')).map_or(0, |i| i + 1);
        let line = src.get(line..).and_then(|l| l.lines().next()).unwrap_or_default();
        if !confident || line.contains(|c| ('\u{2500}'..='\u{257f}').contains(&c)) {
            continue;
        }
        // Only what the address look-up confirms missing.
        let Err(why) = doc.resolve_at(&addr, Context::Path(from), None, None) else { continue };
        out.push(diagnostic(
            src,
            r.span.0,
            src.get(r.span.0..r.span.1).unwrap_or_default(),
            Severity::Warning,
            DiagCode::DanglingCitation,
            format!("citation {} points at nothing: {why}", r.text),
        ));
    }
}

/// What the amendment did to a node of the old version: the change and the new node's id.
struct Fate<'d> {
    op: Op,
    new_id: Option<&'d str>,
    repealed: bool,
}

fn fates<'d>(changes: &'d [Change], old: &mut HashMap<&'d str, Fate<'d>>, new: &mut HashMap<&'d str, &'d str>) {
    for c in changes {
        if let Some(o) = c.old_id.as_deref() {
            old.insert(o, Fate { op: c.op, new_id: c.new_id.as_deref(), repealed: c.repealed });
            if let Some(n) = c.new_id.as_deref() {
                new.insert(n, o);
            }
        }
        fates(&c.children, old, new);
    }
}

/// How the node `id` of `doc` is cited (`第三條第二項`), or the id.
fn name(doc: &Document, id: &str) -> String {
    crate::query::citation_of(doc, id).unwrap_or_else(|| id.to_string())
}

/// Citations of `new` (whose spans index `src`) that were written before the amendment
/// from `old` and still cite what the old version meant: a unit the amendment deleted,
/// or one it renumbered (the citation now names another unit, or nothing).
pub(super) fn stale(old: &Document, new: &Document, src: &str, out: &mut Vec<Diagnostic>) {
    let d = crate::diff::diff(old, new);
    // A whole new text (全文修正) restates its citations in its own numbering.
    if d.summary.stat == "全文修正" {
        return;
    }
    let (mut fate, mut back) = (HashMap::new(), HashMap::new());
    fates(&d.changes, &mut fate, &mut back);
    let old_refs = extract_refs(old, "");
    // The old references by citing node and text, in order.
    let mut by_from: HashMap<(&str, &str), Vec<&Reference>> = HashMap::new();
    for r in old_refs.iter().filter(|r| r.is_internal() && r.relative.is_none()) {
        by_from.entry((r.from.as_str(), r.text.as_str())).or_default().push(r);
    }
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for r in extract_refs(new, src) {
        // Single citations that start at an article or point (`第三條第二項`): a range or
        // `各款` still stands when one of its units goes, a bare `第二款` is read in its
        // context.
        let from_unit = Address::parse(&r.text).is_ok_and(|a| {
            a.base == Base::Root && a.each.is_none() && a.steps.first().is_some_and(|s| s.kind.is_unit())
        });
        if !r.is_internal() || r.relative.is_some() || r.to.is_some() || !from_unit {
            continue;
        }
        let k = seen.entry((r.from.clone(), r.text.clone())).or_default();
        let nth = *k;
        *k += 1;
        let Some(old_from) = back.get(r.from.as_str()) else { continue };
        let Some(before) = by_from.get(&(*old_from, r.text.as_str())).and_then(|v| v.get(nth)) else { continue };
        let now: Vec<&str> = r.target_ids().collect();
        if before.target_count() != 1 {
            continue;
        }
        for t in before.target_ids() {
            let Some(f) = fate.get(t) else { continue };
            let was = name(old, t);
            let now_names = if now.is_empty() {
                "it names nothing now".to_string()
            } else {
                let names: Vec<String> = now.iter().map(|id| name(new, id)).collect();
                format!("it now names {}", names.join("、"))
            };
            let message = match (f.op, f.new_id) {
                (Op::Deleted, _) => {
                    let how = if f.repealed { "repealed (（刪除）)" } else { "deleted" };
                    format!(
                        "{} cites {was} of the version before the amendment, which the amendment {how}: {now_names}",
                        r.text
                    )
                }
                (_, Some(n)) if !now.contains(&n) && name(new, n) != name(old, t) => {
                    let to = name(new, n);
                    format!(
                        "{} cites {was} of the version before the amendment, which the amendment renumbered {to}: {now_names}; cite {to}",
                        r.text
                    )
                }
                _ => continue,
            };
            out.push(diagnostic(
                src,
                r.span.0,
                src.get(r.span.0..r.span.1).unwrap_or_default(),
                Severity::Error,
                DiagCode::StaleCitation,
                message,
            ));
            break;
        }
    }
}
