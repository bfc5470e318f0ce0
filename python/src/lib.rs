//! Python bindings of `fagui`: the `fagui._fagui` extension module, re-exported by the
//! `fagui` package (`fagui/__init__.py`). Parsing, diffing and the queries run with the
//! GIL released, so threads parse in parallel.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

mod amend;
mod diff;
mod doc;
mod errors;
mod items;

use doc::Document;

/// `kind=`: "directive", "statute" or None (detect).
fn kind_arg(kind: Option<&str>) -> PyResult<Option<fagui::DocKind>> {
    match kind {
        None => Ok(None),
        Some("directive") => Ok(Some(fagui::DocKind::Directive)),
        Some("statute") => Ok(Some(fagui::DocKind::Statute)),
        Some(other) => Err(PyValueError::new_err(format!("kind must be \"directive\" or \"statute\", not {other:?}"))),
    }
}

/// `jurisdiction=`: "tw", "cn" or None (detect).
fn jurisdiction_arg(jurisdiction: Option<&str>) -> PyResult<Option<fagui::Jurisdiction>> {
    match jurisdiction {
        None => Ok(None),
        Some("tw") => Ok(Some(fagui::Jurisdiction::Tw)),
        Some("cn") => Ok(Some(fagui::Jurisdiction::Cn)),
        Some(other) => Err(PyValueError::new_err(format!("jurisdiction must be \"tw\" or \"cn\", not {other:?}"))),
    }
}

/// The keyword arguments shared by the parse functions.
struct Args<'a> {
    kind: Option<&'a str>,
    jurisdiction: Option<&'a str>,
    encoding: Option<String>,
    max_bytes: Option<u64>,
}

fn load_options(args: Args<'_>) -> PyResult<fagui::input::LoadOptions> {
    let Args { kind, jurisdiction, encoding, max_bytes } = args;
    Ok(fagui::input::LoadOptions::default()
        .with_read(fagui::ReadOptions::default().with_encoding(encoding).with_max_bytes(max_bytes))
        .with_parse(
            fagui::ParseOptions::default()
                .with_kind(kind_arg(kind)?)
                .with_jurisdiction(jurisdiction_arg(jurisdiction)?),
        )
        .with_source(fagui::input::Source::Auto))
}

/// The documents of a decoded text, sharing it as their source (open data and Akoma
/// Ntoso keep none: their spans index the assembled article text, or the text the XML
/// was made from).
fn documents(text: String, docs: Vec<fagui::Document>, opts: &fagui::input::LoadOptions) -> Vec<Document> {
    let src: Arc<str> = if fagui::input::spans_elsewhere(&text, opts) { Arc::from("") } else { Arc::from(text) };
    docs.into_iter().map(|d| Document::new(d, Arc::clone(&src))).collect()
}

/// Decodes and parses `str` or `bytes` with the GIL released.
fn load(py: Python<'_>, source: &Bound<'_, PyAny>, args: Args<'_>) -> PyResult<Vec<Document>> {
    let str_given = source.is_instance_of::<PyString>();
    if str_given && args.encoding.is_some() {
        return Err(PyTypeError::new_err("encoding= applies to bytes: a str is already decoded"));
    }
    let opts = load_options(args)?;
    let loaded = if str_given {
        let text: String = source.extract()?;
        // The size limit holds for text as for bytes (counted in UTF-8 bytes).
        let limit = opts.read.max_bytes.unwrap_or(fagui::decode::DEFAULT_MAX_BYTES);
        if text.len() as u64 > limit {
            return Err(errors::input_error(py, &fagui::Error::TooLarge { path: None, limit }, None));
        }
        py.detach(|| fagui::input::load_str(&text, &opts).map(|docs| (text, docs)))
    } else if let Ok(bytes) = source.cast::<PyBytes>() {
        let bytes = bytes.as_bytes();
        py.detach(|| {
            let text = fagui::read_text(bytes, &opts.read)?;
            fagui::input::load_str(&text, &opts).map(|docs| (text, docs))
        })
    } else if let Ok(array) = source.cast::<PyByteArray>() {
        let bytes = array.to_vec();
        py.detach(|| {
            let text = fagui::read_text(&bytes, &opts.read)?;
            fagui::input::load_str(&text, &opts).map(|docs| (text, docs))
        })
    } else {
        let name = source.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        let hint = if source.hasattr("__fspath__")? { " (parse_file reads a file)" } else { "" };
        return Err(PyTypeError::new_err(format!("expected str or bytes, not {name}{hint}")));
    };
    let (text, docs) = loaded.map_err(|e| errors::input_error(py, &e, None))?;
    Ok(documents(text, docs, &opts))
}

/// Reads, decodes and parses a file with the GIL released; errors name the file.
fn load_file(py: Python<'_>, path: &Path, args: Args<'_>) -> PyResult<Vec<Document>> {
    let opts = load_options(args)?;
    let loaded = py.detach(|| {
        let text = fagui::decode::read_path(path, &opts.read)?;
        fagui::input::load_str(&text, &opts).map(|docs| (text, docs))
    });
    let (text, docs) = loaded.map_err(|e| errors::input_error(py, &e, Some(path)))?;
    Ok(documents(text, docs, &opts))
}

/// The first document; a warning when there are more, an error when there is none.
fn first(py: Python<'_>, docs: Vec<Document>, path: Option<&Path>) -> PyResult<Document> {
    if docs.len() > 1 {
        let msg = format!(
            "the text holds {} documents: parse() and parse_file() return the first, parse_all() and parse_file_all() all of them",
            docs.len()
        );
        let msg = std::ffi::CString::new(msg).unwrap_or_default();
        // Level 1: the line of the Python code that called parse().
        PyErr::warn(py, &py.get_type::<PyUserWarning>(), &msg, 1)?;
    }
    match docs.into_iter().next() {
        Some(d) => Ok(d),
        None => {
            let e = fagui::Error::Json("no law in the file".to_string());
            Err(errors::input_error(py, &e, path))
        }
    }
}

/// Parses a text (str, or bytes as `fagui parse` reads a file: UTF-8, UTF-16 with a
/// BOM, Big5 or the `encoding` given, a Word document or a PDF) into its first
/// document. Open-data JSON is read too. Input over `max_bytes` (default 256 MiB) is
/// refused. `jurisdiction` forces "tw" or "cn" (mainland China: 款 is the paragraph, 项
/// the `（一）` item) instead of detecting it.
#[pyfunction]
#[pyo3(signature = (source, *, kind = None, jurisdiction = None, encoding = None, max_bytes = None))]
fn parse(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    kind: Option<&str>,
    jurisdiction: Option<&str>,
    encoding: Option<String>,
    max_bytes: Option<u64>,
) -> PyResult<Document> {
    let docs = load(py, source, Args { kind, jurisdiction, encoding, max_bytes })?;
    first(py, docs, None)
}

/// Parses a text into every document it holds (a compilation, or a page showing two
/// versions), in order.
#[pyfunction]
#[pyo3(signature = (source, *, kind = None, jurisdiction = None, encoding = None, max_bytes = None))]
fn parse_all(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    kind: Option<&str>,
    jurisdiction: Option<&str>,
    encoding: Option<String>,
    max_bytes: Option<u64>,
) -> PyResult<Vec<Document>> {
    load(py, source, Args { kind, jurisdiction, encoding, max_bytes })
}

/// Reads and parses a file (text in any supported encoding, or open-data JSON) into its
/// first document.
#[pyfunction]
#[pyo3(signature = (path, *, kind = None, jurisdiction = None, encoding = None, max_bytes = None))]
fn parse_file(
    py: Python<'_>,
    path: PathBuf,
    kind: Option<&str>,
    jurisdiction: Option<&str>,
    encoding: Option<String>,
    max_bytes: Option<u64>,
) -> PyResult<Document> {
    let docs = load_file(py, &path, Args { kind, jurisdiction, encoding, max_bytes })?;
    first(py, docs, Some(&path))
}

/// Reads and parses a file into every document (every law of a bulk open-data file).
#[pyfunction]
#[pyo3(signature = (path, *, kind = None, jurisdiction = None, encoding = None, max_bytes = None))]
fn parse_file_all(
    py: Python<'_>,
    path: PathBuf,
    kind: Option<&str>,
    jurisdiction: Option<&str>,
    encoding: Option<String>,
    max_bytes: Option<u64>,
) -> PyResult<Vec<Document>> {
    load_file(py, &path, Args { kind, jurisdiction, encoding, max_bytes })
}

/// Compares two versions of a document, old first.
#[pyfunction]
#[pyo3(name = "diff")]
fn diff_docs(py: Python<'_>, old: PyRef<'_, Document>, new: PyRef<'_, Document>) -> diff::Diff {
    let (old, new) = (Arc::clone(&old.inner), Arc::clone(&new.inner));
    let d = py.detach(|| fagui::diff::diff(&old.doc, &new.doc));
    diff::Diff { inner: Arc::new(d) }
}

#[pymodule]
#[pyo3(name = "_fagui")]
fn fagui_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_all, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file_all, m)?)?;
    m.add_function(wrap_pyfunction!(diff_docs, m)?)?;
    m.add_function(wrap_pyfunction!(amend::apply, m)?)?;
    m.add_function(wrap_pyfunction!(amend::read_table, m)?)?;
    m.add_function(wrap_pyfunction!(amend::verify_table, m)?)?;
    m.add_class::<amend::Applied>()?;
    m.add_function(wrap_pyfunction!(doc::_document, m)?)?;
    m.add_function(wrap_pyfunction!(doc::_node, m)?)?;
    m.add_class::<Document>()?;
    m.add_class::<doc::Node>()?;
    m.add_class::<diff::Diff>()?;
    m.add_class::<diff::Change>()?;
    m.add_class::<items::Diagnostic>()?;
    m.add_class::<items::HistoryEntry>()?;
    m.add_class::<items::Reference>()?;
    m.add_class::<items::Term>()?;
    m.add_class::<items::Hit>()?;
    Ok(())
}
