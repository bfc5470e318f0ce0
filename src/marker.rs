//! Line-start markers (part of the parse phase): the nom rules that recognise
//! `第 一 章 總則`, `第十條之一`, `第 10-1 條（主管機關）`, `一、`, `（一）`, `1.`, `（1）`,
//! `甲、`, `（甲）`, `子、`, `（子）` and their variants at the start of a line.
//!
//! A marker says nothing about structure by itself: the builder in [`crate::parse`]
//! decides, from the numbering sequence, whether it opens a unit or is plain text.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{take_while, take_while1},
    character::complete::{char, one_of, satisfy},
    combinator::{opt, recognize},
    sequence::{delimited, preceded, terminated},
};

use crate::ast::Num;
use crate::label::LabelStyle;
use crate::numeral::{arabic_numeral, cjk_numeral};

/// Which heading level a `第X編/章/節/款/目` line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HeadingLevel {
    /// 編
    Part,
    /// 章 (also `壹、` headings in directives)
    Chapter,
    /// 節
    Section,
    /// 款 (as a heading)
    Subsection,
    /// 目 (as a heading)
    Division,
}

impl HeadingLevel {
    /// The character that names the level.
    pub fn word(self) -> char {
        match self {
            HeadingLevel::Part => '編',
            HeadingLevel::Chapter => '章',
            HeadingLevel::Section => '節',
            HeadingLevel::Subsection => '款',
            HeadingLevel::Division => '目',
        }
    }

    /// The node kind of this heading level.
    pub fn node_kind(self) -> crate::NodeKind {
        match self {
            HeadingLevel::Part => crate::NodeKind::Part,
            HeadingLevel::Chapter => crate::NodeKind::Chapter,
            HeadingLevel::Section => crate::NodeKind::Section,
            HeadingLevel::Subsection => crate::NodeKind::Subsection,
            HeadingLevel::Division => crate::NodeKind::Division,
        }
    }
}

/// The style of a marker. List styles are listed in the order of the official
/// hierarchy (文書處理手冊): `一、` → `（一）` → `1、` → `（1）` → `甲、` → `（甲）` → `子、` → `（子）`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `第 一 章 總則`, `第二編 債`; `壹、總則` is read as a chapter.
    Heading(HeadingLevel),
    /// `第一條`, `第 10-1 條`, `第十條之一`.
    Article,
    /// `一、`, `一.`, `一．`, old style `一  text`.
    CjkComma,
    /// `（一）`, `(一)`, `㈠`.
    ParenCjk,
    /// `1、`, `1.`, `１、`, `１．`.
    Arabic,
    /// `（1）`, `(1)`, `⑴`.
    ParenArabic,
    /// `①`.
    Circled,
    /// `甲、`.
    Stem,
    /// `（甲）`.
    ParenStem,
    /// `子、`.
    Branch,
    /// `（子）`.
    ParenBranch,
    /// A Latin letter: `a.`, `A、`, `Ａ．` (upper case when `true`).
    Letter(bool),
    /// A Latin letter in brackets: `(a)`, `（A）` (upper case when `true`).
    ParenLetter(bool),
}

impl Style {
    /// Position in the official hierarchy (headings and articles first).
    pub fn rank(self) -> u8 {
        match self {
            Style::Heading(_) => 0,
            Style::Article => 1,
            Style::CjkComma => 2,
            Style::ParenCjk => 3,
            Style::Arabic => 4,
            Style::ParenArabic => 5,
            Style::Circled => 6,
            Style::Stem => 7,
            Style::ParenStem => 8,
            Style::Branch => 9,
            Style::ParenBranch => 10,
            Style::Letter(_) => 11,
            Style::ParenLetter(_) => 12,
        }
    }

    /// The public style of a label written in this style.
    pub fn label_style(self) -> LabelStyle {
        match self {
            Style::Heading(_) => LabelStyle::Heading,
            Style::Article => LabelStyle::Article,
            Style::CjkComma => LabelStyle::Cjk,
            Style::ParenCjk => LabelStyle::ParenCjk,
            Style::Arabic => LabelStyle::Arabic,
            Style::ParenArabic => LabelStyle::ParenArabic,
            Style::Circled => LabelStyle::Circled,
            Style::Stem => LabelStyle::Stem,
            Style::ParenStem => LabelStyle::ParenStem,
            Style::Branch => LabelStyle::Branch,
            Style::ParenBranch => LabelStyle::ParenBranch,
            Style::Letter(_) => LabelStyle::Letter,
            Style::ParenLetter(_) => LabelStyle::ParenLetter,
        }
    }

    /// The style of a list label, `None` for headings, articles and other labels.
    pub fn of_list(style: LabelStyle) -> Option<Style> {
        Some(match style {
            LabelStyle::Cjk => Style::CjkComma,
            LabelStyle::ParenCjk => Style::ParenCjk,
            LabelStyle::Arabic => Style::Arabic,
            LabelStyle::ParenArabic => Style::ParenArabic,
            LabelStyle::Circled => Style::Circled,
            LabelStyle::Stem => Style::Stem,
            LabelStyle::ParenStem => Style::ParenStem,
            LabelStyle::Branch => Style::Branch,
            LabelStyle::ParenBranch => Style::ParenBranch,
            LabelStyle::Letter => Style::Letter(false),
            LabelStyle::ParenLetter => Style::ParenLetter(false),
            LabelStyle::Heading | LabelStyle::Article | LabelStyle::Other => return None,
        })
    }

    /// Writes the canonical label of number `n` in this style (`（二）`, `3.`, `乙、`).
    pub fn label(self, n: u32, sub: Option<u32>) -> String {
        use crate::numeral::to_cjk;
        let zhi = |base: String| match sub {
            Some(s) => format!("{base}之{}", to_cjk(s)),
            None => base,
        };
        match self {
            Style::Heading(level) => format!("第{}{}", to_cjk(n), level.word()),
            Style::Article => zhi(format!("第{}條", to_cjk(n))),
            Style::CjkComma => format!("{}、", zhi(to_cjk(n))),
            Style::ParenCjk => format!("（{}）", zhi(to_cjk(n))),
            Style::Arabic => format!("{n}."),
            Style::ParenArabic => format!("（{n}）"),
            Style::Circled => char::from_u32(0x245F + n).map(String::from).unwrap_or_else(|| format!("({n})")),
            Style::Stem => format!("{}、", cyclic(STEMS, n)),
            Style::ParenStem => format!("（{}）", cyclic(STEMS, n)),
            Style::Branch => format!("{}、", cyclic(BRANCHES, n)),
            Style::ParenBranch => format!("（{}）", cyclic(BRANCHES, n)),
            Style::Letter(upper) => format!("{}.", latin_letter(n, upper)),
            Style::ParenLetter(upper) => format!("({})", latin_letter(n, upper)),
        }
    }
}

const STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES: &str = "子丑寅卯辰巳午未申酉戌亥";

/// One of [`STEMS`] (a `match`, cheaper than searching the string).
fn is_stem(c: char) -> bool {
    matches!(c, '甲' | '乙' | '丙' | '丁' | '戊' | '己' | '庚' | '辛' | '壬' | '癸')
}

/// One of [`BRANCHES`].
fn is_branch(c: char) -> bool {
    matches!(c, '子' | '丑' | '寅' | '卯' | '辰' | '巳' | '午' | '未' | '申' | '酉' | '戌' | '亥')
}

fn cyclic(set: &str, n: u32) -> char {
    let len = set.chars().count() as u32;
    set.chars().nth(((n.max(1) - 1) % len) as usize).unwrap_or('甲')
}

/// The `n`th letter of the Latin alphabet (counted round again after `z`).
fn latin_letter(n: u32, upper: bool) -> char {
    let base = if upper { b'A' } else { b'a' };
    char::from(base + ((n.max(1) - 1) % 26) as u8)
}

/// A Latin letter (half or full width) as its place in the alphabet, and its case.
fn letter_ordinal(c: char) -> Option<(u32, bool)> {
    let c = match c {
        'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 'Ａ' as u32 + 'A' as u32)?,
        _ => c,
    };
    c.is_ascii_alphabetic().then(|| (u32::from(c.to_ascii_lowercase() as u8 - b'a') + 1, c.is_ascii_uppercase()))
}

/// True for a Latin letter, half or full width.
fn is_letter(c: char) -> bool {
    letter_ordinal(c).is_some()
}

fn ordinal_in(set: &str, c: char) -> Option<u32> {
    set.chars().position(|x| x == c).map(|p| p as u32 + 1)
}

/// A marker recognised at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker<'a> {
    /// The marker style.
    pub style: Style,
    /// The number.
    pub num: u32,
    /// The `之N` part (`第十條之一` → `Some(1)`).
    pub sub: Option<u32>,
    /// The marker as written (`八、`, `（二）`, `第 10-1 條`), without trailing spaces.
    pub label: &'a str,
    /// A caption after an article number or a heading's name (`總則`).
    pub caption: Option<&'a str>,
    /// The text after the marker, separator whitespace removed.
    pub rest: &'a str,
    /// True when the marker was followed by whitespace (or nothing).
    pub spaced: bool,
    /// The numeral was lost (`()`): `num` is 1 until the numbering judgement gives it
    /// the next number of its list.
    pub lost: bool,
    /// The style the label is written in, where the whole document's numbering reads
    /// the marker in another (`style`): a first point numbered `1.` over points `二、`; a
    /// question's `Q1:` read as a point ([`crate::LabelStyle::Other`]).
    pub(crate) written: Option<crate::LabelStyle>,
}

impl Marker<'_> {
    /// True when the numeral has no punctuation of its own (`一  text`, `一` alone on its
    /// line, `第16點`): see [`crate::Label::is_bare`].
    pub fn is_bare(&self) -> bool {
        self.style == Style::CjkComma && self.written.is_none() && !self.label.ends_with(['、', '.', '．'])
    }

    /// The node label this marker makes: its text as written and its style.
    pub fn to_label(&self) -> crate::Label {
        // A lost numeral's brackets broken over two lines (`(` then `)…`) are one label.
        let raw = if self.lost && matches!(self.label, ")" | "）") { "()" } else { self.label };
        // A label kept as printed though it is no marker (a table row's number alone on
        // its line, `1`) is read from its text, as JSON reads it back.
        if self.written == Some(crate::LabelStyle::Other) {
            return crate::Label::from(raw);
        }
        crate::Label::read(raw, self.written.unwrap_or(self.style.label_style()), self.is_bare(), self.lost)
    }

    /// The number with its `之N` part.
    pub fn number(&self) -> Num {
        Num::new(self.num, self.sub)
    }

    /// The number in the JSON `num` form: `10`, `10-1`.
    pub fn num_string(&self) -> String {
        num_string(self.num, self.sub)
    }
}

/// Formats a number in the JSON `num` form (the string of [`Num`]).
pub fn num_string(num: u32, sub: Option<u32>) -> String {
    let mut out = String::with_capacity(8);
    Num::new(num, sub).push_to(&mut out);
    out
}

fn is_space(c: char) -> bool {
    c != '\u{200b}' && crate::normalize::is_space(c)
}

fn ws(input: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\u{3000}' || c == '\u{a0}' || c == '\t').parse(input)
}

fn open_paren(input: &str) -> IResult<&str, char> {
    one_of("（(").parse(input)
}

fn close_paren(input: &str) -> IResult<&str, char> {
    one_of("）)").parse(input)
}

/// A Chinese numeral whose characters may be spaced out (`三  十`, as old database
/// text pads numbers to a fixed width).
fn spaced_cjk(input: &str) -> IResult<&str, u32> {
    let (rest, s) = recognize((
        take_while1(crate::numeral::is_cjk_numeral_char),
        nom::multi::many0((
            take_while1(|c| c == ' ' || c == '\u{3000}'),
            take_while1(crate::numeral::is_cjk_numeral_char),
        )),
    ))
    .parse(input)?;
    let value = if s.contains([' ', '\u{3000}']) {
        let compact: String = s.chars().filter(|c| crate::numeral::is_cjk_numeral_char(*c)).collect();
        crate::numeral::cjk_value(&compact)
    } else {
        crate::numeral::cjk_value(s)
    };
    match value {
        Some(v) => Ok((rest, v)),
        None => Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit))),
    }
}

/// `之一`, ` 之二` → the sub-number.
fn zhi(input: &str) -> IResult<&str, u32> {
    preceded((ws, char('之'), ws), cjk_numeral).parse(input)
}

/// `10-1` (ASCII or full-width hyphen) → (10, 1). Spaces may stand around the hyphen
/// (`第 1- 1 條`, a law page reposted with the database's spacing broken: c-organ-
/// transplant-act-2015-registry-centre-repost-spaced-article-labels-article-1-1-blank-
/// lines-truncated in corpus/real).
fn dashed(input: &str) -> IResult<&str, (u32, Option<u32>)> {
    let (rest, main) = arabic_numeral(input)?;
    let (rest, sub) = opt(preceded((ws, one_of("-－‐"), ws), arabic_numeral)).parse(rest)?;
    Ok((rest, (main, sub)))
}

/// `十` / `10` / `十之一` / `10-1`.
fn unit_number(input: &str) -> IResult<&str, (u32, Option<u32>)> {
    alt((dashed, (spaced_cjk, opt(zhi)).map(|(n, s)| (n, s)))).parse(input)
}

/// `第 十 條 之 一` / `第 10-1 條` / `第十條之一`.
fn article_head(input: &str) -> IResult<&str, (u32, Option<u32>)> {
    // 条 is the simplified form (texts of the Judicial Yuan's pages reprinted in
    // simplified characters write `第1条`).
    let (rest, (_, _, (num, sub1), _, _)) = (char('第'), ws, unit_number, ws, one_of("條条")).parse(input)?;
    let (rest, sub2) = opt(zhi).parse(rest)?;
    Ok((rest, (num, sub1.or(sub2))))
}

fn heading_level(input: &str) -> IResult<&str, HeadingLevel> {
    let (rest, c) = one_of("編编章節节款目").parse(input)?;
    let level = match c {
        '編' | '编' => HeadingLevel::Part,
        '章' => HeadingLevel::Chapter,
        '節' | '节' => HeadingLevel::Section,
        '款' => HeadingLevel::Subsection,
        _ => HeadingLevel::Division,
    };
    Ok((rest, level))
}

/// `第 一 章` (with optional `之一`).
fn heading_head(input: &str) -> IResult<&str, (u32, Option<u32>, HeadingLevel)> {
    let (rest, (_, _, (num, sub), _, level)) = (char('第'), ws, unit_number, ws, heading_level).parse(input)?;
    let (rest, sub2) = opt(zhi).parse(rest)?;
    Ok((rest, (num, sub.or(sub2), level)))
}

/// A chapter's name written solid after its number, the whole rest of the line (`第一章總則`,
/// `第二章會員`, `第二章人體試驗委員會之組成及召開`: o-sti-alumni-association-charter-chapters-
/// articles-bulleted-items-truncated, c-doh-medical-institution-irb-standard-ksph-relay-
/// chapters-points-indented-wraps-truncated in corpus/real). Only for a 編, 章 or 節, and only
/// a short name of ideographs that reads as no citation of the chapter (`第二章所定之…`,
/// `第三章規定`, `第一章及第二章`: a wrapped sentence that opens with one).
fn glued_heading_name(rest: &str, level: HeadingLevel) -> bool {
    const MAX_CHARS: usize = 16;
    const CITING_STARTS: [char; 22] = [
        '之', '所', '規', '至', '及', '或', '各', '中', '以', '有', '適', '與', '並', '準', '得', '應', '不', '內',
        '於', '第', '的', '到',
    ];
    const CITING_ENDS: [&str; 4] = ["規定", "辦理", "者", "之"];
    let n = rest.chars().count();
    matches!(level, HeadingLevel::Part | HeadingLevel::Chapter | HeadingLevel::Section)
        && (2..=MAX_CHARS).contains(&n)
        && rest.chars().all(crate::normalize::is_ideograph)
        && !rest.starts_with(CITING_STARTS)
        && !rest.contains('第')
        && !CITING_ENDS.iter().any(|e| rest.ends_with(e))
}

/// A parenthesised caption `（主管機關）` directly after an article number.
fn caption(input: &str) -> IResult<&str, &str> {
    recognize(delimited(open_paren, take_while1(|c| !matches!(c, '）' | ')' | '\n')), close_paren)).parse(input)
}

pub(crate) fn financial(c: char) -> bool {
    matches!(c, '壹' | '貳' | '參' | '叁' | '叄' | '参' | '肆' | '伍' | '陸' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟')
}

/// The Arabic number of a list marker: not written with a leading zero (`01.總則`,
/// `006.消費者保護法主要內容為何?` number a site's categories and questions, not the
/// points of a text: c-cpc-consumer-law-faq-paren-top-level-inline-arabic in corpus/real;
/// no text of the national database numbers a list so).
fn list_number(input: &str) -> IResult<&str, u32> {
    let mut chars = input.chars();
    let zero = matches!(chars.next(), Some('0' | '０'));
    if zero && chars.next().is_some_and(|d| d.is_ascii_digit() || ('０'..='９').contains(&d)) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit)));
    }
    arabic_numeral(input)
}

/// Separator after a list marker: `、`, `.`, `．` (not followed by a digit: `1.5` is a number;
/// but see [`roc_year_after`]).
fn list_sep(input: &str) -> IResult<&str, char> {
    // (Also the stroke `丶` that some pages type for the 頓號, `一丶主題:…`: c-taipei-
    // district-prosecutors-anti-vote-buying-page-odd-first-marker-caption-points-qa-
    // truncated, s-ncyu-biosafety-committee-cdc-rg2-revocation-notice-2017-print-page-
    // fields-odd-comma-marker-footer in corpus/real.)
    let (rest, c) = one_of("、.．丶").parse(input)?;
    if !matches!(c, '、' | '丶')
        && rest.chars().next().is_some_and(|d| d.is_ascii_digit() || ('０'..='９').contains(&d))
        && !roc_year_after(rest)
    {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Char)));
    }
    Ok((rest, c))
}

/// True when `rest`, after a list number's full stop, opens with a year of the Republic
/// (`1.106學年度第2學期開學日為…`, `2.113年起…`: s-nkfust-semester-start-notice-arabic-
/// points-ring-bullets-js-chrome in corpus/real): two or three digits from 60 to 150,
/// then `年` or `學年`, spaced or not (`1.110 年度非政府列冊之低收入戶。`: t-ccf-scholarship-
/// smc-nss-template in corpus/real). No decimal number reads so.
fn roc_year_after(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.get(digits..).unwrap_or_default().trim_start_matches(crate::normalize::is_space);
    (2..=3).contains(&digits)
        && rest.get(..digits).and_then(|d| d.parse::<u32>().ok()).is_some_and(|y| (60..=150).contains(&y))
        && (after.starts_with('年') || after.starts_with("學年"))
}

/// A full stop set off from its number by a space and followed by a space, an ideograph
/// (as the clean text writes it) or nothing (`1 .` alone on its line, over its text: o-tata-travel-association-letter-subsidy-
/// fraud-table-bars-spaced-arabic-numerals-paren-items in corpus/real); `1 .5` is no
/// marker.
fn spaced_dot(input: &str) -> IResult<&str, char> {
    let (rest, (_, c)) = (take_while1(|c: char| c == ' '), char('.')).parse(input)?;
    if !rest.is_empty() && !rest.starts_with(is_space) && !rest.starts_with(crate::normalize::is_ideograph) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Char)));
    }
    Ok((rest, c))
}

/// A full-width separator (`、`, `．`), which takes no space before it once folded.
fn wide_sep(input: &str) -> IResult<&str, char> {
    one_of("、．").parse(input)
}

/// A separator some pages put after a parenthesised number: `（一）、`, `(1).` (not
/// before a digit: `(1).5` is no marker).
fn paren_tail(input: &str) -> IResult<&str, char> {
    let (rest, c) = one_of("、.．").parse(input)?;
    if rest.starts_with(|d: char| d.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Char)));
    }
    Ok((rest, c))
}

/// After a bare numeral: one space before text (`一 本要點…`, as web pages that drop the
/// 頓號 print it), or the end of the line (a point number alone on its line, its text on
/// the next). The outline accepts such a marker only after a finished sentence.
fn bare_end(input: &str) -> IResult<&str, ()> {
    if input.is_empty() {
        return Ok((input, ()));
    }
    let (rest, sp) = ws(input)?;
    if !sp.is_empty()
        && rest
            .starts_with(|c: char| !is_space(c) && !c.is_ascii_punctuation() && !matches!(c, '、' | '，' | '。' | '：'))
    {
        Ok((rest, ()))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Space)))
    }
}

/// At least two spaces (old-style `一  text`).
fn double_space(input: &str) -> IResult<&str, &str> {
    let (rest, sp) = ws(input)?;
    let wide = sp.chars().map(|c| if c == '\u{3000}' { 2 } else { 1 }).sum::<usize>();
    if wide >= 2 && !rest.is_empty() {
        Ok((rest, sp))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Space)))
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Raw {
    style: Style,
    num: u32,
    /// The sub-number as a whole word, [`NO_SUB`] for none: copying an `Option<u32>`
    /// whose payload was never written stalls the load that reads it back.
    sub: u64,
}

const NO_SUB: u64 = u64::MAX;

fn sub_word(sub: Option<u32>) -> u64 {
    sub.map_or(NO_SUB, u64::from)
}

fn list_marker(input: &str) -> IResult<&str, Raw> {
    match plain_list_marker(input) {
        Some(found) => Ok(found),
        None => list_marker_rules(input),
    }
}

fn list_marker_rules(input: &str) -> IResult<&str, Raw> {
    // `一、` `七之一、` `一.` and old-style `一  `
    // Whitespace before a separator is allowed wherever folding would remove it (next
    // to a wide character), so that `一 、` and `一、` read alike before and after.
    let mut cjk_comma = alt((
        (spaced_cjk, opt(zhi), preceded(ws, list_sep).map(|_| ())),
        (cjk_numeral, opt(zhi), alt((list_sep.map(|_| ()), double_space.map(|_| ()), bare_end))),
    ))
    .map(|(n, sub, _)| Raw { style: Style::CjkComma, num: n, sub: sub_word(sub) });
    let paren_cjk = delimited((open_paren, ws), (spaced_cjk, opt(zhi)), (ws, close_paren, opt(paren_tail)))
        .map(|(n, sub)| Raw { style: Style::ParenCjk, num: n, sub: sub_word(sub) });
    let mut arabic = (list_number, alt((list_sep, preceded(ws, wide_sep), spaced_dot))).map(|(n, _)| Raw {
        style: Style::Arabic,
        num: n,
        sub: NO_SUB,
    });
    // (Also with the dot of a list number inside, `(1.)新臺幣1,700元整。`: s-ntcu-ord-english-
    // test-progress-award-points-dotted-paren-items-contact-truncated in corpus/real.)
    let paren_arabic =
        delimited((open_paren, ws), terminated(arabic_numeral, opt(one_of(".．"))), (ws, close_paren, opt(paren_tail)))
            .map(|n| Raw { style: Style::ParenArabic, num: n, sub: NO_SUB });
    let mut stem = (satisfy(is_stem), preceded(ws, char('、'))).map(|(c, _)| Raw {
        style: Style::Stem,
        num: ordinal_in(STEMS, c).unwrap_or(1),
        sub: NO_SUB,
    });
    let paren_stem = delimited((open_paren, ws), satisfy(is_stem), (ws, close_paren)).map(|c| Raw {
        style: Style::ParenStem,
        num: ordinal_in(STEMS, c).unwrap_or(1),
        sub: NO_SUB,
    });
    let mut branch = (satisfy(is_branch), preceded(ws, char('、'))).map(|(c, _)| Raw {
        style: Style::Branch,
        num: ordinal_in(BRANCHES, c).unwrap_or(1),
        sub: NO_SUB,
    });
    let paren_branch = delimited((open_paren, ws), satisfy(is_branch), (ws, close_paren)).map(|c| Raw {
        style: Style::ParenBranch,
        num: ordinal_in(BRANCHES, c).unwrap_or(1),
        sub: NO_SUB,
    });
    let mut letter = (satisfy(is_letter), one_of("、.．")).map(|(c, _)| {
        let (num, upper) = letter_ordinal(c).unwrap_or((1, false));
        Raw { style: Style::Letter(upper), num, sub: NO_SUB }
    });
    let paren_letter = delimited((open_paren, ws), satisfy(is_letter), (ws, close_paren)).map(|c| {
        let (num, upper) = letter_ordinal(c).unwrap_or((1, false));
        Raw { style: Style::ParenLetter(upper), num, sub: NO_SUB }
    });
    // A Chinese numeral in angle brackets (`〈一〉確認認證標準與程序。`, as the law
    // database's history pages of 2010 print the items: c-moe-digital-learning-
    // certification-council-points-2010-history-page-angle-bracket-items-hard-wraps in
    // corpus/real) is a bracketed item; a title in angle brackets (`〈公告〉`) is no number.
    let mut angle_cjk = delimited((char('〈'), ws), (spaced_cjk, opt(zhi)), (ws, char('〉'), opt(paren_tail)))
        .map(|(n, sub)| Raw { style: Style::ParenCjk, num: n, sub: sub_word(sub) });
    // Every rule needs its own first character: try only the ones that can match.
    match input.chars().next() {
        Some('（' | '(') => alt((paren_cjk, paren_arabic, paren_stem, paren_branch, paren_letter)).parse(input),
        Some('〈') => angle_cjk.parse(input),
        Some(c) if is_letter(c) => letter.parse(input),
        Some(c) if c.is_ascii_digit() || ('０'..='９').contains(&c) => arabic.parse(input),
        Some(c) if is_stem(c) => stem.parse(input),
        Some(c) if is_branch(c) => branch.parse(input),
        _ => cjk_comma.parse(input),
    }
}

/// The common markers written plainly (`十二、`, `（三）`, `3.`, `（3）`, `甲、`, `（子）`),
/// read without the general rules; anything else (spacing, `之一`, full-width digits)
/// returns `None` and goes to them. A hit here is always what the rules would read (a
/// unit test compares the two).
fn plain_list_marker(input: &str) -> Option<(&str, Raw)> {
    let (paren, body) = match input.strip_prefix(['（', '(']) {
        Some(inner) => (true, inner),
        None => (false, input),
    };
    let first = body.chars().next()?;
    let (style, len, num) = if first.is_ascii_digit() {
        let len = body.bytes().take_while(u8::is_ascii_digit).count();
        let num = crate::numeral::arabic_value(body.get(..len)?)?;
        (if paren { Style::ParenArabic } else { Style::Arabic }, len, num)
    } else if is_stem(first) || is_branch(first) {
        let (set, plain, in_paren) = if is_stem(first) {
            (STEMS, Style::Stem, Style::ParenStem)
        } else {
            (BRANCHES, Style::Branch, Style::ParenBranch)
        };
        (if paren { in_paren } else { plain }, first.len_utf8(), ordinal_in(set, first)?)
    } else {
        let (len, num) = crate::numeral::numeral_prefix(body);
        let num = num?;
        (if paren { Style::ParenCjk } else { Style::CjkComma }, len, num)
    };
    let after = body.get(len..)?;
    let rest = match style {
        Style::ParenCjk | Style::ParenArabic => {
            let r = after.strip_prefix(['）', ')'])?;
            // `（一）、` and `(1).` go to the rules (which read the separator).
            if r.starts_with(['、', '.', '．']) {
                return None;
            }
            r
        }
        Style::ParenStem | Style::ParenBranch => after.strip_prefix(['）', ')'])?,
        // `01.` goes to the rules (no list number has a leading zero).
        Style::Arabic if len > 1 && first == '0' => return None,
        Style::Arabic => match after.strip_prefix('.') {
            // `1.5` is a number, not a marker.
            Some(r)
                if r.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) && !roc_year_after(r) =>
            {
                return None;
            }
            Some(r) => r,
            None => after.strip_prefix('、')?,
        },
        _ => after.strip_prefix('、')?,
    };
    Some((rest, Raw { style, num, sub: NO_SUB }))
}

/// True for a single-character enclosed numeral (`①`, `⑴`, `⒈`, `㈠`, `❶`): a label that
/// closes itself, as `1.` and `（一）` do.
pub(crate) fn is_enclosed(c: char) -> bool {
    enclosed_numeral(c).is_some()
}

/// A single-character enclosed numeral at the start of `input`, and the text after it.
fn enclosed(input: &str) -> Option<(Raw, &str)> {
    let c = input.chars().next()?;
    Some((enclosed_numeral(c)?, input.get(c.len_utf8()..)?))
}

/// Single-character enclosed numerals: `㈠` (U+3220…), `⑴` (U+2474…), `①` (U+2460…): the
/// one table of them, which [`enclosed`], [`is_enclosed`] and [`may_start_marker`] read.
fn enclosed_numeral(c: char) -> Option<Raw> {
    let cp = c as u32;
    Some(match cp {
        0x3220..=0x3229 => Raw { style: Style::ParenCjk, num: cp - 0x3220 + 1, sub: NO_SUB },
        0x2474..=0x2487 => Raw { style: Style::ParenArabic, num: cp - 0x2474 + 1, sub: NO_SUB },
        0x2460..=0x2473 => Raw { style: Style::Circled, num: cp - 0x2460 + 1, sub: NO_SUB },
        // The dingbats' circled numerals, negative (`❶`, `➊`) or not (`➀`), and the
        // negative `⓫`–`⓴` and double `⓵`–`⓾`: the same style (s-cljhs-new-immigrant-
        // scholarship-notice-circled-number-units-restarting in corpus/real).
        0x2776..=0x277F => Raw { style: Style::Circled, num: cp - 0x2776 + 1, sub: NO_SUB },
        0x2780..=0x2789 => Raw { style: Style::Circled, num: cp - 0x2780 + 1, sub: NO_SUB },
        0x278A..=0x2793 => Raw { style: Style::Circled, num: cp - 0x278A + 1, sub: NO_SUB },
        0x24EB..=0x24F4 => Raw { style: Style::Circled, num: cp - 0x24EB + 11, sub: NO_SUB },
        0x24F5..=0x24FE => Raw { style: Style::Circled, num: cp - 0x24F5 + 1, sub: NO_SUB },
        // `⒈ ⒉`: a digit with its full stop in one character.
        0x2488..=0x249B => Raw { style: Style::Arabic, num: cp - 0x2488 + 1, sub: NO_SUB },
        _ => return None,
    })
}

/// Recognises a marker at the start of `line` (which must not start with whitespace).
///
/// Article and heading markers must be followed by whitespace, a caption or the end of
/// the line, so that a paragraph starting `第十三條至第十六條所定…` is not taken for an
/// article. Returns `None` when the line does not start with a marker.
pub fn marker(line: &str) -> Option<Marker<'_>> {
    let first = line.chars().next()?;
    if !may_start_marker(first) {
        return None;
    }
    if first == '第' {
        return unit_or_heading(line);
    }
    if financial(first) {
        // 壹、總則: a chapter-like heading in directives.
        let (rest, n) = cjk_numeral(line).ok()?;
        // Spacing before the separator is folded away next to the wide numeral, so
        // `參 .` must read as `參.` does.
        let spaced_rest = rest.trim_start_matches(is_space);
        let rest = match spaced_rest.strip_prefix(['、', '.', '．']) {
            Some(r) => r,
            // `壹 總則`: a short name after a space (no sentence in it), or nothing.
            None if spaced_rest.len() < rest.len() || rest.is_empty() => {
                let name = spaced_rest.trim_end_matches(is_space);
                if name.chars().count() > 20 || name.contains(['。', '，', '；', '：', ',', ';', ':']) {
                    return None;
                }
                rest
            }
            None => return None,
        };
        let label_len = line.len() - rest.len();
        let title = rest.trim_matches(is_space);
        return Some(Marker {
            style: Style::Heading(HeadingLevel::Chapter),
            num: n,
            sub: None,
            label: line.get(..label_len)?,
            caption: (!title.is_empty()).then_some(title),
            rest: "",
            spaced: true,
            lost: false,
            written: None,
        });
    }
    let (raw, rest, lost) = match list_marker(line) {
        Ok((rest, raw)) => (raw, rest, false),
        Err(_) => match lost_numeral(line) {
            Some((raw, rest)) => (raw, rest, true),
            None => {
                let (raw, rest) = enclosed(line)?;
                (raw, rest, false)
            }
        },
    };
    // `185、079、442` (a table's winning numbers), `1、2、3年級`: a list of numbers, not a
    // marker (o-blog-invoice-draw-table-bars-prize-claim-notes-inline-arabic-points-
    // truncated in corpus/real).
    if raw.style == Style::Arabic && number_list(rest) {
        return None;
    }
    // A letter opens an item only before Chinese text (`a.於各志工運用單位…`, `A、人員`:
    // s-chihlee-volunteer-service-page-points-arabic-paren-letter-items-emoticon-words-
    // truncated, c-vghks-research-lab-safety-rules-point-letter-sections-arabic-items-chrome-
    // truncated in corpus/real), not before English (`A. The gallery…`), a number
    // (`B.1`) or nothing.
    if matches!(raw.style, Style::Letter(_) | Style::ParenLetter(_)) && !before_chinese(rest) {
        return None;
    }
    // `甲、乙、丙`: names in the stems' order (a timetable's classes, each row's cell:
    // s-mhups-summer-swimming-class-points-table-cells-bullets-template-chrome-truncated in
    // corpus/real), not an item whose text is the next label.
    if matches!(raw.style, Style::Stem | Style::Branch) && next_label_runs_on(&raw, rest) {
        return None;
    }
    let label_len = line.len() - rest.len();
    let label = line.get(..label_len)?.trim_end_matches(is_space);
    let after = rest.trim_start_matches(is_space);
    Some(Marker {
        style: raw.style,
        num: raw.num,
        sub: u32::try_from(raw.sub).ok(),
        label,
        caption: None,
        rest: after,
        spaced: after.len() != rest.len() || rest.is_empty(),
        lost,
        written: None,
    })
}

/// True when `rest`, after a letter's label and any space, opens with Chinese text, a
/// bracket or quotation mark, or an acronym (`e.IELTS 5.5級(含)以上。` after `d.外語能力測驗…`:
/// s-cgu-pt-graduate-english-graduation-requirement-paren-items-arabic-letter-subitems in
/// corpus/real).
fn before_chinese(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_space);
    let caps = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let acronym = caps >= 2 && !rest.as_bytes().get(caps).is_some_and(u8::is_ascii_lowercase);
    acronym
        || rest.chars().next().is_some_and(|c| {
            crate::normalize::is_ideograph(c) || matches!(c, '「' | '『' | '【' | '《' | '〈' | '（' | '(' | '“' | '"')
        })
}

/// True when the text after an Arabic number's `、` goes on with further numbers of a
/// list (`079、442`).
fn number_list(rest: &str) -> bool {
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    after.len() < rest.len() && after.starts_with('、')
}

/// True when the text after a stem's or a branch's `、` opens with the next one's label
/// (`乙、…` after `甲、`).
fn next_label_runs_on(raw: &Raw, rest: &str) -> bool {
    let next = raw.style.label(raw.num + 1, None);
    rest.trim_start_matches(is_space).starts_with(next.as_str())
}

/// What a label's text alone says of it — its style, whether it is bare
/// ([`Marker::is_bare`]), whether its numeral was lost — for a label that comes from
/// outside the parser (JSON, Akoma Ntoso, open data): the only place a label is read
/// again. The label is read as a marker before text (`一` as `一 …`, `()` as `() …`);
/// a `第一分编` is a heading, a bare numeral (`1`, `一`) is bare in its script's style,
/// anything else is [`LabelStyle::Other`].
pub(crate) fn read_label(raw: &str) -> (LabelStyle, bool, bool) {
    let text = raw.trim_matches(is_space);
    let probe = format!("{text} 甲");
    if let Some(m) = marker(&probe).filter(|m| m.label == text) {
        return (m.style.label_style(), m.is_bare(), m.lost);
    }
    if let Some(rest) = text.strip_prefix('第')
        && let Some(n) = rest.strip_suffix("分编").or_else(|| rest.strip_suffix("分編"))
        && crate::numeral::cjk_value(n).is_some()
    {
        return (LabelStyle::Heading, false, false);
    }
    // An item's label whose closing bracket was lost (`(一`), as the parser reads it.
    if let Some(n) = text.strip_prefix(['(', '（'])
        && crate::numeral::cjk_value(n).is_some()
    {
        return (LabelStyle::ParenCjk, false, false);
    }
    // An item numbered with a leading zero (`01.`), as the parser reads a run of them.
    if let &[b'0', b'1'..=b'9', b'.'] = text.as_bytes() {
        return (LabelStyle::Arabic, false, false);
    }
    // A point's `、` (or `.`) whose numeral was lost, as the parser reads it.
    if matches!(text, "、" | "." | "．") {
        return (LabelStyle::Cjk, false, true);
    }
    // The bullet standing for a first point's lost numeral, as the parser reads it: a
    // point's label without its `、`.
    if crate::parse::is_bullet_label(text) {
        return (LabelStyle::Cjk, true, true);
    }
    // An article whose label was lost, under its first paragraph's mark (`﹝1﹞`), as the
    // parser reads it.
    if paragraph_mark(text).is_some_and(|(n, rest)| n == 1 && rest.is_empty()) {
        return (LabelStyle::Article, false, true);
    }
    // A name over lost brackets (`閱覽規則():`), as the parser reads such units.
    if named_lost(text).is_some_and(|(_, after)| after.chars().all(|c| matches!(c, ':' | '：'))) {
        return (LabelStyle::ParenCjk, false, true);
    }
    match crate::numeral::any_numeral(text) {
        Ok(("", _)) if text.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) => {
            (LabelStyle::Arabic, true, false)
        }
        Ok(("", _)) => (LabelStyle::Cjk, true, false),
        _ => (LabelStyle::Other, false, false),
    }
}

/// The number of a law site's paragraph mark opening a line (`﹝1﹞ 本細則依…`, `﹝2﹞ 指定…`),
/// and the text after it.
pub(crate) fn paragraph_mark(content: &str) -> Option<(u32, &str)> {
    let inner = content.strip_prefix('﹝')?;
    let close = inner.find('﹞')?;
    let digits = inner.get(..close).filter(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = inner.get(close + '﹞'.len_utf8()..)?;
    Some((digits.parse().ok()?, rest))
}

/// A name of two to eight ideographs over the empty brackets of a lost numeral
/// (`閱覽規則():使用者`, a unit's label once `閱覽規則(一):`): the name and the text after the
/// brackets. The parser reads a name that opens several lines so; a label read back from
/// its text alone is told by it too.
pub(crate) fn named_lost(text: &str) -> Option<(&str, &str)> {
    let at = text.find(['(', '（'])?;
    let (name, rest) = text.split_at(at);
    if !(2..=8).contains(&name.chars().count()) || !name.chars().all(crate::normalize::is_ideograph) {
        return None;
    }
    let after = rest.strip_prefix(['(', '（'])?.strip_prefix([')', '）'])?;
    Some((name, after))
}

/// Empty brackets where a page lost an item's numeral (`() 書面發布:…`,
/// `()第三層發言人:…`: l-yilan-news-handling-lost-numerals in corpus/real), read as a
/// `（一）`-style item whose numeral was lost ([`Marker::lost`]), when text that opens
/// with an ideograph follows.
fn lost_numeral(line: &str) -> Option<(Raw, &str)> {
    let inner = line.strip_prefix(['（', '('])?.trim_start_matches(is_space);
    let rest = inner.strip_prefix(['）', ')'])?;
    // A `、` after the brackets, as after a whole `（一）、` (`()、各國立暨台灣省私立高級中等學校
    // …`: c-moe-overseas-education-travel-review-principles-teacher-post-lost-numerals-
    // run-together-dates-truncated in corpus/real).
    let rest = rest.strip_prefix('、').unwrap_or(rest);
    let text = rest.trim_start_matches(is_space);
    text.starts_with(crate::normalize::is_ideograph)
        .then_some((Raw { style: Style::ParenCjk, num: 1, sub: NO_SUB }, rest))
}

/// Cheap first-character filter before the nom rules run.
fn may_start_marker(c: char) -> bool {
    c == '第'
        || c == '（'
        || c == '('
        || c == '〈'
        || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || crate::numeral::is_cjk_numeral_char(c)
        || financial(c)
        || is_stem(c)
        || is_branch(c)
        || is_enclosed(c)
        || is_letter(c)
}

/// `第16點`, `第十六點` (a point cited by its label in a law system's one-point view):
/// a point, when alone on its line or before a space.
fn point_label(line: &str) -> Option<Marker<'_>> {
    let (rest, (_, _, (num, sub), _, _)) = (char('第'), ws, unit_number, ws, char('點')).parse(line).ok()?;
    // A colon closes the label as a space does (`第2點:「本管理作業規定…`, a point quoted on a
    // page about it: c-kaohsiung-port-control-area-points-point-two-quoted-label-spaces-
    // in-words in corpus/real); no citation reads so.
    let (rest, colon) = match rest.strip_prefix([':', '：']) {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let after = rest.trim_start_matches(is_space);
    if !rest.is_empty() && after.len() == rest.len() && !colon {
        return None;
    }
    Some(Marker {
        style: Style::CjkComma,
        num,
        sub,
        label: line.get(..line.len() - rest.len())?,
        caption: None,
        rest: after,
        spaced: true,
        lost: false,
        written: None,
    })
}

/// The article labels a text names (`第二條`, `第 9 條`, `第十條之一`), in order, with no
/// judgement of what follows them: the articles a title announces
/// (`…辦法第二條、第九條修正條文`).
pub(crate) fn article_labels(text: &str) -> Vec<(u32, Option<u32>)> {
    text.char_indices()
        .filter(|&(_, c)| c == '第')
        .filter_map(|(i, _)| text.get(i..).and_then(|r| article_head(r).ok()).map(|(_, n)| n))
        .collect()
}

/// The point labels a text names (`第一點`, `第 3 點`), in order, with no judgement of what
/// follows them: the points a title announces (`…設置要點第一點、第三點修正規定`).
pub(crate) fn point_labels(text: &str) -> Vec<(u32, Option<u32>)> {
    text.char_indices()
        .filter(|&(_, c)| c == '第')
        .filter_map(|(i, _)| {
            let r = text.get(i..)?;
            (char('第'), ws, unit_number, ws, char('點')).parse(r).ok().map(|(_, (_, _, n, _, _))| n)
        })
        .collect()
}

/// An article label glued to the text after it at the start of a line (`第 3 條本辦法所稱…`,
/// a table's cells joined without a space): the label's length in bytes and its number.
/// `None` where the words after the number read as a citation (`第3條規定`, `第3條之`,
/// `第3條第2項`, `第3條至…`).
pub(crate) fn glued_article(line: &str) -> Option<(usize, u32, Option<u32>)> {
    let (rest, (num, sub)) = article_head(line).ok()?;
    let next = rest.chars().next()?;
    let cites = matches!(
        next,
        '規' | '之'
            | '至'
            | '及'
            | '第'
            | '、'
            | '所'
            | '或'
            | '與'
            | '但'
            | '項'
            | '款'
            | '目'
            | '，'
            | ','
            | '。'
            | '）'
            | ')'
    );
    if cites || is_space(next) || next.is_ascii() || matches!(next, '（' | '(') {
        return None;
    }
    Some((line.len() - rest.len(), num, sub))
}

fn unit_or_heading(line: &str) -> Option<Marker<'_>> {
    if let Some(m) = point_label(line) {
        return Some(m);
    }
    if let Ok((rest, (num, sub))) = article_head(line) {
        // `第一條、本要點…` (條 and a 頓號) or `第一條:本館…` (a colon, as school rules
        // write it: s-chsh-library-rules-repeated-article in corpus/real): the mark
        // belongs to the label, unless another citation follows (`第一條、第二條及…規定`
        // is text).
        let rest = match rest.strip_prefix(['、', ':', '：']) {
            Some(r) if !r.trim_start_matches(is_space).starts_with('第') => r,
            _ => rest,
        };
        let comma = line.get(..line.len() - rest.len()).is_some_and(|l| l.ends_with(['、', ':', '：']));
        let label_len = line.len() - rest.len();
        let after_ws = rest.trim_start_matches(is_space);
        let spaced = comma || after_ws.len() != rest.len() || rest.is_empty();
        let (cap, after) = match caption(after_ws) {
            Ok((r, c)) if !c.contains("刪除") => (Some(c), r.trim_start_matches(is_space)),
            _ => (None, after_ws),
        };
        // 第十三條至…, 第五條規定… are text: the number must be followed by a space,
        // a caption or the end of the line.
        if !spaced && cap.is_none() {
            return None;
        }
        return Some(Marker {
            style: Style::Article,
            num,
            sub,
            label: line.get(..label_len)?,
            caption: cap,
            rest: after,
            spaced,
            lost: false,
            written: None,
        });
    }
    let (rest, (num, sub, level)) = heading_head(line).ok()?;
    let label_len = line.len() - rest.len();
    let title = rest.trim_matches(is_space);
    if !rest.is_empty()
        && !rest.starts_with(is_space)
        && !rest.starts_with(['（', '('])
        && !glued_heading_name(rest, level)
    {
        return None;
    }
    // A heading's name is short and has no sentence punctuation (a 、 list is fine in
    // the name of a 編, 章 or 節: `第四章  工作時間、休息、休假`).
    let listed = title.contains('、') && matches!(level, HeadingLevel::Subsection | HeadingLevel::Division);
    if title.chars().count() > 40 || title.contains(['。', '，', '；', '：']) || listed {
        return None;
    }
    if matches!(level, HeadingLevel::Subsection | HeadingLevel::Division) && title.is_empty() {
        return None;
    }
    Some(Marker {
        style: Style::Heading(level),
        num,
        sub,
        label: line.get(..label_len)?,
        caption: (!title.is_empty()).then_some(title),
        rest: "",
        spaced: true,
        lost: false,
        written: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_points_a_title_names() {
        assert_eq!(point_labels("某某設置要點第一點、第三點"), [(1, None), (3, None)]);
        assert_eq!(point_labels("游泳池管理規範第八點、第 9 點"), [(8, None), (9, None)]);
        assert_eq!(point_labels("某某要點第五點之一"), [(5, None)]);
        assert!(point_labels("某某要點").is_empty());
    }

    #[test]
    fn dingbat_circled_numerals_are_circled_markers() {
        for (src, num) in [("❶申請表", 1), ("❹成績單", 4), ("➀持有證明", 1), ("➋二", 2), ("⓫十一", 11), ("⓶二", 2)]
        {
            let m = marker(src).unwrap();
            assert_eq!((m.style, m.num), (Style::Circled, num), "{src}");
        }
        assert!(is_enclosed('❶') && is_enclosed('①') && !is_enclosed('1'));
    }

    #[test]
    fn a_year_of_the_republic_after_a_list_number() {
        // s-nkfust-semester-start-notice-arabic-points-ring-bullets-js-chrome in corpus/real.
        let m = marker("1.106學年度第2學期開學日為107年2月26日").unwrap();
        assert_eq!((m.num, m.label, m.rest), (1, "1.", "106學年度第2學期開學日為107年2月26日"));
        assert_eq!(marker("2.113年起實施").unwrap().num, 2);
        assert_eq!(marker("1.110 年度非政府列冊之低收入戶。").unwrap().rest, "110 年度非政府列冊之低收入戶。");
        // A decimal number of years or one with three places is no year.
        assert!(marker("1.5年").is_none());
        assert!(marker("1.25年").is_none());
        assert!(marker("1.200年").is_none());
        assert!(marker("3.14公尺").is_none());
    }

    #[test]
    fn plain_markers_read_as_the_rules_do() {
        let heads = [
            "一",
            "十二",
            "一百零五",
            "三十",
            "〇",
            "十一萬",
            "一一",
            "之",
            "甲",
            "癸",
            "子",
            "亥",
            "1",
            "12",
            "007",
            "99999999999",
            "１",
            "1１",
            "乙丙",
        ];
        let tails = [
            "、",
            "）",
            ")",
            "、本點",
            "）甲",
            " 、",
            "之一、",
            ".",
            "．",
            ".5",
            ".５",
            ".a",
            "",
            "、、",
            "-1.",
            " ）",
        ];
        for h in heads {
            for t in tails {
                for open in ["", "（", "(", "（ "] {
                    let s = format!("{open}{h}{t}");
                    if let Some((rest, raw)) = plain_list_marker(&s) {
                        let (rest2, raw2) = list_marker_rules(&s).unwrap();
                        assert_eq!((rest, &raw), (rest2, &raw2), "{s}");
                    }
                }
            }
        }
        for hit in ["十二、本點", "（三）本款", "3.本目", "（3）", "(3)", "甲、", "（子）", "12、"]
        {
            assert!(plain_list_marker(hit).is_some(), "{hit}");
        }
        assert!(STEMS.chars().all(is_stem) && BRANCHES.chars().all(is_branch));
        assert!(!is_stem('子') && !is_branch('甲'));
    }

    fn m(s: &str) -> (Style, String, String, String) {
        let k = marker(s).unwrap_or_else(|| panic!("no marker in {s:?}"));
        (k.style, k.num_string(), k.label.to_string(), k.rest.to_string())
    }

    #[test]
    fn directive_markers() {
        assert_eq!(m("一、 行政院"), (Style::CjkComma, "1".into(), "一、".into(), "行政院".into()));
        assert_eq!(m("十三、本小組"), (Style::CjkComma, "13".into(), "十三、".into(), "本小組".into()));
        assert_eq!(m("一百零一、甲"), (Style::CjkComma, "101".into(), "一百零一、".into(), "甲".into()));
        assert_eq!(m("二.乙").1, "2");
        assert_eq!(m("二．乙").1, "2");
        assert_eq!(m("七之一、乙").1, "7-1");
        assert_eq!(m("(一) 協調").0, Style::ParenCjk);
        assert_eq!(m("( 二 )協調").1, "2");
        assert_eq!(m("（十一）協調").1, "11");
        assert_eq!(m("1、甲").0, Style::Arabic);
        assert!(marker("185、079、442 |").is_none());
        assert!(marker("1、2、3年級學生").is_none());
        assert!(marker("1、2年級學生").is_some());
        assert_eq!(m("１．甲").1, "1");
        assert_eq!(m("12.甲").1, "12");
        // A full stop set off by a space (o-tata-travel-association-letter-subsidy-fraud-
        // table-bars-spaced-arabic-numerals-paren-items in corpus/real).
        assert_eq!(m("2 ."), (Style::Arabic, "2".into(), "2 .".into(), "".into()));
        assert_eq!(m("2 .查近年").3, "查近年");
        assert!(marker("2 .5公尺").is_none() && marker("2 .ab").is_none());
        // A site's category or question number, not a point.
        assert!(marker("01.總則").is_none() && marker("006.消費者保護法主要內容為何?").is_none());
        assert_eq!(m("(01)甲").1, "1");
        assert_eq!(m("（1）甲").0, Style::ParenArabic);
        assert_eq!(
            m("(1.)新臺幣1,700元整。"),
            (Style::ParenArabic, "1".into(), "(1.)".into(), "新臺幣1,700元整。".into())
        );
        assert_eq!(m("(12)甲").1, "12");
        // A numeral in angle brackets (c-moe-digital-learning-certification-council-
        // points-2010-history-page-angle-bracket-items-hard-wraps in corpus/real); a title
        // or a counter in them is none.
        assert_eq!(m("〈二〉監督認證中心"), (Style::ParenCjk, "2".into(), "〈二〉".into(), "監督認證中心".into()));
        assert!(marker("〈公告〉甲").is_none() && marker("〈10號窗口〉").is_none() && marker("〈1〉甲").is_none());
        assert_eq!(m("乙、甲").0, Style::Stem);
        // The stroke typed for the 頓號 (c-taipei-district-prosecutors-anti-vote-buying-
        // page-odd-first-marker-caption-points-qa-truncated in corpus/real).
        assert_eq!(m("一丶主題:反對賄選"), (Style::CjkComma, "1".into(), "一丶".into(), "主題:反對賄選".into()));
        assert_eq!(m("三丶旨揭規定").1, "3");
        // Names in the stems' order number nothing (s-mhups-summer-swimming-class-points-
        // table-cells-bullets-template-chrome-truncated in corpus/real).
        assert!(marker("甲、乙、丙").is_none() && marker("子、 丑、寅").is_none());
        assert_eq!(m("甲、丙班").0, Style::Stem);
        assert_eq!(m("乙、甲").1, "2");
        assert_eq!(m("（丙）甲").1, "3");
        assert_eq!(m("丑、甲").0, Style::Branch);
        assert_eq!(m("（寅）甲").0, Style::ParenBranch);
        assert_eq!(m("㈡甲").0, Style::ParenCjk);
        assert_eq!(m("⑶甲").1, "3");
        assert_eq!(m("一  資料").0, Style::CjkComma);
        assert_eq!(m("一  十五日內").1, "1");
        assert_eq!(m("一 .\t5").1, "1");
        assert_eq!(m("一 、甲").1, "1");
        assert_eq!(m("2 、甲").1, "2");
        assert_eq!(m("乙 、甲").1, "2");
        assert_eq!(m("三  十、私募").1, "30");
        assert_eq!(m("（三  十）應付票據").1, "30");
    }

    #[test]
    fn statute_markers() {
        assert_eq!(m("第 1 條"), (Style::Article, "1".into(), "第 1 條".into(), "".into()));
        assert_eq!(m("第 3-1 條").1, "3-1");
        // Spaces around the hyphen (c-organ-transplant-act-2015-registry-centre-repost-
        // spaced-article-labels-article-1-1-blank-lines-truncated in corpus/real).
        assert_eq!(m("第 1- 1 條").1, "1-1");
        assert_eq!(m("第 1 - 1 條 本條例所稱").3, "本條例所稱");
        assert!(marker("第 1 - 條").is_none());
        assert_eq!(m("第十條 之一").1, "10-1");
        assert_eq!(m("第一百十條　　本法").3, "本法");
        assert_eq!(m("第二編 債").0, Style::Heading(HeadingLevel::Part));
        assert_eq!(m("第 三 節 （刪除）").0, Style::Heading(HeadingLevel::Section));
        assert_eq!(m("第一章").1, "1");
        assert_eq!(m("壹、總則").0, Style::Heading(HeadingLevel::Chapter));
        // The variants and the simplified form of 參.
        for label in ["叁、申請須知", "叄、對象", "参、實施要點"] {
            assert_eq!((m(label).0, m(label).1), (Style::Heading(HeadingLevel::Chapter), "3".into()), "{label}");
        }
        assert!(marker("参加本活動者").is_none());
        // Latin letters before Chinese text (or an acronym), in either case, half or full
        // width, bracketed or not.
        assert_eq!(
            m("a.於各志工運用單位完成服務後"),
            (Style::Letter(false), "1".into(), "a.".into(), "於各志工運用單位完成服務後".into())
        );
        assert_eq!((m("B、空間").0, m("B、空間").1), (Style::Letter(true), "2".into()));
        assert_eq!((m("（c）其他").0, m("（c）其他").1), (Style::ParenLetter(false), "3".into()));
        assert_eq!(m("Ｄ．甲").1, "4");
        assert_eq!(m("e.IELTS 5.5級(含)以上。").1, "5");
        for text in ["A. The gallery is open", "B.1 附表", "a.m.", "A.", "Ab.甲"] {
            assert!(marker(text).is_none_or(|m| !matches!(m.style, Style::Letter(_))), "{text}");
        }
        assert_eq!(Style::Letter(true).label(3, None), "C.");
        assert_eq!(Style::ParenLetter(false).label(27, None), "(a)");
        assert_eq!(m("第 三 章之 一 大法庭").1, "3-1");
        assert_eq!(m("第三章之一　大法庭").1, "3-1");
        assert_eq!(marker("第四章  工作時間、休息、休假").unwrap().caption, Some("工作時間、休息、休假"));
        assert_eq!(m("第二十七條　　（刪除）").3, "（刪除）");
        // A chapter's name written solid after its number; a sentence that opens by citing
        // a chapter is no heading.
        assert_eq!(marker("第二章會員").unwrap().caption, Some("會員"));
        assert_eq!(m("第二章人體試驗委員會之組成及召開").0, Style::Heading(HeadingLevel::Chapter));
        for text in ["第二章所定之罰則", "第三章規定", "第一章及第二章", "第二章之規定辦理者", "第一款規定"]
        {
            assert!(marker(text).is_none_or(|m| !matches!(m.style, Style::Heading(_))), "{text}");
        }
    }

    #[test]
    fn not_markers() {
        for s in [
            "第五條規定之",
            "第三章所定之事項，應",
            "一兼任",
            "三四點",
            "1.5倍",
            "甲乙雙方",
            "第一款規定之",
            "",
            "第",
            "（",
            "本法",
        ] {
            assert!(marker(s).is_none(), "{s:?}");
        }
    }
}

/// The examples of this module's documentation, as unit tests (the module is
/// private, so rustdoc cannot compile them).
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
mod doc_examples {
    #[test]
    fn headinglevel() {
        assert_eq!(crate::marker::HeadingLevel::Chapter.word(), '章');
    }
    #[test]
    fn word() {
        assert_eq!(crate::marker::HeadingLevel::Part.word(), '編');
    }
    #[test]
    fn node_kind() {
        assert_eq!(crate::marker::HeadingLevel::Section.node_kind(), crate::NodeKind::Section);
    }
    #[test]
    fn style() {
        use crate::marker::Style;
        assert!(Style::CjkComma.rank() < Style::ParenCjk.rank());
    }
    #[test]
    fn rank() {
        assert!(crate::marker::Style::Stem.rank() > crate::marker::Style::ParenArabic.rank());
    }
    #[test]
    fn label() {
        use crate::marker::Style;
        assert_eq!(Style::ParenCjk.label(2, None), "（二）");
        assert_eq!(Style::Arabic.label(3, None), "3.");
        assert_eq!(Style::CjkComma.label(7, Some(1)), "七之一、");
        assert_eq!(Style::Stem.label(2, None), "乙、");
    }
    #[test]
    fn marker() {
        let m = crate::marker::marker("第 5 條（主管機關）").unwrap();
        assert_eq!(m.style, crate::marker::Style::Article);
        assert_eq!(m.num, 5);
        assert_eq!(m.caption, Some("（主管機關）"));
        assert_eq!(m.rest, "");
    }
    #[test]
    fn number() {
        let m = crate::marker::marker("第十條之一　本法").unwrap();
        assert_eq!(m.number(), crate::Num::new(10, Some(1)));
    }
    #[test]
    fn num_string() {
        assert_eq!(crate::marker::marker("七之一、本點").unwrap().num_string(), "7-1");
    }
    #[test]
    fn num_string_2() {
        assert_eq!(crate::marker::num_string(10, Some(1)), "10-1");
        assert_eq!(crate::marker::num_string(3, None), "3");
    }
    #[test]
    fn marker_2() {
        use crate::marker::{HeadingLevel, Style, marker};
        assert_eq!(marker("（二）協調。").unwrap().style, Style::ParenCjk);
        assert_eq!(marker("第 一 章 總則").unwrap().style, Style::Heading(HeadingLevel::Chapter));
        assert_eq!(marker("第 一 章 總則").unwrap().caption, Some("總則"));
        assert_eq!(marker("第十條之一　　本法").unwrap().num_string(), "10-1");
        assert!(marker("第十三條至第十六條所定").is_none());
        assert_eq!(marker("第一條、本要點訂定。").unwrap().label, "第一條、");
        assert!(marker("第一條、第二條及第五條規定").is_none());
        assert_eq!(marker("壹 總則").unwrap().caption, Some("總則"));
        assert_eq!(marker("第16點").unwrap().num, 16);
        assert!(marker("第16點規定").is_none());
        // A colon closes the label (c-kaohsiung-port-control-area-points-point-two-quoted-
        // label-spaces-in-words in corpus/real).
        let m = marker("第2點:「本管理作業規定適用於…").unwrap();
        assert_eq!((m.num, m.label, m.rest), (2, "第2點:", "「本管理作業規定適用於…"));
        assert_eq!(marker("（一）、甲").unwrap().label, "（一）、");
        assert_eq!(marker("⒉ 乙").unwrap().num, 2);
        assert_eq!(marker("四").unwrap().rest, "");
        assert_eq!(marker("ㄧ、丙").unwrap().num, 1);
        assert_eq!(marker("第1条 本规则").unwrap().num, 1);
        assert!(marker("一兼任。").is_none());
        assert!(marker("1.5公尺").is_none());
    }
}
