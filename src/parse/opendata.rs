//! Open-data input: the structure (headings, article numbers) comes from the record's
//! fields, and each article's content is read by the same rules as plain text.

use crate::ast::{DocKind, Document};
use crate::marker::{self, Style};
use crate::normalize::Line;

use super::{ParseOptions, parse_roles};

/// What a line is known to be, when the structure comes from elsewhere (open data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A heading line: always opens its heading.
    Heading,
    /// An article label line with its number: always opens the article.
    Label(u32, Option<u32>),
    /// Article content: article and heading markers in it are text.
    Content,
    /// A preamble (前言) given as such: no diagnostic.
    Preamble,
}

/// Builds a document of kind `kind` whose units are articles (or points) with the given
/// numbers and contents: each content is parsed into paragraphs and lists with the same
/// rules as plain text. Used for open-data input.
///
/// ```
/// let doc = fagui::moj::from_units(fagui::DocKind::Statute, Some("示範法".into()), &[
///     fagui::moj::UnitSource::Article { label: "第 1 條".into(), content: "本法依憲法制定。\n前項規定之。".into() },
/// ], None);
/// assert_eq!(doc.units[0].children.len(), 2);
/// ```
pub fn from_units(kind: DocKind, title: Option<String>, units: &[UnitSource], wrapped: Option<bool>) -> Document {
    // One text holding every label line and content, so that spans are offsets in it;
    // the label lines' roles come from the structure, the contents are read by the same
    // builder as plain text.
    let mut text = String::new();
    let mut roles = Vec::new();
    for u in units {
        match u {
            UnitSource::Preamble(p) => {
                roles.push((text.len(), Role::Preamble));
                text.push_str(p);
                text.push('\n');
            }
            UnitSource::Heading(h) => {
                roles.push((text.len(), Role::Heading));
                text.push_str(h.trim());
                text.push('\n');
            }
            UnitSource::Article { label, content } => {
                let label = label.trim();
                let (num, sub) = match marker::marker(label) {
                    Some(m) if m.style == Style::Article => (m.num, m.sub),
                    _ => match crate::numeral::any_numeral(label) {
                        Ok((_, n)) => (n, None),
                        Err(_) => (0, None),
                    },
                };
                roles.push((text.len(), Role::Label(num, sub)));
                text.push_str(label);
                text.push('\n');
                roles.push((text.len(), Role::Content));
                text.push_str(content);
                text.push('\n');
            }
        }
    }
    let opts = ParseOptions { kind: Some(kind), wrapped, title: false, ..Default::default() };
    let mut doc = parse_roles(&text, &opts, &roles);
    doc.title = title;
    doc
}

/// One entry of a structured source (open data): a heading or an article.
///
/// ```
/// let h = fagui::moj::UnitSource::Heading("第 一 章 總則".into());
/// assert!(matches!(h, fagui::moj::UnitSource::Heading(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitSource {
    /// A preamble (前言).
    Preamble(String),
    /// A heading line such as `第 一 章 總則`.
    Heading(String),
    /// An article: its number as written and its content.
    Article {
        /// `第 12-1 條`.
        label: String,
        /// The article text, lines separated by line breaks.
        content: String,
    },
}

pub(super) fn is_label_line(line: &Line<'_>, roles: &[(usize, Role)]) -> bool {
    roles
        .binary_search_by_key(&line.start, |(o, _)| *o)
        .is_ok_and(|i| matches!(roles.get(i), Some((_, Role::Label(..)))))
}
