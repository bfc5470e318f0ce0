//! # fagui (法規)
//!
//! Reads Chinese legal texts — Taiwanese administrative directives (要點: points `一、`
//! with sub-items `（一）`, `1.`, `（1）` …) and statutes and regulations (章/條/項/款/目) —
//! into a typed tree, and exports it as JSON.
//!
//! The public surface:
//!
//! - reading: [`parse()`], [`parse_with`], [`parse_all`] and [`parse_each`] (with
//!   [`ParseOptions`]) give
//!   a [`Document`] of [`Node`]s, with [`Diagnostic`]s for what looked wrong;
//!   [`read_text`] (with [`ReadOptions`]) and [`decode`] turn bytes — UTF-8, UTF-16,
//!   Big5, GB 18030, Word, PDF — into text; [`input`] reads any supported input;
//!   [`moj`] reads the national database's open data, [`akn`] reads and writes Akoma
//!   Ntoso 3.0 XML;
//! - [`render`] writes a document back as clean text or an outline; [`conserve`]
//!   checks that nothing of the source was lost;
//! - [`query`] finds units by citation ([`Address`]), searches, and extracts
//!   cross-references ([`Reference`]) and defined terms ([`Term`]);
//! - [`diff`] compares two versions: structural alignment, inline changes, the
//!   comparison table (修正對照表), the amendment summary and the history of units;
//!   [`apply`] applies an amendment to the current version;
//! - [`schema`] gives the JSON Schema of the JSON output; [`numeral`] reads and writes
//!   Chinese numerals; `batch` (feature `batch`, on by default) converts folders in
//!   parallel.
//!
//! ```
//! let doc = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、本小組任務如下：\n（一）研議。\n（二）協調。\n");
//! assert_eq!(doc.units.len(), 2);
//! let point2 = &doc.units[1];
//! assert_eq!(point2.children[0].children.len(), 2);
//! println!("{}", doc.to_json().unwrap());
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod akn;
pub mod apply;
mod ast;
#[cfg(feature = "batch")]
pub mod batch;
pub mod conserve;
pub mod decode;
mod diagnostic;
pub mod diff;
mod error;
mod generate;
pub mod input;
mod label;
pub mod lint;
mod marker;
pub mod moj;
mod normalize;
pub mod numeral;
mod options;
mod parse;
pub mod query;
pub mod render;
pub mod schema;

pub use ast::{
    Debris, DocKind, Document, HistoryAction, HistoryEntry, Jurisdiction, Node, NodeKind, Num, ParseNumError, Span,
};
pub use decode::{ReadOptions, read_text};
pub use diagnostic::{DiagCode, Diagnostic, Severity};
pub use error::Error;
pub use label::{Label, LabelStyle};
pub use parse::{
    Documents, MAX_DIAGNOSTICS_PER_CODE, ParseOptions, detect_jurisdiction, parse, parse_all, parse_each, parse_with,
};
pub use query::{Address, AddressError, Reference, Term};

/// Not API: what the crate's own tests, benches and examples need from inside it (the
/// synthetic documents of the benches, the marker styles of the property tests). It
/// may change in any release.
#[doc(hidden)]
pub mod testing {
    pub use crate::diff::explain::{PLACEHOLDER, facts};
    pub use crate::generate::{directive, numbered_on, push_article, round_trip, statute, top_nums};
    pub use crate::marker::{Marker, Style, marker};
}
