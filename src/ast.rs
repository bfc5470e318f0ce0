//! The typed tree (phase 3 of the pipeline): what a parsed legal text *is*.
//!
//! A [`Document`] holds a title, its metadata, its amendment [`HistoryEntry`]s and a
//! list of top-level [`Node`]s. Nodes are typed by level ([`NodeKind`]): headings
//! (編/章/節/款/目) contain articles (條) or points (點); an article or point holds
//! its paragraphs (項), none only when the source gives its label and no text at all
//! (a deleted unit keeps its `(刪除)` paragraph); paragraphs hold their own text and a list of
//! subparagraphs (款), which hold items (目), which hold subitems.
//!
//! The types are plain data with `serde` and `schemars` derives: the JSON they
//! produce is the contract documented in the README.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::diagnostic::Diagnostic;

/// A byte range `[start, end)` into the source text the document was parsed from.
///
/// For text input it indexes the decoded UTF-8 text (the input itself when the input
/// was UTF-8). It serializes as a two-element array.
///
/// ```
/// let span = fagui::Span(3, 9);
/// assert_eq!(serde_json::to_string(&span).unwrap(), "[3,9]");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Span(pub usize, pub usize);

impl Span {
    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(fagui::Span(2, 2).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.1.saturating_sub(self.0)
    }

    /// True when the span covers nothing.
    ///
    /// ```
    /// assert!(fagui::Span(5, 5).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// assert_eq!(fagui::Span(2, 4).cover(fagui::Span(8, 10)), fagui::Span(2, 10));
    /// ```
    pub fn cover(self, other: Span) -> Span {
        Span(self.0.min(other.0), self.1.max(other.1))
    }
}

/// The number of an article, point, heading, paragraph or list item: `main` and the
/// `之N` part `sub` (`第十條之一`, `十之一、` → `10-1`).
///
/// It is written, serialized and parsed in the JSON `num` form: `8`, `10-1`. It orders
/// by value: `7` < `7-1` < `8` < `10`.
///
/// ```
/// use fagui::Num;
/// let n = Num::new(10, Some(1));
/// assert_eq!(n.to_string(), "10-1");
/// assert_eq!("10-1".parse::<Num>(), Ok(n));
/// assert_eq!(serde_json::to_string(&n).unwrap(), "\"10-1\"");
/// assert_eq!(serde_json::from_str::<Num>("\"8\"").unwrap(), Num::from(8));
/// assert!(Num::from(7) < Num::new(7, Some(1)) && Num::new(7, Some(1)) < Num::from(10));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Num {
    /// The number itself: `10` in `10-1`.
    pub main: u32,
    /// The `之N` part: `Some(1)` in `10-1`, `None` in `10`.
    pub sub: Option<u32>,
}

/// The JSON Schema pattern of the `num` form: decimal numbers without leading zeros.
const NUM_PATTERN: &str = "^(0|[1-9][0-9]*)(-(0|[1-9][0-9]*))?$";

impl Num {
    /// A number with an optional `之N` part.
    ///
    /// ```
    /// let n = fagui::Num::new(7, Some(1));
    /// assert_eq!((n.main, n.sub), (7, Some(1)));
    /// ```
    pub const fn new(main: u32, sub: Option<u32>) -> Num {
        Num { main, sub }
    }

    /// Appends the `num` form to `out` without the formatting machinery (the builder
    /// names every node with it).
    pub(crate) fn push_to(self, out: &mut String) {
        self.write_bytes(|b| out.push(char::from(b)));
    }

    /// Hands the bytes of the `num` form to `put`, without the formatting machinery.
    fn write_bytes(self, mut put: impl FnMut(u8)) {
        write_decimal(self.main, &mut put);
        if let Some(s) = self.sub {
            put(b'-');
            write_decimal(s, &mut put);
        }
    }
}

/// Writes a number in decimal without the formatting machinery.
fn write_decimal(mut n: u32, put: &mut impl FnMut(u8)) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    for &b in buf.get(i..).unwrap_or(&[]) {
        put(b);
    }
}

impl From<u32> for Num {
    /// A number without a `之N` part.
    ///
    /// ```
    /// assert_eq!(fagui::Num::from(3), fagui::Num::new(3, None));
    /// ```
    fn from(main: u32) -> Num {
        Num { main, sub: None }
    }
}

impl fmt::Display for Num {
    /// The `num` form: `8`, `10-1`.
    ///
    /// ```
    /// assert_eq!(format!("{:>5}", fagui::Num::new(7, Some(1))), "  7-1");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_some() || f.precision().is_some() {
            let mut s = String::with_capacity(21);
            self.push_to(&mut s);
            return f.pad(&s);
        }
        match self.sub {
            Some(s) => write!(f, "{}-{s}", self.main),
            None => write!(f, "{}", self.main),
        }
    }
}

impl FromStr for Num {
    type Err = ParseNumError;

    /// Reads the `num` form exactly as [`Num`] writes it: ASCII digits without leading
    /// zeros, with an optional `-N` part.
    ///
    /// ```
    /// use fagui::Num;
    /// assert_eq!("7".parse::<Num>(), Ok(Num::from(7)));
    /// assert_eq!("7-1".parse::<Num>(), Ok(Num::new(7, Some(1))));
    /// for bad in ["", "7-", "-1", "07", "+7", "7-1-2", "七", "99999999999"] {
    ///     assert!(bad.parse::<Num>().is_err(), "{bad}");
    /// }
    /// ```
    fn from_str(s: &str) -> Result<Num, ParseNumError> {
        fn part(p: &str) -> Option<u32> {
            let canonical = p.bytes().all(|b| b.is_ascii_digit()) && (p == "0" || !p.starts_with('0'));
            if canonical { p.parse().ok() } else { None }
        }
        let num = match s.split_once('-') {
            Some((main, sub)) => part(main).zip(part(sub)).map(|(m, s)| Num::new(m, Some(s))),
            None => part(s).map(Num::from),
        };
        num.ok_or_else(|| ParseNumError { input: s.to_string() })
    }
}

/// Why a string is not a number in the `num` form (`7`, `7-1`).
///
/// ```
/// let err = "7之1".parse::<fagui::Num>().unwrap_err();
/// assert_eq!(err.input(), "7之1");
/// assert_eq!(err.to_string(), "not a number in the `num` form (`7`, `7-1`): \"7之1\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a number in the `num` form (`7`, `7-1`): {input:?}")]
pub struct ParseNumError {
    input: String,
}

impl ParseNumError {
    /// The string that was not read.
    ///
    /// ```
    /// assert_eq!("x".parse::<fagui::Num>().unwrap_err().input(), "x");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // On the stack: every node of an export writes its number (`4294967295-4294967295`
        // at most).
        let mut buf = [0u8; 21];
        let mut len = 0;
        self.write_bytes(|b| {
            if let Some(slot) = buf.get_mut(len) {
                *slot = b;
                len += 1;
            }
        });
        serializer.serialize_str(std::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default())
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Num, D::Error> {
        struct NumVisitor;
        impl serde::de::Visitor<'_> for NumVisitor {
            type Value = Num;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number in the `num` form (`7`, `7-1`)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Num, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(NumVisitor)
    }
}

impl JsonSchema for Num {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Num".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "fagui::Num".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": NUM_PATTERN })
    }
}

/// What sort of legal text a document is.
///
/// ```
/// use fagui::DocKind;
/// assert_eq!(serde_json::to_string(&DocKind::Statute).unwrap(), "\"statute\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// An administrative directive (要點, 注意事項, 作業規定 …) numbered by points `一、`.
    Directive,
    /// A statute or regulation (法, 條例, 辦法, 細則, 規則 …) numbered by articles `第一條`.
    Statute,
}

impl DocKind {
    /// The Chinese name of the top-level unit: `點` or `條`.
    ///
    /// ```
    /// assert_eq!(fagui::DocKind::Directive.unit_word(), "點");
    /// ```
    pub fn unit_word(self) -> &'static str {
        match self {
            DocKind::Directive => "點",
            DocKind::Statute => "條",
        }
    }
}

/// Whose law a document is: Taiwan's (traditional characters, 條/項/款/目) or mainland
/// China's (simplified characters, 条/款/项/目).
///
/// Both map onto the same tree: an article holds paragraphs, a paragraph holds
/// subparagraphs, a subparagraph holds items. Only the local names differ: a Taiwanese
/// paragraph is a 項 and its `一、` subparagraph a 款; a mainland paragraph is a 款 and
/// its `（一）` subparagraph a 项 (立法法). The JSON field is left out for Taiwan.
///
/// ```
/// use fagui::Jurisdiction;
/// assert_eq!(serde_json::to_string(&Jurisdiction::Cn).unwrap(), "\"cn\"");
/// let doc = fagui::parse("中华人民共和国示范法\n第一条 为了规范示范工作，制定本法。\n第二条 本法自公布之日起施行。\n");
/// assert_eq!(doc.jurisdiction, Jurisdiction::Cn);
/// assert_eq!(fagui::parse("示範法\n第一條 本法訂定。\n").jurisdiction, Jurisdiction::Tw);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Jurisdiction {
    /// Taiwan (the default): 條 → 項 (paragraph) → 款 `一、` → 目 `（一）`.
    #[default]
    Tw,
    /// Mainland China: 条 → 款 (paragraph) → 项 `（一）` → 目 `1.`.
    Cn,
}

impl Jurisdiction {
    /// True for Taiwan (the JSON leaves the field out then).
    ///
    /// ```
    /// assert!(fagui::Jurisdiction::Tw.is_tw());
    /// ```
    pub fn is_tw(&self) -> bool {
        *self == Jurisdiction::Tw
    }

    /// The word citing a node of this kind in this jurisdiction: `項`/`款`/`目` in
    /// Taiwan, `条`/`款`/`项`/`目`/`章`/`节`/`编` on the mainland.
    ///
    /// ```
    /// use fagui::{Jurisdiction, NodeKind};
    /// assert_eq!(Jurisdiction::Tw.word(NodeKind::Paragraph), "項");
    /// assert_eq!(Jurisdiction::Cn.word(NodeKind::Paragraph), "款");
    /// assert_eq!(Jurisdiction::Cn.word(NodeKind::Subparagraph), "项");
    /// assert_eq!(Jurisdiction::Cn.word(NodeKind::Article), "条");
    /// ```
    pub fn word(self, kind: NodeKind) -> &'static str {
        match self {
            Jurisdiction::Tw => kind.word(),
            Jurisdiction::Cn => match kind {
                NodeKind::Part => "编",
                NodeKind::Subpart => "分编",
                NodeKind::Chapter => "章",
                NodeKind::Section => "节",
                NodeKind::Subsection => "款",
                NodeKind::Division => "目",
                NodeKind::Article => "条",
                NodeKind::Point => "点",
                NodeKind::Paragraph => "款",
                NodeKind::Subparagraph => "项",
                NodeKind::Item => "目",
                NodeKind::Appendix => "附件",
                k => k.word(),
            },
        }
    }
}

/// The level of a node in the tree.
///
/// ```
/// use fagui::NodeKind;
/// assert_eq!(NodeKind::Subparagraph.id_prefix(), "subpara");
/// assert_eq!(serde_json::to_string(&NodeKind::Chapter).unwrap(), "\"chapter\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// 編 heading, e.g. `第二編 債`.
    Part,
    /// 分编 heading (a mainland level under 编, as in the Civil Code), e.g. `第一分编 通则`.
    Subpart,
    /// 章 heading, e.g. `第 一 章 總則`.
    Chapter,
    /// 節 heading, e.g. `第三節 罰則`.
    Section,
    /// 款 heading (a heading level under 節, as in the Civil Code), e.g. `第一款 通則`.
    Subsection,
    /// 目 heading (a heading level under a 款 heading).
    Division,
    /// Text before the first unit that is not a title, header or history (e.g. a 前言).
    Preamble,
    /// An article (條) of a statute, e.g. `第十條之一` (num `10-1`).
    Article,
    /// A point (點) of a directive, e.g. `八、` (num `8`).
    Point,
    /// A paragraph (項): unnumbered in the text, numbered from 1 in the tree.
    Paragraph,
    /// First list level inside a paragraph: 款 (`一、` in a statute, `（一）` in a directive).
    Subparagraph,
    /// Second list level: 目 (`（一）` in a statute, `1.` in a directive).
    Item,
    /// Any deeper list level (`（1）`, `甲、`, `（甲）`, `子、`, `（子）` …); nests in itself.
    Subitem,
    /// An appendix after the last unit (mainland `附件…`, `附表…`, `附：`, footnotes; a
    /// Taiwanese attachment line `附件:…申請表` and the lines under it; a section's caption
    /// after the last unit's finished sentence, such as `罰則` or `回收區隊電話表`, or a block
    /// of contact lines `地址:…` `電話:…` closing the text, and the lines under it, which
    /// belong to no unit).
    Appendix,
    /// Text the parser could not place; always comes with a diagnostic.
    Unparsed,
}

impl NodeKind {
    /// The prefix of this kind in node ids (modelled on Akoma Ntoso eIds).
    ///
    /// ```
    /// assert_eq!(fagui::NodeKind::Article.id_prefix(), "art");
    /// ```
    pub fn id_prefix(self) -> &'static str {
        match self {
            NodeKind::Part => "part",
            NodeKind::Subpart => "subpart",
            NodeKind::Chapter => "chap",
            NodeKind::Section => "sec",
            NodeKind::Subsection => "subsec",
            NodeKind::Division => "div",
            NodeKind::Preamble => "preamble",
            NodeKind::Article => "art",
            NodeKind::Point => "point",
            NodeKind::Paragraph => "para",
            NodeKind::Subparagraph => "subpara",
            NodeKind::Item => "item",
            NodeKind::Subitem => "subitem",
            NodeKind::Appendix => "appendix",
            NodeKind::Unparsed => "unparsed",
        }
    }

    /// Headings group articles or points: 編, 章, 節, 款 and 目 headings.
    ///
    /// ```
    /// assert!(fagui::NodeKind::Chapter.is_heading());
    /// assert!(!fagui::NodeKind::Article.is_heading());
    /// ```
    pub fn is_heading(self) -> bool {
        matches!(
            self,
            NodeKind::Part
                | NodeKind::Subpart
                | NodeKind::Chapter
                | NodeKind::Section
                | NodeKind::Subsection
                | NodeKind::Division
        )
    }

    /// Articles and points: the units a law is cited by.
    ///
    /// ```
    /// assert!(fagui::NodeKind::Point.is_unit());
    /// ```
    pub fn is_unit(self) -> bool {
        matches!(self, NodeKind::Article | NodeKind::Point)
    }

    /// Levels below a paragraph: subparagraph, item, subitem.
    ///
    /// ```
    /// assert!(fagui::NodeKind::Item.is_list());
    /// ```
    pub fn is_list(self) -> bool {
        matches!(self, NodeKind::Subparagraph | NodeKind::Item | NodeKind::Subitem)
    }

    /// The Chinese word used to cite this level (`章`, `條`, `點`, `項`, `款`, `目`).
    ///
    /// ```
    /// assert_eq!(fagui::NodeKind::Subparagraph.word(), "款");
    /// ```
    pub fn word(self) -> &'static str {
        match self {
            NodeKind::Part => "編",
            NodeKind::Subpart => "分編",
            NodeKind::Chapter => "章",
            NodeKind::Section => "節",
            NodeKind::Subsection => "款",
            NodeKind::Division => "目",
            NodeKind::Preamble => "前言",
            NodeKind::Article => "條",
            NodeKind::Point => "點",
            NodeKind::Paragraph => "項",
            NodeKind::Subparagraph => "款",
            NodeKind::Item => "目",
            NodeKind::Subitem => "",
            NodeKind::Appendix => "附件",
            NodeKind::Unparsed => "",
        }
    }
}

/// One node of the tree.
///
/// `text` is the node's *own* text only, with line wraps repaired; the words of an
/// article or point live in its paragraphs, and a paragraph's list items are its
/// children. Use [`Node::text_content`] for everything under a node.
///
/// ```
/// let doc = fagui::parse("示範要點\n一、本要點依示範法訂定。\n二、本小組任務如下：\n（一）研議。\n（二）協調。\n");
/// let two = &doc.units[1];
/// assert_eq!(two.id, "point_2");
/// assert_eq!(two.label.as_deref(), Some("二、"));
/// let para = &two.children[0];
/// assert_eq!(para.text, "本小組任務如下：");
/// assert_eq!(para.children[1].id, "point_2__para_1__subpara_2");
/// assert_eq!(para.children[1].label.as_deref(), Some("（二）"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Node {
    /// Stable, unique ASCII id, e.g. `point_8__para_1__subpara_2` or `chap_1__art_10-1`.
    pub id: String,
    /// The level of this node.
    pub kind: NodeKind,
    /// Its number in the `num` form: `8`, `7-1` (第七條之一 / 七之一、); `null` where unnumbered.
    pub num: Option<Num>,
    /// The marker as written in the source: `八、`, `（二）`, `第 10-1 條`; `null` for paragraphs.
    pub label: Option<crate::Label>,
    /// An article caption (`第 5 條（主管機關）` → `（主管機關）`) or a heading's name (`總則`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// The node's own text with wraps repaired (children's text excluded).
    pub text: String,
    /// Child nodes in document order.
    pub children: Vec<Node>,
    /// Byte range of the whole node (label, text and children) in the source.
    pub span: Span,
    /// True when the unit reads `（刪除）` (repealed but keeping its number).
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Node {
    /// A node with the given id, kind and text and nothing else.
    ///
    /// ```
    /// let n = fagui::Node::new("para_1", fagui::NodeKind::Paragraph, "本法自公布日施行。");
    /// assert!(n.children.is_empty());
    /// ```
    pub fn new(id: impl Into<String>, kind: NodeKind, text: impl Into<String>) -> Node {
        Node {
            id: id.into(),
            kind,
            num: None,
            label: None,
            caption: None,
            text: text.into(),
            children: Vec::new(),
            span: Span::default(),
            deleted: false,
        }
    }

    /// All text under this node (own text, then children's, depth first), without labels,
    /// joined with nothing.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n");
    /// assert_eq!(doc.units[0].text_content(), "任務如下：研議。");
    /// ```
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.walk(&mut |n| out.push_str(&n.text));
        out
    }

    /// Calls `f` on this node and every descendant, in document order.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、任務如下：\n（一）研議。\n（二）協調。\n");
    /// let mut n = 0;
    /// doc.units[0].walk(&mut |_| n += 1);
    /// assert_eq!(n, 4); // point, paragraph, two subparagraphs
    /// ```
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Node)) {
        let mut stack = vec![self];
        while let Some(n) = stack.pop() {
            f(n);
            stack.extend(n.children.iter().rev());
        }
    }

    /// The paragraphs of an article or point.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、甲。\n前項乙。\n");
    /// assert_eq!(doc.units[0].paragraphs().count(), 2);
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter(|c| c.kind == NodeKind::Paragraph)
    }
}

/// One entry of an amendment history block (沿革).
///
/// ```
/// let doc = fagui::parse("示範要點\n中華民國一百零五年十一月二十五日示範部示資字第1050000001號函訂定\n一、本要點訂定。\n");
/// assert_eq!(doc.history.len(), 1);
/// assert_eq!(doc.history[0].date.as_deref(), Some("2016-11-25"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HistoryEntry {
    /// The entry as written, wraps repaired.
    pub raw: String,
    /// The date in ISO 8601 (ROC year + 1911), when it could be read.
    pub date: Option<String>,
    /// The issuing body, e.g. `示範部`.
    pub body: Option<String>,
    /// The document number (文號), e.g. `示資字第1050000001號`.
    pub doc_no: Option<String>,
    /// The main action: 制定, 訂定, 修正, 全文修正, 增訂, 刪除, 廢止, 停止適用 …
    pub action: Option<String>,
    /// Every action with the units it names, in the order written.
    pub actions: Vec<HistoryAction>,
    /// Byte range in the source.
    pub span: Span,
}

/// One action of a history entry and the units it names.
///
/// ```
/// let doc = fagui::parse("示範辦法\n第 1 條\n本辦法訂定。\n1.中華民國一百十二年六月二十六日示範部示字第1120000004號令修正發布第 2、5 條條文\n");
/// let a = &doc.history[0].actions[0];
/// assert_eq!(a.action, "修正");
/// assert_eq!(a.units, [fagui::Num::from(2), fagui::Num::from(5)]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HistoryAction {
    /// The action word as normalized: 訂定, 制定, 修正, 全文修正, 增訂, 刪除, 廢止, 停止適用, 名稱修正 …
    pub action: String,
    /// The numbers of the articles or points it names, ranges expanded (in the JSON, in
    /// the `num` form: `"5-1"`).
    pub units: Vec<Num>,
}

/// A parsed legal text.
///
/// ```
/// let doc = fagui::parse("示範辦法\n第 1 條\n本辦法依示範法訂定之。\n第 2 條\n本辦法自發布日施行。\n");
/// assert_eq!(doc.kind, fagui::DocKind::Statute);
/// assert_eq!(doc.title.as_deref(), Some("示範辦法"));
/// assert_eq!(doc.units.len(), 2);
/// assert!(doc.diagnostics.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// The title line (法規名稱), if any.
    pub title: Option<String>,
    /// Directive or statute.
    pub kind: DocKind,
    /// Taiwan (`tw`, the default, left out of the JSON) or mainland China (`cn`).
    #[serde(default, skip_serializing_if = "Jurisdiction::is_tw")]
    pub jurisdiction: Jurisdiction,
    /// Metadata from a header block (`法規名稱：`, `修正日期：` …) or open-data fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, String>,
    /// The amendment history (沿革), oldest first as written.
    pub history: Vec<HistoryEntry>,
    /// Top-level nodes: headings, articles or points (and preamble/unparsed nodes).
    pub units: Vec<Node>,
    /// Text dropped as page debris (page numbers of a PDF extraction), kept for the record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub debris: Vec<Debris>,
    /// Everything odd the parser met, with line and column.
    pub diagnostics: Vec<Diagnostic>,
}

/// A line dropped as page debris, e.g. `- 3 -` or `第 2 頁，共 5 頁`.
///
/// ```
/// let d = fagui::Debris { text: "- 3 -".into(), span: fagui::Span(0, 5) };
/// assert_eq!(d.text, "- 3 -");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Debris {
    /// The dropped text.
    pub text: String,
    /// Where it was.
    pub span: Span,
}

impl Document {
    /// An empty document of the given kind.
    ///
    /// ```
    /// let d = fagui::Document::new(fagui::DocKind::Directive);
    /// assert!(d.units.is_empty());
    /// ```
    pub fn new(kind: DocKind) -> Document {
        Document {
            title: None,
            kind,
            jurisdiction: Jurisdiction::Tw,
            meta: BTreeMap::new(),
            history: Vec::new(),
            units: Vec::new(),
            debris: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Calls `f` on every node in document order.
    ///
    /// ```
    /// let doc = fagui::parse("要點\n一、甲。\n二、乙。\n");
    /// let mut ids = Vec::new();
    /// doc.walk(&mut |n| ids.push(n.id.clone()));
    /// assert_eq!(ids, ["point_1", "point_1__para_1", "point_2", "point_2__para_1"]);
    /// ```
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Node)) {
        for u in &self.units {
            u.walk(f);
        }
    }

    /// The articles or points of the document (inside headings too), in order.
    ///
    /// ```
    /// let doc = fagui::parse("示範法\n第一章 總則\n第 1 條\n甲。\n第二章 附則\n第 2 條\n乙。\n");
    /// let nums: Vec<_> = doc.top_units().iter().map(|n| n.num.unwrap()).collect();
    /// assert_eq!(nums, [fagui::Num::from(1), fagui::Num::from(2)]);
    /// ```
    pub fn top_units(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        self.walk(&mut |n| {
            if n.kind.is_unit() {
                out.push(n);
            }
        });
        out
    }

    /// Serializes to compact JSON (the documented contract).
    ///
    /// ```
    /// let json = fagui::parse("要點\n一、甲。\n").to_json().unwrap();
    /// assert!(json.starts_with("{\"title\":\"要點\""));
    /// ```
    ///
    /// # Errors
    ///
    /// When serde_json fails, which it does not on these types (the error is there to be
    /// told rather than hidden as an empty string).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Serializes to indented JSON.
    ///
    /// ```
    /// assert!(fagui::parse("要點\n一、甲。\n").to_json_pretty().unwrap().contains("\n  \"kind\": \"directive\""));
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Self::to_json`].
    pub fn to_json_pretty(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn num_round_trips_and_matches_its_pattern() {
        let pattern = regex::Regex::new(NUM_PATTERN).unwrap();
        for main in [0, 1, 9, 10, 99, 100, u32::MAX] {
            for sub in [None, Some(0), Some(1), Some(12), Some(u32::MAX)] {
                let n = Num::new(main, sub);
                let s = n.to_string();
                let mut pushed = String::new();
                n.push_to(&mut pushed);
                assert_eq!(pushed, s);
                assert!(pattern.is_match(&s), "{s}");
                assert_eq!(s.parse::<Num>(), Ok(n));
                let json = serde_json::to_string(&n).unwrap();
                assert_eq!(json, format!("\"{s}\""));
                assert_eq!(serde_json::from_str::<Num>(&json).unwrap(), n);
            }
        }
        for bad in ["", "-", "7-", "-1", "07", "7-01", "+7", " 7", "7-1-2", "7－1", "七", "4294967296"] {
            assert!(bad.parse::<Num>().is_err(), "{bad}");
            assert!(!pattern.is_match(bad) || bad == "4294967296", "{bad}");
        }
        assert!(serde_json::from_str::<Num>("7").is_err());
    }
}
