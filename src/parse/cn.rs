//! Mainland-China (PRC) laws and regulations: simplified characters, numbered
//! 条 → 款 → 项 → 目 (立法法), in the renderings they are published in: Markdown with `#`
//! heading marks and an INFO block of dates closed by `<!-- INFO END -->`, plain text,
//! and text copied out of a PDF (hard wraps, blank lines, page numbers).
//!
//! The tree is the same as for Taiwanese texts, only the local names differ:
//!
//! | text | mainland name | node |
//! |---|---|---|
//! | `第十条`, `第十条之一` | 条 | `article` |
//! | an unnumbered line inside an article | 款 | `paragraph` |
//! | `（一）`, `(一)`, `一、` (older texts) | 项 | `subparagraph` |
//! | `1.`, `1、`, `（1）`, `①` | 目 | `item` |
//!
//! Around the articles: the title (`# …`), the INFO block (one history entry per line),
//! text before the first article (a preamble node), headings 编/分编/章/节 (with or without
//! `#`; a heading's second line joins its caption) and, after the last article, an
//! appendix (`附件…`, `附表…`, `附录…`, `附：`, footnotes `① …`) kept as one node.
//! Markdown marks and HTML comments are kept as debris, so that every character of the
//! input is in exactly one place of the document.
//!
//! Every step is one pass over the lines.

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

use crate::ast::{Debris, DocKind, Document, HistoryAction, HistoryEntry, Jurisdiction, Node, NodeKind, Num, Span};
use crate::label::{Label, LabelStyle};
use crate::marker::{self, HeadingLevel, Style};
use crate::normalize::{self, Line};

use super::ParseOptions;

/// Phrases that tell the two jurisdictions apart in simplified text: mainland bodies
/// and the Taiwanese ones (some Taiwanese pages are reprinted in simplified characters).
const CN_SIGNS: [&str; 12] = [
    "中华人民共和国",
    "人民代表大会",
    "国务院",
    "人民政府",
    "人民法院",
    "人民检察院",
    "自治区",
    "<!-- INFO END -->",
    "社会主义",
    "直辖市",
    "党中央",
    "中国共产党",
];
/// (`條` is the traditional character of an article label: a Taiwanese rule in
/// traditional characters under a document site's simplified notices, s-ndhu-sports-
/// venue-rules-articles-doc-clone-bilingual-one-line-spam-chrome in corpus/real; a
/// mainland text in simplified characters never writes it.)
/// (Taiwanese cities and district offices name the place of a notice relayed in
/// simplified characters: `新北市所属29区区公所`, c-court-remote-litigation-guidance-
/// notice-tag-page-simplified-doubled-lost-first-numeral in corpus/real.)
const TW_SIGNS: [&str; 24] = [
    "條",
    "台北",
    "新北",
    "桃园",
    "台中",
    "台南",
    "高雄",
    "区公所",
    "乡公所",
    "镇公所",
    "中华民国",
    "中華民國",
    "民国",
    "民國",
    "司法院",
    "行政院",
    "立法院",
    "考选部",
    "考试院",
    "监察院",
    "台湾",
    "臺灣",
    "职等",
    "订定",
];

static SIGNS: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(CN_SIGNS.iter().chain(TW_SIGNS.iter())).ok());

/// Characters written differently in simplified and traditional script (common in laws).
fn simplified(c: char) -> bool {
    matches!(
        c,
        '条' | '国'
            | '华'
            | '们'
            | '这'
            | '为'
            | '应'
            | '规'
            | '则'
            | '务'
            | '员'
            | '区'
            | '级'
            | '县'
            | '设'
            | '机'
            | '关'
            | '门'
            | '发'
            | '会'
            | '时'
            | '实'
            | '现'
            | '对'
            | '与'
            | '经'
            | '过'
            | '进'
            | '证'
            | '议'
            | '论'
            | '该'
            | '费'
            | '资'
            | '处'
            | '罚'
            | '责'
            | '权'
            | '产'
            | '业'
            | '动'
            | '单'
            | '报'
            | '护'
            | '节'
            | '编'
            | '项'
            | '统'
            | '计'
            | '组'
            | '织'
    )
}

fn traditional(c: char) -> bool {
    matches!(
        c,
        '條' | '國'
            | '華'
            | '們'
            | '這'
            | '為'
            | '應'
            | '規'
            | '則'
            | '務'
            | '員'
            | '區'
            | '級'
            | '縣'
            | '設'
            | '機'
            | '關'
            | '門'
            | '發'
            | '會'
            | '時'
            | '實'
            | '現'
            | '對'
            | '與'
            | '經'
            | '過'
            | '進'
            | '證'
            | '議'
            | '論'
            | '該'
            | '費'
            | '資'
            | '處'
            | '罰'
            | '責'
            | '權'
            | '產'
            | '業'
            | '動'
            | '單'
            | '報'
            | '護'
            | '節'
            | '編'
            | '項'
            | '統'
            | '計'
            | '組'
            | '織'
    )
}

/// How many bytes from the start [`detect_jurisdiction`] counts characters in.
const DETECT_PREFIX: usize = 4 * 1024;

/// How many script-telling characters settle the count when one script has three times
/// the other's.
const DETECT_SETTLED: usize = 48;

/// Whose law a text is, judged from its content (the script from its first 4 KiB): mainland when it is
/// written in simplified characters and does not name Taiwanese bodies or dates
/// (中华民国, 行政院, 考选部 …) more often than mainland ones (国务院, 人民代表大会 …);
/// Taiwanese articles cited by Arabic numbers (`第 1 条`) count as Taiwanese signs.
///
/// ```
/// use fagui::Jurisdiction;
/// use fagui::detect_jurisdiction;
/// assert_eq!(detect_jurisdiction("第一条 为了规范行政区划的管理，制定本条例。"), Jurisdiction::Cn);
/// assert_eq!(detect_jurisdiction("第一條 本法依憲法訂定之。"), Jurisdiction::Tw);
/// assert_eq!(detect_jurisdiction("第 1 条 本规则依考选部处务规程订定之。"), Jurisdiction::Tw);
/// ```
pub fn detect_jurisdiction(src: &str) -> Jurisdiction {
    let (mut simp, mut trad) = (0usize, 0usize);
    let mut arabic_articles = 0usize;
    // `第 1 条` / `第1条`: the state of the match so far (0 none, 1 after 第, 2 after digits).
    let mut state = 0u8;
    // The script of a text shows in its first pages: the count stops after a bounded
    // prefix (a whole national database is read in batch, most of it Taiwanese).
    for c in normalize::head(src, DETECT_PREFIX).chars() {
        if c > '\u{2e7f}' {
            simp += usize::from(simplified(c));
            trad += usize::from(traditional(c));
            if simp + trad >= DETECT_SETTLED && (simp >= 3 * trad || trad >= 3 * simp) {
                break;
            }
        }
        state = match (state, c) {
            (_, '第') => 1,
            (1, ' ') => 1,
            (1 | 2, '0'..='9') => 2,
            (2, ' ') => 2,
            (2, '条') => {
                arabic_articles += 1;
                0
            }
            _ => 0,
        };
    }
    if simp <= trad {
        return Jurisdiction::Tw;
    }
    let (mut cn, mut tw) = (0usize, arabic_articles + roc_dates(normalize::head(src, DETECT_PREFIX)));
    if let Some(ac) = SIGNS.as_ref() {
        for m in ac.find_iter(src) {
            if m.pattern().as_usize() < CN_SIGNS.len() {
                cn += 1;
            } else {
                tw += 1;
            }
        }
    }
    if tw > cn { Jurisdiction::Tw } else { Jurisdiction::Cn }
}

/// Dates in the Republic's years written in Arabic numerals (`112年10月27日`: a year of two
/// or three digits, then a month), which a mainland text, counting years from the common
/// era, does not write: a Taiwanese notice relayed in simplified characters
/// (l-taoyuan-water-outage-notice-simplified-script-relay-points-paren-arabic-truncated in
/// corpus/real).
fn roc_dates(text: &str) -> usize {
    let b = text.as_bytes();
    let digits_before =
        |end: usize| b.get(..end).map_or(0, |h| h.iter().rev().take_while(|c| c.is_ascii_digit()).count());
    text.match_indices('年')
        .filter(|&(at, _)| {
            let year = digits_before(at);
            let after = b.get(at + '年'.len_utf8()..).unwrap_or(&[]);
            let month = after.iter().take_while(|c| c.is_ascii_digit()).count();
            (2..=3).contains(&year)
                && (1..=2).contains(&month)
                && after.get(month..).is_some_and(|r| r.starts_with("月".as_bytes()))
        })
        .count()
}

/// One logical line: a physical line, or several joined where the text was hard-wrapped.
struct Ln {
    /// The content, Markdown marks taken off, wraps joined (whitespace folded in the
    /// joined lines only).
    text: String,
    /// Byte range of the content in the source.
    span: Span,
    /// Number of `#` marks before it.
    hashes: usize,
}

/// Parses a mainland text into one document.
pub(super) fn parse(src: &str, opts: &ParseOptions) -> Document {
    let mut lines = normalize::lines(src);
    let mut debris = Vec::new();
    super::lines::clean(&mut lines, &mut debris, false);
    let marks = super::all_marks(&lines);
    // Markdown is never hard-wrapped.
    let markdown = lines.iter().any(|l| l.content.starts_with('#') || l.content.starts_with("<!--"));
    let wrapped = opts.wrapped.unwrap_or_else(|| !markdown && super::detect::detect_wrapped(&lines, &marks));
    let full = if wrapped { super::detect::full_width(&lines, &marks) } else { u32::MAX };
    // A 款 may go on after a sentence that ends at the margin only where the wrap is
    // real: hardly a line runs past the margin.
    let tight = wrapped && lines.iter().filter(|l| l.width > full.saturating_add(4)).count() * 50 <= lines.len();
    // Where 款 open with an indent (two U+3000, as PDFs and web pages of official texts
    // print them) and wrapped lines do not, the indent tells a new 款 from a sentence that
    // went on after one ended at the margin.
    // Told by the articles: nearly all of them indented, and lines without an indent
    // (the wrapped ones) common.
    let written = lines.iter().filter(|l| !l.content.is_empty()).count();
    let unindented = lines.iter().filter(|l| !l.content.is_empty() && l.indent == 0).count();
    let (articles, indented_articles) = lines
        .iter()
        .filter(|l| article_marker(l.content).is_some())
        .fold((0usize, 0usize), |(a, i), l| (a + 1, i + usize::from(l.indent > 0)));
    let indents = wrapped && articles >= 3 && indented_articles * 10 >= articles * 8 && unindented * 10 >= written;
    let (logical, info_end) = logical_lines(&lines, &mut debris, Wrap { wrapped, full, tight, indents });
    let mut doc = Document::new(opts.kind.unwrap_or(DocKind::Statute));
    doc.jurisdiction = Jurisdiction::Cn;
    let mut b = Build::new(&logical);
    b.front(opts.title, info_end, &mut doc);
    b.body();
    doc.units = b.out;
    // Two headings of one number under one parent (`第一章` twice) share an id.
    if super::ids::has_duplicate_ids(&doc.units) {
        super::ids::dedupe_ids(&mut doc.units);
    }
    debris.sort_by_key(|d| d.span.0);
    doc.debris = debris;
    doc
}

/// Lines with Markdown marks and comments taken off (into `debris`) and hard wraps
/// joined; also the index of the logical line after `<!-- INFO END -->`, if any.
/// How the text was wrapped: whether it was, the width from which a line runs to the
/// margin, and whether no line runs past it.
#[derive(Clone, Copy)]
struct Wrap {
    wrapped: bool,
    full: u32,
    tight: bool,
    /// 款 open with an indent and wrapped lines have none.
    indents: bool,
}

fn logical_lines(lines: &[Line<'_>], debris: &mut Vec<Debris>, wrap: Wrap) -> (Vec<Ln>, Option<usize>) {
    let Wrap { wrapped, full, tight, indents } = wrap;
    let mut out: Vec<Ln> = Vec::with_capacity(lines.len());
    let mut info_end = None;
    let mut join_next = Join::No;
    for l in lines {
        let c = l.content;
        if c.starts_with("<!--") && c.ends_with("-->") {
            debris.push(Debris { text: c.to_string(), span: Span(l.content_start, l.content_end()) });
            if c.contains("INFO END") {
                info_end = Some(out.len());
            }
            join_next = Join::No;
            continue;
        }
        let hashes = c.bytes().take_while(|&b| b == b'#').count();
        let (text, start) = if hashes > 0 {
            debris.push(Debris {
                text: c.get(..hashes).unwrap_or_default().to_string(),
                span: Span(l.content_start, l.content_start + hashes),
            });
            let rest = c.get(hashes..).unwrap_or_default();
            let trimmed = rest.trim_start_matches(normalize::is_space);
            (trimmed, l.content_start + hashes + (rest.len() - trimmed.len()))
        } else {
            (c, l.content_start)
        };
        if text.is_empty() {
            join_next = Join::No;
            continue;
        }
        let end = l.content_end();
        let joins = match join_next {
            Join::No => false,
            Join::Wrap => article_marker(text).is_none() && !spaced_heading(text),
            Join::Sentence(_) if indents => {
                l.indent == 0
                    && (normalize::starts_with_continuation(text)
                        || (marker::marker(text).is_none()
                            && numbered_heading(text).is_none()
                            && !is_appendix_start(text)))
            }
            Join::Sentence(last) => continues_after_margin(last, text),
        };
        if joins
            && hashes == 0
            && let Some(prev) = out.last_mut()
        {
            normalize::join(&mut prev.text, text);
            prev.span.1 = end;
        } else {
            // Folded later, node by node: the space after a label tells an article.
            let s = text.to_string();
            out.push(Ln { text: s, span: Span(start, end), hashes });
        }
        join_next = match l.final_char {
            _ if !wrapped || hashes > 0 || l.width < full => Join::No,
            _ if !l.ends_sentence => Join::Wrap,
            Some(c) if tight || indents => Join::Sentence(c),
            _ => Join::No,
        };
    }
    (out, info_end)
}

/// Whether the next physical line may continue the logical line before it.
#[derive(Clone, Copy)]
enum Join {
    No,
    /// The line ran to the wrap margin in mid-sentence: the next line continues it
    /// unless it opens an article or a heading.
    Wrap,
    /// The line ran to the wrap margin and ended a sentence with this character: a 款
    /// may end there or only one of its sentences.
    Sentence(char),
}

/// `第一章 总则`: a numbered heading with a space after its label (a wrapped sentence
/// that goes on with `第三章规定的…` has none).
fn spaced_heading(text: &str) -> bool {
    marker::marker(text).is_some_and(|m| matches!(m.style, Style::Heading(_)) && (m.spaced || m.rest.is_empty()))
        && numbered_heading(text).is_some()
}

/// After a line that runs to the wrap margin and ends a sentence with `last`, whether
/// the next line goes on with the same 款. A 款 ends at the margin about three times as
/// often as one of its sentences does, so a break is the default; but a clause that
/// ends with `；` is followed by the rest of its sentence (`逾期不改正的，…`, `情节严重的，…`)
/// far more often than by a new 款, and some words only go on with a sentence
/// (`但是`, `其中，`, `具体办法`). A line with a marker of its own never continues.
fn continues_after_margin(last: char, text: &str) -> bool {
    if marker::marker(text).is_some() || numbered_heading(text).is_some() || is_appendix_start(text) {
        return false;
    }
    if normalize::starts_with_continuation(text) {
        return true;
    }
    match last {
        '；' | ';' => true,
        '。' | '.' => {
            SENTENCE_GOES_ON.iter().any(|w| text.starts_with(w)) && !NOT_GOING_ON.iter().any(|w| text.starts_with(w))
        }
        _ => false,
    }
}

/// Words that open a further sentence of a 款 and (nearly) never a 款 of its own:
/// `但是`, `具体办法…`, `其中，`, `如果`/`如…的`, `否则`, `此外`, `必要时`, and `其` (`其…`
/// refers back into the same 款; `其他…` is told apart by [`NOT_GOING_ON`]). Counted on
/// the sentences of half of the development laws (`。` then one of these words: the
/// next sentence of the same 款 against a new 款, at least 5 to 1) and kept only where
/// the other half agrees.
const SENTENCE_GOES_ON: [&str; 7] = ["但", "其", "具体", "如", "否则", "此外", "必要时"];

/// Words that start like [`SENTENCE_GOES_ON`] and open 款 as often as sentences
/// (`其他组织…`, `如实…`).
const NOT_GOING_ON: [&str; 3] = ["其他", "其它", "如实"];

/// `第一条`, `第十条之一` at the start of a line, followed by a space or nothing
/// (mainland texts always space the label off).
fn article_marker(text: &str) -> Option<marker::Marker<'_>> {
    let Some(m) = marker::marker(text) else { return bracket_caption(text) };
    let deleted = m.caption.is_some_and(is_deleted);
    let ok =
        m.style == Style::Article && (m.spaced || m.rest.is_empty() || deleted) && (m.caption.is_none() || deleted);
    if !ok {
        return bracket_caption(text);
    }
    // `第一条 【立法目的】…`: the bracketed words are the article's caption.
    match bracket(m.rest) {
        Some((caption, rest)) if m.caption.is_none() => Some(marker::Marker { caption: Some(caption), rest, ..m }),
        _ => Some(m),
    }
}

/// `第一条【立法目的】为规范…`: an article whose label is followed by a caption in `【】`
/// (departmental rules often caption every article so), with no space before it.
fn bracket_caption(text: &str) -> Option<marker::Marker<'_>> {
    let open = text.find('【')?;
    let m = marker::marker(text.get(..open)?)?;
    if m.style != Style::Article || !m.rest.is_empty() || m.caption.is_some() {
        return None;
    }
    let (caption, rest) = bracket(text.get(open..)?)?;
    Some(marker::Marker { caption: Some(caption), rest, spaced: false, ..m })
}

/// A short caption in `【】` at the start of `text`, and the text after it.
fn bracket(text: &str) -> Option<(&str, &str)> {
    if !text.starts_with('【') {
        return None;
    }
    let close = text.find('】')? + '】'.len_utf8();
    let caption = text.get(..close)?;
    (caption.chars().count() <= 32)
        .then(|| (caption, text.get(close..).unwrap_or("").trim_start_matches(normalize::is_space)))
}

/// A heading: its rank (编 0, 分编 1, 章 2, 节 3), kind, number and label length.
struct Heading {
    rank: u8,
    kind: NodeKind,
    num: Option<Num>,
    label: Option<Label>,
    caption: String,
}

/// `第一编 总则`, `第一分编 通则`, `第二章 …`, `第三节 …` (at most 40 characters, not a sentence).
fn numbered_heading(text: &str) -> Option<Heading> {
    if text.chars().count() > 40 || normalize::ends_sentence(text) {
        return None;
    }
    if let Some(m) = marker::marker(text)
        && let Style::Heading(level) = m.style
    {
        let (rank, kind) = match level {
            HeadingLevel::Part => (0, NodeKind::Part),
            HeadingLevel::Chapter => (2, NodeKind::Chapter),
            HeadingLevel::Section => (3, NodeKind::Section),
            HeadingLevel::Subsection => (4, NodeKind::Subsection),
            HeadingLevel::Division => (5, NodeKind::Division),
        };
        let caption = m.caption.unwrap_or(m.rest).to_string();
        return Some(Heading { rank, kind, num: Some(m.number()), label: Some(m.to_label()), caption });
    }
    // 第一分编: the marker rules know no 分编.
    let rest = text.strip_prefix('第')?;
    let at = rest.find("分编").or_else(|| rest.find("分編"))?;
    let n = crate::numeral::cjk_value(rest.get(..at)?)?;
    let label_len = '第'.len_utf8() + at + "分编".len();
    let (label, caption) = text.split_at_checked(label_len)?;
    Some(Heading {
        rank: 1,
        kind: NodeKind::Subpart,
        num: Some(Num::from(n)),
        label: Some(Label::read(label, LabelStyle::Heading, false, false)),
        caption: caption.trim_start_matches(normalize::is_space).to_string(),
    })
}

/// An appendix line after the last article: `附件…`, `附表…`, `附录…`, `附：`, or a
/// footnote `① …`.
fn is_appendix_start(text: &str) -> bool {
    text.starts_with("附件")
        || text.starts_with("附表")
        || text.starts_with("附录")
        || text.starts_with("附图")
        || text.starts_with("附錄")
        || text.starts_with("附：")
        || text.starts_with("附:")
        || text.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c))
}

/// Where a node is in the tree being built.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Subparagraph,
    Item,
    Subitem,
}

struct Build<'a> {
    lines: &'a [Ln],
    idx: usize,
    out: Vec<Node>,
    /// Open headings: (rank, node, headings opened under it so far).
    headings: Vec<(u8, Node, u32)>,
    /// Top-level headings opened so far.
    top_headings: u32,
    /// The open article.
    article: Option<Node>,
    /// Last article number read.
    last: Option<Num>,
    /// The style of the 目 level open in the article, and the last `一、` 项 number
    /// (`一、` is a 项 only in a sequence that starts at 一 inside the article).
    item_style: Option<Style>,
    subitem_style: Option<Style>,
    dun: Option<u32>,
    /// Index of the logical line of the last article.
    last_article_line: Option<usize>,
    /// True for Markdown (headings keep their `#`).
    markdown: bool,
    /// Ranks of headings by their `#` count (for headings without 第N章).
    hash_rank: [Option<u8>; 8],
}

impl<'a> Build<'a> {
    fn new(lines: &'a [Ln]) -> Build<'a> {
        // One pass ahead: the line of the last article, so that an appendix is only
        // looked for after it.
        let mut last = None;
        let mut last_line = None;
        for (i, l) in lines.iter().enumerate() {
            if l.hashes == 0
                && let Some(m) = article_marker(&l.text)
                && accepts(last, m.number())
            {
                last = Some(m.number());
                last_line = Some(i);
            }
        }
        Build {
            lines,
            idx: 0,
            out: Vec::new(),
            headings: Vec::new(),
            top_headings: 0,
            article: None,
            last: None,
            item_style: None,
            subitem_style: None,
            dun: None,
            last_article_line: last_line,
            markdown: lines.iter().any(|l| l.hashes > 0),
            hash_rank: [None; 8],
        }
    }

    /// Title, INFO block (history) and nothing else: stops at the first line of the body.
    fn front(&mut self, want_title: bool, info_end: Option<usize>, doc: &mut Document) {
        let Some(first) = self.lines.first() else { return };
        let first_is_title = want_title
            && (first.hashes == 1
                || (first.hashes == 0
                    && article_marker(&first.text).is_none()
                    && numbered_heading(&first.text).is_none()
                    && date_prefix(&first.text).is_none()
                    && !normalize::ends_sentence(&first.text)
                    && first.text.chars().count() <= 80));
        if first_is_title {
            doc.title = Some(normalize::folded(&first.text));
            self.idx = 1;
        }
        let info_to = match info_end {
            Some(e) => e,
            None => {
                // Without the INFO marker: the dated lines right after the title.
                let mut e = self.idx;
                while self.lines.get(e).is_some_and(|l| l.hashes == 0 && is_info_line(&l.text)) {
                    e += 1;
                }
                e
            }
        };
        while self.idx < info_to {
            let Some(l) = self.lines.get(self.idx) else { break };
            if article_marker(&l.text).is_some() && l.hashes == 0 {
                break;
            }
            doc.history.push(history_entry(&normalize::folded(&l.text), l.span));
            self.idx += 1;
        }
    }

    fn body(&mut self) {
        let mut preamble: Option<Node> = None;
        let mut appendix: Option<Node> = None;
        while let Some(l) = self.lines.get(self.idx) {
            let i = self.idx;
            self.idx += 1;
            if let Some(app) = appendix.as_mut() {
                app.text.push('\n');
                normalize::push_folded(&mut app.text, &l.text);
                app.span.1 = l.span.1;
                continue;
            }
            let after_last = self.last_article_line.is_none_or(|last| i > last);
            if after_last && self.last_article_line.is_some() && l.hashes == 0 && is_appendix_start(&l.text) {
                self.close_article();
                self.close_headings(0);
                let mut n = Node::new("appendix", NodeKind::Appendix, normalize::folded(&l.text));
                n.span = l.span;
                appendix = Some(n);
                continue;
            }
            if l.hashes == 0
                && let Some(m) = article_marker(&l.text)
                && accepts(self.last, m.number())
            {
                if let Some(p) = preamble.take() {
                    self.out.push(p);
                }
                self.open_article(l, &m);
                continue;
            }
            let heading = if l.hashes > 0 { Some(self.marked_heading(l)) } else { numbered_heading(&l.text) };
            if let Some(h) = heading {
                if let Some(p) = preamble.take() {
                    self.out.push(p);
                }
                self.open_heading(h, l.span);
                continue;
            }
            if self.lost_heading(l) || self.lost_closing_heading(l) {
                if let Some(p) = preamble.take() {
                    self.out.push(p);
                }
                let rank = if self.lost_closing_heading(l) {
                    // `附则` closes the whole law: at the level of the outermost heading.
                    self.headings.first().map_or(2, |(r, _, _)| *r)
                } else {
                    self.hash_rank.get(2).copied().flatten().unwrap_or(2)
                };
                let h = Heading { rank, kind: rank_kind(rank), num: None, label: None, caption: l.text.clone() };
                self.open_heading(h, l.span);
                continue;
            }
            if self.article.is_some() {
                self.article_line(l);
                continue;
            }
            if let Some((_, h, _)) = self.headings.last_mut() {
                // A heading's second line: its own text (the caption is the heading line's).
                normalize::join(&mut h.text, &l.text);
                h.span.1 = l.span.1;
                continue;
            }
            let p = preamble.get_or_insert_with(|| {
                let mut n = Node::new("preamble", NodeKind::Preamble, "");
                n.span = l.span;
                n
            });
            let k = p.children.len() as u32 + 1;
            let mut para = Node::new(format!("preamble__para_{k}"), NodeKind::Paragraph, normalize::folded(&l.text));
            para.num = Some(Num::from(k));
            para.span = l.span;
            p.span.1 = l.span.1;
            p.children.push(para);
        }
        if let Some(p) = preamble.take() {
            self.out.push(p);
        }
        self.close_article();
        self.close_headings(0);
        if let Some(a) = appendix {
            self.out.push(a);
        }
    }

    /// A heading that lost its `#` (`一、一般规定` in plain text): a short line numbered
    /// `一、` without the punctuation that ends a clause, right before the next article.
    fn lost_heading(&self, l: &Ln) -> bool {
        !self.markdown
            && l.hashes == 0
            && marker::marker(&l.text).is_some_and(|m| m.style == Style::CjkComma)
            && !l.text.contains(['：', ':', '＝', '='])
            && l.text.chars().count() <= 30
            && !normalize::ends_sentence(&l.text)
            && !l.text.ends_with(['，', '、', ','])
            && self.lines.get(self.idx).is_some_and(|n| {
                n.hashes == 0 && article_marker(&n.text).is_some_and(|m| accepts(self.last, m.number()))
            })
    }

    /// `附则` (or `总则`, `罚则`, `法律责任`) standing alone right before an article, after
    /// headings: a heading that lost its `#` and has no number.
    fn lost_closing_heading(&self, l: &Ln) -> bool {
        !self.markdown
            && l.hashes == 0
            && !self.headings.is_empty()
            && matches!(
                l.text.chars().filter(|c| !normalize::is_space(*c)).collect::<String>().as_str(),
                "附则" | "总则" | "罚则" | "法律责任"
            )
            && self.lines.get(self.idx).is_some_and(|n| {
                n.hashes == 0 && article_marker(&n.text).is_some_and(|m| accepts(self.last, m.number()))
            })
    }

    /// A `#` line: a numbered heading, or one named otherwise (`## 一、一般规定`) whose
    /// rank follows from its `#` count.
    fn marked_heading(&mut self, l: &Ln) -> Heading {
        let slot = l.hashes.min(7);
        let h = numbered_heading(&l.text).unwrap_or_else(|| {
            let rank = self.hash_rank.get(slot).copied().flatten().unwrap_or(2 + (slot.saturating_sub(2) as u8));
            Heading { rank, kind: rank_kind(rank), num: None, label: None, caption: l.text.clone() }
        });
        if let Some(r) = self.hash_rank.get_mut(slot) {
            *r = Some(h.rank);
        }
        h
    }

    fn open_heading(&mut self, h: Heading, span: Span) {
        self.close_article();
        self.close_headings(h.rank);
        // An unnumbered heading is numbered by its place among its parent's headings
        // (counted as they open: one step per heading).
        let count = match self.headings.last_mut() {
            Some((_, _, n)) => n,
            None => &mut self.top_headings,
        };
        *count += 1;
        let num = h.num.unwrap_or(Num::from(*count));
        let parent = self.headings.last().map(|(_, n, _)| n.id.as_str()).unwrap_or("");
        let mut id = String::new();
        if !parent.is_empty() {
            id.push_str(parent);
            id.push_str("__");
        }
        id.push_str(h.kind.id_prefix());
        id.push('_');
        id.push_str(&num.to_string());
        let mut n = Node::new(id, h.kind, "");
        n.num = Some(num);
        n.label = h.label;
        n.caption = (!h.caption.is_empty()).then(|| {
            let mut c = String::new();
            normalize::push_folded(&mut c, &h.caption);
            c
        });
        n.span = span;
        self.headings.push((h.rank, n, 0));
    }

    /// Closes headings of rank `rank` and deeper.
    fn close_headings(&mut self, rank: u8) {
        while self.headings.last().is_some_and(|(r, _, _)| *r >= rank) {
            let Some((_, n, _)) = self.headings.pop() else { break };
            self.attach(n);
        }
    }

    fn attach(&mut self, n: Node) {
        match self.headings.last_mut() {
            Some((_, p, _)) => {
                p.span.1 = p.span.1.max(n.span.1);
                p.children.push(n);
            }
            None => self.out.push(n),
        }
    }

    fn close_article(&mut self) {
        if let Some(a) = self.article.take() {
            self.attach(a);
        }
    }

    fn open_article(&mut self, l: &Ln, m: &marker::Marker<'_>) {
        self.close_article();
        let num = m.number();
        self.last = Some(num);
        self.item_style = None;
        self.subitem_style = None;
        self.dun = None;
        let parent = self.headings.last().map(|(_, n, _)| n.id.as_str()).unwrap_or("");
        let mut id = String::new();
        if !parent.is_empty() {
            id.push_str(parent);
            id.push_str("__");
        }
        id.push_str("art_");
        id.push_str(&num.to_string());
        let mut a = Node::new(id, NodeKind::Article, "");
        a.num = Some(num);
        a.label = Some(m.to_label());
        a.span = l.span;
        // `第五条（删去）`: the note is the article's text; `第一条【立法目的】`: a caption.
        let rest = match m.caption {
            Some(c) if c.starts_with('【') => {
                a.caption = Some(normalize::folded(c));
                m.rest
            }
            Some(c) => c,
            None => m.rest.trim_start_matches(normalize::is_space),
        };
        self.article = Some(a);
        if !rest.is_empty() {
            self.paragraph(normalize::folded(rest), l.span);
        }
    }

    /// A line inside an article: a 项, a 目 or a new 款.
    fn article_line(&mut self, l: &Ln) {
        let m = marker::marker(&l.text);
        match m.as_ref().map(|m| (m.style, m.number())) {
            Some((Style::ParenCjk, _)) => {
                self.dun = None;
                self.list(l, m.as_ref(), Level::Subparagraph);
            }
            Some((Style::CjkComma, n))
                if n.sub.is_none() && (n.main == 1 || self.dun.is_some_and(|d| d + 1 == n.main)) =>
            {
                self.dun = Some(n.main);
                self.list(l, m.as_ref(), Level::Subparagraph);
            }
            Some((Style::Arabic | Style::ParenArabic | Style::Circled, _)) => {
                let style = m.as_ref().map(|m| m.style);
                let level = match (self.item_style, self.subitem_style) {
                    (Some(s), _) if Some(s) == style => Level::Item,
                    (_, Some(s)) if Some(s) == style => Level::Subitem,
                    (Some(_), _) => Level::Subitem,
                    (None, _) => Level::Item,
                };
                if level == Level::Item {
                    self.item_style = style;
                    self.subitem_style = None;
                } else {
                    self.subitem_style = style;
                }
                self.list(l, m.as_ref(), level);
            }
            _ => {
                self.dun = None;
                self.paragraph(normalize::folded(&l.text), l.span);
            }
        }
    }

    /// A new 款 in the open article.
    fn paragraph(&mut self, text: String, span: Span) {
        self.item_style = None;
        self.subitem_style = None;
        let Some(a) = self.article.as_mut() else { return };
        if a.children.is_empty() && is_deleted(&text) {
            a.deleted = true;
        }
        let k = a.children.len() as u32 + 1;
        let mut p = Node::new(format!("{}__para_{k}", a.id), NodeKind::Paragraph, text);
        p.num = Some(Num::from(k));
        p.span = span;
        a.span.1 = a.span.1.max(span.1);
        a.children.push(p);
    }

    /// A list item at `level` under the open 款 (and 项, 目).
    fn list(&mut self, l: &Ln, m: Option<&marker::Marker<'_>>, level: Level) {
        let Some(m) = m else { return };
        if self.article.as_ref().is_some_and(|a| a.children.is_empty()) {
            self.paragraph(String::new(), Span(l.span.0, l.span.0));
        }
        let Some(a) = self.article.as_mut() else { return };
        a.span.1 = a.span.1.max(l.span.1);
        let Some(para) = a.children.last_mut() else { return };
        para.span.1 = para.span.1.max(l.span.1);
        // Down to the open node one level above; missing levels are skipped (a 目 right
        // under a 款).
        let into_sub = matches!(level, Level::Item | Level::Subitem)
            && para.children.last().is_some_and(|c| c.kind == NodeKind::Subparagraph);
        let parent = if into_sub {
            let Some(c) = para.children.last_mut() else { return };
            c.span.1 = c.span.1.max(l.span.1);
            c
        } else {
            para
        };
        let into_item = level == Level::Subitem && parent.children.last().is_some_and(|c| c.kind == NodeKind::Item);
        let parent = if into_item {
            let Some(c) = parent.children.last_mut() else { return };
            c.span.1 = c.span.1.max(l.span.1);
            c
        } else {
            parent
        };
        let kind = match level {
            Level::Subparagraph => NodeKind::Subparagraph,
            _ if parent.kind == NodeKind::Item => NodeKind::Subitem,
            _ if parent.kind == NodeKind::Paragraph || parent.kind == NodeKind::Subparagraph => NodeKind::Item,
            _ => NodeKind::Subitem,
        };
        // The place among the siblings of this kind (the id's number; the node's `num`
        // is its label's, which may skip).
        let k = parent.children.iter().filter(|c| c.kind == kind).count() as u32 + 1;
        let num = Num::from(k);
        let mut n = Node::new(format!("{}__{}_{num}", parent.id, kind.id_prefix()), kind, "");
        n.num = Some(m.number());
        n.label = Some(m.to_label());
        n.text = normalize::folded(m.rest);
        n.span = l.span;
        parent.children.push(n);
    }
}

/// The node kind of a heading rank.
fn rank_kind(rank: u8) -> NodeKind {
    match rank {
        0 => NodeKind::Part,
        1 => NodeKind::Subpart,
        2 => NodeKind::Chapter,
        3 => NodeKind::Section,
        4 => NodeKind::Subsection,
        _ => NodeKind::Division,
    }
}

/// `（删除）`, `（删去）`: the text of a repealed article.
fn is_deleted(t: &str) -> bool {
    matches!(t, "（删除）" | "(删除)" | "（删去）" | "(删去)" | "（刪除）" | "删除" | "删去" | "（已删除）")
}

/// Whether an article number may follow `last`: the first article, or a greater number.
fn accepts(last: Option<Num>, n: Num) -> bool {
    last.is_none_or(|l| n > l)
}

/// `2000年3月15日` at the start of a line → (year, month, day, bytes read).
fn date_prefix(text: &str) -> Option<(u32, u32, u32, usize)> {
    let num = |s: &str| -> Option<(u32, usize)> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        Some((s.get(..digits)?.parse().ok()?, digits))
    };
    let (y, a) = num(text)?;
    let rest = text.get(a..)?.strip_prefix('年')?;
    let (m, b) = num(rest)?;
    let rest2 = rest.get(b..)?.strip_prefix('月')?;
    let (d, c) = num(rest2)?;
    rest2.get(c..)?.strip_prefix('日')?;
    let used = a + '年'.len_utf8() + b + '月'.len_utf8() + c + '日'.len_utf8();
    ((1900..2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d, used))
}

/// A line of the INFO block: it starts with a date, or names an adoption (`…通过`,
/// `…公布`, `根据…修正`).
fn is_info_line(text: &str) -> bool {
    let opened = text.strip_prefix(['（', '(']);
    date_prefix(text).is_some()
        || doc_number(text)
        // `（2004年9月24日…通过　2015年1月13日…修订　根据…修正）`: one line for every event,
        // however long; `经2002年6月4日…通过。` in judicial interpretations.
        || opened.or_else(|| text.strip_prefix('经')).is_some_and(|t| date_prefix(t).is_some())
        || ((text.starts_with("根据") || opened.is_some())
            && ACTIONS.iter().any(|a| text.contains(a))
            && text.chars().count() < 200)
}

/// A document number standing alone: `法释〔2002〕21号`, `国务院令第748号`.
fn doc_number(text: &str) -> bool {
    let n = text.chars().count();
    (3..=30).contains(&n)
        && text.ends_with('号')
        && (text.contains('〔') || text.contains("令第"))
        && !text.contains(['，', '。', '；', '：'])
}

/// Action words of an INFO line, most specific first.
const ACTIONS: [&str; 10] = ["修正", "修订", "修改", "通过", "公布", "发布", "施行", "批准", "废止", "决定"];

/// One history entry from an INFO line.
fn history_entry(text: &str, span: Span) -> HistoryEntry {
    // `（2021年6月10日…通过）`, `经2002年6月4日…通过`: the date after the bracket or 经.
    let lead = text
        .strip_prefix(['（', '('])
        .or_else(|| text.strip_prefix('经'))
        .filter(|t| date_prefix(t).is_some())
        .unwrap_or(text);
    let date = date_prefix(lead);
    let after = date.and_then(|(.., used)| lead.get(used..)).unwrap_or(text).trim_start_matches(normalize::is_space);
    let mut actions = Vec::new();
    let mut first_at = None;
    for a in ACTIONS {
        if let Some(at) = after.find(a) {
            actions.push((at, a));
            first_at = Some(first_at.map_or(at, |f: usize| f.min(at)));
        }
    }
    actions.sort();
    let body =
        first_at.and_then(|at| after.get(..at)).map(str::trim).filter(|b| !b.is_empty() && !b.starts_with("根据"));
    HistoryEntry {
        raw: text.to_string(),
        date: date.map(|(y, m, d, _)| format!("{y:04}-{m:02}-{d:02}")),
        body: body.map(str::to_string),
        doc_no: doc_number(text).then(|| text.to_string()),
        action: actions.last().map(|(_, a)| a.to_string()),
        actions: actions.iter().map(|(_, a)| HistoryAction { action: a.to_string(), units: Vec::new() }).collect(),
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cn(src: &str) -> Document {
        crate::parse(src)
    }

    #[test]
    fn detects_mainland_and_taiwan() {
        assert_eq!(
            detect_jurisdiction("# 行政区划管理条例\n\n第一条 为了加强行政区划的管理，制定本条例。"),
            Jurisdiction::Cn
        );
        assert_eq!(detect_jurisdiction("示範法\n第一條 本法訂定。"), Jurisdiction::Tw);
        assert_eq!(detect_jurisdiction(""), Jurisdiction::Tw);
        // A Taiwanese notice relayed in simplified characters dates itself in the
        // Republic's years; a mainland text in the common era's.
        let notice = "停水通知\n为提升供水稳定,将办理检验。\n停水时间自112年10月27日9时起至112年10月27日13时止。\n一、停水前:请提早储水。\n";
        assert_eq!(detect_jurisdiction(notice), Jurisdiction::Tw);
        let mainland = notice.replace("112年", "2023年");
        assert_eq!(detect_jurisdiction(&mainland), Jurisdiction::Cn);
        assert_eq!(detect_jurisdiction("为了规范管理,制定本办法。本办法自100年一遇洪水标准施行。"), Jurisdiction::Cn);
        assert_eq!(
            detect_jurisdiction("【法规沿革】\n1.中华民国八十二年十月十六日司法院令订定\n第1条\n本规则依法订定之。"),
            Jurisdiction::Tw
        );
        // A document site's notices in simplified characters over a rule in traditional
        // ones: its article labels write 條.
        let site = "1、本文档共9页,可阅读全部内容。\n2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!文档内容仅供研究参考,付费前请自行鉴别。\n";
        let rule = "某大學運動場館管理辦法 第一條、為綜理校內各運動場館,特訂定本辦法。 第二條、本辦法所稱之各場館包括體育館。\n";
        let site = site.repeat(3);
        assert_eq!(detect_jurisdiction(&format!("{site}{rule}")), Jurisdiction::Tw);
        assert_eq!(detect_jurisdiction(&site), Jurisdiction::Cn);
        // A court's notice relayed in simplified characters names a Taiwanese city's
        // district offices.
        let relay = "民众如有诉讼程序问题,不用亲自到法院,可以就近到所在的县市政府或区公所的服务据点,透过视讯网络与法院端连线。 二、视讯服务的一端设在法院,另一端设在新北市政府法制局及新北市所属29区区公所的调解委员会。 三、视讯服务时间:上班日上午9时至11时30分\n";
        assert_eq!(detect_jurisdiction(relay), Jurisdiction::Tw);
    }

    #[test]
    fn markdown_law() {
        let src = "# 示范条例\n\n2017年11月22日 国务院第193次常务会议通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范示范工作，制定本条例。\n\n第二条 下列事项由国务院审批：\n\n（一）省的设立；\n\n(二)县的设立：\n\n1.甲；\n\n2.乙。\n\n前款规定的事项，另行规定。\n\n## 第二章\n\n附则\n\n第二条之一 本条例自公布之日起施行。\n\n附件：示范表\n\n一、甲表\n";
        let doc = cn(src);
        assert_eq!(doc.jurisdiction, Jurisdiction::Cn);
        assert_eq!(doc.title.as_deref(), Some("示范条例"));
        assert_eq!(doc.history.len(), 1);
        assert_eq!(doc.history[0].date.as_deref(), Some("2017-11-22"));
        assert_eq!(doc.history[0].action.as_deref(), Some("通过"));
        assert_eq!(doc.history[0].body.as_deref(), Some("国务院第193次常务会议"));
        assert_eq!(doc.units.len(), 3, "{:#?}", doc.units);
        let chap = &doc.units[0];
        assert_eq!(chap.caption.as_deref(), Some("总则"));
        let art2 = &chap.children[1];
        assert_eq!(art2.id, "chap_1__art_2");
        assert_eq!(art2.children.len(), 2);
        let p1 = &art2.children[0];
        assert_eq!(p1.children.len(), 2);
        assert_eq!(p1.children[1].id, "chap_1__art_2__para_1__subpara_2");
        assert_eq!(p1.children[1].children[1].id, "chap_1__art_2__para_1__subpara_2__item_2");
        assert_eq!(doc.units[1].caption, None);
        assert_eq!(doc.units[1].text, "附则");
        assert_eq!(doc.units[1].children[0].num, Some(Num::new(2, Some(1))));
        assert_eq!(doc.units[2].kind, NodeKind::Appendix);
        assert!(crate::conserve::check(src, &doc).is_balanced());
    }

    #[test]
    fn ids_stay_unique() {
        let doc = cn(
            "# 示范法\n\n## 第一章 总则\n\n第一条 甲。\n\n## 第一章 再\n\n第二条 乙。\n\n## 一、丙\n\n## 一、丁\n\n第三条 丙。\n",
        );
        let mut ids = Vec::new();
        doc.walk(&mut |n| ids.push(n.id.clone()));
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{ids:?}");
    }

    #[test]
    fn plain_and_wrapped_and_preamble() {
        let src = "示范法\n序言\n我国是统一的多民族国家。\n第一条 为了规范示范工作，制定本法。\n第二条 本法所称示范，是指甲。\n一、甲；\n二、乙。\n第三条 本法自公布之日起施行。\n";
        let doc = cn(src);
        assert_eq!(doc.units[0].kind, NodeKind::Preamble);
        assert_eq!(doc.top_units().len(), 3);
        assert_eq!(doc.units[2].children[0].children.len(), 2);
        assert!(crate::conserve::check(src, &doc).is_balanced());
        let wrapped = "示范法\n\n第一条 为了规范示范工作，保障示范单位和个人的合法权益，促\n\n进示范事业的健康发展，制定本法。\n\n- 1 -\n\n第二条 本法所称示范，是指甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳\n\n午未申酉戌亥之事。\n";
        let doc = cn(wrapped);
        let arts = doc.top_units();
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].children.len(), 1, "{:#?}", arts[0]);
        assert!(arts[0].children[0].text.ends_with("促进示范事业的健康发展，制定本法。"));
        assert_eq!(doc.debris.iter().filter(|d| d.text == "- 1 -").count(), 1);
        assert!(crate::conserve::check(wrapped, &doc).is_balanced());
    }

    /// The 款 texts of each article, whitespace left out.
    fn kuan(doc: &Document) -> Vec<Vec<String>> {
        doc.top_units()
            .iter()
            .map(|a| {
                a.children
                    .iter()
                    .map(|p| {
                        let mut t = String::new();
                        p.walk(&mut |n| {
                            t.push_str(n.label.as_deref().filter(|_| n.id != p.id).unwrap_or(""));
                            t.push_str(&n.text);
                        });
                        t
                    })
                    .collect()
            })
            .collect()
    }

    /// Hard wraps at 36 wide characters as a PDF copy has them (from the data's laws).
    #[test]
    fn sentence_end_at_the_margin() {
        // A 款 whose clause ends with `；` at the margin goes on; one whose sentence
        // ends with `。` there ends, unless the next line can only go on (`但是`).
        let src = "第一条 违反本条例规定，未取得快递业务经营许可擅自经营快递业务的，由邮政\n\n管理部门责令改正，没收违法所得和违法物品，并处五万元以上十万元以下罚款；\n\n情节严重的，并处十万元以上二十万元以下的罚款，并可以责令停业整顿。\n\n第二条 县级以上人民政府应当加强对邮政普遍服务的监督管理，保障邮政普遍服\n\n务的质量，促进邮政事业的健康发展和邮政服务质量的提高，满足人民群众需求。\n\n邮政管理部门应当依法履行职责，维护快递市场秩序。\n\n- 1 -\n\n第三条 邮政企业应当按照国家规定的标准提供邮政普遍服务，不得擅自停止服务\n\n、减少服务项目或者降低服务标准，保障用户的合法权益和通信自由不受到侵犯。\n\n但是，因不可抗力或者其他特殊原因暂停服务的，应当及时向社会公告。\n\n第四条 本条例自公布之日起施行。\n";
        let doc = cn(src);
        let k = kuan(&doc);
        assert_eq!(k.len(), 4, "{k:?}");
        assert_eq!(k[0].len(), 1, "{k:?}");
        assert!(k[0][0].ends_with("罚款；情节严重的，并处十万元以上二十万元以下的罚款，并可以责令停业整顿。"));
        assert_eq!(k[1].len(), 2, "{k:?}");
        assert_eq!(k[2].len(), 1, "{k:?}");
        assert!(crate::conserve::check(src, &doc).is_balanced());
    }

    /// After a full line ending with `。`, a line opening with `其`, `必要时` goes on with
    /// the 款; one opening with `其他`, `如实` starts a new one.
    #[test]
    fn words_that_continue_a_sentence_at_the_margin() {
        let full = "第一条 县级以上人民政府应当加强对邮政普遍服务的监督管理，保障邮政普遍服\n\n务的质量，促进邮政事业的健康发展和邮政服务质量的提高，满足人民群众需求。\n\n";
        let mut src = String::new();
        for (i, next) in [
            "其管理办法由国务院邮政管理部门制定。",
            "其他单位和个人应当予以配合。",
            "必要时，可以委托有关机构办理。",
            "如实报告的，可以从轻处罚。",
        ]
        .iter()
        .enumerate()
        {
            let label = ["第一条", "第二条", "第三条", "第四条"][i];
            src.push_str(&full.replace("第一条", label));
            src.push_str(next);
            src.push_str("\n\n");
        }
        let doc = crate::parse_with(&src, &ParseOptions { wrapped: Some(true), ..ParseOptions::default() });
        let k = kuan(&doc);
        let counts: Vec<usize> = k.iter().map(Vec::len).collect();
        assert_eq!(counts, [1, 2, 1, 2], "{k:?}");
        assert!(k[0][0].ends_with("满足人民群众需求。其管理办法由国务院邮政管理部门制定。"));
        assert!(crate::conserve::check(&src, &doc).is_balanced());
    }

    /// Hard wraps at 36 wide characters with every 款 indented by two U+3000: the indent,
    /// not the punctuation, tells a new 款.
    #[test]
    fn indented_paragraphs_in_wrapped_text() {
        let src = "　　第一条　邮政汇款的汇款人自汇款之日起一年内，可持收据向邮政企业查询。\n\n邮政企业应当自用户查询之日起二十日内将查询结果告知汇款人。\n\n　　第二条　任何单位和个人对违反本法规定的行为，有权向邮政管理部门举报。\n\n　　邮政管理部门接到举报后，应当及时依法处理。\n\n　　第三条　邮政企业应当按照国家规定的标准提供邮政普遍服务，不得擅自停止\n\n服务。\n\n　　第四条　本法所称邮政设施，是指用于提供邮政服务的邮政营业场所、邮件处\n\n理场所等设施。\n";
        let doc = crate::parse_with(src, &ParseOptions { wrapped: Some(true), ..ParseOptions::default() });
        let k = kuan(&doc);
        assert_eq!(k.len(), 4, "{k:?}");
        assert_eq!(k[0].len(), 1, "{k:?}");
        assert!(k[0][0].ends_with("告知汇款人。"));
        assert_eq!(k[1].len(), 2, "{k:?}");
        assert_eq!(k[2].len(), 1, "{k:?}");
        assert!(crate::conserve::check(src, &doc).is_balanced());
    }

    #[test]
    fn bracketed_article_captions() {
        let src = "示范办法\n\n第一条【立法目的】为了规范示范工作，制定本办法。\n第二条 【适用范围】本办法适用于示范区。\n第三条【】\n";
        let doc = cn(src);
        let arts = doc.top_units();
        assert_eq!(arts.len(), 3, "{:#?}", doc.units);
        assert_eq!(arts[0].caption.as_deref(), Some("【立法目的】"));
        assert_eq!(arts[0].children[0].text, "为了规范示范工作，制定本办法。");
        assert_eq!(arts[1].caption.as_deref(), Some("【适用范围】"));
        assert_eq!(arts[1].children[0].text, "本办法适用于示范区。");
        assert!(crate::conserve::check(src, &doc).is_balanced());
        // A bracket that is no caption: text (第四条【 with no end), and a 条 cited in text.
        assert!(article_marker("第四条【未完").is_none());
        assert!(article_marker("第四条规定的【事项】").is_none());
    }

    #[test]
    fn info_lines_of_interpretations_and_long_bracketed_lines() {
        let long = format!(
            "（2004年9月24日示范省人民代表大会常务委员会第十三次会议通过{}根据2019年11月29日示范省人民代表大会常务委员会第十五次会议修正）",
            "　2015年1月13日示范省第十二届人民代表大会常务委员会第十三次会议修订".repeat(4)
        );
        assert!(long.chars().count() > 200);
        let src = format!("示范省示范条例\n{long}\n第一条 为了示范，制定本条例。\n");
        let doc = cn(&src);
        assert_eq!(doc.history.len(), 1);
        assert_eq!(doc.history[0].date.as_deref(), Some("2004-09-24"));
        assert!(doc.units.iter().all(|u| u.kind != NodeKind::Preamble), "{:#?}", doc.units);
        let src = "最高人民法院关于示范问题的规定\n法释〔2002〕21号\n经2002年6月4日最高人民法院审判委员会第1224次会议通过。\n为示范，制定本规定。\n第一条 示范。\n";
        let doc = crate::parse_with(src, &ParseOptions { wrapped: Some(false), ..ParseOptions::default() });
        assert_eq!(doc.history.len(), 2, "{:#?}", doc.history);
        assert_eq!(doc.history[0].doc_no.as_deref(), Some("法释〔2002〕21号"));
        assert_eq!(doc.history[1].date.as_deref(), Some("2002-06-04"));
        assert_eq!(doc.history[1].action.as_deref(), Some("通过"));
        assert_eq!(doc.units[0].kind, NodeKind::Preamble);
        assert!(crate::conserve::check(src, &doc).is_balanced());
        assert!(!doc_number("依照本法第十条规定的编号为〔2002〕21号的文件。"));
    }

    #[test]
    fn heading_after_a_wrapped_info_line_and_a_bare_closing_heading() {
        let src = "中华人民共和国示范诉讼法\n\n2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议《关于修改<\n\n中华人民共和国示范诉讼法>的决定》第一次修正\n\n第一章 总则\n\n第一条 为保证人民法院公正、及时审理示范案件，制定本法。\n\n第二章 诉讼\n\n第二条 当事人在示范诉讼中的法律地位平等。\n\n附则\n\n第三条 本法自公布之日起施行。\n";
        let doc = crate::parse_with(src, &ParseOptions { wrapped: Some(true), ..ParseOptions::default() });
        assert_eq!(doc.history.len(), 1);
        let heads: Vec<String> = doc
            .units
            .iter()
            .map(|u| format!("{}{}", u.label.as_deref().unwrap_or(""), u.caption.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(heads, ["第一章总则", "第二章诉讼", "附则"], "{:#?}", doc.units);
        assert_eq!(doc.units[2].children[0].num, Some(Num::from(3)));
        assert!(crate::conserve::check(src, &doc).is_balanced());
    }
}
