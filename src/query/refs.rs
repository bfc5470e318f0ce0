//! Cross-references: every citation in the node texts, resolved to node ids where it
//! names a unit of the same document.
//!
//! The grammar (nom rules in [`super::address`] and here):
//!
//! ```text
//! reference := head item (sep item)*
//! head      := [law] | '本法' | '同法' | relative          -- relative: 前條 前二項 本點 同條 各款 …
//! item      := steps [range] | '第' num ('、' num)+ word  -- shared word: 第 2、5 條
//! steps     := ('第' num word ['之' num])+                 -- going deeper: 第三條第一項第二款
//! range     := ('至' | '到' | '～') steps                  -- 第二款至第十三款
//! sep       := '、' | '及' | '或' | '與' | '暨' | '和' | '以及'
//! each      := '各' ('款' | '項' | '目')                   -- 前項各款
//! ```
//!
//! An item that starts at a lower level than the one before inherits its upper levels:
//! in `第九條第三項、第四項` the second item is 第九條第四項. A law name is the run of
//! Chinese characters right before `第` that ends in a law suffix (法, 條例, 通則, 規則,
//! 細則, 辦法, 標準, 準則, 規程, 綱要, 要點, 增修條文), with a leading verb or
//! preposition cut off (依, 依據, 準用, 適用, 違反, 不受 …) and a leading conjunction
//! dropped; a name in `「」` or `《》` is taken whole. `本法`, `本條例`, `本要點` … and
//! the document's own title are internal; `同法`/`該法` is the law named last in the same
//! unit; an alias defined in the text (`都市計畫法（以下簡稱都計法）`) stands for its
//! meaning. Internal references resolve to node ids (ranges to every node in them);
//! external ones keep the law name and path.
//!
//! Output and time stay in proportion to the text: a reference lists at most 16 ids
//! ([`MAX_TARGETS`]) and gives more as ranges (`{from, to, count}`, [`TargetRange`]),
//! so `k` articles each citing `第一條至前條` take `O(k)` space, not `O(k²)`; ranges
//! are found by position in document order, numbers by a look-up per parent, and the
//! text before a citation is read back at most a law name's length (100 characters).
//! `各款` after a range of more than 16 nodes, and steps after `前N條` with `N` over 16,
//! are not followed: the range itself is the target.
//!
//! Resolution follows how laws are read: `前項`, `前條`, `前二款` count back from the
//! unit holding the text; a citation that starts at 項 or 款 (`第二項`, `第三款`) is read
//! in the citing article or paragraph, and, when no such unit exists there, near the node
//! cited just before in the same sentence (`第二十六條第一款…，或有第三款`,
//! `前項登記事項，除第五款`, `第五十八條所定各款`); `同條`, `同項`, `同款` are the
//! article, paragraph or 款 cited just before (`同條` after another law's article stays
//! in that law).
//!
//! ```
//! let src = "示範法\n第 1 條\n甲。\n第 2 條\n依前條及都市計畫法第十五條、第十六條辦理。\n";
//! let doc = fagui::parse(src);
//! let refs = fagui::query::extract_refs(&doc, src);
//! assert_eq!(refs.len(), 3);
//! assert_eq!((refs[0].text.as_str(), refs[0].targets.clone()), ("前條", vec!["art_1".to_string()]));
//! assert_eq!(refs[1].law.as_deref(), Some("都市計畫法"));
//! assert_eq!(refs[2].path[0].num, fagui::Num::from(16));
//! ```

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, MatchKind};

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::tag,
    character::complete::char as ch,
    combinator::{opt, value},
};
use schemars::JsonSchema;
use serde::Serialize;

use crate::ast::{Document, Node, NodeKind, Num, Span};
use crate::numeral::any_numeral;

use super::address::{self, Address, Base, Step, rank, ws};
use super::order::{Order, Run};
use super::{DebrisIndex, Term, TextMap, path_of, source_span};

/// One reference found in a node's text.
///
/// ```
/// let src = "要點\n一、甲。\n二、依第一點辦理。\n";
/// let doc = fagui::parse(src);
/// let r = &fagui::query::extract_refs(&doc, src)[0];
/// assert_eq!(r.from, "point_2__para_1");
/// assert_eq!(r.text, "第一點");
/// assert_eq!(&src[r.span.0..r.span.1], "第一點");
/// assert_eq!(r.law, None);
/// assert_eq!(r.targets, ["point_1"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Reference {
    /// Id of the node whose text holds the reference.
    pub from: String,
    /// The citation as written (a range or a shared-word list as a whole).
    pub text: String,
    /// Byte range of `text` in the source (the node's span when it cannot be aligned).
    pub span: Span,
    /// The law named (`都市計畫法`); `null` for the document itself.
    pub law: Option<String>,
    /// The cited unit, outermost first: as written for absolute citations; for relative
    /// ones (`前條`, `前項第二款`) the path of the first node they resolve to.
    pub path: Vec<Step>,
    /// The end of a range (`第十三條至第十六條` → 第十六條; `前二項` → the later one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Vec<Step>>,
    /// The relative word as written (`前條`, `本項`, `前二項`, `各款`) for relative citations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<String>,
    /// Ids of the nodes cited (internal references), in order, when they are at most 16
    /// ([`MAX_TARGETS`]); empty when external, unresolved, or when more nodes are cited
    /// (then `ranges` holds them).
    pub targets: Vec<String>,
    /// The nodes cited when they are more than 16 ([`MAX_TARGETS`]), e.g. `第一條至前條`
    /// in a long law: runs in order (one for a range, one per cited node for the `各款`
    /// of several nodes), each `{from, to, count}` standing for every node of `from`'s
    /// kind from `from` to `to` in document order (see [`TargetRange`]). Left out when
    /// `targets` lists the nodes. [`Reference::target_ids`] gives every id either way.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranges: Vec<TargetRange>,
}

/// The most node ids a [`Reference`] lists in `targets`; a reference citing more nodes
/// gives them as [`TargetRange`]s, so that a document's references take space in
/// proportion to its text (`k` articles each citing `第一條至前條` would otherwise list
/// `k²/2` ids).
pub const MAX_TARGETS: usize = 16;

/// A run of cited nodes: `count` nodes of the kind of `from`, every one of that kind from
/// `from` to `to` (both included) in document order. Articles and points count as one
/// kind; other kinds (paragraph, 款, 目 …) each as their own.
///
/// ```
/// let mut src = String::from("示範法\n");
/// for n in 1..=20 {
///     src.push_str(&format!("第 {n} 條\n甲。\n"));
/// }
/// src.push_str("第 21 條\n依第一條至前條規定辦理。\n");
/// let doc = fagui::parse(&src);
/// let r = &fagui::query::extract_refs(&doc, &src)[0];
/// assert!(r.targets.is_empty());
/// let range = &r.ranges[0];
/// assert_eq!((range.from.as_str(), range.to.as_str(), range.count), ("art_1", "art_20", 20));
/// assert_eq!(range.ids().nth(4), Some("art_5"));
/// assert_eq!(r.target_ids().count(), 20);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct TargetRange {
    /// Id of the first node of the run.
    pub from: String,
    /// Id of the last node of the run.
    pub to: String,
    /// How many nodes the run holds (`from` and `to` included).
    pub count: usize,
    /// The ids of the run (a slice of its kind's ids, shared by every range of the document).
    #[serde(skip)]
    #[schemars(skip)]
    members: Members,
}

impl TargetRange {
    /// The id of every node of the run, in document order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let all = self.members.ids.as_deref().unwrap_or_default();
        all.get(self.members.start..self.members.start + self.count).unwrap_or_default().iter().map(String::as_str)
    }
}

/// The ids of every node of one kind in document order (shared by every range over that
/// kind in one document) and where a range starts in them.
#[derive(Clone, Default)]
struct Members {
    ids: Option<Arc<[String]>>,
    start: usize,
}

impl std::fmt::Debug for Members {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Members({})", self.start)
    }
}

/// A range is told by its ends and count (the shared list is a view of the document).
impl PartialEq for Members {
    fn eq(&self, _: &Members) -> bool {
        true
    }
}

impl Eq for Members {}

impl Reference {
    /// True when the reference names a unit of the same document.
    ///
    /// ```
    /// let src = "要點\n一、依示範法第三條。\n";
    /// let doc = fagui::parse(src);
    /// assert!(!fagui::query::extract_refs(&doc, src)[0].is_internal());
    /// ```
    pub fn is_internal(&self) -> bool {
        self.law.is_none()
    }

    /// The id of every node cited, in order: `targets`, or the ranges expanded.
    ///
    /// ```
    /// let src = "要點\n一、甲。\n二、乙。\n三、依第一點至第二點辦理。\n";
    /// let doc = fagui::parse(src);
    /// let r = &fagui::query::extract_refs(&doc, src)[0];
    /// assert_eq!(r.target_ids().collect::<Vec<_>>(), ["point_1", "point_2"]);
    /// ```
    pub fn target_ids(&self) -> impl Iterator<Item = &str> {
        self.targets.iter().map(String::as_str).chain(self.ranges.iter().flat_map(TargetRange::ids))
    }

    /// How many nodes are cited (`targets` and the ranges' counts).
    pub fn target_count(&self) -> usize {
        self.targets.len() + self.ranges.iter().map(|r| r.count).sum::<usize>()
    }

    /// The first node cited, if any.
    pub fn first_target(&self) -> Option<&str> {
        self.targets.first().or_else(|| self.ranges.first().map(|r| &r.from)).map(String::as_str)
    }
}

const LAW_SUFFIXES: [&str; 14] =
    ["增修條文", "條例", "通則", "規則", "細則", "辦法", "標準", "準則", "規程", "綱要", "要點", "公約", "法典", "法"];

/// Words cut off the front of a law name: the name starts after the last of them.
const CUT_WORDS: [&str; 40] = [
    "依據", "依照", "準用", "適用", "違反", "不受", "牴觸", "抵觸", "參照", "比照", "按照", "依", "除", "於", "如",
    "但", "若", "而", "另", "為", "規範", "訂定", "制定", "視同", "分別", "符合", "具有", "且", "因", "根據", "基於",
    "援用", "或", "時", "參酌", "審酌", "構成", "包含", "包括", "在",
];

/// Words cut before a statute name of at least so many characters (see `law_name_before`).
const WEAK_CUTS: [(&str, usize); 22] = [
    ("之", 2),
    ("較", 2),
    ("屬", 2),
    ("達", 2),
    ("免", 2),
    ("不符", 2),
    ("罹患", 2),
    ("遭受", 2),
    ("前開", 2),
    ("揭示", 2),
    ("列屬", 2),
    ("體現", 2),
    ("載明", 2),
    ("具備", 2),
    ("辦理", 2),
    ("再任", 2),
    ("應由", 2),
    ("以", 3),
    ("有", 4),
    ("受", 4),
    ("須", 4),
    ("無", 4),
];

/// Words ending in 法 that are not laws.
const NOT_LAWS: [&str; 10] = ["依法", "違法", "合法", "非法", "方法", "無法", "立法", "執法", "作法", "做法"];

/// Conjunctions cut only where the part before them is a law name, ends a citation or
/// holds a clause (`A法及B法`, `前條及B法`, `犯前條之罪或刑法`) — not inside names like
/// `臺灣地區與大陸地區人民關係條例`.
const CONJUNCTIONS: [char; 5] = ['及', '或', '與', '暨', '和'];

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

fn has_law_suffix(s: &str) -> bool {
    LAW_SUFFIXES.iter().any(|suf| s.ends_with(suf) && s.chars().count() > suf.chars().count())
}

/// `hay.rfind(needle)` without building a string searcher (the strings here are
/// short): the needle's first char is searched for (a byte search), then the rest
/// compared.
fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let Some(first) = needle.chars().next() else { return Some(hay.len()) };
    hay.rmatch_indices(first).map(|(i, _)| i).find(|&i| hay.get(i..).is_some_and(|rest| rest.starts_with(needle)))
}

/// [`CUT_WORDS`] then the words of [`WEAK_CUTS`], searched together.
static CUT_SEARCH: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let words = CUT_WORDS.iter().copied().chain(WEAK_CUTS.iter().map(|(w, _)| *w));
    AhoCorasick::new(words).ok()
});

/// Where each word of [`CUT_SEARCH`] occurs last in `run` (one pass over it, not one per
/// word).
fn last_cut_words(run: &str) -> [Option<usize>; CUT_WORDS.len() + WEAK_CUTS.len()] {
    let mut last = [None; CUT_WORDS.len() + WEAK_CUTS.len()];
    match CUT_SEARCH.as_ref() {
        Some(ac) => {
            for m in ac.find_overlapping_iter(run) {
                if let Some(slot) = last.get_mut(m.pattern().as_usize()) {
                    *slot = Some(m.start());
                }
            }
        }
        None => {
            let words = CUT_WORDS.iter().copied().chain(WEAK_CUTS.iter().map(|(w, _)| *w));
            for (slot, w) in last.iter_mut().zip(words) {
                *slot = rfind_str(run, w);
            }
        }
    }
    last
}

/// The longest law name looked for, in characters (the longest in the national
/// database has 46): the text before a citation is read this far back, no farther.
const MAX_LAW_NAME_CHARS: usize = 100;

/// The last `n` characters of `s` (all of it when shorter).
fn tail(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => s.get(i..).unwrap_or(s),
        _ if n == 0 => "",
        _ => s,
    }
}

/// The parts of a code cited with the code's articles (`民法親屬編第一千零五十條`,
/// `刑法分則`): the law is the code.
const CODE_PARTS: [&str; 7] = ["總則編", "債編", "物權編", "親屬編", "繼承編", "總則", "分則"];

/// `run` without a part of a code at its end (`民法親屬編` → `民法`), else `run`.
fn code_of_part(run: &str) -> &str {
    CODE_PARTS
        .iter()
        .find_map(|part| run.strip_suffix(part).filter(|code| code.ends_with('法') && has_law_suffix(code)))
        .unwrap_or(run)
}

/// The law name at the end of `prefix` (the text right before a `第`), if any.
///
/// ```text
/// 機場公司依發展觀光條例 → 發展觀光條例      不受都市計畫法 → 都市計畫法
/// 依「都市計畫法」        → 都市計畫法        違反本法       → 本法
/// 臺灣地區與大陸地區人民關係條例 → (whole)    依第          → none
/// ```
pub(crate) fn law_name_before(prefix: &str) -> Option<String> {
    fn trim(s: &str) -> &str {
        s.trim_end_matches(|c: char| c.is_whitespace() || crate::normalize::is_space(c))
    }
    let mut p = trim(prefix);
    // `示範法（以下簡稱本法）第十條`: the name before the alias (a parenthesis opened
    // within a law name's length; a few such groups in a row at most).
    for _ in 0..8 {
        if let Some(body) = p.strip_suffix(['）', ')'])
            && let near = tail(body, MAX_LAW_NAME_CHARS)
            && let Some(open) = near.rfind(['（', '(']).map(|i| body.len() - near.len() + i)
            && body.get(open..).is_some_and(|g| g.contains("簡稱") || g.contains("下稱"))
        {
            p = trim(body.get(..open).unwrap_or_default());
        } else {
            break;
        }
    }
    for (open, close) in [('「', '」'), ('《', '》'), ('〈', '〉'), ('『', '』')] {
        if let Some(body) = p.strip_suffix(close) {
            let inner = tail(body, MAX_LAW_NAME_CHARS).rsplit_once(open).map(|(_, x)| x)?;
            return has_law_suffix(inner).then(|| inner.to_string());
        }
    }
    // The run of Chinese characters before `第`, stopping after an earlier citation
    // (`第三百四十八條及兒童及少年性剝削防制條例`), and after a law name's length.
    let mut start = None;
    let mut back = p.char_indices().rev().take(MAX_LAW_NAME_CHARS).peekable();
    while let Some((i, c)) = back.next() {
        // `back.peek()` is the char before `c`.
        let after_citation = matches!(c, '條' | '項' | '款' | '目' | '點' | '章' | '節')
            && back.peek().is_some_and(|(_, d)| crate::numeral::is_cjk_numeral_char(*d));
        if !is_han(c) || after_citation {
            break;
        }
        start = Some(i);
    }
    let mut run = code_of_part(p.get(start?..)?);
    if !has_law_suffix(run) || NOT_LAWS.iter().any(|w| run.ends_with(w)) {
        return None;
    }
    // Cut after the last verb or preposition.
    let last = last_cut_words(run);
    let mut cut = 0;
    for (k, w) in CUT_WORDS.iter().enumerate() {
        if let Some(i) = last.get(k).copied().flatten() {
            let end = i + w.len();
            if has_law_suffix(run.get(end..).unwrap_or_default()) {
                cut = cut.max(end);
            }
        }
    }
    // Weaker words, cut only before a statute (法, 條例) of at least `min` characters:
    // 修正之民法, 事業單位有勞動基準法, 前開民法 — but not inside the long names of
    // regulations (…為標的之活動管理辦法), nor in 國有財產法 or 跨國移交受刑人法.
    for (k, (w, min)) in WEAK_CUTS.iter().enumerate() {
        if let Some(i) = last.get(CUT_WORDS.len() + k).copied().flatten()
            && i + w.len() >= cut
        {
            let rest = run.get(i + w.len()..).unwrap_or_default();
            let statute = (rest.ends_with('法') && !rest.ends_with("辦法")) || rest.ends_with("條例");
            if statute && has_law_suffix(rest) && rest.chars().count() >= *min {
                cut = i + w.len();
            }
        }
    }
    // 犯 (犯刑法第…), but not 犯罪 (犯罪被害人保護法).
    if let Some(i) = run.rfind('犯')
        && i >= cut
        && !run.get(i..).is_some_and(|r| r.starts_with("犯罪"))
        && has_law_suffix(run.get(i + '犯'.len_utf8()..).unwrap_or_default())
    {
        cut = i + '犯'.len_utf8();
    }
    run = run.get(cut..)?;
    // Words that never start a law name (有 in 有臺灣地區…, not in 國有財產法).
    while let Some(rest) = run.strip_prefix(['有', '指', '係', '即', '凡', '其', '該', '對', '在'])
        && has_law_suffix(rest)
    {
        run = rest;
    }
    // Cut after a conjunction that follows another law name.
    let mut cut = 0;
    for w in CONJUNCTIONS {
        for (i, _) in run.match_indices(w) {
            let end = i + w.len_utf8();
            let before = run.get(..i).unwrap_or_default();
            // A law name does not hold a clause (之, 者, 罪 …) before its conjunction.
            let cited = has_law_suffix(before)
                || before.ends_with(['條', '項', '款', '目', '點', '章', '節'])
                || before.contains(['之', '者', '罪', '時', '條', '項', '款']);
            if cited && has_law_suffix(run.get(end..).unwrap_or_default()) {
                cut = cut.max(end);
            }
        }
    }
    run = run.get(cut..)?;
    run = run.trim_start_matches(['及', '或', '與', '暨', '和', '並']);
    has_law_suffix(run).then(|| run.to_string())
}

/// The law named last (with or without an article) in a node's text before a position
/// that only moves forward, for `同法`: the text is read once for all the `同法` in it.
#[derive(Debug, Default)]
struct LawsNamed {
    /// The text before this offset has been read.
    read: usize,
    /// The last law named in it.
    last: Option<String>,
}

impl LawsNamed {
    /// The law named last in `text[..pos]`.
    fn at(&mut self, text: &str, pos: usize) -> Option<String> {
        if pos > self.read {
            // Every law suffix ending after `read` (suffixes are at most 12 bytes long).
            let done = self.read;
            let mut from = done.saturating_sub(12);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let seg = text.get(from..pos).unwrap_or_default();
            let mut ends: Vec<usize> = LAW_SUFFIXES
                .iter()
                .flat_map(|suf| seg.match_indices(suf).map(move |(i, _)| from + i + suf.len()))
                .filter(|&end| end > done)
                .collect();
            ends.sort_unstable();
            ends.dedup();
            for end in ends {
                if let Some(name) = law_name_before(text.get(..end).unwrap_or_default())
                    && !name.starts_with(['同', '該', '本'])
                {
                    self.last = Some(name);
                }
            }
            self.read = pos;
        }
        self.last.clone()
    }
}

/// The start of the last of some chars before a position that only moves forward:
/// whether a sentence or clause ended between two citations, the text read once.
#[derive(Debug)]
struct LastBefore {
    chars: &'static [char],
    read: usize,
    last: Option<usize>,
}

impl LastBefore {
    fn new(chars: &'static [char]) -> LastBefore {
        LastBefore { chars, read: 0, last: None }
    }

    /// Byte offset of the last of the chars in `text[..pos]`.
    fn at(&mut self, text: &str, pos: usize) -> Option<usize> {
        if pos > self.read {
            if let Some(i) = text.get(self.read..pos).and_then(|seg| seg.rfind(self.chars)) {
                self.last = Some(self.read + i);
            }
            self.read = pos;
        }
        self.last
    }
}

/// How a reference expression starts.
#[derive(Debug, Clone)]
enum Head {
    /// `第…` (a law name may precede).
    Plain,
    /// `本法`, `本條例` … (the document itself, unless an alias says otherwise).
    SelfLaw(String),
    /// `同法`, `該法`: the law named last.
    SameLaw,
    /// A relative base as written.
    Rel(String),
}

/// One cited unit or range of an expression; offsets are relative to the expression start.
#[derive(Debug, Clone)]
struct Item {
    base: Option<Base>,
    steps: Vec<Step>,
    to: Option<Vec<Step>>,
    /// A range ending in a relative citation (`至前條`).
    to_rel: Option<Base>,
    start: usize,
    end: usize,
}

#[derive(Debug, Clone)]
struct Expr {
    head: Head,
    items: Vec<Item>,
    each: Option<NodeKind>,
    /// Bytes consumed.
    len: usize,
}

fn same_law(i: &str) -> IResult<&str, &str> {
    alt((tag("同法"), tag("該法"), tag("同條例"), tag("該條例"))).parse(i)
}

fn sep(i: &str) -> IResult<&str, ()> {
    let (i, _) = ws(i)?;
    let (i, _) = alt((
        tag("以及"),
        tag("、及"),
        tag("、或"),
        tag("、"),
        tag("，及"),
        tag("及"),
        tag("或"),
        tag("與"),
        tag("暨"),
        tag("和"),
        tag(","),
    ))
    .parse(i)?;
    let (i, _) = ws(i)?;
    Ok((i, ()))
}

/// Words that qualify a cited unit and may stand between two items of a list
/// (`第六百八十七條第一款但書及第六百八十八條`).
fn modifier(i: &str) -> IResult<&str, &str> {
    alt((tag("但書"), tag("前段"), tag("後段"), tag("本文"), tag("序文"), tag("規定"))).parse(i)
}

fn range_word(i: &str) -> IResult<&str, ()> {
    let (i, _) = ws(i)?;
    let (i, _) = alt((tag("至"), tag("到"), tag("～"), tag("~"))).parse(i)?;
    let (i, _) = ws(i)?;
    Ok((i, ()))
}

/// `第 2、5 條`, `第二、三款`, `第二至五條`: numbers sharing one level word.
fn shared_word(i: &str) -> IResult<&str, (Vec<Num>, bool, NodeKind)> {
    let num = |i| -> IResult<&str, Num> {
        let (i, n) = any_numeral(i)?;
        let (i, sub) = opt((ws, alt((ch('-'), ch('－'))), ws, any_numeral)).parse(i)?;
        Ok((i, Num::new(n, sub.map(|(_, _, _, s)| s))))
    };
    let (i, _) = ch('第').parse(i)?;
    let (i, _) = ws(i)?;
    let (mut i, first) = num(i)?;
    let mut nums = vec![first];
    let mut range = false;
    loop {
        let r = (ws, alt((value(false, ch('、')), value(false, ch('，')), value(true, ch('至')))), ws).parse(i);
        let Ok((rest, (_, is_range, _))) = r else { break };
        let Ok((rest, n)) = num(rest) else { break };
        range |= is_range;
        nums.push(n);
        i = rest;
    }
    if nums.len() < 2 {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Many1)));
    }
    let (i, _) = ws(i)?;
    let (i, w) = alt((ch('條'), ch('點'), ch('項'), ch('款'), ch('目'))).parse(i)?;
    let kind = match w {
        '條' => NodeKind::Article,
        '點' => NodeKind::Point,
        '項' => NodeKind::Paragraph,
        '款' => NodeKind::Subparagraph,
        _ => NodeKind::Item,
    };
    Ok((i, (nums, range, kind)))
}

/// Steps of a continuation item with the upper levels inherited from `prev`.
fn inherit(prev: &[Step], steps: Vec<Step>) -> Vec<Step> {
    let Some(first) = steps.first() else { return prev.to_vec() };
    let r = rank(first.kind);
    let mut out: Vec<Step> = prev.iter().filter(|s| rank(s.kind) < r).cloned().collect();
    out.extend(steps);
    out
}

fn base_kind(b: &Base) -> Option<NodeKind> {
    match b {
        Base::Prev { kind, .. } | Base::This(kind) => Some(*kind),
        _ => None,
    }
}

/// Characters before 前 that make it part of another word (目前, 事前, 生前 …).
fn bad_before_qian(c: char) -> bool {
    matches!(
        c,
        '目' | '當'
            | '事'
            | '生'
            | '提'
            | '以'
            | '日'
            | '先'
            | '從'
            | '眼'
            | '空'
            | '年'
            | '月'
            | '午'
            | '週'
            | '之'
            | '期'
            | '戰'
            | '婚'
            | '審'
            | '庭'
    )
}

/// True when `s` may start `本法`, `本要點` … (see `address::self_law`): a look at two
/// characters spares the fifteen alternatives on every `本條`, `本點`, `本項`.
fn names_self(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next() == Some('本') && cs.next().is_some_and(|c| "要條辦細規通準標綱注作須法".contains(c))
}

/// Parses a reference expression at the start of `s`; `before` is the char before it.
fn expr(s: &str, before: Option<char>) -> Option<Expr> {
    let mut i = s;
    let head;
    let mut items: Vec<Item> = Vec::new();
    let off = |rest: &str| s.len() - rest.len();
    let starts_step = |r: &str| ws(r).map(|(r, _)| r.starts_with('第')).unwrap_or(false);
    if let Ok((r, _)) = same_law(i)
        && starts_step(r)
    {
        head = Head::SameLaw;
        i = r;
    } else if names_self(i)
        && let Ok((r, w)) = address::self_law(i)
        && starts_step(r)
    {
        head = Head::SelfLaw(format!("本{w}"));
        i = r;
    } else if let Ok((r, base)) = address::relative_base(i) {
        let kind = base_kind(&base).unwrap_or(NodeKind::Article);
        if s.starts_with('前') && before.is_some_and(bad_before_qian) {
            return None;
        }
        let next = r.chars().next();
        let bad_after = match kind {
            NodeKind::Paragraph => matches!(next, Some('目')),
            NodeKind::Subparagraph => matches!(next, Some('項')),
            NodeKind::Article => matches!(next, Some('件' | '款' | '文')),
            NodeKind::Point => matches!(next, Some('心' | '子')),
            _ => false,
        };
        if bad_after {
            return None;
        }
        head = Head::Rel(s.get(..off(r)).unwrap_or_default().to_string());
        i = r;
        let (r, st) = match address::steps(i, Some(kind)) {
            Ok((r, st)) => (r, st),
            Err(_) => (i, Vec::new()),
        };
        items.push(Item { base: Some(base), steps: st, to: None, to_rel: None, start: 0, end: off(r) });
        i = r;
    } else if let Some(r) = s.strip_prefix("各款")
        && !r.starts_with('項')
    {
        let each = Some(NodeKind::Subparagraph);
        let item = Item { base: Some(Base::Here), steps: Vec::new(), to: None, to_rel: None, start: 0, end: off(r) };
        return Some(Expr { head: Head::Rel("各款".into()), items: vec![item], each, len: off(r) });
    } else if s.starts_with('第') {
        head = Head::Plain;
    } else {
        return None;
    }
    // First item of a non-relative head.
    if items.is_empty() {
        let start = off(i);
        let (r, _) = ws(i).ok()?;
        if let Ok((r2, (nums, range, kind))) = shared_word(r) {
            let end = off(r2);
            if range {
                let to = nums.last().map(|&n| vec![Step::new(kind, n)]);
                let steps = nums.first().map(|&n| vec![Step::new(kind, n)]).unwrap_or_default();
                items.push(Item { base: None, steps, to, to_rel: None, start, end });
            } else {
                for n in nums {
                    items.push(Item {
                        base: None,
                        steps: vec![Step::new(kind, n)],
                        to: None,
                        to_rel: None,
                        start,
                        end,
                    });
                }
            }
            i = r2;
        } else {
            let (r2, st) = address::steps(r, None).ok()?;
            items.push(Item { base: None, steps: st, to: None, to_rel: None, start, end: off(r2) });
            i = r2;
        }
    }
    // Ranges and continuations.
    while let Some(last) = items.last_mut() {
        if last.to.is_none()
            && last.base.is_none()
            && let Ok((r, _)) = range_word(i)
            && let Ok((r2, base)) = address::relative_base(r)
            && matches!(base, Base::Prev { count: 1, .. })
            && last.steps.first().is_some_and(|s| base_kind(&base).is_some_and(|k| rank(k) == rank(s.kind)))
        {
            // 第二十五條至前條: the range ends at the unit before the citing one.
            last.to_rel = Some(base);
            last.end = off(r2);
            i = r2;
            continue;
        }
        if last.to.is_none()
            && let Ok((r, _)) = range_word(i)
            && let Ok((r2, st)) = address::steps(r, None)
        {
            let start_rank =
                last.steps.first().map(|s| rank(s.kind)).or_else(|| last.base.as_ref().and_then(base_kind).map(rank));
            let end_rank = st.first().map(|s| rank(s.kind));
            if end_rank >= start_rank {
                let full_prev = last.steps.clone();
                last.to = Some(if full_prev.is_empty() { st } else { inherit(&full_prev, st) });
                last.end = off(r2);
                i = r2;
                continue;
            }
        }
        let after_mod = modifier(i).map(|(r, _)| r).unwrap_or(i);
        let Ok((r, _)) = sep(after_mod) else { break };
        let Ok((r2, st)) = address::steps(r, None) else { break };
        let start = off(r);
        let first_rank = st.first().map(|s| rank(s.kind)).unwrap_or(0);
        // Going outward (`第三款、第十九條`) starts a new reference.
        if last.base.is_none() && last.steps.first().is_some_and(|s| first_rank < rank(s.kind)) {
            break;
        }
        let prev_steps = last.steps.clone();
        let prev_base = last.base.clone();
        let (base, steps) = match prev_base {
            Some(b) if base_kind(&b).is_some_and(|k| first_rank > rank(k)) => (Some(b), inherit(&prev_steps, st)),
            Some(_) => (None, st),
            None => (None, inherit(&prev_steps, st)),
        };
        items.push(Item { base, steps, to: None, to_rel: None, start, end: off(r2) });
        i = r2;
    }
    let mut each = None;
    if let Ok((r, e)) = address::each(i)
        && !r.starts_with('的')
        && !(e == NodeKind::Paragraph && r.starts_with(['目', '業', '工', '事', '費', '計', '措', '政', '資', '活']))
    {
        each = Some(e);
        i = r;
        if let Some(last) = items.last_mut() {
            last.end = off(i);
        }
    }
    let len = off(i);
    // Trim whitespace consumed after the last item.
    let end = items.iter().map(|it| it.end).max().unwrap_or(len);
    Some(Expr { head, items, each, len: if each.is_some() { len } else { end } })
}

/// The node a citation starting at `level` is read in, near the node `cited` just
/// before: its article for 項, its paragraph (or article) for 款, its 款 for 目.
fn anchor_for<'d>(resolver: &mut Resolver<'d>, cited: &'d Node, level: NodeKind) -> Option<&'d Node> {
    let chain = resolver.chain(cited)?;
    let find = |k: NodeKind| chain.iter().rev().find(|n| n.kind == k || (k.is_unit() && n.kind.is_unit()));
    let n = match level {
        NodeKind::Paragraph => find(NodeKind::Article),
        NodeKind::Item => find(NodeKind::Subparagraph).or_else(|| find(NodeKind::Paragraph)),
        _ => find(NodeKind::Paragraph).or_else(|| find(NodeKind::Article)),
    }?;
    Some(*n)
}

/// The chars a reference expression can start with.
const TRIGGERS: [char; 6] = ['第', '前', '本', '同', '該', '各'];

fn is_trigger(c: char) -> bool {
    TRIGGERS.contains(&c)
}

/// A searcher for [`TRIGGERS`] (`None` if it cannot be built: every position is then tried).
static TRIGGER_SEARCH: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let mut buf = [0u8; 4];
    // Leftmost-first lets the SIMD searcher run (the patterns never overlap).
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(TRIGGERS.map(|c| c.encode_utf8(&mut buf).to_string()))
        .ok()
});

/// Byte offset of the first trigger char at or after `pos` in `text` (`pos` itself when
/// the searcher is not available).
fn next_trigger(text: &str, pos: usize) -> Option<usize> {
    match TRIGGER_SEARCH.as_ref() {
        Some(ac) => ac.find(text.get(pos..)?).map(|m| pos + m.start()),
        None => Some(pos),
    }
}

/// Every reference in the document, in document order. `src` is the text the
/// document was parsed from (for the spans).
///
/// ```
/// let src = "示範要點\n一、甲。\n二、乙。\n三、丙：\n（一）丁。\n（二）戊。\n四、第一點至第三點及前點第二款。\n";
/// let doc = fagui::parse(src);
/// let refs = fagui::query::extract_refs(&doc, src);
/// assert_eq!(refs[0].targets, ["point_1", "point_2", "point_3"]);
/// assert_eq!(refs[1].targets, ["point_3__para_1__subpara_2"]);
/// ```
pub fn extract_refs(doc: &Document, src: &str) -> Vec<Reference> {
    let terms = super::extract_terms(doc, src);
    extract_refs_with_terms(doc, src, &terms)
}

/// [`extract_refs`] with the document's terms already extracted (aliases of law names).
pub(crate) fn extract_refs_with_terms(doc: &Document, src: &str, terms: &[Term]) -> Vec<Reference> {
    if doc.jurisdiction == crate::ast::Jurisdiction::Cn {
        return super::cn::refs(doc, src, terms);
    }
    let mut out = Vec::new();
    scan(doc, src, terms, Mode::Emit(&mut |r| out.push(r)));
    shorten_law_names(&mut out);
    out
}

/// [`extract_refs_with_terms`] handed to `emit` one reference at a time, in the same
/// order and with the same fields, none of them kept: a document's references can
/// weigh more than its tree. A law name is shortened by the other law names of the
/// document ([`shorten_law_names`]): at the first reference naming a law, those are
/// gathered by a pass over the text that resolves nothing (the law a citation names
/// does not depend on what its internal targets are). A document citing no other law
/// is read once.
#[cfg(feature = "batch")]
pub(crate) fn for_each_ref(doc: &Document, src: &str, terms: &[Term], emit: &mut dyn FnMut(Reference)) {
    if doc.jurisdiction == crate::ast::Jurisdiction::Cn {
        super::cn::refs(doc, src, terms).into_iter().for_each(emit);
        return;
    }
    let mut names: Option<std::collections::HashSet<String>> = None;
    scan(
        doc,
        src,
        terms,
        Mode::Emit(&mut |mut r| {
            if r.law.is_some() {
                let names = names.get_or_insert_with(|| {
                    let mut names = std::collections::HashSet::new();
                    scan(doc, src, terms, Mode::Names(&mut names));
                    names
                });
                shorten_law_name(&mut r, names);
            }
            emit(r)
        }),
    );
}

/// What a [`scan`] of a document's citations does with them.
enum Mode<'m> {
    /// Gathers the law names cited (nothing is resolved).
    #[cfg(feature = "batch")]
    Names(&'m mut std::collections::HashSet<String>),
    /// Makes every reference, resolved, and hands it over (law names not shortened).
    Emit(&'m mut dyn FnMut(Reference)),
}

/// Reads the citations of every node's text (see [`Mode`]).
fn scan(doc: &Document, src: &str, terms: &[Term], mut mode: Mode<'_>) {
    let aliases: HashMap<&str, &str> = terms.iter().map(|t| (t.term.as_str(), t.meaning.as_str())).collect();
    let title = doc.title.as_deref().unwrap_or_default();
    let mut last_law: Option<String> = None;
    // The article or point cited last in this unit (for 同條): its law, step and the
    // first node cited (the unit holding it is looked up only when a 同條 asks: most
    // citations are never followed by one).
    let mut last_unit: Option<(Option<String>, Step, Option<&Node>)> = None;
    // The last external reference in this node: where it ended and its law.
    let mut prev_ext: Option<(usize, String)>;
    let mut resolver = Resolver::new(doc);
    let debris = DebrisIndex::new(doc);
    let mut walk = super::Walk::new(doc);
    while let Some((_, node)) = walk.advance() {
        if node.kind.is_unit() {
            last_law = None;
            last_unit = None;
        }
        if node.text.is_empty() {
            continue;
        }
        // The node with its ancestors: where relative citations are read from.
        let here = walk.path();
        let text = node.text.as_str();
        prev_ext = None;
        // The node cited last in this node's text (internal) and where that citation ended.
        let mut cited_here: Option<(usize, &Node)> = None;
        // Where the last sentence and the last clause ended, and the law named last,
        // before `pos` (the text is read once, not once per reference).
        let mut sentence_end = LastBefore::new(&['。', '；']);
        let mut clause_end = LastBefore::new(&['，', '。', '；', '：', ',', ';']);
        let mut named = LawsNamed::default();
        let mut map: Option<Option<TextMap>> = None;
        let mut pos = 0;
        while pos < text.len() {
            // Jump to the next char that can start a reference.
            match next_trigger(text, pos) {
                Some(p) => pos = p,
                None => break,
            }
            let Some(rest) = text.get(pos..) else { break };
            let Some(c) = rest.chars().next() else { break };
            if !is_trigger(c) {
                pos += c.len_utf8();
                continue;
            }
            let before = text.get(..pos).and_then(|b| b.chars().next_back());
            let Some(mut e) = expr(rest, before) else {
                pos += c.len_utf8();
                continue;
            };
            // Which law.
            let mut law_start = pos;
            let mut law: Option<String> = match &e.head {
                Head::SameLaw => named.at(text, pos).or_else(|| last_law.clone()),
                Head::SelfLaw(w) => {
                    aliases.get(w.as_str()).filter(|m| has_law_suffix(m) && **m != title).map(|m| m.to_string())
                }
                Head::Rel(..) => None,
                Head::Plain => {
                    let prefix = text.get(..pos).unwrap_or_default();
                    match law_name_before(prefix) {
                        Some(name) => {
                            law_start = prefix.rfind(name.as_str()).unwrap_or(pos);
                            let resolved = aliases.get(name.as_str()).map(|m| m.to_string()).unwrap_or(name);
                            // `本條例施行細則` in the act itself: another regulation, named
                            // after this document.
                            let other =
                                resolved
                                    .strip_prefix('本')
                                    .filter(|w| !title.ends_with(w))
                                    .and_then(|_| address::self_law(&resolved).ok())
                                    .filter(|(rest, _)| has_law_suffix(rest))
                                    .map(|(rest, word)| {
                                        if title.ends_with(word) { format!("{title}{rest}") } else { resolved.clone() }
                                    });
                            let internal = resolved == title
                                || address::self_law(&resolved).is_ok_and(|(r, _)| r.is_empty())
                                || resolved.starts_with('本');
                            if other.is_some() {
                                other
                            } else if internal {
                                None
                            } else if resolved.starts_with('同') || resolved.starts_with('該') {
                                last_law.clone()
                            } else {
                                Some(resolved)
                            }
                        }
                        // `公民投票法第九條…關於期間與同條項第三款、第十九條`: a list item cut
                        // off from its law keeps the law when no clause ends between.
                        None => prev_ext.as_ref().and_then(|(end, l)| {
                            let joined =
                                text.get(..pos).unwrap_or_default().trim_end().ends_with(['、', '及', '或', '與']);
                            let clause_between = clause_end.at(text, pos).is_some_and(|i| i >= *end);
                            (joined && !clause_between).then(|| l.clone())
                        }),
                    }
                }
            };
            if let Some(l) = &law {
                last_law = Some(l.clone());
            }
            let n_items = e.items.len();
            let mut items = std::mem::take(&mut e.items);
            // The node the first item starts at when it is read from a node cited before
            // (its base is then that node's id).
            let mut pinned: Option<&Node> = None;
            // 同條 / 同點 after another citation: the unit cited last.
            let same_unit = matches!(&e.head, Head::Rel(w) if w == "同條" || w == "同點");
            if same_unit && let (Some((l, step, cited)), Some(first)) = (&last_unit, items.first_mut()) {
                match (l, cited) {
                    (Some(l), _) => {
                        law = Some(l.clone());
                        first.base = None;
                        first.steps.insert(0, step.clone());
                    }
                    (None, Some(target)) => {
                        let unit = resolver.chain(target).and_then(|c| c.into_iter().find(|n| n.kind.is_unit()));
                        if let Some(unit) = unit {
                            first.base = Some(Base::Id(unit.id.clone()));
                            pinned = Some(unit);
                        }
                    }
                    (None, None) => {}
                }
            }
            // 同項, 同款, 同目: that level of the node cited just before.
            if let Head::Rel(w) = &e.head
                && w.starts_with('同')
                && !same_unit
                && let (Some((_, cited)), Some(first)) = (&cited_here, items.first_mut())
                && let Some(kind) = first.base.as_ref().and_then(base_kind)
                && let Some(chain) = resolver.chain(cited)
                && let Some(n) = chain.iter().rev().find(|n| n.kind == kind)
            {
                first.base = Some(Base::Id(n.id.clone()));
                pinned = Some(*n);
            }
            for (k, item) in items.iter().enumerate() {
                let emit = match &mut mode {
                    #[cfg(feature = "batch")]
                    Mode::Names(names) => {
                        // As below, without the resolution (which names no law).
                        if let Some(l) = &law {
                            names.insert(l.clone());
                        }
                        if let Some(step) = item.steps.iter().find(|s| s.kind.is_unit()) {
                            last_unit = Some((law.clone(), step.clone(), None));
                        }
                        continue;
                    }
                    Mode::Emit(emit) => emit,
                };
                let map = map.get_or_insert_with(|| TextMap::new(src, &debris, node));
                let a = if k == 0 { law_start } else { pos + item.start };
                let b = pos + item.end;
                let written = text.get(a..b).unwrap_or_default().trim().to_string();
                let each = if k + 1 == n_items { e.each } else { None };
                let relative = match (&e.head, &item.base) {
                    (Head::Rel(w), Some(_)) => Some(w.clone()),
                    _ => None,
                };
                let mut r = Reference {
                    from: node.id.clone(),
                    text: written,
                    span: source_span(map.as_ref(), node, a, b),
                    law: law.clone(),
                    path: item.steps.clone(),
                    to: item.to.clone(),
                    relative,
                    targets: Vec::new(),
                    ranges: Vec::new(),
                };
                // The first node cited (internal references).
                let mut hit: Option<&Node> = None;
                if law.is_none() {
                    let pin = if k == 0 { pinned } else { None };
                    hit = resolver.resolve(here, item, pin, each, &mut r);
                    // `第二十六條第一款…，或有第三款…`: a 項 or 款 that does not exist here
                    // belongs to the article cited just before in the same sentence.
                    // (Also a bare 各款: `第五十八條所定各款`.)
                    let below_unit = (item.base.is_none()
                        && item.steps.first().is_some_and(|s| rank(s.kind) > rank(NodeKind::Article)))
                        || (matches!(item.base, Some(Base::Here)) && item.steps.is_empty());
                    if hit.is_none()
                        && below_unit
                        && let Some((end, cited)) = cited_here
                        && sentence_end.at(text, pos).is_none_or(|i| i < end)
                    {
                        let level = item.steps.first().map_or(NodeKind::Subparagraph, |s| s.kind);
                        if let Some(anchor) = anchor_for(&mut resolver, cited, level) {
                            let retry = Item { base: Some(Base::Id(anchor.id.clone())), ..item.clone() };
                            hit = resolver.resolve(here, &retry, Some(anchor), each, &mut r);
                        }
                    }
                }
                if r.law.is_none()
                    && let Some(t) = hit
                {
                    cited_here = Some((pos + e.len, t));
                }
                if let Some(step) = r.path.iter().find(|s| s.kind.is_unit()) {
                    let target = if r.law.is_none() { hit } else { None };
                    last_unit = Some((r.law.clone(), step.clone(), target));
                }
                emit(r);
            }
            if let Some(l) = &law {
                prev_ext = Some((pos + e.len, l.clone()));
            }
            pos += e.len.max(c.len_utf8());
        }
    }
}

/// A law name that ends with another law name of the same document is that name
/// (`修正前之刑法`, `被繼承人遺有民法` → `刑法`, `民法` when those are cited too), where
/// the part dropped ends like a clause (之, 有, 年, 及 …) — not `入出國及移民法` → `民法`.
fn shorten_law_names(refs: &mut [Reference]) {
    let names: std::collections::HashSet<String> = refs.iter().filter_map(|r| r.law.clone()).collect();
    for r in refs.iter_mut() {
        shorten_law_name(r, &names);
    }
}

/// [`shorten_law_names`] for one reference, given every law name of the document.
fn shorten_law_name(r: &mut Reference, names: &std::collections::HashSet<String>) {
    // The part dropped must end like a clause, not inside a name (入出國及移民法).
    let clause_end = |c: char| {
        crate::numeral::is_cjk_numeral_char(c)
            || matches!(c, '之' | '有' | '年' | '及' | '或' | '與' | '的' | '前' | '後' | '時' | '在' | '犯' | '用')
    };
    let Some(law) = &r.law else { return };
    // The longest other name `law` ends with: its suffixes, longest first (not every
    // name of the document per reference).
    let shorter = law.char_indices().skip(1).find_map(|(i, _)| {
        let (dropped, n) = (law.get(..i)?, law.get(i..)?);
        (names.contains(n) && has_law_suffix(n) && dropped.chars().next_back().is_some_and(clause_end))
            .then(|| n.to_string())
    });
    if let Some(s) = shorter {
        r.law = Some(s);
    }
}

/// Resolves internal references to runs of nodes (see [`Order`]): the document's order
/// index is built at the first use, and each node's `各款` list is found once.
struct Resolver<'d> {
    doc: &'d Document,
    order: Option<Order<'d>>,
    /// `kids_of(node, kind)` as runs, by node address and kind.
    kids: HashMap<(usize, NodeKind), Rc<[Run]>>,
    /// Nodes by number under each parent looked in.
    lookup: address::Lookup<'d>,
}

/// Appends `run`, merged into the last run when it continues it.
fn push_run(runs: &mut Vec<Run>, run: Run) {
    match runs.last_mut() {
        Some(last) if last.class == run.class && last.end + 1 == run.start => last.end = run.end,
        _ => runs.push(run),
    }
}

impl<'d> Resolver<'d> {
    fn new(doc: &'d Document) -> Resolver<'d> {
        Resolver { doc, order: None, kids: HashMap::new(), lookup: address::Lookup::default() }
    }

    fn order(&mut self) -> &mut Order<'d> {
        self.order.get_or_insert_with(|| Order::new(self.doc))
    }

    /// A node of the document with its ancestors (outermost first).
    fn chain(&mut self, n: &Node) -> Option<Vec<&'d Node>> {
        self.order().chain(n)
    }

    /// Absolute path of a node (unit, paragraph, subparagraph, item).
    fn node_path(&mut self, n: &Node) -> Vec<Step> {
        self.chain(n).map(|c| path_of(&c)).unwrap_or_default()
    }

    /// The children of `n` of kind `kind` (see `address::kids_of`), as runs.
    fn kids(&mut self, n: &'d Node, kind: NodeKind) -> Rc<[Run]> {
        let key = (n as *const Node as usize, kind);
        if let Some(runs) = self.kids.get(&key) {
            return runs.clone();
        }
        let list = address::kids_of(n, kind);
        let runs: Rc<[Run]> = self.order().runs(&list).unwrap_or_default().into();
        self.kids.insert(key, runs.clone());
        runs
    }

    /// `前N條` (`前N項` …) for a large `N`: the run of the `count` units (or siblings)
    /// before the one holding `node`, found by position instead of by a walk back.
    /// `None` when there is none or the tree is not shaped as expected (the caller then
    /// resolves the citation the ordinary way). `path` is the node and its ancestors.
    fn previous_run(&mut self, path: &[&'d Node], kind: NodeKind, count: u32) -> Option<Run> {
        let me = address::enclosing(path, kind)?;
        let order = self.order();
        let (class, p) = order.pos(me)?;
        let mut start = p.saturating_sub(count as usize);
        let end = p.checked_sub(1)?;
        if !me.kind.is_unit() {
            // Siblings only: the run starts at the parent's first child of the kind at the
            // earliest, and the node before `me` must be a child of the same parent.
            let parent = path
                .iter()
                .position(|n| std::ptr::eq(*n, me))
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| path.get(i))?;
            let first = parent.children.iter().find(|c| c.kind == me.kind)?;
            let (_, first_pos) = order.pos(first)?;
            start = start.max(first_pos);
            let before = order.node(class, end)?;
            address::index_in(&parent.children, before)?;
            if start > end {
                return None;
            }
        }
        Some(Run { class, start, end })
    }

    /// `a` to `b`: every node of `a`'s kind between them (just the two when `b` comes first).
    fn range(&mut self, a: &'d Node, b: &'d Node) -> Vec<Run> {
        let order = self.order();
        match order.range(a, b) {
            Some(run) => vec![run],
            None => order.runs(&[a, b]).unwrap_or_default(),
        }
    }

    /// Resolves `item` read in the node `here` (the node with its ancestors, outermost
    /// first) into `r`'s targets and paths; `pinned` is the node an item based on a node
    /// cited before (`Base::Id`) starts at. Returns the first node cited.
    fn resolve(
        &mut self,
        here: &[&'d Node],
        item: &Item,
        pinned: Option<&'d Node>,
        each: Option<NodeKind>,
        r: &mut Reference,
    ) -> Option<&'d Node> {
        let doc = self.doc;
        let at = address::Context::Path(here);
        let addr = |steps: &[Step], base: Option<&Base>| -> Address {
            let cite = address::Cite { base: base.cloned(), steps: steps.to_vec(), each: None };
            cite.into_address()
        };
        let mut start = addr(&item.steps, item.base.as_ref());
        let mut each = each;
        let bare = item.steps.is_empty() && matches!(item.base, Some(Base::Here));
        let mut set: Vec<Run> = match (bare, each, &item.base) {
            (true, Some(k), _) => {
                // A bare `各款`: the subparagraphs of the paragraph it stands in.
                each = None;
                match address::here_anchor(here, k) {
                    Ok(Some(anchor)) => self.kids(anchor, k).to_vec(),
                    Err(_) => return None,
                    Ok(None) => {
                        start.each = Some(k);
                        let ns = doc.resolve_at(&start, at, pinned, Some(&mut self.lookup)).ok()?;
                        self.order().runs(&ns)?
                    }
                }
            }
            (_, _, Some(Base::Prev { kind, count })) if *count as usize > MAX_TARGETS => {
                // `前N條` with a large N: by position (any steps after it are not followed).
                match self.previous_run(here, *kind, *count) {
                    Some(run) => vec![run],
                    None => {
                        let ns = doc.resolve_at(&start, at, pinned, Some(&mut self.lookup)).ok()?;
                        self.order().runs(&ns)?
                    }
                }
            }
            _ => {
                let ns = doc.resolve_at(&start, at, pinned, Some(&mut self.lookup)).ok()?;
                self.order().runs(&ns)?
            }
        };
        if set.is_empty() {
            return None;
        }
        let first = set.first().and_then(|run| self.order().node(run.class, run.start));
        if let Some(base) = &item.to_rel {
            let end = Address { base: base.clone(), steps: Vec::new(), each: None };
            if let (Ok(last), Some(a)) = (doc.resolve_at(&end, at, None, Some(&mut self.lookup)), first)
                && let Some(b) = last.last()
            {
                set = self.range(a, b);
                r.to = Some(self.node_path(b));
            }
        }
        if let Some(to) = &item.to {
            let end_base = item
                .base
                .as_ref()
                .filter(|b| base_kind(b).is_some_and(|k| to.first().is_some_and(|s| rank(s.kind) > rank(k))));
            if let (Ok(last), Some(a)) = (doc.resolve_at(&addr(to, end_base), at, None, Some(&mut self.lookup)), first)
                && let Some(b) = last.last()
            {
                set = self.range(a, b);
            }
        }
        if let Some(k) = each {
            // `各款` of at most MAX_TARGETS cited nodes; after a longer range the range stands.
            let total: usize = set.iter().map(Run::len).sum();
            if total <= MAX_TARGETS {
                let order = self.order();
                let cited: Vec<&'d Node> = set.iter().flat_map(|run| order.nodes_of(*run)).collect();
                let mut kids: Vec<Run> = Vec::new();
                for t in cited {
                    for run in self.kids(t, k).iter() {
                        push_run(&mut kids, *run);
                    }
                    if kids.len() > MAX_TARGETS {
                        break;
                    }
                }
                if !kids.is_empty() && kids.len() <= MAX_TARGETS {
                    set = kids;
                }
            }
        }
        let total: usize = set.iter().map(Run::len).sum();
        let d = self.doc;
        let order = self.order.get_or_insert_with(|| Order::new(d));
        let first = set.first().and_then(|run| order.node(run.class, run.start));
        let last = set.last().and_then(|run| order.node(run.class, run.end));
        if item.base.as_ref().is_some_and(|b| !matches!(b, Base::Root)) || item.steps.is_empty() {
            if let Some(f) = first {
                r.path = self.node_path(f);
            }
            if total > 1
                && r.to.is_none()
                && let Some(l) = last
            {
                r.to = Some(self.node_path(l));
            }
        }
        let order = self.order.get_or_insert_with(|| Order::new(d));
        if total <= MAX_TARGETS {
            r.targets = set.iter().flat_map(|run| order.nodes_of(*run)).map(|n| n.id.clone()).collect();
            r.ranges.clear();
        } else {
            r.targets.clear();
            r.ranges = set
                .iter()
                .map(|run| {
                    let from = order.node(run.class, run.start).map(|n| n.id.clone()).unwrap_or_default();
                    let to = order.node(run.class, run.end).map(|n| n.id.clone()).unwrap_or_default();
                    let ids = order.ids(run.class);
                    TargetRange { from, to, count: run.len(), members: Members { ids: Some(ids), start: run.start } }
                })
                .collect();
        }
        first
    }
}

/// The references that cite the node `id` or a node inside it.
///
/// ```
/// let src = "要點\n一、甲：\n（一）乙。\n二、依第一點第一款。\n三、依前點。\n";
/// let doc = fagui::parse(src);
/// let refs = fagui::query::extract_refs(&doc, src);
/// let from: Vec<_> = fagui::query::cited_by(&refs, "point_1").iter().map(|r| r.from.as_str()).collect();
/// assert_eq!(from, ["point_2__para_1"]);
/// ```
pub fn cited_by<'r>(refs: &'r [Reference], id: &str) -> Vec<&'r Reference> {
    let prefix = format!("{id}__");
    let hit = |t: &str| t == id || t.starts_with(&prefix);
    // For ranges: where `id` and the nodes inside it stand in each shared id list (found
    // once per list, so that a thousand ranges over a long law cost one scan, not a
    // thousand).
    // (shared list, first and last position of `id` and the nodes inside it there).
    type Found = Option<(usize, usize)>;
    let mut spans: Vec<(*const [String], Found)> = Vec::new();
    let mut span_in = |ids: &Arc<[String]>| -> Found {
        let key = Arc::as_ptr(ids);
        if let Some((_, s)) = spans.iter().find(|(k, _)| std::ptr::eq(*k, key)) {
            return *s;
        }
        let first = ids.iter().position(|t| hit(t));
        let s = first.map(|a| (a, ids.iter().rposition(|t| hit(t)).unwrap_or(a)));
        spans.push((key, s));
        s
    };
    refs.iter()
        .filter(|r| {
            r.targets.iter().any(|t| hit(t))
                || r.ranges.iter().any(|range| match &range.members.ids {
                    Some(ids) => span_in(ids).is_some_and(|(a, b)| {
                        let (s, e) = (range.members.start, range.members.start + range.count.saturating_sub(1));
                        a <= e && s <= b
                    }),
                    None => range.ids().any(hit),
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(src: &str) -> Vec<Reference> {
        let doc = crate::parse(src);
        extract_refs(&doc, src)
    }

    fn summary(src: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        refs(src).into_iter().filter(|r| !r.from.starts_with("art_3")).map(|r| (r.text, r.law, r.targets)).collect()
    }

    fn art4(src: &str) -> Vec<Reference> {
        refs(src).into_iter().filter(|r| r.from.starts_with("art_4")).collect()
    }

    const LAW: &str = "測試法\n第 1 條\n甲。\n第 2 條\n乙。\n第 3 條\n丙：\n一、子。\n二、丑。\n三、寅。\n前項各款規定。\n第 4 條\nX\n";

    fn with(art4: &str) -> String {
        LAW.replace('X', art4)
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    /// `同法`'s law as it was found before: every law suffix of the text before it.
    fn naive_last_law_named(prefix: &str) -> Option<String> {
        let mut best: Option<(usize, String)> = None;
        for suf in LAW_SUFFIXES {
            for (i, _) in prefix.match_indices(suf) {
                let end = i + suf.len();
                if let Some(name) = law_name_before(prefix.get(..end).unwrap_or_default())
                    && !name.starts_with(['同', '該', '本'])
                    && best.as_ref().is_none_or(|(e, _)| *e < end)
                {
                    best = Some((end, name));
                }
            }
        }
        best.map(|(_, n)| n)
    }

    #[test]
    fn laws_named_and_sentence_ends_are_read_once() {
        let text = "依民法第一條及刑法第二條，同法第三條；依公司法（以下簡稱本法）設立，同法第四條。本法第五條";
        let mut named = LawsNamed::default();
        let mut ends = LastBefore::new(&['。', '；']);
        for (pos, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let prefix = &text[..pos];
            assert_eq!(named.at(text, pos), naive_last_law_named(prefix), "{prefix}");
            assert_eq!(ends.at(text, pos), prefix.rfind(['。', '；']), "{prefix}");
        }
        assert_eq!(tail("甲乙丙", 2), "乙丙");
        assert_eq!(tail("甲乙丙", 5), "甲乙丙");
        assert_eq!(tail("甲乙丙", 0), "");
    }

    #[test]
    fn law_names_are_read_back_a_bounded_length() {
        // A run of ideographs longer than any law name: the name is its last part.
        let long = format!("{}法", "甲".repeat(10_000));
        assert_eq!(law_name_before(&long).map(|n| n.chars().count()), Some(MAX_LAW_NAME_CHARS));
        // Aliases in a row (at most 8 are stepped over), a quote never opened: bounded too.
        assert_eq!(law_name_before(&"示範法（簡稱甲）".repeat(10_000)).as_deref(), Some("示範法"));
        assert_eq!(law_name_before(&format!("{}法」", "甲".repeat(10_000))), None);
        assert_eq!(law_name_before("依「示範法」").as_deref(), Some("示範法"));
    }

    #[test]
    fn names_self_lets_every_self_law_through() {
        for w in "要點 條例 辦法 細則 規則 通則 規程 準則 標準 綱要 注意事項 作業規定 規定 須知 法".split(' ')
        {
            let s = format!("本{w}第一條");
            assert!(names_self(&s) && address::self_law(&s).is_ok(), "{s}");
        }
        for s in ["本點", "本項", "本款", "本目", "本", "", "法", "本章"] {
            assert_eq!(names_self(s), address::self_law(s).is_ok(), "{s}");
        }
    }

    #[test]
    fn rfind_str_is_rfind() {
        for hay in ["", "依", "依據依照依", "不依據都市計畫法依", "abcab"] {
            for needle in ["", "依", "依據", "法依", "ab", "x"] {
                assert_eq!(rfind_str(hay, needle), hay.rfind(needle), "{hay} {needle}");
            }
        }
    }

    #[test]
    fn law_names() {
        assert_eq!(law_name_before("機場公司依發展觀光條例").as_deref(), Some("發展觀光條例"));
        assert_eq!(law_name_before("不受都市計畫法").as_deref(), Some("都市計畫法"));
        assert_eq!(law_name_before("不適用自由貿易港區設置管理條例").as_deref(), Some("自由貿易港區設置管理條例"));
        assert_eq!(law_name_before("，依「都市計畫法」").as_deref(), Some("都市計畫法"));
        assert_eq!(
            law_name_before("臺灣地區與大陸地區人民關係條例").as_deref(),
            Some("臺灣地區與大陸地區人民關係條例")
        );
        assert_eq!(law_name_before("適用智慧財產及商業法院組織法").as_deref(), Some("智慧財產及商業法院組織法"));
        assert_eq!(law_name_before("依所得稅法及營業稅法").as_deref(), Some("營業稅法"));
        assert_eq!(law_name_before("依前條及都市計畫法").as_deref(), Some("都市計畫法"));
        assert_eq!(law_name_before("依民法親屬編").as_deref(), Some("民法"));
        assert_eq!(law_name_before("刑法分則").as_deref(), Some("刑法"));
        assert_eq!(law_name_before("民法總則施行法").as_deref(), Some("民法總則施行法"));
        assert_eq!(law_name_before("依中央法規標準法").as_deref(), Some("中央法規標準法"));
        assert_eq!(law_name_before("違反本法").as_deref(), Some("本法"));
        assert_eq!(law_name_before("依").as_deref(), None);
        assert_eq!(law_name_before("未依法").as_deref(), None);
        assert_eq!(law_name_before("依憲法增修條文").as_deref(), Some("憲法增修條文"));
        assert_eq!(law_name_before("指犯刑法").as_deref(), Some("刑法"));
        assert_eq!(law_name_before("依犯罪被害人保護法").as_deref(), Some("犯罪被害人保護法"));
        assert_eq!(
            law_name_before("公司，有臺灣地區與大陸地區人民關係條例").as_deref(),
            Some("臺灣地區與大陸地區人民關係條例")
        );
        assert_eq!(law_name_before("依國有財產法").as_deref(), Some("國有財產法"));
        assert_eq!(law_name_before("不包含就業服務法").as_deref(), Some("就業服務法"));
        assert_eq!(law_name_before("經濟部組織法").as_deref(), Some("經濟部組織法"));
        assert_eq!(law_name_before("修正前之刑法").as_deref(), Some("刑法"));
        assert_eq!(law_name_before("事業單位有勞動基準法").as_deref(), Some("勞動基準法"));
        assert_eq!(law_name_before("軍事檢察官參酌刑法").as_deref(), Some("刑法"));
        assert_eq!(law_name_before("前開民法").as_deref(), Some("民法"));
        assert_eq!(law_name_before("比率達保險法").as_deref(), Some("保險法"));
        assert_eq!(law_name_before("依跨國移交受刑人法").as_deref(), Some("跨國移交受刑人法"));
        assert_eq!(law_name_before("依自由貿易港區設置管理條例").as_deref(), Some("自由貿易港區設置管理條例"));
        assert_eq!(
            law_name_before("第三百四十八條及兒童及少年性剝削防制條例").as_deref(),
            Some("兒童及少年性剝削防制條例")
        );
    }

    #[test]
    fn relative() {
        assert_eq!(summary(&with("前條規定。")), [("前條".into(), None, s(&["art_3"]))]);
        assert_eq!(summary(&with("本條規定。"))[0].2, s(&["art_4"]));
        assert_eq!(summary(&with("同條規定。"))[0].2, s(&["art_4"]));
        assert_eq!(summary(&with("前二條規定。"))[0].2, s(&["art_2", "art_3"]));
        assert_eq!(summary(&with("甲。\n前項規定。"))[0].2, s(&["art_4__para_1"]));
        assert_eq!(summary(&with("甲。\n乙。\n前二項規定。"))[0].2, s(&["art_4__para_1", "art_4__para_2"]));
        assert_eq!(summary(&with("甲。\n本項規定。"))[0].2, s(&["art_4__para_2"]));
        // 前項各款 in article 3.
        let r = refs(&with("無。"));
        assert_eq!(r[0].text, "前項各款");
        assert_eq!(
            r[0].targets,
            s(&["art_3__para_1__subpara_1", "art_3__para_1__subpara_2", "art_3__para_1__subpara_3"])
        );
        assert_eq!(r[0].relative.as_deref(), Some("前項"));
        // 前條第一項第二款至第三款.
        let r = summary(&with("前條第二款至第三款規定。"));
        assert_eq!(r[0].2, s(&["art_3__para_1__subpara_2", "art_3__para_1__subpara_3"]));
        // 前項第二款至第三款, 本款, 前款, standalone 各款.
        let r = summary(&with("有下列情形：\n一、甲。\n二、乙。\n三、丙。\n前項第二款至第三款及各款。"));
        assert_eq!(r[0].2, s(&["art_4__para_1__subpara_2", "art_4__para_1__subpara_3"]));
        let r = summary(&with("有下列情形：\n一、甲。\n二、前款及本款。\n有下列各款情形之一者：\n一、丁。"));
        assert_eq!(r[0].2, s(&["art_4__para_1__subpara_1"]));
        assert_eq!(r[1].2, s(&["art_4__para_1__subpara_2"]));
        assert_eq!(r[2].2, s(&["art_4__para_2__subpara_1"]));
        // A 款 that does not exist here belongs to the article cited before it.
        let r = summary(&with("有第三條第一款之行為，或有第二款之行為者。"));
        assert_eq!(r[1].2, s(&["art_3__para_1__subpara_2"]));
        let r = summary(&with("有第三條所定各款情事之一者。"));
        assert_eq!(r[1].2.len(), 3);
        let r = summary(&with("甲如下：\n一、子。\n二、丑。\n前項事項，除第二款外，應登記。"));
        assert_eq!(r[1].2, s(&["art_4__para_1__subpara_2"]));
        let r = summary(&with("依第三條第一項第二款及同項第三款。"));
        assert_eq!(r[1].2, s(&["art_3__para_1__subpara_3"]));
        let r = summary(&with("依第三條第一款規定。第二款不適用之。"));
        assert!(r[1].2.is_empty());
        // 前項 inside a list item of the second paragraph.
        let r = summary(&with("甲。\n乙如下：\n一、前項所定者。"));
        assert_eq!(r[0].2, s(&["art_4__para_1"]));
        // Not references.
        assert!(refs(&with("目前項目繁多。本條例施行。前條件。款項。")).iter().all(|r| r.from != "art_4__para_1"));
    }

    #[test]
    fn points_and_directives() {
        let src = "示範要點\n一、甲。\n二、乙。\n三、丙：\n（一）丁。\n（二）戊。\n四、前點各款及第三點第二款、本點、第一點及第二點。\n";
        let r = summary(src);
        assert_eq!(r[0].2, s(&["point_3__para_1__subpara_1", "point_3__para_1__subpara_2"]));
        assert_eq!(r[1], ("第三點第二款".into(), None, s(&["point_3__para_1__subpara_2"])));
        assert_eq!(r[2].2, s(&["point_4"]));
        assert_eq!(r[3].2, s(&["point_1"]));
        assert_eq!(r[4].2, s(&["point_2"]));
    }

    #[test]
    fn absolute_lists_and_ranges() {
        let r = summary(&with("依第1條、第二條及第3條第1項第二款，第 1、2 條，第一條至第三條。"));
        assert_eq!(r[0].2, s(&["art_1"]));
        assert_eq!(r[1].2, s(&["art_2"]));
        assert_eq!(r[2].2, s(&["art_3__para_1__subpara_2"]));
        assert_eq!((r[3].0.as_str(), &r[3].2), ("第1、2條", &s(&["art_1"]))); // text is folded: 第 1、2 條
        assert_eq!(r[4].2, s(&["art_2"]));
        assert_eq!(r[5].2, s(&["art_1", "art_2", "art_3"]));
        let r = art4(&with("第三條第一項第二款至第三款。"));
        assert_eq!(r[0].to.as_ref().unwrap().len(), 3);
        assert_eq!(r[0].targets.len(), 2);
        // 第二款 alone: in the same paragraph.
        let r = summary(&with("有下列情形：\n一、甲。\n二、第一款以外者。"));
        assert_eq!(r.iter().find(|x| x.0 == "第一款").unwrap().2, s(&["art_4__para_1__subpara_1"]));
        // 第九條第三項、第四項 inherits the article.
        let r = art4(&with("第三條第一項、第二項。"));
        assert_eq!(r[1].path, vec![Step::new(NodeKind::Article, 3), Step::new(NodeKind::Paragraph, 2)]);
    }

    #[test]
    fn external() {
        let r = art4(&with(
            "依中央法規標準法第八條、依示範法第十條第二項，同法第十五條，本法第三條，都市計畫法第十五條、第十六條及第二十二條。",
        ));
        let v: Vec<_> =
            r.iter().map(|r| (r.law.clone(), r.path.iter().map(|s| s.num.to_string()).collect::<Vec<_>>())).collect();
        assert_eq!(
            v,
            [
                (Some("中央法規標準法".to_string()), s(&["8"])),
                (Some("示範法".to_string()), s(&["10", "2"])),
                (Some("示範法".to_string()), s(&["15"])),
                (None, s(&["3"])),
                (Some("都市計畫法".to_string()), s(&["15"])),
                (Some("都市計畫法".to_string()), s(&["16"])),
                (Some("都市計畫法".to_string()), s(&["22"])),
            ]
        );
        assert_eq!(r[0].text, "中央法規標準法第八條");
        assert!(r[0].targets.is_empty());
        assert_eq!(r[3].targets, s(&["art_3"]));
        // 同條 is the article cited last.
        let r = art4(&with("依第三條第一項及同條第二款，示範法第五條及同條第二項。"));
        assert_eq!(r[1].targets, s(&["art_3__para_1__subpara_2"]));
        assert_eq!((r[3].law.as_deref(), r[3].path.len()), (Some("示範法"), 2));
        // An alias between the name and the article.
        let r = art4(&with("本辦法依示範法（以下簡稱本法）第十條第二項訂定。"));
        assert_eq!(r[0].law.as_deref(), Some("示範法"));
        // A range ending in 前條; modifiers inside lists; 同法 after a law named without article.
        let r = art4(&with("準用第二條至前條規定。"));
        assert_eq!(r[0].targets, s(&["art_2", "art_3"]));
        let r = art4(&with("民法第六百八十七條第一款但書及第六百八十八條規定。"));
        assert_eq!(r[1].law.as_deref(), Some("民法"));
        let r = art4(&with("依公司法設立公司者，不受同法第二百十六條之限制。"));
        assert_eq!(r[0].law.as_deref(), Some("公司法"));
        let r = art4(&with("不適用公民投票法第九條、第十七條第一項關於期間與同條項第三款、第十九條之規定。"));
        assert_eq!(r.last().unwrap().law.as_deref(), Some("公民投票法"));
        let r = art4(&with("郵政服務人員犯前條之罪或刑法第二百零二條者。"));
        assert_eq!(r[1].law.as_deref(), Some("刑法"));
        // Clause words before a law name cited elsewhere are dropped; names stay whole.
        let r = art4(&with("依民法第一條、修正前之民法第二條及入出國及移民法第三條。"));
        let laws: Vec<_> = r.iter().map(|r| r.law.clone().unwrap()).collect();
        assert_eq!(laws, ["民法", "民法", "入出國及移民法"]);
        // The document's own name is internal.
        let r = art4(&with("測試法第一條。"));
        assert_eq!(r[0].law, None);
        assert_eq!(r[0].targets, s(&["art_1"]));
    }

    #[test]
    fn forms_from_the_issue() {
        // A statute with articles 1–16 and 10-1, article 8 with two paragraphs.
        let mut law = String::from("範例法\n");
        for n in 1..=16 {
            law.push_str(&format!("第 {n} 條\n甲。\n"));
            if n == 8 {
                law.push_str("乙。\n");
            }
            if n == 10 {
                law.push_str("第 10-1 條\n丙。\n");
            }
        }
        law.push_str("第 17 條\nX\n");
        let cite = |t: &str| -> Vec<Vec<String>> {
            let src = law.replace('X', t);
            refs(&src).into_iter().filter(|r| r.from.starts_with("art_17")).map(|r| r.targets).collect()
        };
        assert_eq!(cite("第十三條至第十六條。"), [s(&["art_13", "art_14", "art_15", "art_16"])]);
        assert_eq!(cite("第五條、第八條。"), [s(&["art_5"]), s(&["art_8"])]);
        assert_eq!(cite("第 2、5 條。"), [s(&["art_2"]), s(&["art_5"])]);
        assert_eq!(cite("第7條第1項。"), [s(&["art_7__para_1"])]);
        assert_eq!(cite("第十條之一。"), [s(&["art_10-1"])]);
        assert_eq!(cite("本法第八條第二項。"), [s(&["art_8__para_2"])]);
        assert_eq!(cite("第九條至第十一條。"), [s(&["art_9", "art_10", "art_10-1", "art_11"])]);
        // A directive with 13 款 in point 3.
        let mut dir = String::from("範例要點\n一、甲。\n二、乙：\n");
        for n in 1..=13 {
            dir.push_str(&format!("（{}）丙。\n", crate::numeral::to_cjk(n)));
        }
        dir.push_str(
            "前項第二款至第十三款。\n三、丁。\n四、戊。\n五、第三點及第五點，第八點第二款，第二點第二款至第十三款。\n",
        );
        let r = refs(&dir);
        let t = |i: usize| r.get(i).map(|x| x.targets.clone()).unwrap_or_default();
        assert_eq!(t(0).len(), 12);
        assert_eq!(t(0).first().map(String::as_str), Some("point_2__para_1__subpara_2"));
        assert_eq!(t(1), s(&["point_3"]));
        assert_eq!(t(2), s(&["point_5"]));
        assert!(t(3).is_empty(), "no point 8");
        assert_eq!(t(4).len(), 12);
    }

    #[test]
    fn spans_map_to_source() {
        let src = "示範要點\n一、甲。\n二、依第\n一點辦理。\n";
        let r = refs(src);
        assert_eq!(&src[r[0].span.0..r[0].span.1], "第\n一點");
    }
}
