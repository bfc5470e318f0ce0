//! The JSON Schema of the export, generated from the types.

use crate::ast::Document;

/// The JSON Schema (draft 2020-12) of [`Document`] as `fagui parse --format json` prints it.
///
/// ```
/// let s = fagui::schema::document_schema_json();
/// assert!(s.contains("\"title\""));
/// ```
pub fn document_schema_json() -> String {
    let schema = schemars::schema_for!(Document);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// The JSON Schema (draft 2020-12) of [`crate::diff::Diff`] as `fagui diff --format json`
/// prints it.
///
/// ```
/// let s = fagui::schema::diff_schema_json();
/// assert!(s.contains("\"renumbered\""));
/// ```
pub fn diff_schema_json() -> String {
    let schema = schemars::schema_for!(crate::diff::Diff);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
