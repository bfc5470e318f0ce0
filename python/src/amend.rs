//! The amendment workflow: `fagui.apply` (an amendment applied to the current
//! version), `fagui.read_table` and `fagui.verify_table` (a 修正對照表 read back into its
//! two versions, or checked against them).

use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

use crate::doc::{Document, loads};
use crate::errors;

/// `str`, `bytes` or `bytearray`: the text as given, or the bytes to decode.
enum Source {
    Text(String),
    Bytes(Vec<u8>),
}

fn source(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Source> {
    if value.is_instance_of::<PyString>() {
        Ok(Source::Text(value.extract()?))
    } else if let Ok(b) = value.cast::<PyBytes>() {
        Ok(Source::Bytes(b.as_bytes().to_vec()))
    } else if let Ok(b) = value.cast::<PyByteArray>() {
        Ok(Source::Bytes(b.to_vec()))
    } else {
        let name = value.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        Err(PyTypeError::new_err(format!("{what}: expected str or bytes, not {name}")))
    }
}

/// A comparison table in `source` (Markdown, HTML or a Word document), if there is one.
fn table(src: &Source) -> Result<Option<fagui::diff::table_read::Table>, fagui::Error> {
    match src {
        Source::Text(t) => Ok(fagui::diff::table_read::read(t)),
        Source::Bytes(b) => fagui::diff::table_read::read_bytes(b, &Default::default()),
    }
}

fn no_table() -> PyErr {
    PyValueError::new_err("no comparison table with a 修正 column (修正規定, 修正條文, 增訂條文 …)")
}

/// The result of `fagui.apply`: the consolidated document, what was done and what
/// does not fit.
#[pyclass(module = "fagui", name = "Applied", frozen)]
pub struct Applied {
    inner: fagui::apply::Applied,
    document: Py<Document>,
}

#[pymethods]
impl Applied {
    /// The consolidated new version.
    #[getter]
    fn document(&self, py: Python<'_>) -> Py<Document> {
        self.document.clone_ref(py)
    }

    /// What was done, in the order of the result, as `fagui apply` reports it
    /// ("amended 第二點", "added 第三點之一", "removed 第四點" …).
    #[getter]
    fn steps(&self) -> Vec<String> {
        self.inner.steps.iter().map(ToString::to_string).collect()
    }

    /// What does not fit or should be known, as `fagui apply` reports it
    /// ("error[no-such-unit]: 第九點: …").
    #[getter]
    fn findings(&self) -> Vec<String> {
        self.inner.findings.iter().map(ToString::to_string).collect()
    }

    /// True when a finding is an error: the result is not what the amendment asks for
    /// as written (`fagui apply` then writes nothing and exits 1).
    #[getter]
    fn has_errors(&self) -> bool {
        self.inner.has_errors()
    }

    /// The JSON of `fagui apply --format json` ({"document", "steps", "findings"}) as
    /// Python dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = serde_json::to_string(&self.inner).map_err(|e| PyValueError::new_err(e.to_string()))?;
        loads(py, &json)
    }

    fn __repr__(&self) -> String {
        format!("<fagui.Applied {} steps, {} findings>", self.inner.steps.len(), self.inner.findings.len())
    }
}

/// Applies an amendment to the current version, as `fagui apply`: `amendment` is the
/// amended units as published (str, or bytes of a file: text, Word, PDF), with or
/// without its instruction line (修正第六點、第八點；增訂第十三點之一；刪除第十點), or a
/// 修正對照表 (Markdown, HTML or Word; its 修正 column is applied); `instructions` adds
/// an instruction line (alone, it may only delete). Errors in the amendment are
/// findings of the result, not exceptions.
#[pyfunction]
#[pyo3(signature = (current, amendment = None, *, instructions = None))]
pub(crate) fn apply(
    py: Python<'_>,
    current: PyRef<'_, Document>,
    amendment: Option<&Bound<'_, PyAny>>,
    instructions: Option<String>,
) -> PyResult<Applied> {
    let src = amendment.map(|a| source(a, "amendment")).transpose()?;
    if src.is_none() && instructions.is_none() {
        return Err(PyTypeError::new_err("give an amendment, or instructions="));
    }
    let current = Arc::clone(&current.inner);
    let done = py.detach(|| -> Result<fagui::apply::Applied, fagui::Error> {
        let kind = current.doc.kind;
        let mut a = match &src {
            None => fagui::apply::Amendment::parse("", kind),
            Some(s) => match table(s) {
                Ok(Some(t)) if t.headers.iter().any(|h| h.contains("說明")) => {
                    fagui::apply::Amendment::from_document(t.version_as(fagui::diff::table_read::Side::New, Some(kind)))
                }
                _ => {
                    let text = match s {
                        Source::Text(t) => t.clone(),
                        Source::Bytes(b) => fagui::read_text(b, &Default::default())?,
                    };
                    fagui::apply::Amendment::parse(&text, kind)
                }
            },
        };
        if let Some(line) = &instructions {
            a.add_instructions(line);
        }
        Ok(fagui::apply::apply(&current.doc, &a))
    });
    let done = done.map_err(|e| errors::input_error(py, &e, None))?;
    let document = Py::new(py, Document::new(done.document.clone(), Arc::from("")))?;
    Ok(Applied { inner: done, document })
}

/// Reads a 修正對照表 (Markdown, HTML, or the bytes of a Word document) back into its two
/// versions: (current, amended), the 現行 and 修正 columns. `kind` ("directive" or
/// "statute") when the table does not tell.
#[pyfunction]
#[pyo3(signature = (table, *, kind = None))]
pub(crate) fn read_table(
    py: Python<'_>,
    table: &Bound<'_, PyAny>,
    kind: Option<&str>,
) -> PyResult<(Document, Document)> {
    let src = source(table, "table")?;
    let kind = crate::kind_arg(kind)?;
    let read = py.detach(|| self::table(&src)).map_err(|e| errors::input_error(py, &e, None))?;
    let t = read.ok_or_else(no_table)?;
    let side = |s: fagui::diff::table_read::Side| Document::new(t.version_as(s, kind), Arc::from(t.text(s)));
    Ok((side(fagui::diff::table_read::Side::Old), side(fagui::diff::table_read::Side::New)))
}

/// Checks a received 修正對照表 against the two texts, as `fagui diff --verify-table`:
/// one line per mismatch ("第三點 (修正規定): the table has 「…」, the text 「…」"), an
/// empty list when the table matches.
#[pyfunction]
pub(crate) fn verify_table(
    py: Python<'_>,
    table: &Bound<'_, PyAny>,
    old: PyRef<'_, Document>,
    new: PyRef<'_, Document>,
) -> PyResult<Vec<String>> {
    let src = source(table, "table")?;
    let (old, new) = (Arc::clone(&old.inner), Arc::clone(&new.inner));
    let read = py.detach(|| self::table(&src)).map_err(|e| errors::input_error(py, &e, None))?;
    let t = read.ok_or_else(no_table)?;
    Ok(py.detach(|| fagui::diff::table_read::verify(&t, &old.doc, &new.doc).iter().map(ToString::to_string).collect()))
}
