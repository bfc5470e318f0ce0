//! Diagnostics: everything odd the parser met, with a line and a column counted in
//! characters (not bytes), so that they point at the right place in Chinese text.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How serious a diagnostic is.
///
/// ```
/// assert_eq!(serde_json::to_string(&fagui::Severity::Warning).unwrap(), "\"warning\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Text could not be placed in the structure (it is kept in an `unparsed` node).
    Error,
    /// The structure was read, but something is irregular (a gap, a duplicate number …).
    Warning,
    /// A note on a reading choice (e.g. a header line taken as metadata).
    Info,
}

/// One diagnostic. `line` and `column` are 1-based; the column counts characters.
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n三、丙。\n");
/// let d = &doc.diagnostics[0];
/// assert_eq!((d.line, d.column), (3, 1));
/// assert_eq!(d.severity, fagui::Severity::Warning);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// Error, warning or info.
    pub severity: Severity,
    /// A short stable code, e.g. `gap`, `duplicate`, `out-of-order`, `unknown-marker`.
    pub code: String,
    /// What happened, in English.
    pub message: String,
    /// 1-based line in the source.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
}

impl std::fmt::Display for Diagnostic {
    /// `3:1: warning[gap]: …`
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、甲。\n三、丙。\n");
    /// assert!(doc.diagnostics[0].to_string().starts_with("3:1: warning[gap]"));
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        write!(f, "{}:{}: {}[{}]: {}", self.line, self.column, sev, self.code, self.message)
    }
}
