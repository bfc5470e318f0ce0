//! The label of a node: the marker as written (`八、`, `（二）`, `第 10-1 條`) with the
//! style the parser read it in, so that nothing downstream reads the text again to
//! learn it.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

/// The numbering style of a label, in the order of the official hierarchy of list
/// levels (文書處理手冊: `一、` → `（一）` → `1.` → `（1）` → `甲、` → `（甲）` → `子、` →
/// `（子）`) after headings and articles.
///
/// Full-width and half-width forms (`（一）` / `(一)`, `1.` / `１．`), spacing and the
/// separator (`1.` / `1、`) do not change the style: the label's text keeps them.
///
/// ```
/// use fagui::LabelStyle;
/// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n1.協調。\n");
/// let point = &doc.units[0];
/// assert_eq!(point.label.as_ref().unwrap().style(), LabelStyle::Cjk);
/// let item = &point.children[0].children[0];
/// assert_eq!(item.label.as_ref().unwrap().style(), LabelStyle::ParenCjk);
/// assert_eq!(item.children[0].label.as_ref().unwrap().style(), LabelStyle::Arabic);
/// // Named in snake case (the Python bindings' `label_style`):
/// assert_eq!(serde_json::to_string(&LabelStyle::ParenCjk).unwrap(), "\"paren_cjk\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "snake_case")]
pub enum LabelStyle {
    /// A heading: `第 一 章`, `第二編`, `第一節`, `第一分编`, and `壹、` (a chapter of a
    /// directive).
    Heading,
    /// An article: `第一條`, `第 10-1 條`, `第十條之一`, `第一条`.
    Article,
    /// A Chinese numeral: `一、`, `七之一、`, `一.`, also without punctuation (`一  本要點…`,
    /// see [`Label::is_bare`]) and a point cited by its number (`第16點`).
    Cjk,
    /// A Chinese numeral in brackets: `（一）`, `(一)`, `（一）、`, `㈠`; also empty brackets
    /// whose numeral was lost (`()`, see [`Label::is_lost`]).
    ParenCjk,
    /// An Arabic numeral: `1.`, `1、`, `１．`, `⒈`.
    Arabic,
    /// An Arabic numeral in brackets: `（1）`, `(1)`, `(1).`, `⑴`.
    ParenArabic,
    /// A circled number: `①`.
    Circled,
    /// A heavenly stem: `甲、`.
    Stem,
    /// A heavenly stem in brackets: `（甲）`.
    ParenStem,
    /// An earthly branch: `子、`.
    Branch,
    /// An earthly branch in brackets: `（子）`.
    ParenBranch,
    /// A Latin letter before Chinese text: `a.`, `A、`.
    Letter,
    /// A Latin letter in brackets before Chinese text: `(a)`, `（A）`.
    ParenLetter,
    /// None of these: a label given from outside that reads as no marker.
    Other,
}

impl LabelStyle {
    /// True for the styles of list levels (everything but headings, articles and
    /// [`LabelStyle::Other`]).
    ///
    /// ```
    /// assert!(fagui::LabelStyle::ParenCjk.is_list());
    /// assert!(!fagui::LabelStyle::Article.is_list());
    /// ```
    pub fn is_list(self) -> bool {
        !matches!(self, LabelStyle::Heading | LabelStyle::Article | LabelStyle::Other)
    }
}

/// A node's label: the marker exactly as written (`八、`, `（二）`, `第 10-1 條`, `()`)
/// and the [`LabelStyle`] it was read in, kept together like a value and its
/// representation.
///
/// The parser sets the style where it reads the marker. In JSON (and in Akoma Ntoso)
/// a label is its text only, `"label": "（二）"`; reading it back reads the style from
/// the text ([`Label::from`]). A label dereferences to its text.
///
/// ```
/// use fagui::{Label, LabelStyle};
/// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n（二）協調。\n");
/// let label = doc.units[0].children[0].children[1].label.as_ref().unwrap();
/// assert_eq!(label.as_str(), "（二）");
/// assert_eq!(label.style(), LabelStyle::ParenCjk);
/// assert_eq!(serde_json::to_string(label).unwrap(), "\"（二）\"");
/// assert_eq!(serde_json::from_str::<Label>("\"（二）\"").unwrap(), *label);
/// assert_eq!(Label::from("第 10-1 條").style(), LabelStyle::Article);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Label {
    /// The text as written (boxed: a label never grows, and a node holds one).
    raw: Box<str>,
    style: LabelStyle,
    bare: bool,
    lost: bool,
}

impl Label {
    /// A label of the given style, with punctuation of its own and its numeral.
    ///
    /// ```
    /// let l = fagui::Label::new(fagui::LabelStyle::Arabic, "3.");
    /// assert_eq!((l.as_str(), l.is_bare()), ("3.", false));
    /// ```
    pub fn new(style: LabelStyle, raw: impl Into<String>) -> Label {
        Label { raw: raw.into().into_boxed_str(), style, bare: false, lost: false }
    }

    /// A label as the parser read it: text, style and the two flags.
    pub(crate) fn read(raw: &str, style: LabelStyle, bare: bool, lost: bool) -> Label {
        Label { raw: raw.into(), style, bare, lost }
    }

    /// The label as written: `八、`, `（二）`, `第 10-1 條`.
    ///
    /// ```
    /// assert_eq!(fagui::Label::from("八、").as_str(), "八、");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The numbering style it was written in.
    ///
    /// ```
    /// assert_eq!(fagui::Label::from("（1）").style(), fagui::LabelStyle::ParenArabic);
    /// ```
    pub fn style(&self) -> LabelStyle {
        self.style
    }

    /// True when the numeral stands without punctuation of its own: an old-style
    /// `一  本要點…`, a point number alone on its line, a bare `1` of open data, a point
    /// cited by its number (`第16點`). Clean text writes such a label in its canonical
    /// form (`一、`).
    ///
    /// ```
    /// assert!(fagui::Label::from("一").is_bare());
    /// assert!(!fagui::Label::from("一、").is_bare());
    /// ```
    pub fn is_bare(&self) -> bool {
        self.bare
    }

    /// True for empty brackets where a page lost the numeral (`()`), a point's `、` (or
    /// `.`) left without its numeral, or the bullet a page printed in a first point's numeral's
    /// place (`•`, `-`): the node's number is the one its list goes on with, not one that
    /// was written.
    ///
    /// ```
    /// assert!(fagui::Label::from("()").is_lost());
    /// assert!(fagui::Label::from("、").is_lost());
    /// assert!(fagui::Label::from(".").is_lost());
    /// assert!(fagui::Label::from("•").is_lost());
    /// assert!(!fagui::Label::from("（一）").is_lost());
    /// ```
    pub fn is_lost(&self) -> bool {
        self.lost
    }
}

impl From<&str> for Label {
    /// Reads a label from its text alone (JSON, Akoma Ntoso, a label built by hand):
    /// the one place a label's text is read for its style. Text that reads as no marker
    /// gets [`LabelStyle::Other`].
    ///
    /// ```
    /// use fagui::{Label, LabelStyle};
    /// assert_eq!(Label::from("第 一 章").style(), LabelStyle::Heading);
    /// assert_eq!(Label::from("（甲）").style(), LabelStyle::ParenStem);
    /// assert_eq!(Label::from("附件").style(), LabelStyle::Other);
    /// ```
    fn from(raw: &str) -> Label {
        let (style, bare, lost) = crate::marker::read_label(raw);
        Label::read(raw, style, bare, lost)
    }
}

impl From<String> for Label {
    /// As `From<&str>`.
    ///
    /// ```
    /// assert_eq!(fagui::Label::from(String::from("①")).style(), fagui::LabelStyle::Circled);
    /// ```
    fn from(raw: String) -> Label {
        let (style, bare, lost) = crate::marker::read_label(&raw);
        Label { raw: raw.into_boxed_str(), style, bare, lost }
    }
}

impl Deref for Label {
    type Target = str;

    fn deref(&self) -> &str {
        &self.raw
    }
}

impl AsRef<str> for Label {
    fn as_ref(&self) -> &str {
        &self.raw
    }
}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        &*self.raw == other
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        &*self.raw == *other
    }
}

impl fmt::Display for Label {
    /// The label as written.
    ///
    /// ```
    /// assert_eq!(fagui::Label::from("（二）").to_string(), "（二）");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.raw)
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Label, D::Error> {
        String::deserialize(deserializer).map(Label::from)
    }
}

impl JsonSchema for Label {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Label".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "fagui::Label".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_takes_no_more_room_in_a_node_than_its_text_did() {
        assert_eq!(std::mem::size_of::<Option<Label>>(), std::mem::size_of::<Option<String>>());
    }

    #[test]
    fn read_back_as_the_parser_reads() {
        let cases = [
            ("一、", LabelStyle::Cjk, false, false),
            ("七之一、", LabelStyle::Cjk, false, false),
            ("(一", LabelStyle::ParenCjk, false, false),
            ("一", LabelStyle::Cjk, true, false),
            ("第16點", LabelStyle::Cjk, true, false),
            ("1", LabelStyle::Arabic, true, false),
            ("1.", LabelStyle::Arabic, false, false),
            ("(1).", LabelStyle::ParenArabic, false, false),
            ("⑴", LabelStyle::ParenArabic, false, false),
            ("㈠", LabelStyle::ParenCjk, false, false),
            ("()", LabelStyle::ParenCjk, false, true),
            ("、", LabelStyle::Cjk, false, true),
            ("﹝1﹞", LabelStyle::Article, false, true),
            ("第 10-1 條", LabelStyle::Article, false, false),
            ("第一條、", LabelStyle::Article, false, false),
            ("第一条", LabelStyle::Article, false, false),
            ("第 一 章", LabelStyle::Heading, false, false),
            ("壹、", LabelStyle::Heading, false, false),
            ("第一分编", LabelStyle::Heading, false, false),
            ("（子）", LabelStyle::ParenBranch, false, false),
            ("a.", LabelStyle::Letter, false, false),
            ("（B）", LabelStyle::ParenLetter, false, false),
            ("", LabelStyle::Other, false, false),
            ("附件", LabelStyle::Other, false, false),
            ("01.", LabelStyle::Arabic, false, false),
        ];
        for (raw, style, bare, lost) in cases {
            let l = Label::from(raw);
            assert_eq!((l.style(), l.is_bare(), l.is_lost()), (style, bare, lost), "{raw}");
            assert_eq!(l, raw);
        }
    }
}
