//! `fagui.Diff` and `fagui.Change`: what an amendment changed. As for nodes, a change
//! is the diff and the path of child indices that leads to it.

use std::sync::{Arc, LazyLock};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::doc::{json_name, loads};

/// The difference between two versions of a document.
#[pyclass(module = "fagui", name = "Diff", frozen)]
pub struct Diff {
    pub(crate) inner: Arc<fagui::diff::Diff>,
}

#[pymethods]
impl Diff {
    /// The kind of the new version: "directive" or "statute".
    #[getter]
    fn kind(&self) -> String {
        json_name(&self.inner.kind)
    }

    /// The title of the old version, or None.
    #[getter]
    fn old_title(&self) -> Option<&str> {
        self.inner.old_title.as_deref()
    }

    /// The title of the new version, or None.
    #[getter]
    fn new_title(&self) -> Option<&str> {
        self.inner.new_title.as_deref()
    }

    /// One change per article or point of either version, in merged document order.
    #[getter]
    fn changes(&self) -> Vec<Change> {
        (0..self.inner.changes.len()).map(|i| Change { diff: Arc::clone(&self.inner), path: vec![i as u32] }).collect()
    }

    /// The amendment summary as an agency writes it (修正第三點、第八點；增訂第十四點),
    /// as `fagui diff --stat` prints it; "" when nothing changed.
    #[getter]
    fn stat(&self) -> &str {
        &self.inner.summary.stat
    }

    /// Counts of unit-level changes (unchanged, modified, added, deleted, renumbered,
    /// moved), title_changed and stat.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        loads(py, &serde_json::to_string(&self.inner.summary).unwrap_or_default())
    }

    /// The comparison table (修正對照表): format "html" or "md"; `all` keeps the
    /// unchanged units; `explain` ("facts", "classic" or "none") and `underline` ("new" or
    /// "both") as `fagui diff --explain/--underline`, with the same defaults.
    #[pyo3(signature = (format = "html", *, all = false, explain = "facts", underline = "new"))]
    fn to_table(&self, format: &str, all: bool, explain: &str, underline: &str) -> PyResult<String> {
        let opts = table_options(all, explain, underline)?;
        match format {
            "html" => Ok(fagui::diff::render::table_html(&self.inner, opts)),
            "md" => Ok(fagui::diff::render::table_md(&self.inner, opts)),
            other => Err(PyValueError::new_err(format!("format must be \"html\" or \"md\", not {other:?}"))),
        }
    }

    /// The comparison table as a Word document (the bytes of a `.docx`, as `fagui diff
    /// --format docx`): A4 landscape, the three columns, the header row on every page.
    /// Options as `to_table`.
    #[pyo3(signature = (*, all = false, explain = "facts", underline = "new"))]
    fn to_docx<'py>(
        &self,
        py: Python<'py>,
        all: bool,
        explain: &str,
        underline: &str,
    ) -> PyResult<Bound<'py, pyo3::types::PyBytes>> {
        let opts = table_options(all, explain, underline)?;
        let inner = &self.inner;
        let bytes = py
            .detach(|| fagui::diff::docx::table_docx(inner, opts))
            .map_err(|e| crate::errors::input_error(py, &e, None))?;
        Ok(pyo3::types::PyBytes::new(py, &bytes))
    }

    /// The diff as `fagui diff` prints it (without colour); `all` keeps the unchanged units.
    #[pyo3(signature = (*, all = false))]
    fn to_text(&self, all: bool) -> String {
        fagui::diff::render::text(&self.inner, fagui::diff::render::Options::default().with_all(all).with_color(false))
    }

    /// The JSON of `fagui diff --format json`, compact or indented.
    #[pyo3(signature = (*, pretty = false))]
    fn to_json(&self, pretty: bool) -> PyResult<String> {
        if pretty { self.inner.to_json_pretty() } else { self.inner.to_json() }.map_err(crate::doc::json_error)
    }

    /// The JSON of `fagui diff --format json` as Python dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        loads(py, &self.inner.to_json().map_err(crate::doc::json_error)?)
    }

    /// False when the versions have the same content.
    fn __bool__(&self) -> bool {
        !self.inner.is_empty()
    }

    fn __repr__(&self) -> String {
        let stat = if self.inner.summary.stat.is_empty() { "no change" } else { &self.inner.summary.stat };
        format!("<fagui.Diff {stat}>")
    }
}

/// The change of one node between two versions.
#[pyclass(module = "fagui", name = "Change", frozen)]
pub struct Change {
    diff: Arc<fagui::diff::Diff>,
    /// Index in the diff's changes, then child indices.
    path: Vec<u32>,
}

/// What a path that leads nowhere gives (paths are made from the diff: never met).
static NOWHERE: LazyLock<fagui::diff::Change> = LazyLock::new(|| fagui::diff::Change {
    op: fagui::diff::Op::Unchanged,
    kind: fagui::NodeKind::Unparsed,
    old_num: None,
    new_num: None,
    old_id: None,
    new_id: None,
    old_label: None,
    new_label: None,
    old_caption: None,
    new_caption: None,
    text_changed: false,
    repealed: false,
    moved: false,
    cosmetic: false,
    inline: Vec::new(),
    children: Vec::new(),
});

impl Change {
    fn get(&self) -> &fagui::diff::Change {
        let mut list = &self.diff.changes;
        let mut found = None;
        for &i in &self.path {
            let Some(c) = list.get(i as usize) else { return &NOWHERE };
            found = Some(c);
            list = &c.children;
        }
        found.unwrap_or(&NOWHERE)
    }
}

#[pymethods]
impl Change {
    /// "unchanged", "modified", "added", "deleted" or "renumbered".
    #[getter]
    fn op(&self) -> String {
        json_name(&self.get().op)
    }

    /// The kind of node (the new version's when both exist).
    #[getter]
    fn kind(&self) -> String {
        json_name(&self.get().kind)
    }

    /// The number in the old version, or None.
    #[getter]
    fn old_num(&self) -> Option<String> {
        self.get().old_num.map(|n| n.to_string())
    }

    /// The number in the new version, or None.
    #[getter]
    fn new_num(&self) -> Option<String> {
        self.get().new_num.map(|n| n.to_string())
    }

    /// The node id in the old version (None when added).
    #[getter]
    fn old_id(&self) -> Option<&str> {
        self.get().old_id.as_deref()
    }

    /// The node id in the new version (None when deleted outright).
    #[getter]
    fn new_id(&self) -> Option<&str> {
        self.get().new_id.as_deref()
    }

    /// The marker in the old version, or None.
    #[getter]
    fn old_label(&self) -> Option<&str> {
        self.get().old_label.as_deref()
    }

    /// The marker in the new version, or None.
    #[getter]
    fn new_label(&self) -> Option<&str> {
        self.get().new_label.as_deref()
    }

    /// The caption or heading name in the old version, or None.
    #[getter]
    fn old_caption(&self) -> Option<&str> {
        self.get().old_caption.as_deref()
    }

    /// The caption or heading name in the new version, or None.
    #[getter]
    fn new_caption(&self) -> Option<&str> {
        self.get().new_caption.as_deref()
    }

    /// True when any text in the node or below it differs.
    #[getter]
    fn text_changed(&self) -> bool {
        self.get().text_changed
    }

    /// True when the new unit reads （刪除）.
    #[getter]
    fn repealed(&self) -> bool {
        self.get().repealed
    }

    /// True when an unchanged unit now sits under another heading.
    #[getter]
    fn moved(&self) -> bool {
        self.get().moved
    }

    /// True when the text changed only in form (full-width and half-width, spaces).
    #[getter]
    fn cosmetic(&self) -> bool {
        self.get().cosmetic
    }

    /// The node's own text as (op, text) pieces: op is "equal", "insert" or "delete".
    #[getter]
    fn inline(&self) -> Vec<(String, String)> {
        self.get().inline.iter().map(|p| (json_name(&p.op), p.text.clone())).collect()
    }

    /// The node's own text in the old version.
    #[getter]
    fn old_text(&self) -> String {
        fagui::diff::inline::old_text(&self.get().inline)
    }

    /// The node's own text in the new version.
    #[getter]
    fn new_text(&self) -> String {
        fagui::diff::inline::new_text(&self.get().inline)
    }

    /// The changes of the child nodes, in merged document order.
    #[getter]
    fn children(&self) -> Vec<Change> {
        (0..self.get().children.len())
            .map(|i| {
                let mut path = self.path.clone();
                path.push(i as u32);
                Change { diff: Arc::clone(&self.diff), path }
            })
            .collect()
    }

    /// The change's JSON as Python dicts and lists (as in `Diff.to_dict()`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        loads(py, &serde_json::to_string(self.get()).unwrap_or_default())
    }

    fn __repr__(&self) -> String {
        let c = self.get();
        let id = c.new_id.as_deref().or(c.old_id.as_deref()).unwrap_or("");
        format!("<fagui.Change {} {id}>", json_name(&c.op))
    }
}

/// The table options of `to_table` and `to_docx`.
fn table_options(all: bool, explain: &str, underline: &str) -> PyResult<fagui::diff::render::Options> {
    use fagui::diff::render::{Explain, Underline};
    let explain = match explain {
        "facts" => Explain::Facts,
        "classic" => Explain::Classic,
        "none" => Explain::None,
        other => {
            return Err(PyValueError::new_err(format!(
                "explain must be \"facts\", \"classic\" or \"none\", not {other:?}"
            )));
        }
    };
    let underline = match underline {
        "new" => Underline::New,
        "both" => Underline::Both,
        other => {
            return Err(PyValueError::new_err(format!("underline must be \"new\" or \"both\", not {other:?}")));
        }
    };
    Ok(fagui::diff::render::Options::default()
        .with_all(all)
        .with_color(false)
        .with_explain(explain)
        .with_underline(underline))
}
