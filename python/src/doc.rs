//! `fagui.Document` and `fagui.Node`: views of a parsed tree that stays in Rust. A node
//! is the document it belongs to and the path of child indices that leads to it, so
//! nothing is copied into Python objects until a property is read.

use std::sync::{Arc, LazyLock};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::errors;
use crate::items::{Diagnostic, HistoryEntry, Hit, Reference, Term};

/// A parsed document and the text it was parsed from.
pub(crate) struct Shared {
    pub(crate) doc: fagui::Document,
    /// The decoded input text (the spans index it); empty for open-data input, whose
    /// spans index the assembled article text.
    pub(crate) src: Arc<str>,
}

/// The name a value has in the JSON contract (`"point"`, `"statute"`, `"warning"` …).
pub(crate) fn json_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// `json.loads(text)`.
/// A serialization error as Python's `ValueError`.
pub(crate) fn json_error(e: serde_json::Error) -> PyErr {
    pyo3::exceptions::PyValueError::new_err(format!("cannot write JSON: {e}"))
}

pub(crate) fn loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

/// What `__reduce__` gives for pickling: the function that rebuilds and its arguments.
type Reduced<'py, Args> = (Bound<'py, PyAny>, Args);

/// A parsed legal text (see the `fagui` module).
#[pyclass(module = "fagui", name = "Document", frozen)]
pub struct Document {
    pub(crate) inner: Arc<Shared>,
}

impl Document {
    pub(crate) fn new(doc: fagui::Document, src: Arc<str>) -> Document {
        Document { inner: Arc::new(Shared { doc, src }) }
    }

    fn node(&self, path: Vec<u32>) -> Node {
        Node { doc: Arc::clone(&self.inner), path }
    }

    /// The Python node for a node of this document, found by its id.
    fn by_id(&self, id: &str) -> Option<Node> {
        path_of_id(&self.inner.doc.units, id).map(|path| self.node(path))
    }
}

/// The child indices leading to the node with this id.
fn path_of_id(nodes: &[fagui::Node], id: &str) -> Option<Vec<u32>> {
    for (i, n) in nodes.iter().enumerate() {
        if n.id == id {
            return Some(vec![i as u32]);
        }
        if let Some(mut rest) = path_of_id(&n.children, id) {
            rest.insert(0, i as u32);
            return Some(rest);
        }
    }
    None
}

/// Every node under `nodes` in document order with its path, `prefix` before each path.
fn walk_paths(nodes: &[fagui::Node], prefix: &mut Vec<u32>, out: &mut Vec<Vec<u32>>) {
    for (i, n) in nodes.iter().enumerate() {
        prefix.push(i as u32);
        out.push(prefix.clone());
        walk_paths(&n.children, prefix, out);
        prefix.pop();
    }
}

#[pymethods]
impl Document {
    /// The title line (法規名稱), or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.doc.title.as_deref()
    }

    /// "directive" or "statute".
    #[getter]
    fn kind(&self) -> String {
        json_name(&self.inner.doc.kind)
    }

    /// "tw" (Taiwan) or "cn" (mainland China, where 款 is the paragraph and 项 the
    /// `（一）` item).
    #[getter]
    fn jurisdiction(&self) -> String {
        json_name(&self.inner.doc.jurisdiction)
    }

    /// Metadata fields from a header block or open data (法規名稱, 修正日期 …).
    #[getter]
    fn meta(&self) -> std::collections::BTreeMap<String, String> {
        self.inner.doc.meta.clone()
    }

    /// The amendment history (沿革), oldest first as written.
    #[getter]
    fn history(&self) -> Vec<HistoryEntry> {
        self.inner.doc.history.iter().map(HistoryEntry::from).collect()
    }

    /// The top-level nodes: headings, articles or points.
    #[getter]
    fn units(&self) -> Vec<Node> {
        (0..self.inner.doc.units.len()).map(|i| self.node(vec![i as u32])).collect()
    }

    /// Everything odd the parser met.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        self.inner.doc.diagnostics.iter().map(Diagnostic::from).collect()
    }

    /// The node an address names: a citation (第八點第二款), the short form (8.(2)), a
    /// node id, or with `context` (a node id) a relative citation (前點, 前項第二款).
    #[pyo3(signature = (address, *, context = None))]
    fn get(&self, py: Python<'_>, address: &str, context: Option<&str>) -> PyResult<Node> {
        let addr = fagui::Address::parse(address).map_err(|e| errors::address_error(py, &e))?;
        let doc = &self.inner.doc;
        let found = match context {
            Some(c) => doc.get_in(&addr, c),
            None => doc.get(&addr),
        };
        let node = found.map_err(|e| errors::address_error(py, &e))?;
        let id = node.id.clone();
        self.by_id(&id).ok_or_else(|| errors::raise(py, "AddressError", format!("no node with id {id:?}"), &[]))
    }

    /// Every node an address names (前二項 and 各款 name several).
    #[pyo3(signature = (address, *, context = None))]
    fn resolve(&self, py: Python<'_>, address: &str, context: Option<&str>) -> PyResult<Vec<Node>> {
        let addr = fagui::Address::parse(address).map_err(|e| errors::address_error(py, &e))?;
        let nodes = self.inner.doc.resolve(&addr, context).map_err(|e| errors::address_error(py, &e))?;
        Ok(nodes.iter().filter_map(|n| self.by_id(&n.id)).collect())
    }

    /// Every node in document order.
    fn walk(&self) -> Vec<Node> {
        let mut paths = Vec::new();
        walk_paths(&self.inner.doc.units, &mut Vec::new(), &mut paths);
        paths.into_iter().map(|p| self.node(p)).collect()
    }

    /// The cross-references of the text (`fagui refs`).
    fn refs(&self, py: Python<'_>) -> Vec<Reference> {
        let inner = &self.inner;
        let refs = py.detach(|| fagui::query::Export::new(&inner.doc, &inner.src).refs);
        refs.iter().map(Reference::from).collect()
    }

    /// The defined terms of the text (`fagui terms`).
    fn terms(&self, py: Python<'_>) -> Vec<Term> {
        let inner = &self.inner;
        let terms = py.detach(|| fagui::query::extract_terms(&inner.doc, &inner.src));
        terms.iter().map(Term::from).collect()
    }

    /// Every match of `pattern` in the node texts (`fagui grep`); a regular expression
    /// when `regex` is true.
    #[pyo3(signature = (pattern, *, regex = false))]
    fn search(&self, py: Python<'_>, pattern: &str, regex: bool) -> PyResult<Vec<Hit>> {
        let pattern = if regex {
            fagui::query::Pattern::regex(pattern)
                .map_err(|e| errors::raise(py, "PatternError", format!("bad regular expression: {e}"), &[]))?
        } else {
            fagui::query::Pattern::literal(pattern)
        };
        let inner = &self.inner;
        let hits = py.detach(|| fagui::query::search(&inner.doc, &inner.src, &pattern));
        Ok(hits.into_iter().map(Hit::from).collect())
    }

    /// The JSON of `fagui parse`, compact or indented.
    #[pyo3(signature = (*, pretty = false))]
    fn to_json(&self, py: Python<'_>, pretty: bool) -> PyResult<String> {
        let inner = &self.inner;
        py.detach(|| {
            let export = fagui::query::Export::new(&inner.doc, &inner.src);
            if pretty { export.to_json_pretty() } else { export.to_json() }
        })
        .map_err(json_error)
    }

    /// The JSON of `fagui parse` as Python dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = self.to_json(py, false)?;
        loads(py, &json)
    }

    /// One dict per node in document order, for `pandas.DataFrame`: id, kind, num,
    /// citation, text (the node's own), depth (0 at the top) and parent (its id or None).
    fn to_records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let doc = &self.inner.doc;
        let out = PyList::empty(py);
        for (ancestors, node) in fagui::query::nodes(doc) {
            let mut chain = ancestors.clone();
            chain.push(node);
            let row = PyDict::new(py);
            row.set_item("id", &node.id)?;
            row.set_item("kind", json_name(&node.kind))?;
            row.set_item("num", node.num.map(|n| n.to_string()))?;
            row.set_item("citation", fagui::query::citation(&chain))?;
            row.set_item("text", &node.text)?;
            row.set_item("depth", ancestors.len())?;
            row.set_item("parent", ancestors.last().map(|p| p.id.as_str()))?;
            out.append(row)?;
        }
        Ok(out)
    }

    /// The canonical clean text (`fagui parse --format text`); it parses back to the
    /// same tree.
    fn to_text(&self, py: Python<'_>) -> String {
        let inner = &self.inner;
        py.detach(|| fagui::render::to_text(&inner.doc))
    }

    /// The document as Akoma Ntoso 3.0 XML (`fagui parse --format akn`); `fagui.parse`
    /// reads it back to the same tree.
    fn to_akn(&self, py: Python<'_>) -> String {
        let inner = &self.inner;
        py.detach(|| inner.doc.to_akn())
    }

    /// The clean text as a Word document (the bytes of a `.docx`, as `fagui parse
    /// --format docx`), list numbers as Word's automatic numbering; `fagui.parse` reads
    /// it back to the same tree.
    fn to_docx<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyBytes>> {
        let inner = &self.inner;
        let bytes = py
            .detach(|| fagui::render::docx::to_docx(std::slice::from_ref(&inner.doc)))
            .map_err(|e| errors::input_error(py, &e, None))?;
        Ok(pyo3::types::PyBytes::new(py, &bytes))
    }

    /// Pickling (for multiprocessing): the tree as JSON and the source text.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Reduced<'py, (String, String)>> {
        let restore = py.import("fagui._fagui")?.getattr("_document")?;
        Ok((restore, (self.inner.doc.to_json().map_err(json_error)?, self.inner.src.to_string())))
    }

    fn __repr__(&self) -> String {
        let doc = &self.inner.doc;
        let title = doc.title.as_deref().unwrap_or("(untitled)");
        format!("<fagui.Document {title} ({}, {} units)>", json_name(&doc.kind), doc.top_units().len())
    }
}

/// One node of the tree (see the `fagui` module).
#[pyclass(module = "fagui", name = "Node", frozen)]
pub struct Node {
    doc: Arc<Shared>,
    /// Child indices from the document's units down to this node.
    path: Vec<u32>,
}

/// What a path that leads nowhere gives (paths are made from the tree: never met).
static NOWHERE: LazyLock<fagui::Node> = LazyLock::new(|| fagui::Node::new("", fagui::NodeKind::Unparsed, ""));

impl Node {
    /// The nodes from the top unit down to this one.
    fn chain(&self) -> Vec<&fagui::Node> {
        let mut out = Vec::with_capacity(self.path.len());
        let mut nodes = &self.doc.doc.units;
        for &i in &self.path {
            match nodes.get(i as usize) {
                Some(n) => {
                    out.push(n);
                    nodes = &n.children;
                }
                None => return vec![&NOWHERE],
            }
        }
        out
    }

    fn get(&self) -> &fagui::Node {
        self.chain().last().copied().unwrap_or(&NOWHERE)
    }

    fn at(&self, path: Vec<u32>) -> Node {
        Node { doc: Arc::clone(&self.doc), path }
    }
}

#[pymethods]
impl Node {
    /// The unique id, as in the JSON: `point_8__para_1__subpara_2`.
    #[getter]
    fn id(&self) -> &str {
        &self.get().id
    }

    /// The level: part, chapter, section, subsection, division, preamble, article,
    /// point, paragraph, subparagraph, item, subitem or unparsed.
    #[getter]
    fn kind(&self) -> String {
        json_name(&self.get().kind)
    }

    /// The number in the JSON `num` form ("8", "7-1"), or None.
    #[getter]
    fn num(&self) -> Option<String> {
        self.get().num.map(|n| n.to_string())
    }

    /// The marker as written (`八、`, `（二）`, `第 10-1 條`); None for paragraphs.
    #[getter]
    fn label(&self) -> Option<&str> {
        self.get().label.as_deref()
    }

    /// The numbering style the label was read in: heading, article, cjk (`一、`),
    /// paren_cjk (`（一）`), arabic (`1.`), paren_arabic (`（1）`), circled (`①`), stem
    /// (`甲、`), paren_stem, branch (`子、`), paren_branch, letter (`a.`), paren_letter
    /// (`(a)`) or other; None without a label.
    #[getter]
    fn label_style(&self) -> Option<String> {
        self.get().label.as_ref().map(|l| json_name(&l.style()))
    }

    /// An article's caption or a heading's name, or None.
    #[getter]
    fn caption(&self) -> Option<&str> {
        self.get().caption.as_deref()
    }

    /// The node's own text, wraps repaired (its children's text is not included).
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }

    /// All text under the node: its own, then its children's, depth first.
    #[getter]
    fn text_content(&self) -> String {
        self.get().text_content()
    }

    /// True when the unit reads （刪除）.
    #[getter]
    fn deleted(&self) -> bool {
        self.get().deleted
    }

    /// `(start, end)` byte offsets of the whole node in the UTF-8 source.
    #[getter]
    fn span(&self) -> (usize, usize) {
        let s = self.get().span;
        (s.0, s.1)
    }

    /// The child nodes in document order.
    #[getter]
    fn children(&self) -> Vec<Node> {
        (0..self.get().children.len())
            .map(|i| {
                let mut path = self.path.clone();
                path.push(i as u32);
                self.at(path)
            })
            .collect()
    }

    /// The enclosing node, or None at the top.
    #[getter]
    fn parent(&self) -> Option<Node> {
        let (_, up) = self.path.split_last()?;
        if up.is_empty() { None } else { Some(self.at(up.to_vec())) }
    }

    /// The Chinese citation: 第八點第二款, 第7條之1第2項.
    #[getter]
    fn citation(&self) -> String {
        fagui::query::citation(&self.chain())
    }

    /// This node and every node under it, in document order.
    fn walk(&self) -> Vec<Node> {
        let mut paths = vec![self.path.clone()];
        walk_paths(&self.get().children, &mut self.path.clone(), &mut paths);
        paths.into_iter().map(|p| self.at(p)).collect()
    }

    /// The node's JSON, as in `fagui parse` and `fagui get --format json`.
    #[pyo3(signature = (*, pretty = false))]
    fn to_json(&self, pretty: bool) -> String {
        let n = self.get();
        let json = if pretty { serde_json::to_string_pretty(n) } else { serde_json::to_string(n) };
        json.unwrap_or_default()
    }

    /// The node's JSON as Python dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        loads(py, &self.to_json(false))
    }

    fn __repr__(&self) -> String {
        let n = self.get();
        let text: String = n.text.chars().take(20).collect();
        let more = if n.text.chars().count() > 20 { "…" } else { "" };
        format!("<fagui.Node {} {text}{more}>", n.id)
    }

    /// Pickling: the document (pickled with it) and the path of child indices.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Reduced<'py, (Document, Vec<u32>)>> {
        let restore = py.import("fagui._fagui")?.getattr("_node")?;
        Ok((restore, (Document { inner: Arc::clone(&self.doc) }, self.path.clone())))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Node>().is_ok_and(|o| {
            let o = o.get();
            Arc::ptr_eq(&self.doc, &o.doc) && self.path == o.path
        })
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (Arc::as_ptr(&self.doc) as usize).hash(&mut h);
        self.path.hash(&mut h);
        h.finish()
    }
}

/// Unpickles a document: its JSON (as `fagui::Document::to_json` writes it) and source.
#[pyfunction]
pub(crate) fn _document(json: &str, src: &str) -> PyResult<Document> {
    let doc: fagui::Document = serde_json::from_str(json)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("not a pickled document: {e}")))?;
    Ok(Document::new(doc, Arc::from(src)))
}

/// Unpickles a node: its document and the path of child indices.
#[pyfunction]
pub(crate) fn _node(doc: PyRef<'_, Document>, path: Vec<u32>) -> Node {
    Node { doc: Arc::clone(&doc.inner), path }
}
