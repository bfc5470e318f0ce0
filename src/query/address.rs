//! Addresses: every way a unit is cited, parsed into one [`Address`] type and resolved
//! against a [`Document`].
//!
//! Three forms are read:
//!
//! - **Chinese citations** as laws write them: `第八點第二款`, `第三點第一項第二款`,
//!   `第7條之1第2項第3款第1目`, `第 10-1 條`, `第十條之一`, `第一章`, `第一章第二節`,
//!   with an optional `本法`/`本要點`-style prefix. Relative citations `前點`, `前條`,
//!   `前二條`, `前項`, `前二項`, `前款`, `本點`, `本條`, `同條`, `本項`, `本款`, optionally
//!   followed by deeper levels (`前項第二款`, `本條第二項`) or by `各款`/`各項`/`各目`
//!   (`前項各款`), resolve against a context node. A citation that starts at 項, 款 or 目
//!   (`第二項`, `第三款`) is read inside the context node's article or paragraph.
//! - **Node ids** of the JSON: `point_8__para_1__subpara_2`, `chap_1__art_10-1`.
//! - **The short form** `UNIT[.PARA][.SUBPARA][.ITEM]`: dot-separated numbers for the
//!   article or point (`7-1` for 第七條之一), then the paragraph (項), the subparagraph
//!   (款) and the item (目), each a plain number. A number in parentheses, `(2)`, is
//!   always a 款: written right after the unit it skips the paragraph, which then means
//!   the first one, and a plain number after it is a 目. So `8.(2)` is 第八點第二款
//!   (point 8, paragraph 1, 款 2), `8.(2).1` its 目 1, `7-1.2.3` is 第七條之一第二項第三款
//!   and `7-1.2.(3)` the same.
//!
//! In every form a citation that omits 項 means the first paragraph, as lawyers read it:
//! 款 and 目 of a one-paragraph article are cited without 項. 條 and 點 are
//! interchangeable when resolving, and articles are found anywhere under headings.
//!
//! ```
//! use fagui::query::Address;
//! let doc = fagui::parse("示範要點\n一、甲。\n二、任務如下：\n（一）研議。\n（二）協調。\n");
//! for cite in ["第二點第二款", "2.(2)", "point_2__para_1__subpara_2", "第二點第一項第二款"] {
//!     let addr: Address = cite.parse().unwrap();
//!     assert_eq!(doc.get(&addr).unwrap().text, "協調。");
//! }
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while},
    character::complete::char as ch,
    combinator::{opt, value},
    sequence::preceded,
};
use serde::{Deserialize, Serialize};

use crate::ast::{Document, Node, NodeKind, Num};
use crate::numeral::{any_numeral, arabic_numeral, to_cjk};

/// One level of a citation: a kind and a number in the JSON `num` form (`8`, `7-1`).
///
/// ```
/// use fagui::query::Step;
/// let s = Step::new(fagui::NodeKind::Article, fagui::Num::new(10, Some(1)));
/// assert_eq!(s.to_string(), "第十條之一");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Step {
    /// The level: a heading kind, `article`/`point`, `paragraph`, `subparagraph` or `item`.
    pub kind: NodeKind,
    /// The number in the JSON `num` form.
    pub num: Num,
}

impl Step {
    /// A step of the given kind and number.
    ///
    /// ```
    /// let s = fagui::query::Step::new(fagui::NodeKind::Paragraph, 2);
    /// assert_eq!(s.num, fagui::Num::from(2));
    /// ```
    pub fn new(kind: NodeKind, num: impl Into<Num>) -> Step {
        Step { kind, num: num.into() }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&cite_num(self.num, self.kind.word(), false))
    }
}

/// Writes `第N<word>` (`第十條之一`), in Chinese numerals or, with `arabic`, Arabic
/// (`第10條之1`).
pub(crate) fn cite_num(num: Num, word: &str, arabic: bool) -> String {
    let show = |n: u32| if arabic { n.to_string() } else { to_cjk(n) };
    match num.sub {
        Some(s) => format!("第{}{}之{}", show(num.main), word, show(s)),
        None => format!("第{}{}", show(num.main), word),
    }
}

/// Where a citation starts.
///
/// ```
/// use fagui::query::{Address, Base};
/// let a: Address = "前項第二款".parse().unwrap();
/// assert_eq!(a.base, Base::Prev { kind: fagui::NodeKind::Paragraph, count: 1 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Base {
    /// The document: the steps start at a heading, an article or a point (`第三條`).
    Root,
    /// The context node: the steps start below a unit (`第二項`, `第三款`) and are read in
    /// the context's article (for 項), paragraph (for 款) or subparagraph (for 目).
    Here,
    /// A node id of the JSON.
    Id(String),
    /// `前條`, `前點`, `前二項`, `前款`: the `count` units of `kind` before the context's.
    Prev {
        /// `Article`/`Point` (either matches any unit), `Paragraph`, `Subparagraph` or `Item`.
        kind: NodeKind,
        /// How many (`前二項` = 2).
        count: u32,
    },
    /// `本條`, `本點`, `同條`, `本項`, `本款`: the context's own unit of `kind`.
    This(NodeKind),
}

/// A parsed citation; see the [module docs](self) for the forms read.
///
/// ```
/// use fagui::query::{Address, Base, Step};
/// use fagui::NodeKind;
/// let a: Address = "第7條之1第2項第3款第1目".parse().unwrap();
/// assert_eq!(a.base, Base::Root);
/// assert_eq!(a.steps, vec![
///     Step::new(NodeKind::Article, fagui::Num::new(7, Some(1))), Step::new(NodeKind::Paragraph, 2),
///     Step::new(NodeKind::Subparagraph, 3), Step::new(NodeKind::Item, 1),
/// ]);
/// assert_eq!(a.to_string(), "第七條之一第二項第三款第一目");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Address {
    /// Where the citation starts.
    pub base: Base,
    /// The levels below the base, outermost first.
    pub steps: Vec<Step>,
    /// `各款`, `各項`, `各目`: every child of this kind under the cited node(s).
    pub each: Option<NodeKind>,
}

impl Address {
    /// Parses any supported form; see the [module docs](self).
    ///
    /// ```
    /// let a = fagui::query::Address::parse("第 10-1 條").unwrap();
    /// assert_eq!(a.steps[0].num, fagui::Num::new(10, Some(1)));
    /// let err = fagui::query::Address::parse("第八點第二款xyz").unwrap_err();
    /// assert!(err.to_string().contains("xyz"));
    /// ```
    pub fn parse(input: &str) -> Result<Address, AddressError> {
        let s = input.trim_matches(crate::normalize::is_space);
        if s.is_empty() {
            return Err(AddressError::Syntax { input: input.to_string(), at: 0, rest: String::new() });
        }
        if is_node_id(s) {
            return Ok(Address { base: Base::Id(s.to_string()), steps: Vec::new(), each: None });
        }
        let parsed = if s.starts_with(|c: char| c.is_ascii_digit() || crate::numeral::arabic_digit(c).is_some()) {
            short_form(s)
        } else {
            citation(s).map(|(rest, cite)| (rest, cite.into_address()))
        };
        match parsed {
            Ok((rest, addr)) if rest.trim_matches(crate::normalize::is_space).is_empty() => Ok(addr),
            Ok((rest, _)) => Err(AddressError::Syntax {
                input: input.to_string(),
                at: s.chars().count() - rest.chars().count(),
                rest: rest.to_string(),
            }),
            Err(_) => Err(AddressError::Syntax { input: input.to_string(), at: 0, rest: s.to_string() }),
        }
    }

    /// True when the address needs a context node to resolve (relative citations and
    /// citations that start at 項, 款 or 目).
    ///
    /// ```
    /// assert!(fagui::query::Address::parse("前點").unwrap().is_relative());
    /// assert!(!fagui::query::Address::parse("第三點").unwrap().is_relative());
    /// ```
    pub fn is_relative(&self) -> bool {
        matches!(self.base, Base::Here | Base::Prev { .. } | Base::This(_))
    }
}

impl FromStr for Address {
    type Err = AddressError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Address::parse(s)
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.base {
            Base::Root | Base::Here => {}
            Base::Id(id) => f.write_str(id)?,
            Base::Prev { kind, count } => {
                f.write_str("前")?;
                if *count > 1 {
                    f.write_str(&to_cjk(*count))?;
                }
                f.write_str(kind.word())?;
            }
            Base::This(kind) => write!(f, "本{}", kind.word())?,
        }
        for s in &self.steps {
            write!(f, "{s}")?;
        }
        if let Some(k) = self.each {
            write!(f, "各{}", k.word())?;
        }
        Ok(())
    }
}

/// Why an address could not be read or resolved.
///
/// ```
/// let doc = fagui::parse("示範要點\n一、甲。\n二、乙。\n");
/// let err = doc.get(&"第二點第五款".parse().unwrap()).unwrap_err();
/// assert_eq!(err.to_string(), "no 第五款 in point_2 (第二點)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// The text is not a citation in any supported form.
    #[error("cannot read address {input:?}: unexpected {rest:?} at character {at}")]
    Syntax {
        /// The address as given.
        input: String,
        /// Character offset of the first unread character.
        at: usize,
        /// The unread rest.
        rest: String,
    },
    /// A step matched nothing.
    #[error("no {step} in {within}")]
    NoMatch {
        /// The step that matched nothing, e.g. `第五款`.
        step: String,
        /// Where it was looked for: a node id with its citation, or `the document`.
        within: String,
    },
    /// No node has this id.
    #[error("no node with id {0:?}")]
    UnknownId(String),
    /// A relative citation was resolved without a context node.
    #[error("{0} is relative: give a context node")]
    NeedsContext(String),
    /// The context node has no enclosing unit of the kind the citation needs.
    #[error("{cite}: {context} is not inside a {kind}")]
    NoEnclosing {
        /// The citation.
        cite: String,
        /// The context node id.
        context: String,
        /// The kind it should be inside, e.g. `項`.
        kind: String,
    },
    /// `前點`, `前二項` … with too few units before the context.
    #[error("{cite}: nothing before {context}")]
    NoPrevious {
        /// The citation.
        cite: String,
        /// The node it is relative to.
        context: String,
    },
}

// ---------------------------------------------------------------------------
// Grammar (shared with the reference extractor).

/// Whitespace that may appear inside a citation (`第 10-1 條`).
pub(crate) fn ws(i: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\u{3000}' || c == '\t' || c == '\u{a0}').parse(i)
}

/// A number in the `num` form: `八`, `10`, `10-1`, `七之一`.
fn num_form(i: &str) -> IResult<&str, Num> {
    let (i, n) = any_numeral(i)?;
    let (i, sub) = opt(preceded((ws, alt((tag("-"), tag("－"), tag("之"), tag("–"))), ws), any_numeral)).parse(i)?;
    Ok((i, Num::new(n, sub)))
}

fn level_word(i: &str) -> IResult<&str, char> {
    alt((ch('編'), ch('章'), ch('節'), ch('條'), ch('点'), ch('點'), ch('項'), ch('款'), ch('目'))).parse(i)
}

fn word_kind(c: char) -> NodeKind {
    match c {
        '編' => NodeKind::Part,
        '章' => NodeKind::Chapter,
        '節' => NodeKind::Section,
        '條' => NodeKind::Article,
        '點' | '点' => NodeKind::Point,
        '項' => NodeKind::Paragraph,
        '款' => NodeKind::Subparagraph,
        _ => NodeKind::Item,
    }
}

/// Depth of a citation level; steps of one citation must go strictly deeper.
pub(crate) fn rank(k: NodeKind) -> u8 {
    match k {
        NodeKind::Part | NodeKind::Subpart => 0,
        NodeKind::Chapter => 1,
        NodeKind::Section => 2,
        NodeKind::Subsection => 3,
        NodeKind::Division => 4,
        NodeKind::Article | NodeKind::Point | NodeKind::Preamble | NodeKind::Appendix | NodeKind::Unparsed => 5,
        NodeKind::Paragraph => 6,
        NodeKind::Subparagraph => 7,
        NodeKind::Item => 8,
        NodeKind::Subitem => 9,
    }
}

/// One `第N<word>[之M]` step. 款/目 right after a 節/款 heading are heading levels.
pub(crate) fn step(i: &str) -> IResult<&str, Step> {
    let (i, _) = ch('第').parse(i)?;
    let (i, _) = ws(i)?;
    let (i, num) = num_form(i)?;
    let (i, _) = ws(i)?;
    let (i, w) = level_word(i)?;
    let (i, sub) = opt(preceded((ws, ch('之'), ws), any_numeral)).parse(i)?;
    let num = match sub {
        Some(s) if num.sub.is_none() => Num::new(num.main, Some(s)),
        _ => num,
    };
    Ok((i, Step { kind: word_kind(w), num }))
}

/// A run of steps going strictly deeper (`第三條第一項第二款`).
pub(crate) fn steps(mut i: &str, prev: Option<NodeKind>) -> IResult<&str, Vec<Step>> {
    let mut out: Vec<Step> = Vec::new();
    let mut last = prev;
    loop {
        let Ok((rest, mut s)) = preceded(ws, step).parse(i) else { break };
        if let Some(l) = last {
            s.kind = heading_fix(l, s.kind);
            if rank(s.kind) <= rank(l) {
                break;
            }
        }
        last = Some(s.kind);
        out.push(s);
        i = rest;
    }
    if out.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Many1)));
    }
    Ok((i, out))
}

/// 款/目 after a 節 or 款 heading are headings themselves.
fn heading_fix(prev: NodeKind, k: NodeKind) -> NodeKind {
    match (prev, k) {
        (NodeKind::Section, NodeKind::Subparagraph) => NodeKind::Subsection,
        (NodeKind::Subsection, NodeKind::Item) => NodeKind::Division,
        _ => k,
    }
}

/// The start of a relative citation: `前條`, `前二項`, `本點`, `同條` ….
pub(crate) fn relative_base(i: &str) -> IResult<&str, Base> {
    let prev = |i| -> IResult<&str, Base> {
        let (i, _) = ch('前').parse(i)?;
        let (i, count) = opt(any_numeral).parse(i)?;
        let (i, w) = alt((ch('條'), ch('點'), ch('项'), ch('項'), ch('款'), ch('目'))).parse(i)?;
        let kind = if w == '项' { NodeKind::Paragraph } else { word_kind(w) };
        Ok((i, Base::Prev { kind, count: count.unwrap_or(1).max(1) }))
    };
    let this = |i| -> IResult<&str, Base> {
        let (i, _) = alt((ch('本'), ch('同'))).parse(i)?;
        let (i, w) = alt((ch('條'), ch('點'), ch('項'), ch('款'), ch('目'))).parse(i)?;
        Ok((i, Base::This(word_kind(w))))
    };
    let (rest, base) = alt((prev, this)).parse(i)?;
    // 本條例, 同條例: a law, not an article.
    if rest.starts_with('例') || rest.starts_with("目的") {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, base))
}

/// `各款`, `各項`, `各目`.
pub(crate) fn each(i: &str) -> IResult<&str, NodeKind> {
    preceded(
        ch('各'),
        alt((
            value(NodeKind::Paragraph, ch('項')),
            value(NodeKind::Subparagraph, ch('款')),
            value(NodeKind::Item, ch('目')),
            value(NodeKind::Article, ch('條')),
            value(NodeKind::Point, ch('點')),
        )),
    )
    .parse(i)
}

/// `本法`, `本條例`, `本要點` …: the document itself.
pub(crate) fn self_law(i: &str) -> IResult<&str, &str> {
    preceded(
        ch('本'),
        alt((
            tag("要點"),
            tag("條例"),
            tag("辦法"),
            tag("細則"),
            tag("規則"),
            tag("通則"),
            tag("規程"),
            tag("準則"),
            tag("標準"),
            tag("綱要"),
            tag("注意事項"),
            tag("作業規定"),
            tag("規定"),
            tag("須知"),
            tag("法"),
        )),
    )
    .parse(i)
}

/// A citation as written: an optional base (relative or `本法`), steps, `各款`.
#[derive(Debug, Clone)]
pub(crate) struct Cite {
    pub base: Option<Base>,
    pub steps: Vec<Step>,
    pub each: Option<NodeKind>,
}

impl Cite {
    pub(crate) fn into_address(self) -> Address {
        let base = match self.base {
            Some(b) => b,
            None => match self.steps.first() {
                Some(s) if rank(s.kind) <= rank(NodeKind::Article) => Base::Root,
                _ => Base::Here,
            },
        };
        Address { base, steps: self.steps, each: self.each }
    }
}

/// `[本法] 第…`, `前項[第二款][各款]`, `本條第二項`, `各款`.
pub(crate) fn citation(i: &str) -> IResult<&str, Cite> {
    let (i, _) = opt(self_law).parse(i)?;
    let (i, _) = ws(i)?;
    if let Ok((rest, base)) = relative_base(i) {
        let prev = match &base {
            Base::Prev { kind, .. } | Base::This(kind) => Some(*kind),
            _ => None,
        };
        let (rest, steps) = match steps(rest, prev) {
            Ok((r, s)) => (r, s),
            Err(_) => (rest, Vec::new()),
        };
        let (rest, each) = opt(each).parse(rest)?;
        return Ok((rest, Cite { base: Some(base), steps, each }));
    }
    if let Ok((rest, e)) = each(i) {
        return Ok((rest, Cite { base: None, steps: Vec::new(), each: Some(e) }));
    }
    let (i, s) = steps(i, None)?;
    let (i, e) = opt(each).parse(i)?;
    Ok((i, Cite { base: None, steps: s, each: e }))
}

/// The short form `UNIT[.PARA][.SUBPARA][.ITEM]` with `(N)` marking a 款.
fn short_form(i: &str) -> IResult<&str, Address> {
    let unit_num = |i| -> IResult<&str, Num> {
        let (i, n) = arabic_numeral(i)?;
        let (i, sub) = opt(preceded(alt((ch('-'), ch('－'))), arabic_numeral)).parse(i)?;
        Ok((i, Num::new(n, sub)))
    };
    let (mut i, unit) = unit_num(i)?;
    let mut steps = vec![Step::new(NodeKind::Article, unit)];
    let mut next = NodeKind::Paragraph;
    while let Ok((rest, _)) = ch::<&str, nom::error::Error<&str>>('.').parse(i) {
        // `(N)` is always a 款; a plain number is the next level down.
        let parenthesized =
            (alt((ch('('), ch('（'))), arabic_numeral, alt((ch(')'), ch('）')))).map(|(_, n, _)| (true, n)).parse(rest);
        let Ok((rest, (paren, n))) = parenthesized.or_else(|_| arabic_numeral.map(|n| (false, n)).parse(rest)) else {
            break;
        };
        let kind = if !paren {
            next
        } else if rank(next) <= rank(NodeKind::Subparagraph) {
            NodeKind::Subparagraph
        } else {
            break;
        };
        if rank(kind) > rank(NodeKind::Item) {
            break;
        }
        steps.push(Step::new(kind, n));
        next = match kind {
            NodeKind::Paragraph => NodeKind::Subparagraph,
            NodeKind::Subparagraph => NodeKind::Item,
            _ => NodeKind::Subitem,
        };
        i = rest;
    }
    Ok((i, Address { base: Base::Root, steps, each: None }))
}

/// True for strings shaped like node ids (`point_8__para_1`, `preamble`).
fn is_node_id(s: &str) -> bool {
    s == "preamble"
        || (s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.contains('_')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
}

// ---------------------------------------------------------------------------
// Resolution.

/// A node with the chain of its ancestors (outermost first), found by its id: each
/// step goes down to the child whose id the wanted id starts with (a node's id starts
/// with its parent's, then `__`), so only the ids on the way are compared; a tree whose
/// ids do not follow that (ids renamed by de-duplication) is walked whole. Inside the
/// crate, nodes are reached through the tree and ids are never looked up.
pub(crate) fn locate<'a>(doc: &'a Document, id: &str) -> Option<Vec<&'a Node>> {
    by_prefix(doc, id).or_else(|| walk_for(doc, id))
}

/// [`locate`] by the ids of the nodes on the way.
fn by_prefix<'a>(doc: &'a Document, id: &str) -> Option<Vec<&'a Node>> {
    let mut path: Vec<&Node> = Vec::new();
    let mut list = doc.units.as_slice();
    loop {
        let next = list
            .iter()
            .find(|c| id.strip_prefix(c.id.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with("__")))?;
        path.push(next);
        if next.id.len() == id.len() {
            return Some(path);
        }
        list = next.children.as_slice();
    }
}

/// [`locate`] by a full walk.
fn walk_for<'a>(doc: &'a Document, id: &str) -> Option<Vec<&'a Node>> {
    let mut found = None;
    crate::query::walk_with_path(doc, &mut |anc, n| {
        if found.is_none() && n.id == id {
            let mut p = anc.to_vec();
            p.push(n);
            found = Some(p);
        }
    });
    found
}

fn same_kind(want: NodeKind, have: NodeKind) -> bool {
    want == have || (want.is_unit() && have.is_unit())
}

/// Children of `n` of kind `kind` (an article's or point's paragraphs; a paragraph's 款 …);
/// a unit asked for list levels answers with its first paragraph's.
pub(crate) fn kids_of(n: &Node, kind: NodeKind) -> Vec<&Node> {
    if n.kind.is_unit() && kind.is_list() {
        return n.paragraphs().next().map(|p| kids_of(p, kind)).unwrap_or_default();
    }
    if n.kind == NodeKind::Paragraph && kind == NodeKind::Item {
        // 目 cited without 款 (rare): items directly under the paragraph.
        let direct: Vec<&Node> = n.children.iter().filter(|c| c.kind == NodeKind::Item).collect();
        if !direct.is_empty() {
            return direct;
        }
    }
    n.children.iter().filter(|c| c.kind == kind).collect()
}

/// Descendants through headings (not into units) matching kind and number.
fn find_below<'a>(nodes: &'a [Node], s: &Step) -> Option<&'a Node> {
    for n in nodes {
        if same_kind(s.kind, n.kind) && n.num == Some(s.num) {
            return Some(n);
        }
        if (n.kind.is_heading() || n.kind == NodeKind::Preamble)
            && let Some(f) = find_below(&n.children, s)
        {
            return Some(f);
        }
    }
    None
}

fn descend<'a>(
    doc: &'a Document,
    from: Option<&'a Node>,
    s: &Step,
    lookup: Option<&mut Lookup<'a>>,
) -> Option<&'a Node> {
    let heading_or_unit = s.kind.is_heading() || s.kind.is_unit();
    if let Some(lookup) = lookup {
        return lookup.descend(doc, from, s);
    }
    match from {
        None if heading_or_unit => find_below(&doc.units, s),
        None => None,
        Some(n) if heading_or_unit => find_below(&n.children, s),
        Some(n) => kids_of(n, s.kind).into_iter().find(|c| c.num == Some(s.num)),
    }
}

/// The node a step names below a parent, by number, for many citations of one document:
/// each parent's children (or, through headings, descendants) are listed once by
/// number, so that `k` citations of the last article cost `k` look-ups, not `k` scans.
/// Answers as [`descend`] does (the first node in document order with the number).
#[derive(Debug, Default)]
pub(crate) struct Lookup<'a> {
    /// (parent address or 0 for the document, class, whether through headings) → number → node.
    by_num: HashMap<(usize, usize, bool), HashMap<Num, &'a Node>>,
}

impl<'a> Lookup<'a> {
    fn descend(&mut self, doc: &'a Document, from: Option<&'a Node>, s: &Step) -> Option<&'a Node> {
        let below = s.kind.is_heading() || s.kind.is_unit();
        let class = crate::query::order::class_of(s.kind);
        let key = (from.map_or(0, |n| n as *const Node as usize), class, below);
        let map = self.by_num.entry(key).or_insert_with(|| {
            let mut map = HashMap::new();
            match (from, below) {
                (None, true) => fill_below(&doc.units, class, &mut map),
                (Some(n), true) => fill_below(&n.children, class, &mut map),
                (Some(n), false) => {
                    for c in kids_of(n, s.kind) {
                        if let Some(num) = c.num {
                            map.entry(num).or_insert(c);
                        }
                    }
                }
                (None, false) => {}
            }
            map
        });
        map.get(&s.num).copied()
    }
}

/// Every node [`find_below`] can reach, by number (the first in document order kept).
fn fill_below<'a>(nodes: &'a [Node], class: usize, map: &mut HashMap<Num, &'a Node>) {
    for n in nodes {
        if let Some(num) = n.num
            && crate::query::order::class_of(n.kind) == class
        {
            map.entry(num).or_insert(n);
        }
        if n.kind.is_heading() || n.kind == NodeKind::Preamble {
            fill_below(&n.children, class, map);
        }
    }
}

/// A human label for error messages: `point_2 (第二點)` or `the document`.
fn describe(doc: &Document, n: Option<&Node>) -> String {
    match n {
        None => "the document".to_string(),
        Some(n) => match crate::query::citation_of(doc, &n.id) {
            Some(c) if !c.is_empty() => format!("{} ({c})", n.id),
            _ => n.id.clone(),
        },
    }
}

pub(crate) fn enclosing<'a>(path: &[&'a Node], kind: NodeKind) -> Option<&'a Node> {
    path.iter().rev().find(|n| same_kind(kind, n.kind)).copied()
}

/// The `count` siblings of `node` of the same kind before it (units: in document order).
fn previous<'a>(doc: &'a Document, path: &[&'a Node], node: &'a Node, count: u32) -> Vec<&'a Node> {
    if node.kind.is_unit() {
        return units_before(doc, path, node, count as usize);
    }
    let parent =
        path.iter().position(|p| std::ptr::eq(*p, node)).and_then(|i| i.checked_sub(1)).and_then(|i| path.get(i));
    let Some(parent) = parent else { return Vec::new() };
    // Walk back from the node (found by address): `前項` costs the same in the hundredth
    // paragraph as in the second.
    let Some(i) = index_in(&parent.children, node) else { return Vec::new() };
    let mut out: Vec<&Node> = parent
        .children
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .filter(|c| c.kind == node.kind)
        .take(count as usize)
        .collect();
    out.reverse();
    out
}

/// Position of `n` in `list` when it is one of its elements (by address: O(1)).
pub(crate) fn index_in(list: &[Node], n: &Node) -> Option<usize> {
    let size = std::mem::size_of::<Node>().max(1);
    let offset = (n as *const Node as usize).checked_sub(list.as_ptr() as usize)?;
    let i = offset / size;
    list.get(i).filter(|c| std::ptr::eq(*c, n)).map(|_| i)
}

/// The units of a heading subtree, last first, until `out` holds `count`.
fn last_units<'a>(n: &'a Node, out: &mut Vec<&'a Node>, count: usize) {
    if n.kind.is_unit() {
        out.push(n);
    } else if n.kind.is_heading() {
        for c in n.children.iter().rev() {
            if out.len() >= count {
                return;
            }
            last_units(c, out, count);
        }
    }
}

/// The `count` units (articles or points) before `node` in document order, across
/// heading boundaries: a walk back from the node, not a list of every unit.
fn units_before<'a>(doc: &'a Document, path: &[&'a Node], node: &'a Node, count: usize) -> Vec<&'a Node> {
    let ancestors: Vec<&Node> = path.iter().take_while(|p| !std::ptr::eq(**p, node)).copied().collect();
    let mut out = Vec::new();
    let mut current = node;
    let mut level = ancestors.len();
    loop {
        let list = match level.checked_sub(1).and_then(|l| ancestors.get(l)) {
            Some(parent) => parent.children.as_slice(),
            None => doc.units.as_slice(),
        };
        let Some(i) = index_in(list, current) else { break };
        for c in list.get(..i).unwrap_or(&[]).iter().rev() {
            if out.len() >= count {
                break;
            }
            last_units(c, &mut out, count);
        }
        match level.checked_sub(1).and_then(|l| ancestors.get(l)) {
            Some(parent) if out.len() < count && parent.kind.is_heading() => {
                current = parent;
                level -= 1;
            }
            _ => break,
        }
    }
    out.reverse();
    out
}

/// Where a citation starting at `first` is read from the context `path` (a node and its
/// ancestors): the document for units and headings, the enclosing article for 項, the
/// enclosing paragraph (or article) for 款, the enclosing 款 (or paragraph, or article)
/// below. `Err` names the level missing.
pub(crate) fn here_anchor<'a>(path: &[&'a Node], first: NodeKind) -> Result<Option<&'a Node>, NodeKind> {
    let found = match first {
        k if rank(k) <= rank(NodeKind::Article) => return Ok(None),
        NodeKind::Paragraph => enclosing(path, NodeKind::Article).ok_or(NodeKind::Article)?,
        NodeKind::Subparagraph => enclosing(path, NodeKind::Paragraph)
            .or_else(|| enclosing(path, NodeKind::Article))
            .ok_or(NodeKind::Paragraph)?,
        _ => enclosing(path, NodeKind::Subparagraph)
            .or_else(|| enclosing(path, NodeKind::Paragraph))
            .or_else(|| enclosing(path, NodeKind::Article))
            .ok_or(NodeKind::Subparagraph)?,
    };
    Ok(Some(found))
}

/// Where relative citations are read from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Context<'a, 'p> {
    /// Nowhere: a relative citation is an error.
    None,
    /// The node with this id (looked up when a relative citation needs it).
    Id(&'p str),
    /// A node with its ancestors (outermost first, the node last), as a walk holds them.
    Path(&'p [&'a Node]),
}

impl Document {
    /// The node an absolute address names (a citation, a node id or the short form).
    ///
    /// ```
    /// let doc = fagui::parse("示範法\n第一章 總則\n第 1 條\n甲。\n第二章 附則\n第 3 條\n乙：\n一、丙。\n");
    /// let addr = "第三條第一款".parse().unwrap();
    /// assert_eq!(doc.get(&addr).unwrap().id, "chap_2__art_3__para_1__subpara_1");
    /// ```
    pub fn get(&self, addr: &Address) -> Result<&Node, AddressError> {
        self.resolve(addr, None)?
            .into_iter()
            .next()
            .ok_or_else(|| AddressError::NoMatch { step: addr.to_string(), within: "the document".to_string() })
    }

    /// The node an address names, relative citations read from the node `context` (an id).
    ///
    /// ```
    /// let doc = fagui::parse("示範要點\n一、甲。\n二、乙。\n三、前點規定。\n");
    /// let n = doc.get_in(&"前點".parse().unwrap(), "point_3__para_1").unwrap();
    /// assert_eq!(n.id, "point_2");
    /// ```
    pub fn get_in(&self, addr: &Address, context: &str) -> Result<&Node, AddressError> {
        self.resolve(addr, Some(context))?
            .into_iter()
            .next()
            .ok_or_else(|| AddressError::NoMatch { step: addr.to_string(), within: context.to_string() })
    }

    /// Every node an address names (`前二項` and `各款` name several), relative citations
    /// read from the node with id `context`.
    ///
    /// ```
    /// let doc = fagui::parse("示範要點\n一、甲。\n乙。\n前二項丙。\n");
    /// let a = "前二項".parse().unwrap();
    /// let ids: Vec<_> = doc.resolve(&a, Some("point_1__para_3")).unwrap().iter().map(|n| n.id.as_str()).collect();
    /// assert_eq!(ids, ["point_1__para_1", "point_1__para_2"]);
    /// ```
    pub fn resolve(&self, addr: &Address, context: Option<&str>) -> Result<Vec<&Node>, AddressError> {
        let at = match context {
            Some(id) => Context::Id(id),
            None => Context::None,
        };
        self.resolve_at(addr, at, None, None)
    }

    /// [`Document::resolve`] read from a context given by id or as the path the caller
    /// holds, a `Base::Id` start given as the node itself (`pinned`) when the caller has
    /// it, and the numbers of the nodes already looked in kept in `lookup` (for resolving
    /// many citations of one document).
    pub(crate) fn resolve_at<'a>(
        &'a self,
        addr: &Address,
        context: Context<'a, '_>,
        pinned: Option<&'a Node>,
        mut lookup: Option<&mut Lookup<'a>>,
    ) -> Result<Vec<&'a Node>, AddressError> {
        // Written only for an error.
        let cite = || addr.to_string();
        let context_name = || match &context {
            Context::None => String::new(),
            Context::Id(id) => id.to_string(),
            Context::Path(path) => path.last().map(|n| n.id.clone()).unwrap_or_default(),
        };
        let ctx_path = || -> Result<Cow<'_, [&'a Node]>, AddressError> {
            match &context {
                Context::None => Err(AddressError::NeedsContext(cite())),
                Context::Id(id) => {
                    locate(self, id).map(Cow::Owned).ok_or_else(|| AddressError::UnknownId(id.to_string()))
                }
                Context::Path(path) => Ok(Cow::Borrowed(*path)),
            }
        };
        let no_enclosing = |kind: NodeKind| AddressError::NoEnclosing {
            cite: cite(),
            context: context_name(),
            kind: kind.word().to_string(),
        };
        // Start set: None = the document root.
        let mut set: Vec<Option<&Node>> = match &addr.base {
            Base::Root => vec![None],
            Base::Id(id) => match pinned {
                Some(n) => vec![Some(n)],
                None => {
                    let path = locate(self, id).ok_or_else(|| AddressError::UnknownId(id.clone()))?;
                    vec![path.last().copied()]
                }
            },
            Base::Here => {
                let path = ctx_path()?;
                let first = addr.steps.first().map(|s| s.kind).or(addr.each).unwrap_or(NodeKind::Article);
                vec![here_anchor(&path, first).map_err(no_enclosing)?]
            }
            Base::This(kind) => {
                let path = ctx_path()?;
                vec![Some(enclosing(&path, *kind).ok_or_else(|| no_enclosing(*kind))?)]
            }
            Base::Prev { kind, count } => {
                let path = ctx_path()?;
                let me = enclosing(&path, *kind).ok_or_else(|| no_enclosing(*kind))?;
                let before = previous(self, &path, me, *count);
                if before.is_empty() {
                    return Err(AddressError::NoPrevious { cite: cite(), context: me.id.clone() });
                }
                before.into_iter().map(Some).collect()
            }
        };
        for s in &addr.steps {
            let mut next = Vec::new();
            for from in &set {
                match descend(self, *from, s, lookup.as_deref_mut()) {
                    Some(n) => next.push(Some(n)),
                    None => {
                        return Err(AddressError::NoMatch { step: s.to_string(), within: describe(self, *from) });
                    }
                }
            }
            set = next;
        }
        let mut out: Vec<&Node> = Vec::new();
        for n in set {
            match (n, addr.each) {
                (Some(n), Some(k)) => {
                    let kids = kids_of(n, k);
                    if kids.is_empty() {
                        return Err(AddressError::NoMatch {
                            step: format!("各{}", k.word()),
                            within: describe(self, Some(n)),
                        });
                    }
                    out.extend(kids);
                }
                (Some(n), None) => out.push(n),
                (None, Some(k)) => out.extend(self.top_units().into_iter().filter(|u| same_kind(k, u.kind))),
                (None, None) => {}
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps_of(s: &str) -> Vec<(NodeKind, String)> {
        Address::parse(s).unwrap().steps.into_iter().map(|s| (s.kind, s.num.to_string())).collect()
    }

    use NodeKind::*;

    #[test]
    fn chinese_forms() {
        assert_eq!(steps_of("第八點第二款"), [(Point, "8".into()), (Subparagraph, "2".into())]);
        assert_eq!(
            steps_of("第三點第一項第二款"),
            [(Point, "3".into()), (Paragraph, "1".into()), (Subparagraph, "2".into())]
        );
        assert_eq!(
            steps_of("第7條之1第2項第3款第1目"),
            [(Article, "7-1".into()), (Paragraph, "2".into()), (Subparagraph, "3".into()), (Item, "1".into())]
        );
        assert_eq!(steps_of("第 10-1 條"), [(Article, "10-1".into())]);
        assert_eq!(steps_of("第十條之一"), [(Article, "10-1".into())]);
        assert_eq!(steps_of("第一章"), [(Chapter, "1".into())]);
        assert_eq!(
            steps_of("第二編第一章第三節第一款"),
            [(Part, "2".into()), (Chapter, "1".into()), (Section, "3".into()), (Subsection, "1".into())]
        );
        assert_eq!(steps_of("本法第三條"), [(Article, "3".into())]);
        assert_eq!(steps_of("第七之一點"), [(Point, "7-1".into())]);
        assert_eq!(Address::parse("第二款").unwrap().base, Base::Here);
    }

    #[test]
    fn relative_forms() {
        let a = Address::parse("前點").unwrap();
        assert_eq!(a.base, Base::Prev { kind: Point, count: 1 });
        assert_eq!(Address::parse("前條").unwrap().base, Base::Prev { kind: Article, count: 1 });
        assert_eq!(Address::parse("前二項").unwrap().base, Base::Prev { kind: Paragraph, count: 2 });
        assert_eq!(Address::parse("本點").unwrap().base, Base::This(Point));
        assert_eq!(Address::parse("本條").unwrap().base, Base::This(Article));
        assert_eq!(Address::parse("同條").unwrap().base, Base::This(Article));
        assert_eq!(Address::parse("本項").unwrap().base, Base::This(Paragraph));
        let a = Address::parse("前項第二款").unwrap();
        assert_eq!(a.base, Base::Prev { kind: Paragraph, count: 1 });
        assert_eq!(a.steps, vec![Step::new(Subparagraph, 2)]);
        let a = Address::parse("前項各款").unwrap();
        assert_eq!(a.each, Some(Subparagraph));
        assert!(Address::parse("本條例").is_err());
    }

    #[test]
    fn short_forms() {
        assert_eq!(steps_of("8.(2)"), [(Article, "8".into()), (Subparagraph, "2".into())]);
        assert_eq!(steps_of("8.(2).1"), [(Article, "8".into()), (Subparagraph, "2".into()), (Item, "1".into())]);
        assert_eq!(steps_of("7-1.2.3"), [(Article, "7-1".into()), (Paragraph, "2".into()), (Subparagraph, "3".into())]);
        assert_eq!(steps_of("7-1.2.(3)"), steps_of("7-1.2.3"));
        assert_eq!(
            steps_of("7-1.2.3.1"),
            [(Article, "7-1".into()), (Paragraph, "2".into()), (Subparagraph, "3".into()), (Item, "1".into())]
        );
        assert_eq!(steps_of("12"), [(Article, "12".into())]);
        assert!(Address::parse("8.(2).1.1.1").is_err());
        assert_eq!(Address::parse("8.4294967295.(4294967295)").unwrap().steps.len(), 3);
        assert_eq!(steps_of("8.4294967295"), [(Article, "8".into()), (Paragraph, "4294967295".into())]);
    }

    #[test]
    fn ids_and_errors() {
        assert_eq!(
            Address::parse("point_8__para_1__subpara_2").unwrap().base,
            Base::Id("point_8__para_1__subpara_2".into())
        );
        let e = Address::parse("第八點第二").unwrap_err();
        assert!(matches!(e, AddressError::Syntax { at: 3, .. }), "{e:?}");
        assert!(Address::parse("").is_err());
        assert!(Address::parse("hello").is_err());
    }

    const STATUTE: &str = "示範法\n第一章 總則\n第 1 條\n本法依憲法訂定。\n第 2 條\n本法用詞如下：\n一、甲。\n二、乙：\n（一）丙。\n（二）丁。\n前項第二款之規定。\n第二章 附則\n第 2-1 條\n前條第一項規定。\n第 3 條\n本法自公布日施行。\n";

    #[test]
    fn resolves_in_statutes() {
        let doc = crate::parse(STATUTE);
        let get = |s: &str| doc.get(&s.parse().unwrap()).map(|n| n.id.clone());
        assert_eq!(get("第二條第二款第二目").unwrap(), "chap_1__art_2__para_1__subpara_2__item_2");
        assert_eq!(get("第2條第1項第2款第2目").unwrap(), "chap_1__art_2__para_1__subpara_2__item_2");
        assert_eq!(get("2.1.2.2").unwrap(), "chap_1__art_2__para_1__subpara_2__item_2");
        assert_eq!(get("第二條之一").unwrap(), "chap_2__art_2-1");
        assert_eq!(get("第 2-1 條").unwrap(), "chap_2__art_2-1");
        assert_eq!(get("第二章").unwrap(), "chap_2");
        assert_eq!(get("第二章第三條").unwrap(), "chap_2__art_3");
        assert_eq!(get("第二條第二項").unwrap(), "chap_1__art_2__para_2");
        let e = get("第二條第三項").unwrap_err();
        assert_eq!(e.to_string(), "no 第三項 in chap_1__art_2 (第2條)");
        assert!(matches!(get("前條"), Err(AddressError::NeedsContext(_))));
        let ctx = "chap_2__art_2-1__para_1";
        let rel = |s: &str| doc.get_in(&s.parse().unwrap(), ctx).map(|n| n.id.clone());
        assert_eq!(rel("前條").unwrap(), "chap_1__art_2");
        assert_eq!(rel("前條第一項").unwrap(), "chap_1__art_2__para_1");
        assert_eq!(rel("本條").unwrap(), "chap_2__art_2-1");
        assert_eq!(rel("同條").unwrap(), "chap_2__art_2-1");
        assert_eq!(rel("本項").unwrap(), ctx);
        // From inside a list item, 前項 is the paragraph before the item's paragraph.
        let deep = doc.get_in(&"前款".parse().unwrap(), "chap_1__art_2__para_1__subpara_2__item_2").unwrap();
        assert_eq!(deep.id, "chap_1__art_2__para_1__subpara_1");
        let deep = doc.get_in(&"前目".parse().unwrap(), "chap_1__art_2__para_1__subpara_2__item_2").unwrap();
        assert_eq!(deep.id, "chap_1__art_2__para_1__subpara_2__item_1");
        let in2 = |s: &str| doc.get_in(&s.parse().unwrap(), "chap_1__art_2__para_2").map(|n| n.id.clone());
        assert_eq!(in2("前項第二款").unwrap(), "chap_1__art_2__para_1__subpara_2");
        assert_eq!(in2("第一項").unwrap(), "chap_1__art_2__para_1");
        let all = doc.resolve(&"前項各款".parse().unwrap(), Some("chap_1__art_2__para_2")).unwrap();
        assert_eq!(all.len(), 2);
        assert!(matches!(
            doc.get_in(&"前條".parse().unwrap(), "chap_1__art_1__para_1"),
            Err(AddressError::NoPrevious { .. })
        ));
    }
}
