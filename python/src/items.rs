//! Plain records: diagnostics, history entries, references, terms and search hits,
//! copied out of the Rust values field by field.

use pyo3::prelude::*;

use crate::doc::json_name;

/// `(kind, num)` for each step of a citation path.
fn steps(path: &[fagui::query::Step]) -> Vec<(String, String)> {
    path.iter().map(|s| (json_name(&s.kind), s.num.to_string())).collect()
}

/// Something odd the parser met.
#[pyclass(module = "fagui", name = "Diagnostic", frozen, get_all)]
pub struct Diagnostic {
    /// "error", "warning" or "info".
    severity: String,
    /// The code: gap, duplicate, out-of-order, first-unit, unknown-marker …
    code: String,
    /// What happened, in English.
    message: String,
    /// 1-based line in the source.
    line: usize,
    /// 1-based column, counted in characters.
    column: usize,
    /// Byte range in the source.
    span: (usize, usize),
}

impl From<&fagui::Diagnostic> for Diagnostic {
    fn from(d: &fagui::Diagnostic) -> Diagnostic {
        Diagnostic {
            severity: json_name(&d.severity),
            code: d.code.as_str().to_string(),
            message: d.message.clone(),
            line: d.line,
            column: d.column,
            span: (d.span.0, d.span.1),
        }
    }
}

#[pymethods]
impl Diagnostic {
    /// `3:1: warning[gap]: gap in point numbering: 3 after 1`
    fn __str__(&self) -> String {
        format!("{}:{}: {}[{}]: {}", self.line, self.column, self.severity, self.code, self.message)
    }

    fn __repr__(&self) -> String {
        format!("<fagui.Diagnostic {}>", self.__str__())
    }
}

/// One entry of the amendment history (沿革).
#[pyclass(module = "fagui", name = "HistoryEntry", frozen, get_all)]
pub struct HistoryEntry {
    /// The entry as written, wraps repaired.
    raw: String,
    /// ISO date (ROC year + 1911), or None.
    date: Option<String>,
    /// The issuing body, or None.
    body: Option<String>,
    /// The document number (文號), or None.
    doc_no: Option<String>,
    /// The main action (訂定, 修正 …), or None.
    action: Option<String>,
    /// Every action with the unit numbers it names.
    actions: Vec<(String, Vec<String>)>,
    /// Byte range in the source.
    span: (usize, usize),
}

impl From<&fagui::HistoryEntry> for HistoryEntry {
    fn from(h: &fagui::HistoryEntry) -> HistoryEntry {
        HistoryEntry {
            raw: h.raw.clone(),
            date: h.date.clone(),
            body: h.body.clone(),
            doc_no: h.doc_no.clone(),
            action: h.action.clone(),
            actions: h
                .actions
                .iter()
                .map(|a| (a.action.clone(), a.units.iter().map(ToString::to_string).collect()))
                .collect(),
            span: (h.span.0, h.span.1),
        }
    }
}

#[pymethods]
impl HistoryEntry {
    fn __repr__(&self) -> String {
        format!("<fagui.HistoryEntry {}>", self.raw)
    }
}

/// A cross-reference in the text.
#[pyclass(module = "fagui", name = "Reference", frozen, get_all)]
pub struct Reference {
    /// Id of the node whose text holds the citation (`from` in the JSON).
    from_: String,
    /// The citation as written.
    text: String,
    /// Byte range in the source.
    span: (usize, usize),
    /// The other law named, or None for the document itself.
    law: Option<String>,
    /// The cited unit, outermost first, as (kind, num) pairs.
    path: Vec<(String, String)>,
    /// The end of a range (第十三條至第十六條), or None.
    to: Option<Vec<(String, String)>>,
    /// The relative word as written (前點, 本條), or None.
    relative: Option<String>,
    /// Ids of every node cited, in order (ranges expanded); empty for other laws and
    /// unresolved citations. (The JSON lists at most 16 and gives more as `ranges`.)
    targets: Vec<String>,
    /// As in the JSON: when more than 16 nodes are cited, the runs of them as
    /// (first id, last id, count); else empty.
    ranges: Vec<(String, String, usize)>,
}

impl From<&fagui::Reference> for Reference {
    fn from(r: &fagui::Reference) -> Reference {
        Reference {
            from_: r.from.clone(),
            text: r.text.clone(),
            span: (r.span.0, r.span.1),
            law: r.law.clone(),
            path: steps(&r.path),
            to: r.to.as_deref().map(steps),
            relative: r.relative.clone(),
            targets: r.target_ids().map(str::to_string).collect(),
            ranges: r.ranges.iter().map(|g| (g.from.clone(), g.to.clone(), g.count)).collect(),
        }
    }
}

#[pymethods]
impl Reference {
    fn __repr__(&self) -> String {
        format!("<fagui.Reference {} in {} -> {:?}>", self.text, self.from_, self.targets)
    }
}

/// A defined term.
#[pyclass(module = "fagui", name = "Term", frozen, get_all)]
pub struct Term {
    /// The term (本小組).
    term: String,
    /// What it stands for (數位國家創新經濟推動小組).
    meaning: String,
    /// Id of the node that defines it.
    defined_in: String,
    /// Byte range in the source.
    span: (usize, usize),
}

impl From<&fagui::Term> for Term {
    fn from(t: &fagui::Term) -> Term {
        Term {
            term: t.term.clone(),
            meaning: t.meaning.clone(),
            defined_in: t.defined_in.clone(),
            span: (t.span.0, t.span.1),
        }
    }
}

#[pymethods]
impl Term {
    fn __repr__(&self) -> String {
        format!("<fagui.Term {} = {}>", self.term, self.meaning)
    }
}

/// One search match.
#[pyclass(module = "fagui", name = "Hit", frozen, get_all)]
pub struct Hit {
    /// Id of the node whose own text holds the match.
    id: String,
    /// Its Chinese citation (第八點第一款).
    citation: String,
    /// The matched text.
    matched: String,
    /// The node's own text.
    text: String,
    /// Where the match is in `text`, in characters (`text[a:b] == matched`; the JSON
    /// of `fagui grep` counts bytes).
    range: (usize, usize),
    /// Byte range of the match in the source.
    span: (usize, usize),
}

impl From<fagui::query::Hit> for Hit {
    fn from(h: fagui::query::Hit) -> Hit {
        let chars = |b: usize| h.text.get(..b).map_or(0, |s| s.chars().count());
        let range = (chars(h.range.0), chars(h.range.1));
        Hit { id: h.id, citation: h.citation, matched: h.matched, text: h.text, range, span: (h.span.0, h.span.1) }
    }
}

#[pymethods]
impl Hit {
    fn __repr__(&self) -> String {
        format!("<fagui.Hit {} in {}>", self.matched, self.citation)
    }
}
