//! Diagnostics: everything odd the parser met, with a line and a column counted in
//! characters (not bytes), so that they point at the right place in Chinese text.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ast::Span;

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

/// What a diagnostic is about: a short stable code, serialized in kebab case
/// (`"out-of-order"`).
///
/// ```
/// use fagui::DiagCode;
/// assert_eq!(serde_json::to_string(&DiagCode::OutOfOrder).unwrap(), "\"out-of-order\"");
/// assert_eq!(DiagCode::Gap.as_str(), "gap");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DiagCode {
    /// Numbers were skipped: `三、` after `一、`.
    Gap,
    /// The same number again: `二、` after `二、`.
    Duplicate,
    /// A number lower than the one before: `二、` after `五、`.
    OutOfOrder,
    /// The first unit is not numbered 1: a text of amended units only (修正規定).
    FirstUnit,
    /// A line starts with what looks like a list marker of no known style (`A.`, `Ⅱ.`).
    UnknownMarker,
    /// Lists nested deeper than the limit: the deeper markers are read as text.
    DepthLimit,
    /// Text before the first unit, kept as a preamble.
    Preamble,
    /// Text under a heading before its first unit, kept in an `unparsed` node.
    UnplacedText,
    /// A history line without a date, kept as raw text.
    HistoryUnparsed,
    /// More diagnostics of one code were counted but not listed.
    Suppressed,
    /// One list numbered with both full-width and half-width markers (`（1）`, `(2)`);
    /// reported by [`crate::lint::check`], not by the parser.
    MixedWidth,
    /// A Taiwanese statute numbered against the 中央法規標準法 (art. 8): 項 numbered, 款
    /// not `一、`, 目 not `（一）`; reported by [`crate::lint::check`].
    StatuteNumbering,
    /// A directive list nested under a list of a later style in the order of the
    /// 文書處理手冊 (`（一）` under `1.`); reported by [`crate::lint::check`].
    LevelOrder,
    /// A citation of the document itself that names no unit of it (`第五點` in a text of
    /// four); reported by [`crate::lint::check`].
    DanglingCitation,
    /// A citation that an amendment left pointing at a unit it deleted or renumbered;
    /// reported by [`crate::lint::check_against`].
    StaleCitation,
}

impl DiagCode {
    /// The code as written in JSON and in messages.
    ///
    /// ```
    /// assert_eq!(fagui::DiagCode::FirstUnit.as_str(), "first-unit");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            DiagCode::Gap => "gap",
            DiagCode::Duplicate => "duplicate",
            DiagCode::OutOfOrder => "out-of-order",
            DiagCode::FirstUnit => "first-unit",
            DiagCode::UnknownMarker => "unknown-marker",
            DiagCode::DepthLimit => "depth-limit",
            DiagCode::Preamble => "preamble",
            DiagCode::UnplacedText => "unplaced-text",
            DiagCode::HistoryUnparsed => "history-unparsed",
            DiagCode::Suppressed => "suppressed",
            DiagCode::MixedWidth => "mixed-width",
            DiagCode::StatuteNumbering => "statute-numbering",
            DiagCode::LevelOrder => "level-order",
            DiagCode::DanglingCitation => "dangling-citation",
            DiagCode::StaleCitation => "stale-citation",
        }
    }
}

impl std::fmt::Display for DiagCode {
    /// The kebab-case code.
    ///
    /// ```
    /// assert_eq!(fagui::DiagCode::UnplacedText.to_string(), "unplaced-text");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One diagnostic. `line` and `column` are 1-based; the column counts characters.
/// `span` is the byte range of what the diagnostic is about (a marker, or the line).
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n三、丙。\n");
/// let d = &doc.diagnostics[0];
/// assert_eq!((d.line, d.column), (3, 1));
/// assert_eq!(d.severity, fagui::Severity::Warning);
/// assert_eq!(d.code, fagui::DiagCode::Gap);
/// assert_eq!(&"要點\n一、甲。\n三、丙。\n"[d.span.0..d.span.1], "三、");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// Error, warning or info.
    pub severity: Severity,
    /// What it is about.
    pub code: DiagCode,
    /// What happened, in English.
    pub message: String,
    /// 1-based line in the source.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// Byte range in the source.
    #[serde(default)]
    pub span: Span,
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
