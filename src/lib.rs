//! # fagui (法規)
//!
//! Reads Chinese legal texts — Taiwanese administrative directives (要點: points `一、`
//! with sub-items `（一）`, `1.`, `（1）` …) and statutes and regulations (章/條/項/款/目) —
//! into a typed tree, and exports it as JSON.
//!
//! The pipeline, one module per phase:
//!
//! 1. [`decode`] — bytes to text (UTF-8, UTF-16, Big5), refusing binary input;
//! 2. [`normalize`] — lines with byte offsets, whitespace folding, wrap joining;
//! 3. [`parse`] — numbering-driven structure building (markers in [`marker`],
//!    numerals in [`numeral`]);
//! 4. [`ast`] — the typed tree ([`Document`], [`Node`]);
//! 5. [`render`] — back to clean text; [`akn`] — Akoma Ntoso 3.0 XML.
//!
//! [`diff`] compares two versions of a document: structural alignment, inline changes,
//! the comparison table (修正對照表), the amendment summary and the history of units.
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
pub mod ast;
#[cfg(feature = "batch")]
pub mod batch;
pub mod conserve;
pub mod decode;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod generate;
pub mod input;
pub mod marker;
pub mod moj;
pub mod normalize;
pub mod numeral;
mod options;
pub mod parse;
pub mod query;
pub mod render;
pub mod schema;

pub use ast::{
    Debris, DocKind, Document, HistoryAction, HistoryEntry, Jurisdiction, Node, NodeKind, Num, ParseNumError, Span,
};
pub use decode::{ReadOptions, read_text};
pub use diagnostic::{DiagCode, Diagnostic, Severity};
pub use error::Error;
pub use parse::{ParseOptions, parse, parse_all, parse_with};
pub use query::{Address, AddressError, Reference, Term};
