//! The JSON Schema of the export, generated from the types.

use crate::query::Export;

/// The JSON Schema (draft 2020-12) of what `fagui parse --format json` prints: every
/// field of [`crate::Document`], plus the `refs` and `terms` arrays of
/// [`crate::query::Export`].
///
/// ```
/// let s = fagui::schema::document_schema_json();
/// assert!(s.contains("\"title\""));
/// assert!(s.contains("\"refs\""));
/// ```
pub fn document_schema_json() -> String {
    let schema = schemars::schema_for!(Export<'static>);
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
