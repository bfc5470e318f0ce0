//! Builders of the option structs. The structs are `#[non_exhaustive]`, so that a new
//! option is not a breaking change: outside this crate they are made from `Default`
//! and these methods (or by setting their public fields).
//!
//! ```
//! use fagui::{DocKind, ParseOptions, ReadOptions};
//! let parse = ParseOptions::default().with_kind(DocKind::Statute).with_title(false);
//! let read = ReadOptions::default().with_encoding("big5".to_string()).with_max_bytes(10 << 20);
//! let load = fagui::input::LoadOptions::default().with_read(read).with_parse(parse);
//! assert_eq!(load.parse.kind, Some(DocKind::Statute));
//! assert_eq!(load.read.max_bytes, Some(10 << 20));
//! ```

use crate::ast::{DocKind, Jurisdiction};
use crate::decode::ReadOptions;
use crate::diff::render::{Explain, Options as RenderOptions, Underline};
use crate::input::{LoadOptions, Source};
use crate::parse::ParseOptions;

impl ParseOptions {
    /// Forces the document kind (`None`: detect it).
    #[must_use]
    pub fn with_kind(mut self, kind: impl Into<Option<DocKind>>) -> Self {
        self.kind = kind.into();
        self
    }

    /// Forces wrapped-text mode (`true`) or clean mode (`false`); `None` detects it.
    #[must_use]
    pub fn with_wrapped(mut self, wrapped: impl Into<Option<bool>>) -> Self {
        self.wrapped = wrapped.into();
        self
    }

    /// The maximum list nesting below a paragraph.
    #[must_use]
    pub fn with_max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth;
        self
    }

    /// Whether a title line is read (off for fragments such as one article's content).
    #[must_use]
    pub fn with_title(mut self, title: bool) -> Self {
        self.title = title;
        self
    }

    /// Forces Taiwanese or mainland reading (`None`: detect it from the content).
    #[must_use]
    pub fn with_jurisdiction(mut self, jurisdiction: impl Into<Option<Jurisdiction>>) -> Self {
        self.jurisdiction = jurisdiction.into();
        self
    }
}

impl ReadOptions {
    /// Forces an encoding (`utf-8`, `utf-16`, `utf-16le`, `utf-16be`, `big5`,
    /// `gb18030`, `gbk`); `None` detects it.
    #[must_use]
    pub fn with_encoding(mut self, encoding: impl Into<Option<String>>) -> Self {
        self.encoding = encoding.into();
        self
    }

    /// Refuses input larger than this many bytes (`None`: the default limit).
    #[must_use]
    pub fn with_max_bytes(mut self, max_bytes: impl Into<Option<u64>>) -> Self {
        self.max_bytes = max_bytes.into();
        self
    }
}

impl LoadOptions {
    /// The decoding options.
    #[must_use]
    pub fn with_read(mut self, read: ReadOptions) -> Self {
        self.read = read;
        self
    }

    /// The parsing options of text input.
    #[must_use]
    pub fn with_parse(mut self, parse: ParseOptions) -> Self {
        self.parse = parse;
        self
    }

    /// What the input is: text, open data, Akoma Ntoso, or detect.
    #[must_use]
    pub fn with_source(mut self, source: Source) -> Self {
        self.source = source;
        self
    }
}

impl RenderOptions {
    /// Includes unchanged units (tables and text).
    #[must_use]
    pub fn with_all(mut self, all: bool) -> Self {
        self.all = all;
        self
    }

    /// Uses ANSI colours (text output only).
    #[must_use]
    pub fn with_color(mut self, color: bool) -> Self {
        self.color = color;
        self
    }

    /// What the 說明 column says.
    #[must_use]
    pub fn with_explain(mut self, explain: Explain) -> Self {
        self.explain = explain;
        self
    }

    /// Which columns of the table underline changed words.
    #[must_use]
    pub fn with_underline(mut self, underline: Underline) -> Self {
        self.underline = underline;
        self
    }
}
