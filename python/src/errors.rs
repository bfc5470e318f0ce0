//! Library errors as the Python exceptions of `fagui/_errors.py`, with the messages the
//! command line prints (less its `fagui: ` prefix).

use std::path::Path;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyString};

/// An instance of the exception class `name` of `fagui._errors` with `message` as its
/// only argument and `attrs` set on it, as a `PyErr` to raise.
pub(crate) fn raise(py: Python<'_>, name: &str, message: String, attrs: &[(&str, Bound<'_, PyAny>)]) -> PyErr {
    let built = (|| -> PyResult<PyErr> {
        let class = py.import("fagui._errors")?.getattr(name)?;
        let err = class.call1((message.clone(),))?;
        for (key, value) in attrs {
            err.setattr(*key, value)?;
        }
        Ok(PyErr::from_value(err))
    })();
    // The module ships with the extension; should it fail to load, say what was meant.
    built.unwrap_or_else(|e| pyo3::exceptions::PyRuntimeError::new_err(format!("{message} ({e})")))
}

/// A reading or decoding error of the library as the exception a Python caller gets.
/// `path` is the file it came from, if any: the message then names it as the CLI does.
pub(crate) fn input_error(py: Python<'_>, e: &fagui::Error, path: Option<&Path>) -> PyErr {
    // The library names the file of a content error; the message names it here.
    let path = path.or_else(|| e.path());
    let e = e.cause();
    let message = match path {
        Some(p) => file_message(p, e),
        None => e.to_string(),
    };
    let text = |s: &str| PyString::new(py, s).into_any();
    let int = |n: u64| PyInt::new(py, n).into_any();
    let none = || py.None().into_bound(py);
    let file = path.map(|p| text(&p.display().to_string())).unwrap_or_else(none);
    let (class, attrs) = match e {
        fagui::Error::Io { path, .. } | fagui::Error::IsDirectory { path } => {
            ("ReadError", vec![("path", text(&path.display().to_string()))])
        }
        fagui::Error::Decode { encoding, offset } => {
            ("DecodeError", vec![("path", file), ("encoding", text(encoding)), ("offset", int(*offset as u64))])
        }
        fagui::Error::Binary { offset } => {
            ("DecodeError", vec![("path", file), ("encoding", none()), ("offset", int(*offset as u64))])
        }
        fagui::Error::TooLarge { limit, .. } => ("InputTooLargeError", vec![("path", file), ("limit", int(*limit))]),
        fagui::Error::Unsupported { format } => {
            ("UnsupportedFormatError", vec![("path", file), ("format", text(format))])
        }
        fagui::Error::Document { format, .. } => ("DocumentError", vec![("path", file), ("format", text(format))]),
        fagui::Error::NoTextLayer => ("DocumentError", vec![("path", file), ("format", text("PDF"))]),
        fagui::Error::PdfTool { data } => {
            ("PdfToolError", vec![("cjk_data", PyBool::new(py, *data).to_owned().into_any())])
        }
        fagui::Error::UnknownEncoding(name) => ("UnknownEncodingError", vec![("encoding", text(name))]),
        fagui::Error::Json(_) => ("OpenDataError", vec![("path", file)]),
        fagui::Error::Akn(_) => ("AknError", vec![("path", file)]),
        _ => ("FaguiError", Vec::new()),
    };
    raise(py, class, message, &attrs)
}

/// An address that cannot be read or names nothing.
pub(crate) fn address_error(py: Python<'_>, e: &fagui::AddressError) -> PyErr {
    raise(py, "AddressError", e.to_string(), &[])
}

/// The message of an input error that names its file, exactly as the command line words
/// it (its `file_error`): `law.txt: binary data …`, unless the message names the file
/// already. A test compares the two, so that they do not drift apart.
pub(crate) fn file_message(path: &Path, e: &fagui::Error) -> String {
    let msg = e.to_string();
    let shown = path.display().to_string();
    if path.as_os_str() == "-" {
        return if msg.contains("standard input") { msg } else { format!("standard input: {msg}") };
    }
    if msg.contains(&shown) { msg } else { format!("{shown}: {msg}") }
}
