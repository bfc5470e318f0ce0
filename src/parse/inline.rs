//! Markers inside a line: text flattened by a web page or a copy puts several points on
//! one line, a point with all its sub-items (`二、本會職權如下: (一)關於…。 (二)關於…。`),
//! two levels at once (`1. (1) 校內單位：`), or a whole directive on one line.
//!
//! A marker inside a line opens a unit when the numbering around it is consistent, judged
//! over the whole text in reading order with the markers at line starts:
//!
//! - it is the next number of its style (`（三）` after `（二）`, `三、` after `二、`), or
//! - it is the first number (`（一）`, `1.`) of a style deeper than the innermost one open,
//!   right after a lead-in colon or right after the marker that opens the line;
//!
//! and it stands after a boundary: a sentence end (`。；！？`), a colon, the marker that
//! opens the line, or — for a next number in parentheses — directly after the text of
//! the item before (`…事項（三）…`), unless a citation word stands before it (`第`,
//! `依`, `及` …). A first number after a plain space opens only when the next number of
//! its style follows in the same line (a whole directive on one line:
//! `示範要點 一、… 二、…`).
//!
//! A full stop followed by a space and more text is cut too: a flattened page joins two
//! paragraphs with a space, where Chinese sets none after `。`; the outline then judges
//! the break as it judges any line break.
//!
//! The line is then cut into parts, each measured as a line of its own (offsets are those
//! of the input, so spans stay exact). One pass over each line's characters, with a
//! bounded look-ahead: linear in the input.

use crate::marker::{self, Style};
use crate::normalize::{self, Line};

use super::marks::Mark;
use super::numbering::follows;

/// How far a first number looks for its successor in the same line.
const SUCCESSOR_WINDOW: usize = 4096;

/// Numbering context: the last number read of each style, innermost style last.
#[derive(Default)]
struct Context<'m> {
    open: Vec<(Style, (u32, Option<u32>))>,
    /// The last `壹、`-style heading read inside a line: kept apart from the list styles,
    /// whose numbering may go on across such headings or restart under each.
    heading: Option<u32>,
    /// The markers opening the lines after the one being cut, read only by the few rules
    /// that look ahead ([`Context::next_line_second`], [`Context::next_marked_second`],
    /// [`Context::second_ahead`]).
    following: &'m [Option<Mark>],
    /// A title's history entries run on after it in the line: each further entry is cut
    /// off too, until a unit is read.
    history_run: bool,
    /// The style and number of the `、` point (or `1.` item) announced, set off by a space,
    /// after one written solid after a space ([`spaced_successor`]): it is taken when it
    /// comes, the last of such a run included.
    announced: Option<(Style, u32)>,
    /// The articles or points a title run into the line announces (`…辦法第二條、第九條修正
    /// 條文 第二條 …`, `…要點第一點、第三點修正規定一、…`): each opens when it comes, though
    /// the numbers jump.
    listed: Option<Announced>,
    /// Where in the line being cut a 款's bare numeral written solid with its text was
    /// read ([`glued_bare_item`]): the lexer reads no marker there, so its part gets the
    /// marker the cut was judged on.
    glued_items: Vec<usize>,
    /// The number of the last marker read when it was such a numeral.
    glued_run: Option<u32>,
}

impl Context<'_> {
    /// The style of the marker of number 2 that opens the next line, if any.
    fn next_line_second(&self) -> Option<Style> {
        self.following.first().and_then(Option::as_ref).filter(|m| (m.num, m.sub) == (2, None)).map(|m| m.style)
    }

    /// The style of the marker of number 2 on the first marked line of the next few
    /// ([`SECOND_LOOKAHEAD`]), if any: the item after a first one wrapped onto lines.
    fn next_marked_second(&self) -> Option<Style> {
        let first = self.following.iter().take(SECOND_LOOKAHEAD).flatten().next();
        first.filter(|m| (m.num, m.sub) == (2, None)).map(|m| m.style)
    }

    fn last(&self, style: Style) -> Option<(u32, Option<u32>)> {
        self.open.iter().rev().find(|(s, _)| *s == style).map(|(_, n)| *n)
    }

    /// True when the next marker of `style` opening one of the next few lines is its
    /// second item, with no marker of a higher level before it (a first item's own list
    /// and its unmarked lines may stand between).
    fn second_ahead(&self, style: Style) -> bool {
        for m in self.following.iter().take(FIELD_LOOKAHEAD).flatten() {
            if m.style == style {
                return (m.num, m.sub) == (2, None);
            }
            if m.style.rank() < style.rank() {
                return false;
            }
        }
        false
    }

    /// True when the next article label opening one of the next lines (within
    /// [`ARTICLE_LOOKAHEAD`]) is number `n`.
    fn article_ahead(&self, n: u32) -> bool {
        let next = self.following.iter().take(ARTICLE_LOOKAHEAD).flatten().find(|m| m.style == Style::Article);
        next.is_some_and(|m| (m.num, m.sub) == (n, None))
    }

    fn innermost(&self) -> Option<Style> {
        self.open.last().map(|(s, _)| *s)
    }

    /// Records a marker: styles opened after it (deeper) are closed.
    fn read(&mut self, style: Style, n: (u32, Option<u32>)) {
        self.glued_run = None;
        match self.open.iter().position(|(s, _)| *s == style) {
            Some(i) => {
                self.open.truncate(i);
            }
            None => {
                // A shallower style (by the official order) closes the deeper ones.
                self.open.retain(|(s, _)| s.rank() < style.rank());
            }
        }
        self.open.push((style, n));
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？' | ';' | '!' | '?')
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '「' | '『' | '“')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '」' | '』' | '”')
}

fn is_colon(c: char) -> bool {
    matches!(c, '：' | ':')
}

/// True when `before` ends with a unit cited by a word (`前項`, `本款`, `同點`) or by its
/// number (`第二項`): a bracketed number after it cites that unit's item (`依前項(一)(二)規定
/// 判定…`: l-kaohsiung-military-service-dept-physical-recheck-points-paren-arabic-hospitals
/// in corpus/real).
fn cited_unit(before: &str) -> bool {
    let mut back = before.chars().rev();
    matches!(back.next(), Some('項' | '款' | '點' | '條' | '目'))
        && back.next().is_some_and(|c| matches!(c, '前' | '本' | '同' | '該') || crate::numeral::is_cjk_numeral_char(c))
}

/// Words after which a number is a citation, not a marker.
fn cites(c: char) -> bool {
    matches!(c, '第' | '依' | '及' | '或' | '與' | '至' | '、' | '之' | '同' | '前' | '和')
}

/// Styles that can stand inside a line. Headings do not (but see [`capital_heading`]);
/// an article label does only at the end of a line or before a wide gap.
fn inline_style(s: Style) -> bool {
    !matches!(s, Style::Heading(_))
}

/// A directive's `壹、目的` heading: the one heading that stands inside a flattened line
/// (`…生效 壹、目的 一、…。 貳、注意事項 二、…`: l-taipei-staff-computer-notes-txt-
/// oneline in corpus/real).
fn capital_heading(m: &marker::Marker<'_>) -> bool {
    capital(m.style, m.label)
}

/// True for a chapter heading numbered in capital numerals, from its style and the text
/// its label starts.
fn capital(style: Style, label: &str) -> bool {
    style == Style::Heading(marker::HeadingLevel::Chapter) && label.starts_with(marker::financial)
}

/// The longest heading name (in characters) after which a marker opens without a
/// boundary (`貳、注意事項 二、…`).
const HEADING_NAME_CHARS: usize = 20;

/// True when `text` holds the bare numeral `n` set off by spaces (` 二 `: a PDF
/// transcription that lost the points' `、`, c-mol-care-worker-training-grant-points-pdf-
/// transcript-glued-numeral in corpus/real).
fn mentions_bare(text: &str, n: u32) -> bool {
    normalize::head(text, SUCCESSOR_WINDOW).contains(&format!(" {} ", crate::numeral::to_cjk(n)))
}

/// True when `text` holds the marker of number 2 of `style` (a whole directive on one
/// line lists its points one after the other).
pub(super) fn mentions_second(text: &str, style: Style) -> bool {
    let window = normalize::head(text, SUCCESSOR_WINDOW);
    match style {
        Style::CjkComma => window.contains("二、"),
        Style::ParenCjk => window.contains("二）") || window.contains("二)") || window.contains("二〉"),
        // `2 、`, the numeral set off from its comma (`如下: 1 、防情傳遞…。 2 、防空…`: l-tainan-
        // syuejia-wanan-41-air-raid-drill-notice-dyps-relay-one-line-spaced-arabic-comma-items
        // in corpus/real).
        Style::Arabic => ["2.", "2、", "２、", "2 、"].iter().any(|s| window.contains(s)),
        Style::ParenArabic => window.contains("2）") || window.contains("2)"),
        Style::Article => mentions_article(text, 2),
        _ => false,
    }
}

/// A bare numeral from 一 to 九 (not in capitals: `參加` is a word) written solid with the
/// ideograph its text starts with (`一人文及科學研究。`): the number and the text.
fn glued_numeral(s: &str) -> Option<(u32, &str)> {
    let mut chars = s.chars();
    let num = chars.next().and_then(|c| "一二三四五六七八九".chars().position(|d| d == c))? as u32 + 1;
    let text = chars.as_str();
    text.starts_with(|d: char| normalize::is_ideograph(d) && !crate::numeral::is_cjk_numeral_char(d))
        .then_some((num, text))
}

/// A 款's bare numeral written solid with its text inside an article, its 頓號 dropped
/// (`…任務如下: 一人文及科學研究。 二指導、聯絡及獎勵學術研究。 三培養…`, a law flattened onto
/// one line by a mirror site in simplified script: c-sinica-organic-act-articles-
/// simplified-flattened-bare-numerals, c-doh-old-ambulance-management-rules-content-site-
/// one-line-articles-bare-numeral-items-truncated and three more in corpus/real): the
/// first after the lead-in's colon of an article's own text when the second follows the
/// same way after its full stop; a later one right after the full stop of the one before,
/// itself read so. Nowhere else does a numeral glued to a word open an item (`一律`,
/// `一年`; nor grades inside a 款, `一、因公死亡：一等：給付三十個基數。二等：…` in the
/// national database's F0050001).
fn glued_bare_item(rest: &str, boundary: Boundary, ctx: &Context<'_>) -> Option<u32> {
    ctx.last(Style::Article)?;
    let (num, text) = glued_numeral(rest)?;
    let next_follows = || {
        let head = normalize::head(text, SUCCESSOR_WINDOW);
        head.match_indices(is_sentence_end).any(|(at, end)| {
            let after = head.get(at + end.len()..).unwrap_or_default().trim_start_matches(normalize::is_space);
            glued_numeral(after).is_some_and(|(n, _)| n == num + 1)
        })
    };
    let ok = match boundary {
        // (The article's own list: not under an item already open in it.)
        Boundary::Colon => num == 1 && ctx.innermost() == Some(Style::Article) && next_follows(),
        Boundary::Sentence => num > 1 && ctx.glued_run == Some(num - 1),
        _ => false,
    };
    ok.then_some(num)
}

/// The marker of a bare numeral written solid with its text ([`glued_numeral`]): a `一`
/// point's number without its 頓號.
fn glued_marker(s: &str) -> Option<marker::Marker<'_>> {
    let (num, text) = glued_numeral(s)?;
    Some(super::repair::restored(s, s.len() - text.len(), Style::CjkComma, num, false))
}

/// True when the `、` point after `m` follows in the line set off by a space (` 三、`), or
/// the `1.` item after it (` 2.`).
fn spaced_successor(m: &marker::Marker<'_>) -> bool {
    let head = normalize::head(m.rest, SUCCESSOR_WINDOW);
    let next = match m.style {
        Style::Arabic => format!("{}.", m.num + 1),
        _ => format!("{}、", crate::numeral::to_cjk(m.num + 1)),
    };
    m.sub.is_none() && (head.contains(&format!(" {next}")) || head.contains(&format!("\u{3000}{next}")))
}

/// How far into an item's text its successor run on after it is looked for.
const GLUED_WINDOW: usize = 240;

/// True when the `1.` item after `m` follows within a short stretch of its text, written
/// solid between words (`1.空中大學2.空中專校3.軍警學校…`, a list of fifteen flattened
/// onto one line with no separators: s-yilan-city-farmers-assoc-student-aid-notice-emoji-
/// flattened in corpus/real).
fn glued_successor(m: &marker::Marker<'_>) -> bool {
    if m.style != Style::Arabic || m.sub.is_some() || !m.label.ends_with('.') {
        return false;
    }
    let head = normalize::head(m.rest, GLUED_WINDOW);
    let next = format!("{}.", m.num + 1);
    head.match_indices(&next).any(|(k, _)| {
        let before = head.get(..k).and_then(|b| b.chars().next_back());
        let after = head.get(k + next.len()..).and_then(|a| a.chars().next());
        before.is_some_and(|c| normalize::is_ideograph(c) || matches!(c, ')' | '）'))
            && after.is_some_and(|c| normalize::is_ideograph(c) || matches!(c, '(' | '（'))
    })
}

/// Cuts lines at the markers inside them (see the module documentation); `marks` follows.
pub(super) fn split<'a>(
    lines: &mut Vec<Line<'a>>,
    marks: &mut Vec<Option<Mark>>,
    debris: &mut Vec<crate::ast::Debris>,
) {
    let mut ctx = Context::default();
    // Most texts have no marker inside a line: new vectors are built only from the first
    // line that is cut.
    let mut out: Option<(Vec<Line<'a>>, Vec<Option<Mark>>)> = None;
    let mut prev: Option<(&Line<'a>, Option<&Mark>)> = None;
    for (i, (line, mark)) in lines.iter().zip(marks.iter()).enumerate() {
        ctx.following = marks.get(i + 1..).unwrap_or_default();
        let cuts = cuts(line, mark.as_ref(), prev, i == 1, &mut ctx);
        prev = Some((line, mark.as_ref()));
        if cuts.is_empty() {
            if let Some((ls, ms)) = out.as_mut() {
                ls.push(*line);
                ms.push(*mark);
            }
            continue;
        }
        let (ls, ms) = out.get_or_insert_with(|| {
            let mut ls = Vec::with_capacity(lines.len() + 16);
            let mut ms = Vec::with_capacity(lines.len() + 16);
            ls.extend_from_slice(lines.get(..i).unwrap_or(&[]));
            ms.extend_from_slice(marks.get(..i).unwrap_or(&[]));
            (ls, ms)
        });
        let mut from = 0;
        for to in cuts.into_iter().chain(std::iter::once(line.content.len())) {
            // A part closed by a table cell's bar it alone holds (`…六、校外機關團體申辦核准之
            // 活動。 |` in a row of cells: s-ntou-recreation-hall-rules-articles-table-bars-
            // inline-items-truncated in corpus/real) leaves the bar as decoration, as a
            // line of its own does. So are the tags closing a part of pasted markup
            // (`…按一元計。<br>` before `(二)、`), as they are at a line's end.
            let end = line
                .content
                .get(from..to)
                .and_then(super::lines::tags_after_text)
                .map_or_else(|| cell_bar_end(line.content, from, to), |at| from + at);
            let end = if to < line.content.len() { spaced_bullet_end(line.content, from, end) } else { end };
            let end = if line.content.get(from..end).is_some_and(leftover_part) { from } else { end };
            if end < to {
                debris.push(crate::ast::Debris {
                    text: line.content.get(end..to).unwrap_or_default().trim().to_string(),
                    span: crate::ast::Span(line.content_start + end, line.content_start + to),
                });
            }
            if let Some(part) = normalize::part_of_line(line, from, end) {
                // (The line's first part keeps the line's own mark, which a repair pass
                // may have given it, a Q&A page's `Q1:` say, where the lexer reads none.)
                let own =
                    (from == 0).then_some(*mark).flatten().filter(|m| m.rest_start as usize <= part.content.len());
                // (A 款's numeral written solid with its text, cut here, is read as it was.)
                let glued = || glued_marker(part.content).filter(|_| ctx.glued_items.contains(&from));
                let m =
                    own.or_else(|| marker::marker(part.content).or_else(glued).map(|m| Mark::new(&m, part.content)));
                // An article label cut out of a line was judged here to open its article:
                // the text before it (a caption, `租用須知 Rental Regulations`) is no
                // sentence the label could continue as a citation.
                // So is a bare numeral cut out of a line (`一 勞動部…`): it was cut only
                // with the next one following in the line.
                if from > 0
                    && m.is_some_and(|m| m.style == Style::Article || m.expand(part.content).is_bare())
                    && let Some(before) = ls.last_mut()
                {
                    before.ends_sentence = true;
                }
                ls.push(part);
                ms.push(m);
            }
            from = to;
        }
    }
    if let Some((ls, ms)) = out {
        *lines = ls;
        *marks = ms;
    }
}

/// True for a list's bullet a flattened page keeps before a marker (`-`, `•`).
fn is_list_bullet(c: char) -> bool {
    matches!(c, '-' | '－') || super::lines::is_bullet(c)
}

/// Where the text after a list's bullet and its spaces starts, when `content` holds one
/// at `j` (`- 二、…`).
fn after_spaced_bullet(content: &str, j: usize) -> Option<usize> {
    let rest = content.get(j..)?;
    let bullet = rest.chars().next().filter(|&c| is_list_bullet(c))?;
    let after = rest.get(bullet.len_utf8()..)?;
    let text = after.trim_start_matches(normalize::is_space);
    (text.len() < after.len() && !text.is_empty()).then(|| j + (rest.len() - text.len()))
}

/// Where the part `from..to` of a cut line ends without the list's bullet left before the
/// next part's marker (`…服務。 -`), set off by spaces after a finished sentence; `to`
/// when it has none.
fn spaced_bullet_end(content: &str, from: usize, to: usize) -> usize {
    let Some(part) = content.get(from..to) else { return to };
    let trimmed = part.trim_end_matches(normalize::is_space);
    let Some(bullet) = trimmed.chars().next_back().filter(|&c| is_list_bullet(c)) else { return to };
    let before = trimmed.get(..trimmed.len() - bullet.len_utf8()).unwrap_or_default();
    let text = before.trim_end_matches(normalize::is_space);
    if text.len() < before.len() && text.ends_with(is_sentence_end) { from + text.len() } else { to }
}

/// True for a part of a cut line that holds none of the text, all debris: a table cell's
/// bar alone, cut off before the next cell's marker (`…訂定本規則。 | 第 二 條 | …`, a table
/// of articles run onto one line: l-taichung-city-temporary-staff-work-rules-chapter-one-
/// table-bars-articles-flattened-one-line in corpus/real), as a line of bars alone is; or a
/// law system's note cut off before the next article's label (`本條文有附件 第 3 條`, see
/// [`super::lines::law_note`]), as on a line of its own.
fn leftover_part(part: &str) -> bool {
    let part = super::lines::without_cell_bar(part);
    part.is_empty() || super::lines::law_note(part.trim_start_matches(normalize::is_space))
}

/// Where the part `from..to` of a cut line ends without a closing cell bar set off by a
/// space, when the part holds no other bar and text before it; else `to`.
fn cell_bar_end(content: &str, from: usize, to: usize) -> usize {
    let Some(part) = content.get(from..to) else { return to };
    if !part.ends_with(['|', '｜']) {
        return to;
    }
    let text = super::lines::without_cell_bar(part);
    let bar = part.get(text.len()..).unwrap_or_default();
    let spaced = bar.starts_with(normalize::is_space);
    if !spaced
        || text.is_empty()
        || text.contains(['|', '｜'])
        || bar.chars().filter(|&c| c == '|' || c == '｜').count() != 1
    {
        return to;
    }
    from + text.len()
}

/// True when the line before ends where a unit can start: a finished sentence, a bare
/// label, the title on the text's first line (or nothing: this is the first line).
fn boundary_after(prev: Option<(&Line<'_>, Option<&Mark>)>, prev_is_first: bool) -> bool {
    prev.is_none_or(|(l, m)| {
        l.ends_sentence
            || m.is_some_and(|m| m.rest_empty)
            || (prev_is_first && names_rule(l, m))
            // (A whole adoption line: `中華民國九十四年十月七日校務會議修正通過` over `第 一 條本校
            // 依據…`, s-npu-school-fund-committee-points-article-labels-history-lines-doubled-
            // bullets in corpus/real.)
            || (m.is_none() && super::history::is_entry_start(l.content) && super::history::entry_complete(l.content))
    })
}

/// True for the first article, glued to its text, right under a line that reads as a
/// rule's name (`宜蘭縣蘭陽戲劇團戲曲發展基金管理及運用辦法` over `第一條宜蘭縣政府…`, the page's
/// title repeated after its date: l-yilan-lanyang-opera-troupe-fund-regulation-articles-
/// culture-bureau-page-glued-first-label-space-lines-truncated in corpus/real), before any
/// unit is read.
fn first_under_title(prev: Option<(&Line<'_>, Option<&Mark>)>, n: (u32, Option<u32>), ctx: &Context<'_>) -> bool {
    n == (1, None)
        && ctx.open.is_empty()
        && prev.is_some_and(|(l, m)| {
            let name = super::front::without_note(l.content);
            // (Not a sentence that cites a rule: `依本校之規定`.)
            names_rule(l, m) && !name.starts_with('依') && !name.ends_with("之規定")
        })
}

/// True for an unmarked line that reads as a rule's name (a title's suffix before any
/// note in brackets).
fn names_rule(l: &Line<'_>, m: Option<&Mark>) -> bool {
    m.is_none() && super::front::has_title_suffix(super::front::without_note(l.content))
}

/// Byte offsets in `line.content` where a marker inside the line opens a unit.
fn cuts(
    line: &Line<'_>,
    mark: Option<&Mark>,
    prev: Option<(&Line<'_>, Option<&Mark>)>,
    prev_is_first: bool,
    ctx: &mut Context<'_>,
) -> Vec<usize> {
    let content = line.content;
    let mut cuts = Vec::new();
    ctx.glued_items.clear();
    // Table rows keep their cells as they are.
    if line.table {
        return cuts;
    }
    // An article label glued to its text at the start of a line, after a finished
    // sentence, numbered a little ahead of the last article read, or the first one (a
    // print view of selected articles: c-moea-river-rules-print-bullets in corpus/real).
    let mut glued = None;
    if mark.is_none()
        && !line.continues
        && content.starts_with('第')
        && let Some((len, num, sub)) = marker::glued_article(content)
        && (boundary_after(prev, prev_is_first) || first_under_title(prev, (num, sub), ctx))
        && ctx
            .last(Style::Article)
            .map_or(ctx.open.is_empty(), |l| follows(l, (num, sub)) || (sub.is_none() && num > l.0 && num <= l.0 + 3))
    {
        ctx.read(Style::Article, (num, sub));
        cuts.push(len);
        glued = Some(len);
    }
    // A title glued to the first point, the whole text run on in the line.
    if mark.is_none()
        && glued.is_none()
        && !line.continues
        && let Some((k, end)) = point_glued_to_title(content, ctx)
    {
        cuts.push(k);
        glued = Some(end);
    }
    // A line opening with a `壹、` heading: where its name starts, until a unit follows.
    let line_heading = mark.filter(|m| capital(m.style, content) && !line.continues);
    if let Some(m) = line_heading {
        ctx.heading = Some(m.num);
    }
    let mut heading_name: Option<usize> = line_heading.map(|m| m.label_end as usize);
    // Where the text after the line's own marker starts.
    let mut after_label = glued.unwrap_or(0);
    if let Some(m) = mark {
        if !line.continues && inline_style(m.style) {
            ctx.read(m.style, (m.num, m.sub));
            ctx.announced = None;
        }
        after_label = m.rest_start as usize;
    }
    if let Some(h) = heading_name {
        after_label = h;
    }
    // An answer's label opening an unmarked line (`【A1】 1.印信:…` over `2.校長職章:…`,
    // `A2:1.限本校…`): its numbered list opens right after it, as after a unit's own
    // label (s-ndhu-general-affairs-seal-use-faq-bracketed-q-a-labels-arabic-answers-
    // ragged-indents in corpus/real). Not a lettered one: `A5.(a)變更財物放置地點:…` over
    // `(b)…` names cases (s-mhchcm-custody-section-qa-numbered-q-a-labels-swapped-truncated).
    if mark.is_none()
        && glued.is_none()
        && !line.continues
        && let Some(('A', _, len)) = super::qa::qa_label(content)
    {
        let rest = content.get(len..).unwrap_or_default();
        let text = rest.trim_start_matches(normalize::is_space);
        if marker::marker(text).is_some_and(|m| !matches!(m.style, Style::Letter(_) | Style::ParenLetter(_))) {
            after_label = len + (rest.len() - text.len());
        }
    }
    // An article's label closing a chapter heading's line, set off by a space, its text on
    // the next line (`第五章  獎勵及處罰 第四十四條`, a law site's view of a range of
    // articles: c-motc-tourist-hotel-rules-articles-44-46-motclaw-chapter-heading-on-
    // article-line-hard-wraps in corpus/real): the next article, or the first when the
    // one after it opens a line below.
    if let Some(m) = mark.filter(|m| matches!(m.style, Style::Heading(_)) && line_heading.is_none() && !line.continues)
        && let Some((at, n)) = label_closing_heading(content, m.label_end as usize)
        && ctx.last(Style::Article).map_or(n.1.is_none() && ctx.article_ahead(n.0 + 1), |l| follows(l, n))
    {
        ctx.read(Style::Article, n);
        cuts.push(at);
        return cuts;
    }
    // Nothing after the marker, or too short to hold another one.
    if content.len() < 4 || after_label >= content.len() {
        return cuts;
    }
    // Only a few places can hold a marker: right after a sentence end, a colon or a run
    // of spaces, at a parenthesis, and right after the line's own marker. The scan
    // jumps over ideographs (three bytes each, never a boundary) and decodes only
    // punctuation and spaces.
    let bytes = content.as_bytes();
    // (Also a line that continues a marked line left unfinished: the text is the marked
    // unit's, as it is once a rendering joins the two lines.)
    let continues_marked = || {
        mark.is_none() && prev.is_some_and(|(l, m)| m.is_some_and(|m| !m.rest_empty) && !l.ends_sentence && !l.table)
    };
    let marked = mark.is_some() || glued.is_some() || continues_marked();
    // A caption a list is run on after opens a list of its own only at the margin of the
    // line before: set deeper, its list is the items of the unit above (`報名時間 1.…`
    // under `  2. 報名方式:`: o-taoyuan-community-college-enrolment-notes-html-lists-
    // flattened-discount-table-truncated in corpus/real).
    let captions_list = !marked && prev.is_none_or(|(l, _)| line.indent <= l.indent);
    // Inside quotation marks, a marker is quoted text (a rule quoted with its items,
    // `規定:「以下對象不適用本獎助:(1)團體旅遊…」`: o-tata-travel-association-letter-
    // subsidy-fraud-table-bars-spaced-arabic-numerals-paren-items in corpus/real). A
    // place is inside when quotes are open where the scan is and the next quotation mark
    // after it closes one: a quote left open, as the next one opens, closes nothing
    // (c-taipower-branch-conflict-of-interest-flattened-quoted-items).
    let quotes = std::cell::Cell::new(0u32);
    let quote_marks: Vec<(usize, bool)> = if content.contains(|c| is_opening_quote(c) || is_closing_quote(c)) {
        content
            .char_indices()
            .filter(|&(_, c)| is_opening_quote(c) || is_closing_quote(c))
            .map(|(k, c)| (k, is_opening_quote(c)))
            .collect()
    } else {
        Vec::new()
    };
    let quoted = |j: usize| {
        quotes.get() > 0
            && quote_marks.get(quote_marks.partition_point(|&(k, _)| k < j)).is_some_and(|&(_, open)| !open)
    };
    // Where the name of a `壹、` heading read in this line starts, until a unit follows.
    let try_at = |j: usize,
                  boundary: Boundary,
                  cuts: &mut Vec<usize>,
                  ctx: &mut Context<'_>,
                  heading_name: &mut Option<usize>|
     -> bool {
        if j < after_label || cuts.last() == Some(&j) || quoted(j) {
            return false;
        }
        let Some(rest) = content.get(j..) else { return false };
        let Some(c) = rest.chars().next() else { return false };
        let candidate = match boundary {
            Boundary::Glued => {
                matches!(c, '（' | '(' | '第') || c.is_ascii_digit() || crate::numeral::is_cjk_numeral_char(c)
            }
            _ => may_open(c),
        };
        // (After a full stop, also an article label written solid with its text, as
        // [`marker::glued_article`] reads one: no citation.)
        let glued_label = || {
            let (len, num, sub) = marker::glued_article(rest).filter(|_| boundary == Boundary::Sentence)?;
            let (label, text) = (rest.get(..len)?, rest.get(len..)?);
            Some(marker::Marker {
                style: Style::Article,
                num,
                sub,
                label,
                caption: None,
                rest: text,
                spaced: false,
                lost: false,
                written: None,
            })
        };
        // (Inside an article, also a 款's bare numeral written solid with its text: see
        // [`glued_bare_item`].)
        let glued_item = || glued_bare_item(rest, boundary, ctx).and_then(|_| glued_marker(rest));
        let lexed = candidate.then(|| marker::marker(rest).or_else(glued_label)).flatten();
        let glued_bare = lexed.is_none() && candidate;
        let Some(m) = lexed.or_else(|| glued_bare.then(glued_item).flatten()) else { return false };
        // A first item glued to a short caption right after the line's marker, with its
        // second item in the line, starts the list under that caption (`二、組織人力(一)中
        // 央主管機關…。(二)…`: c-epa-national-env-education-guidelines-city-epb-site-bars-
        // chapters in corpus/real).
        let unit_text = || {
            let seg = content.get(cuts.last().copied().unwrap_or(0)..j)?;
            marker::marker(seg).filter(|u| u.style.rank() < m.style.rank()).map(|u| u.rest)
        };
        // A first item after a short field name and its colon opening a line with no
        // marker, its second item opening the next line, starts the list under that name
        // (`警 察 局:1、現場…` over `2、有無…`: l-taichung-tourism-hotel-joint-inspection-
        // faq-points-agency-captions-arabic-items-restart in corpus/real); the same line
        // run into its lead-in (`…如下:警察局:1、…`) is cut there too. The second item may
        // open a later line, under the first's own items (`學  生:1.掛號郵件處理方式` over
        // `(1)…` `(2)…` `(3)…` and `2.平信…`: s-cjc-mail-receipt-dispatch-notes-arabic-lists-
        // after-field-names-lost-bullets-restart in corpus/real).
        // The text from the last cut to the marker, when it ends with a colon: a name.
        let name_before_colon = || {
            let before = content.get(cuts.last().copied().unwrap_or(0)..j).unwrap_or_default();
            before.trim_end_matches(normalize::is_space).strip_suffix([':', '：'])
        };
        let field_name = || {
            let Some(name) = name_before_colon() else { return false };
            // (The name after the lead-in's colon, its letter spacing dropped.)
            // (Nor its bullet: `• 目的:(1)鼓勵…` over `(2)導引…`, s-cges-changhua-discipline-
            // committee-rules-bulleted-lost-numerals-arabic-lists-truncated in corpus/real.)
            let name = name.rsplit([':', '：']).next().unwrap_or(name);
            let name = name.trim_start_matches(|c| super::lines::is_bullet(c) || normalize::is_space(c));
            glued_caption(&name.replace(normalize::is_space, ""))
        };
        // Or after a caption that opens the line with a reference mark and ends with its
        // colon (`※適用勞動基準法同仁「五一勞動節放假」事宜: 一、…二、…`, a row of a news
        // table restarting the points of the row before: s-nchu-personnel-notices-table-
        // rows-flattened-points-restart-reference-marks-truncated in corpus/real), its
        // second item in the line or opening one of the next few.
        let marked_caption = || {
            let Some(name) = name_before_colon() else { return false };
            name.starts_with('※')
                && run_on_caption(name)
                && (mentions_second(m.rest, m.style) || ctx.second_ahead(m.style))
        };
        // Or after a caption closed by a note in brackets (`二、申請資格、要件(每年需依社會局
        // 公告重新提出申請)(一)設籍本市…` over `(二)…`: l-taipei-wenshan-district-work-relief-
        // temp-job-faq-points-flattened-item-bullets-wrap in corpus/real), its second item
        // opening one of the next lines.
        let bracket_caption_run_on = || {
            content.get(..j).is_some_and(|b| b.ends_with([')', '）']))
                && unit_text().is_some_and(run_on_caption)
                && ctx.next_marked_second() == Some(m.style)
        };
        // Or a bracketed first item glued to the caption, its second opening the next line
        // or one of the next few (`二、補助對象(一)中央政府…。` over `(二)財團法人…`: l-changhua-
        // county-new-immigrant-fund-subsidy-service-page-headings-glued-to-paren-items-
        // trailing-spaces-truncated in corpus/real); not a unit cited by its number
        // (`依前點(一)…`).
        let caption_over_second = || {
            matches!(m.style, Style::ParenCjk | Style::ParenArabic)
                && ctx.next_marked_second() == Some(m.style)
                && unit_text().is_some_and(|t| glued_caption(t) && !cited_unit(t))
        };
        let first = (m.num, m.sub) == (1, None);
        let under_caption = first
            && match boundary {
                Boundary::Glued => {
                    unit_text().is_some_and(glued_caption) && mentions_second(m.rest, m.style)
                        || bracket_caption_run_on()
                        || caption_over_second()
                }
                Boundary::Colon => ctx.second_ahead(m.style) && field_name() || marked_caption(),
                // Or set off from the caption by a space, its second item in the line or
                // opening the next (`一、說明事項 (一) 辦理緣起與法令依據 1. …` over `(二) 公聽
                // 會辦理公告及通知方式…`: o-yungching-urban-renewal-public-hearing-guide-
                // flattened-point-paren-arabic-inline-truncated in corpus/real).
                Boundary::Space => {
                    unit_text().is_some_and(|t| glued_caption(t.trim_end_matches(normalize::is_space)))
                        && (mentions_second(m.rest, m.style) || ctx.next_marked_second() == Some(m.style))
                }
                _ => false,
            };
        let boundary = if under_caption { Boundary::AfterHeading } else { boundary };
        if capital_heading(&m) {
            if !accept_heading(&m, rest.get(m.label.len()..).unwrap_or_default(), boundary, ctx) {
                return false;
            }
            ctx.heading = Some(m.num);
            cuts.push(j);
            *heading_name = Some(j + m.label.len());
            return true;
        }
        // Nor a number that enumerates inside an English sentence (`Students must provide:
        // 1. an original copy…, 2. a photo copy…, and 3. a complete…`: s-asia-bime-english-
        // graduation-benchmark-bilingual-points-bullet-dot-first-numeral-truncated in
        // corpus/real, run into its point's line by the clean text): Latin words on both
        // sides of it.
        let in_english = || {
            m.style != Style::Article
                && m.rest.starts_with(|c: char| c.is_ascii_alphabetic())
                && content
                    .get(..j)
                    .unwrap_or_default()
                    .trim_end_matches(|c: char| normalize::is_space(c) || matches!(c, ':' | ',' | ';'))
                    .ends_with(|c: char| c.is_ascii_alphabetic())
        };
        // A first item after a field name that follows the marked part's own colon (`六、展覽
        // 科別:國小組:1.自然科…`) is the field's, as on a line of its own under the marked
        // one (`國小組:1.…`): a list only when its second item comes, so that the source and
        // a rendering, which joins the two lines, read alike (l-yilan-county-science-fair-
        // plan-fsjh-site-arabic-items-lost-numerals-truncated in corpus/real).
        let after_field =
            || boundary == Boundary::Colon && name_before_colon().is_some_and(|n| n.contains([':', '：']));
        let marked_part = (marked || !cuts.is_empty()) && !after_field();
        if inline_style(m.style)
            && !in_english()
            && !weekday(&m, content.get(..j).unwrap_or_default())
            && accept(&m, boundary, ctx, marked_part, !marked && cuts.is_empty())
        {
            ctx.read(m.style, (m.num, m.sub));
            if glued_bare {
                ctx.glued_items.push(j);
                ctx.glued_run = Some(m.num);
            }
            if matches!(m.style, Style::CjkComma | Style::Arabic) {
                // (Also a `1.` item cut after a sentence's end, whose next is set off by a
                // space alone: `1.事假; 2.病假; … 5. 婚喪假 6.特別假等六種。`, the last
                // item's separator dropped: s-ttc-life-leave-rules-points-arabic-items-
                // history-lines-truncated in corpus/real. Not a `、` point: a point is
                // cut after a space only when its own next follows.)
                let announces = match boundary {
                    Boundary::Space => spaced_successor(&m),
                    Boundary::Glued => glued_successor(&m) || separated_successor(&m),
                    _ => m.style == Style::Arabic && spaced_successor(&m),
                };
                ctx.announced = announces.then_some((m.style, m.num + 1));
            }
            cuts.push(j);
            // (A label written solid is cut from its text, as at a line's start.)
            if m.style == Style::Article && !m.spaced && !m.rest.is_empty() && m.label.len() < rest.len() {
                cuts.push(j + m.label.len());
            }
            *heading_name = None;
            return true;
        }
        false
    };
    if after_label > 0 {
        try_at(after_label, Boundary::AfterLabel, &mut cuts, ctx, &mut heading_name);
    }
    let skip_spaces = |mut j: usize| {
        while let Some(c) = content.get(j..).and_then(|r| r.chars().next()) {
            if !normalize::is_space(c) {
                break;
            }
            j += c.len_utf8();
        }
        j
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if (0xE4..=0xE9).contains(&b) {
            // The first point glued to the history entry before it (`…號函修正一、行政院
            // 農業委員會…`: c-afa-organic-fertiliser-grant-principles-snippet-site-run-in-
            // history in corpus/real): judged as after a colon, so the second point must
            // follow.
            if b == 0xE4
                && ctx.last(Style::CjkComma).is_none()
                && content.get(i..).is_some_and(|r| r.starts_with("一、") || r.starts_with("一 "))
                && content.get(..i).is_some_and(|t| ENTRY_ENDS.iter().any(|e| t.ends_with(e)))
            {
                try_at(i, Boundary::Colon, &mut cuts, ctx, &mut heading_name);
            }
            // The first article written solid after the rule's name it is glued to, when
            // the second follows after a full stop (`…公证法施行细则第1条本细则依…订定之。
            // 第2条…`: a law flattened onto one line with no spaces, c-notary-act-
            // enforcement-rules-articles-simplified-doc-site-one-line-english-prefix-lost-
            // item-commas-truncated in corpus/real): judged as after a sentence.
            if b == 0xE7
                && ctx.last(Style::Article).is_none()
                && let Some(rest) = content.get(i..)
                && marker::glued_article(rest).is_some_and(|(len, num, sub)| {
                    (num, sub) == (1, None) && solid_successor(rest.get(len..).unwrap_or_default(), 2)
                })
                && content.get(..i).is_some_and(super::front::has_title_suffix)
            {
                try_at(i, Boundary::Sentence, &mut cuts, ctx, &mut heading_name);
            }
            // A spaced article label run into the text before it ([`spaced_cjk_label`]),
            // not after a citation word (`依第 十二 條`).
            if b == 0xE7
                && content.get(i..).is_some_and(|r| r.starts_with("第 "))
                && content.get(..i).and_then(|t| t.chars().next_back()).is_some_and(|p| !cites(p))
            {
                try_at(i, Boundary::Glued, &mut cuts, ctx, &mut heading_name);
            }
            // The next point written solid after the text of the one before, a field's
            // name opening it (see [`field_name_first`]): its numeral, not one of a run.
            if let Some((last, None)) = ctx.last(Style::CjkComma)
                && let Some(rest) = content.get(i..)
                && rest.starts_with(crate::numeral::is_cjk_numeral_char)
                && let (len, Some(n)) = crate::numeral::numeral_prefix(rest)
                && n == last + 1
                && rest.get(len..).is_some_and(|r| r.starts_with('、'))
                && content
                    .get(..i)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(|p| !crate::numeral::is_cjk_numeral_char(p) && !cites(p) && p != '、')
            {
                try_at(i, Boundary::Glued, &mut cuts, ctx, &mut heading_name);
            }
            i += 3;
            continue;
        }
        let Some(c) = content.get(i..).and_then(|r| r.chars().next()) else { break };
        let next = i + c.len_utf8();
        if is_opening_quote(c) {
            quotes.set(quotes.get() + 1);
        } else if is_closing_quote(c) {
            quotes.set(quotes.get().saturating_sub(1));
        }
        if is_sentence_end(c) || is_colon(c) {
            let j = skip_spaces(next);
            // (After a `壹、` heading's short name and its colon, a list starts afresh:
            // `伍、實施時間:一、第一次演練…`, s-yilan-aohua-es-earthquake-drill-plan-parts-
            // restart-glued-point-signature-line in corpus/real.)
            let boundary =
                if is_colon(c) && heading_name.is_some_and(|h| short_name(content.get(h..i).unwrap_or_default())) {
                    Boundary::AfterHeading
                } else if is_colon(c) {
                    Boundary::Colon
                } else {
                    Boundary::Sentence
                };
            // (A list's bullet set off by spaces before the marker, as a page flattened
            // from a bulleted list keeps it: `…申請協拍服務。 - 二、拍攝申請書…`, o-film-
            // taichung-shoot-assistance-procedure-dash-bullets-second-point-glued-asterisk-
            // lines-truncated in corpus/real. The bullet is left as debris: see `split`.)
            let bulleted = after_spaced_bullet(content, j).filter(|_| boundary == Boundary::Sentence);
            let cut = bulleted.is_some_and(|b| try_at(b, boundary, &mut cuts, ctx, &mut heading_name))
                || try_at(j, boundary, &mut cuts, ctx, &mut heading_name);
            // A full stop, then a space, then more text: a flattened page joined two
            // paragraphs with a space (Chinese sets no space after `。`). The cut gives
            // the outline a line break to judge, inside a list item too: a closing
            // paragraph after the last item (`(七)…者。 抄錄或複製檔案…`) is judged as it
            // would be on a line of its own, and a list that goes on after the break
            // resumes (c-moj-archives-point5-two-versions in corpus/real).
            if !cut
                && j > next
                && j > after_label
                && !quoted(j)
                && matches!(c, '。' | '！' | '？')
                && (ctx.innermost().is_none_or(|s| matches!(s, Style::CjkComma | Style::Article))
                    || opens_closing_text(content.get(j..).unwrap_or_default()))
                && content.get(j..).is_some_and(|r| {
                    // Not before a table's closing bar alone (`…。 |`): no text to cut off.
                    !r.chars().all(|c| super::lines::is_decoration(c) || normalize::is_space(c))
                        && !closing_note(r)
                        && !normalize::starts_with_continuation(r)
                        && super::lines::ascii_noise(r).is_none()
                })
                && cuts.last() != Some(&j)
            {
                cuts.push(j);
            }
            i = j.max(next);
        } else if normalize::is_space(c) {
            let j = skip_spaces(next);
            if i > 0
                && !marked
                && cuts.is_empty()
                && let Some(k) = unit_after_title(content, i, j, ctx)
            {
                cuts.push(k);
                i = j;
                continue;
            }
            if ctx.history_run
                && ctx.open.is_empty()
                && let Some(rest) = content.get(j..)
                && super::history::is_entry_start(rest.split(normalize::is_space).next().unwrap_or(rest))
            {
                cuts.push(j);
                i = j;
                continue;
            }
            if i > 0 && captions_list && cuts.is_empty() && caption_run_on(content, i, j, ctx) {
                try_at(j, Boundary::AfterHeading, &mut cuts, ctx, &mut heading_name);
                i = j;
                continue;
            }
            if i > 0 {
                let before = content.get(..i).unwrap_or_default();
                let boundary = if note_after_sentence(before) || after_cell_bar(before) || after_english(before) {
                    Boundary::Sentence
                } else if heading_name.is_some_and(|h| short_name(content.get(h..i).unwrap_or_default())) {
                    Boundary::AfterHeading
                } else {
                    Boundary::Space
                };
                try_at(j, boundary, &mut cuts, ctx, &mut heading_name);
            }
            i = j;
        } else if matches!(c, '）' | ')')
            && (content.get(next..).is_some_and(|r| r.starts_with('第'))
                || content.get(..next).is_some_and(note_after_sentence))
        {
            // A closing note ends like a sentence before an article label written solid
            // (`(原名稱:…)第一條本辦法…`: c-doh-infection-control-inspection-rules-
            // articles-doc-site-no-spaces in corpus/real), and so does a note after a
            // finished sentence before any marker written solid (`…之立法目的。(第一條)二、
            // 本自治條例之主管機關…`: l-kinmen-funeral-facility-feedback-fund-ordinance-gist-
            // flattened-points-article-refs in corpus/real).
            try_at(next, Boundary::Sentence, &mut cuts, ctx, &mut heading_name);
            i = next;
        } else if c == '>' && line_break_tag(content.get(..next).unwrap_or_default()) {
            // A page's markup pasted as text breaks its lines with tags (`…計算如下:<br>(一)、
            // 家庭用戶:…<br>(二)、…`: o-sygas-late-fee-notice-raw-html-markup-paren-comma-
            // items-truncated in corpus/real): the tag ends the line as a full stop would.
            // The tags opening the next paragraph go with the part before, as a line's
            // closing tags do (`…公告事項:</span><br></p><p><span style="…">一、因…`, a
            // county's notice stored as one line of markup: l-chiayi-county-drone-no-fly-
            // notice-caa-english-page-raw-html-one-line-points in corpus/real).
            let k = next + super::lines::tags_run(content.get(next..).unwrap_or_default());
            try_at(k, Boundary::Sentence, &mut cuts, ctx, &mut heading_name);
            i = next;
        } else if c == '1' && captions_list && cuts.is_empty() && caption_run_on(content, i, i, ctx) {
            try_at(i, Boundary::AfterHeading, &mut cuts, ctx, &mut heading_name);
            i = next;
        } else if c.is_ascii_digit()
            && content
                .get(..i)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|p| normalize::is_ideograph(p) && !cites(p) || matches!(p, ')' | '）'))
            // (The marker is lexed only after the cheap checks, at a `1` after words.)
            && (ctx.last(Style::Arabic).is_some()
                || c == '1' && content.get(i..).and_then(marker::marker).is_some_and(|m| separated_successor(&m)))
        {
            // A `1.` item's next written solid after its text ([`glued_successor`]), or a
            // first `1.` that announces its next ([`separated_successor`]).
            try_at(i, Boundary::Glued, &mut cuts, ctx, &mut heading_name);
            i = next;
        } else if matches!(c, '（' | '(') {
            // Directly after text: not after a citation word (`第（一）款`).
            let before = content.get(..i).and_then(|t| t.chars().next_back());
            if before.is_some_and(|p| matches!(p, ')' | '）')) && note_after_colon(content.get(..i).unwrap_or_default())
            {
                try_at(i, Boundary::Colon, &mut cuts, ctx, &mut heading_name);
            } else if before.is_some_and(|p| !cites(p)) && !cited_unit(content.get(..i).unwrap_or_default())
                || before == Some('、') && enumerates(content, &cuts, i)
            {
                try_at(i, Boundary::Glued, &mut cuts, ctx, &mut heading_name);
            }
            i = next;
        } else {
            i = next;
        }
    }
    // Each part's English version, run on after its Chinese text, is a part of its own.
    let mut from = 0;
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    for to in cuts.iter().copied().chain(std::iter::once(content.len())) {
        let version = content.get(from.max(after_label)..to).and_then(english_version);
        parts.extend(version.map(|k| from.max(after_label) + k));
        parts.push(to);
        from = to;
    }
    parts.pop();
    // A Q&A page's answer run on after its question (`Q1:如何得知…活動資訊? A:民眾可至…`:
    // l-taoyuan-arts-facilities-centre-programme-faq-q-units-inline-answers-chrome-
    // truncated in corpus/real) is a part of its own, as on its own line.
    if let Some(k) =
        mark.filter(|m| super::qa::is_question(m, content)).and_then(|_| super::qa::answer_after_question(content))
        && !parts.contains(&k)
    {
        parts.push(k);
        parts.sort_unstable();
    }
    parts
}

/// How many Latin words make a line's English tail a version of its Chinese text.
const VERSION_WORDS: usize = 4;

/// Where a line's English version starts, run on after its Chinese text: right after
/// the Chinese text's last sentence (`…長髮。 | Dress sensibly in the laboratory; confine
/// long hair.`: s-nthu-life-science-lab-safety-bilingual-table-bars-stray-bars; `…提供
/// 協助。(恒春醫院地址:…)The campground is a wild life area, …`: o-hengchun-campground-
/// blog-rules-arabic-bilingual-inline-english-truncated in corpus/real). A bilingual page
/// gives a unit's English version as a paragraph of its own, as on its own line. The
/// tail holds no wide character, opens with a capital letter after the sentence's end
/// (spaces and a cell's bar between), and runs to at least [`VERSION_WORDS`] words.
fn english_version(content: &str) -> Option<usize> {
    let last_wide = content.char_indices().rev().find(|&(_, c)| normalize::is_wide(c))?;
    let tail_from = last_wide.0 + last_wide.1.len_utf8();
    let tail = content.get(tail_from..)?;
    // The first capital letter whose text before ends a sentence ([`ends_before_version`]):
    // right after the last wide character, or after a note in brackets holding fewer
    // than [`VERSION_WORDS`] words. Words are counted as the scan goes, and it stops
    // where the note would hold too many: linear in the tail.
    let wide_end = matches!(last_wide.1, '。' | '！' | '？' | '）' | '」' | '』');
    let (mut words, mut letters) = (0usize, 0usize);
    let mut found = None;
    for (k, c) in tail.char_indices() {
        if c.is_ascii_uppercase() {
            let before = tail.get(..k).unwrap_or_default().trim_end_matches(is_space_or_bar);
            let ends = if before.is_empty() {
                wide_end
            } else {
                before.ends_with(')') && words + usize::from(letters >= 2) < VERSION_WORDS
            };
            if ends {
                found = Some(k);
                break;
            }
        }
        if normalize::is_space(c) {
            words += usize::from(letters >= 2);
            letters = 0;
        } else if c.is_ascii_alphabetic() {
            letters += 1;
        }
        if words >= VERSION_WORDS {
            break;
        }
    }
    let at = found?;
    let english = tail.get(at..)?;
    if latin_words(english) < VERSION_WORDS
        || content.get(..tail_from)?.chars().filter(|&c| normalize::is_ideograph(c)).count() < 4
    {
        return None;
    }
    // Cut right after the sentence's end: the bar, if any, goes with the English text.
    let before = content.get(..tail_from + at)?;
    Some(before.trim_end_matches(is_space_or_bar).len())
}

/// True when `before` (up to a space) ends an English version's sentence: a word of
/// lower-case letters and its full stop, after at least [`VERSION_WORDS`] Latin words
/// (`…Purpose: Allow students to practice a foreign language with native speakers. 2.申請
/// 資格:…`: s-ntnu-mtc-language-exchange-rules-bilingual-flattened-arabic-points-truncated
/// in corpus/real, a bilingual page flattened onto one line). A number's or an
/// abbreviation's point (`No. 2`, `1.5`) ends no such sentence.
fn after_english(before: &str) -> bool {
    // (The words are looked for in a bounded window: linear on a long line.)
    const WINDOW: usize = 256;
    let t = before.trim_end_matches(normalize::is_space);
    let Some(sentence) = t.strip_suffix('.') else { return false };
    // (The word before the stop, or a closing bracket: `…via the website (mtc.ntnu.edu.
    // tw/le/). 4.申請時間截止後…`.)
    let word = sentence.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
    let bracket = sentence.ends_with(')');
    let from = t.len().saturating_sub(WINDOW);
    let from = (from..t.len()).find(|&k| t.is_char_boundary(k)).unwrap_or(t.len());
    let head = t.get(from..).unwrap_or_default();
    let run = head.rsplit(normalize::is_wide).next().unwrap_or_default();
    (bracket || word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase())) && latin_words(run) >= VERSION_WORDS
}

fn is_space_or_bar(c: char) -> bool {
    normalize::is_space(c) || c == '|' || c == '｜'
}

/// True when `content` opens with a sentence of at least [`VERSION_WORDS`] Latin words
/// before any wide character: an English version's start.
pub(super) fn opens_version(content: &str) -> bool {
    let head = content.find(normalize::is_wide).map_or(content, |k| content.get(..k).unwrap_or_default());
    latin_words(head) >= VERSION_WORDS
}

/// Words of two Latin letters or more in `text`.
fn latin_words(text: &str) -> usize {
    text.split(normalize::is_space).filter(|w| w.bytes().filter(u8::is_ascii_alphabetic).count() >= 2).count()
}

/// True when `text`, but for spaces and a cell's bar after it, ends a Chinese sentence,
/// or a note in brackets after Chinese text: where an English version of the text may
/// start. (Not an English sentence's bracket: `…(Need to pay within three days)`.)
pub(super) fn ends_before_version(text: &str) -> bool {
    let t = text.trim_end_matches(is_space_or_bar);
    if t.ends_with(['。', '！', '？']) {
        return true;
    }
    if !t.ends_with([')', '）', '」', '』']) {
        return false;
    }
    let after_wide = t.char_indices().rev().find(|&(_, c)| normalize::is_wide(c)).map(|(k, c)| k + c.len_utf8());
    after_wide.is_some_and(|k| latin_words(t.get(k..).unwrap_or_default()) < VERSION_WORDS)
}

/// True when `before` ends with a table's cell bar set off by a space (`… | 5. 坐在…`:
/// a table of points run together on one line, each cell closed by its bar,
/// s-nthu-life-science-lab-safety-bilingual-table-bars-stray-bars in corpus/real): the
/// cell ends as a sentence does.
fn after_cell_bar(before: &str) -> bool {
    before.strip_suffix(['|', '｜']).is_some_and(|t| t.is_empty() || t.ends_with(normalize::is_space))
}

/// True when the `、` before the bracket at `i` closes a short item that a bracketed
/// marker opened in this line: the items of a list are run together as an enumeration
/// (`…如下:(1)申請單、(2)外燴當日菜單、(3)…`: l-chiayi-health-bureau-catering-report-
/// notes-arabic-comma-paren-items in corpus/real). A citation's `第(1)、(2)款` opens no
/// item to start with.
fn enumerates(content: &str, cuts: &[usize], i: usize) -> bool {
    cuts.last().and_then(|&k| content.get(k..i)).is_some_and(|item| {
        item.starts_with(['(', '（'])
            && item.chars().count() <= ENUMERATED_ITEM_CHARS
            && !item.contains(|c| is_sentence_end(c) || is_colon(c))
    })
}

/// The longest item (in characters, its marker included) of a list run together with `、`.
const ENUMERATED_ITEM_CHARS: usize = 40;

/// A title, a space, then the first unit of the text on the same line (`示範要點 一、…`,
/// `…實施要點 6六、…` with the page's anchor number before the point: s-moj-enforcement-
/// hsinchu-volunteer-p6 in corpus/real): where the unit starts. `i` is where the spaces
/// start, `j` where they end.
fn unit_after_title(content: &str, i: usize, j: usize, ctx: &mut Context<'_>) -> Option<usize> {
    // (A title is short: the test costs at most a few hundred bytes per space.)
    if i > 240 || ctx.last(Style::CjkComma).is_some() || ctx.last(Style::Article).is_some() {
        return None;
    }
    let title = content.get(..i)?;
    // A title announcing a rule's amended articles names them (`育嬰留職停薪實施辦法第二條、
    // 第九條修正條文 第二條 受僱者…`: c-mol-parental-leave-rules-amended-articles-two-and-
    // nine-school-site-flattened-one-line in corpus/real).
    // So does a directive's title name its amended points (`彰化縣學生輔導諮詢會設置要點第一點、第三點
    // 修正規定一、…。三、…`: l-changhua-student-counselling-council-points-1-3-amendment-
    // cloudschool-one-line-title-glued-truncated in corpus/real).
    let listed = announced_units(title);
    if title.chars().count() > 60
        || title.contains(['，', ',', '。', '：', ':', '；'])
        || (listed.is_none() && !super::front::has_title_suffix(super::front::without_note(title)))
    {
        return None;
    }
    let rest = content.get(j..)?;
    // The title, then its history entry (`…注意事項 中華民國105年6月21日…函修正發布…`:
    // l-taipei-staff-computer-notes-txt-oneline in corpus/real).
    // Its first entry is judged alone: entries and the text may run on after it
    // (`…實施要點 89.11.28.行政會議通過 91.4.30.行政會議修正通過 …`: s-ncyu-garbage-sorting-
    // points-excerpt-notes-page-one-line-history in corpus/real).
    let first_entry = rest.split(normalize::is_space).next().unwrap_or(rest);
    if super::history::is_entry_start(rest) || super::history::is_entry_start(first_entry) {
        ctx.history_run = true;
        return Some(j);
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let m = marker::marker(rest.get(digits..)?)?;
    let anchor_ok = digits == 0 || rest.get(..digits).and_then(|d| d.parse::<u32>().ok()) == Some(m.num);
    if !matches!(m.style, Style::CjkComma | Style::Article) || m.rest.is_empty() || !anchor_ok {
        return None;
    }
    if let Some((style, units)) = &listed {
        if m.style != *style || units.first() != Some(&(m.num, m.sub)) {
            return None;
        }
        ctx.listed = listed;
    }
    ctx.read(m.style, (m.num, m.sub));
    Some(j + digits)
}

/// The style of the units a title announces, and their numbers.
type Announced = (Style, Vec<(u32, Option<u32>)>);

/// The articles (`…第二條、第九條修正條文`) or points (`…第一點、第三點修正規定`) a title
/// announces as amended, with the style of their labels: none when it announces none.
fn announced_units(title: &str) -> Option<Announced> {
    let (style, units) = if let Some(t) = title.strip_suffix("修正條文") {
        (Style::Article, marker::article_labels(t))
    } else {
        (Style::CjkComma, marker::point_labels(title.strip_suffix("修正規定")?))
    };
    (!units.is_empty()).then_some((style, units))
}

/// True when `n` is a unit of `style` that the title announced, after `last`.
fn announced(ctx: &Context<'_>, style: Style, last: (u32, Option<u32>), n: (u32, Option<u32>)) -> bool {
    n > last && ctx.listed.as_ref().is_some_and(|(s, units)| *s == style && units.contains(&n))
}

/// The most characters a title glued to its first point may have.
const GLUED_TITLE_CHARS: usize = 60;

/// A title written solid with the first point of its text, the whole text run on in one
/// line (`國有財產產籍管理作業要點一、為執行…。二、…`: c-ey-national-property-register-points-
/// doc-share-one-line-simplified-chrome in corpus/real): where the point starts and where
/// its text starts. The title is a kind of rule with no punctuation, the point is the
/// first one read, and its second one follows a full stop later in the line (no `修正…要點
/// 一、二點`).
fn point_glued_to_title(content: &str, ctx: &mut Context<'_>) -> Option<(usize, usize)> {
    // (Only before any point or article is read: most lines leave here.)
    if ctx.last(Style::CjkComma).is_some() || ctx.last(Style::Article).is_some() {
        return None;
    }
    let (k, _) = content
        .char_indices()
        .take(GLUED_TITLE_CHARS + 1)
        .find(|&(k, c)| c == '一' && k > 0 && content.get(k + c.len_utf8()..).is_some_and(|r| r.starts_with('、')))?;
    let m = marker::marker(content.get(k..)?)?;
    // (The second point is the title's second amended point where it lists them.)
    let second = announced_units(content.get(..k)?).and_then(|(_, units)| units.get(1).map(|u| u.0)).unwrap_or(2);
    if m.style != Style::CjkComma
        || (m.num, m.sub) != (1, None)
        || !m.rest.chars().next().is_some_and(normalize::is_ideograph)
        || !content.get(k..)?.contains(&format!("。{}、", crate::numeral::to_cjk(second)))
        || names_itself(content.get(..k)?)
    {
        return None;
    }
    let start = unit_after_title(content, k, k, ctx)?;
    Some((start, content.len() - m.rest.len()))
}

/// True when `text` ends naming a rule by reference rather than by its name (`依本要點`,
/// `該辦法`).
fn names_itself(text: &str) -> bool {
    text.char_indices().rev().find(|&(_, c)| matches!(c, '本' | '該' | '此')).is_some_and(|(p, c)| {
        let kind = text.get(p + c.len_utf8()..).unwrap_or_default();
        kind.chars().count() <= 4 && super::front::has_title_suffix(kind)
    })
}

/// Inside a list item, the text after a full stop and a space is cut off only when it
/// reads as a closing paragraph: it starts with an ideograph, and is no parallel entry of
/// the item (`一般同仁:…。 駕駛同仁:…`, a short name and a colon:
/// l-taipei-cityhall-recreation-room in corpus/real).
fn opens_closing_text(rest: &str) -> bool {
    rest.chars().next().is_some_and(normalize::is_ideograph) && !rest.chars().take(8).any(is_colon)
}

/// True when `rest` (what follows a full stop and a space) is one note in parentheses to
/// the end of the line (`…核定後實施。 (申請表下載網址:https://…)`), or to a full stop and
/// a space (`…為限。 (例如11/16提出申請,…範圍內)。 四、…`): it ends its sentence, as a
/// short note does, rather than opening a paragraph (s-utaipei-library-rooms-flattened-
/// lost-list, s-nycu-ym-osa-meeting-rooms-one-line-spaced-markers in corpus/real). Not an
/// item label (`(一) …`).
fn closing_note(rest: &str) -> bool {
    let t = rest.trim_end_matches(|c: char| normalize::is_space(c) || super::lines::is_decoration(c));
    let Some(body) = t.strip_prefix(['(', '（']) else { return false };
    let Some(close) = body.find([')', '）']) else { return false };
    let (inner, after) = (body.get(..close).unwrap_or_default(), body.get(close..).unwrap_or_default());
    let after = after.get(after.chars().next().map_or(0, char::len_utf8)..).unwrap_or_default();
    let ends = after.is_empty()
        || after.strip_prefix('。').is_some_and(|a| a.starts_with(normalize::is_space))
            && inner.chars().nth(3).is_some()
            && marker::marker(t).is_none();
    ends && !inner.contains(['(', '（', '。'])
}

/// The longest note in parentheses (in bytes, from the opening parenthesis) read as
/// closing a sentence.
const NOTE_BYTES: usize = 60;

/// True when `before` ends with a short note in parentheses after a finished sentence
/// (`…時使用。(格式如附件二)`): a marker after it stands after a sentence end
/// (l-taipei-document-handling-2013-point8 in corpus/real).
/// Also a note in angle brackets (`…辦理即可。〈本閱覽證可於本縣文化局…辦理借書,不需要重新
/// 辦證〉`: l-hualien-jian-library-loan-rules-paren-top-level in corpus/real), which runs
/// longer.
pub(super) fn note_after_sentence(before: &str) -> bool {
    note_after(before, is_sentence_end)
}

/// True when `before` ends with a short note in parentheses right after a lead-in's colon
/// (`七、執行要領:(作業流程圖如附表 3)`, then `(一)災害發生階段:` glued: c-mnd-reservist-
/// disaster-relief-rules-point7-only-wrapped-time in corpus/real).
fn note_after_colon(before: &str) -> bool {
    note_after(before, is_colon)
}

/// True when `before` ends with a short note in brackets whose opening bracket follows a
/// character `ends` accepts.
fn note_after(before: &str, ends: fn(char) -> bool) -> bool {
    let (inner, opens, limit): (&str, &[char], usize) = if let Some(inner) = before.strip_suffix([')', '）']) {
        // A note that is a sentence of its own, closed by its full stop, may run longer
        // (`…請向各地郵局兌獎。(各地郵局延時營業窗口及夜間郵局均不辦理兌獎業務。) 2.統一
        // 發票收執聯`: o-blog-invoice-draw-table-bars-prize-claim-notes-inline-arabic-points-
        // truncated in corpus/real).
        let whole = inner.ends_with(['。', '！', '？']);
        (inner, &['(', '（'], if whole { 4 * NOTE_BYTES } else { NOTE_BYTES })
    } else if let Some(inner) = before.strip_suffix('〉') {
        (inner, &['〈'], 2 * NOTE_BYTES)
    } else {
        return false;
    };
    // Only a short note: the search back is bounded (linear on a line of `) ) )…`).
    let mut from = inner.len().saturating_sub(limit);
    while !inner.is_char_boundary(from) {
        from += 1;
    }
    let Some(open) = inner.get(from..).and_then(|t| t.rfind(opens)).map(|o| o + from) else { return false };
    inner.get(..open).and_then(|t| t.chars().next_back()).is_some_and(ends)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boundary {
    /// Right after the marker that opens the line (`1. (1) 校內單位：`).
    AfterLabel,
    Sentence,
    Colon,
    /// After spaces, with no punctuation before them.
    Space,
    /// Directly after text.
    Glued,
    /// After spaces that end a `壹、` heading's short name (`貳、注意事項 二、…`).
    AfterHeading,
}

/// True when `before` ends with a line-break tag of pasted markup (`<br>`, `<br/>`,
/// `<BR />`, `</p>`, `</div>`, `</li>`).
fn line_break_tag(before: &str) -> bool {
    let Some(open) = before.rfind('<') else { return false };
    let tag = before.get(open + 1..before.len().saturating_sub(1)).unwrap_or_default();
    let name = tag.trim_end_matches([' ', '/']).to_ascii_lowercase();
    matches!(name.as_str(), "br" | "/p" | "/div" | "/li" | "/tr")
}

/// Words that end a history entry (`…號函修正`), after which a glued first point may
/// start.
const ENTRY_ENDS: [&str; 6] = ["函修正", "令修正", "函訂定", "令訂定", "修正發布", "訂定發布"];

/// How long a caption glued before its list may be.
const GLUED_CAPTION_CHARS: usize = 8;

/// A point's short caption run into its list: ideographs only.
fn glued_caption(text: &str) -> bool {
    (2..=GLUED_CAPTION_CHARS).contains(&text.chars().count()) && text.chars().all(normalize::is_ideograph)
}

/// How many lines ahead the second item after a first one run on after a caption may
/// open (the first wrapped onto the lines between).
const SECOND_LOOKAHEAD: usize = 3;

/// Where an article label closing a heading's line after a space starts, with its
/// number: the label is the whole of the line's last word, after the heading's name.
fn label_closing_heading(content: &str, name_start: usize) -> Option<(usize, (u32, Option<u32>))> {
    let body = content.trim_end_matches(normalize::is_space);
    let at = body.rfind('第').filter(|&k| k > name_start)?;
    content.get(..at).filter(|b| b.ends_with(normalize::is_space))?;
    let m = marker::marker(body.get(at..)?).filter(|m| m.style == Style::Article && m.rest.is_empty())?;
    Some((at, (m.num, m.sub)))
}

/// How many lines ahead the label of the article after a first one closing a line may
/// open (the first's text and its items between).
const ARTICLE_LOOKAHEAD: usize = 64;

/// How many lines ahead the second item after a first one run on after a field name may
/// open (the first's own items between).
const FIELD_LOOKAHEAD: usize = 8;

/// How long a caption with a reference mark, or closed by a note in brackets, may be, its
/// first item run on after it.
const MARKED_CAPTION_CHARS: usize = 40;

/// A caption a first item is run on after, with its reference mark or its note in
/// brackets: no sentence, at most [`MARKED_CAPTION_CHARS`] characters.
fn run_on_caption(text: &str) -> bool {
    !text.contains(is_sentence_end) && text.chars().nth(MARKED_CAPTION_CHARS).is_none()
}

/// How long a caption a list's first item is run on after may be.
const LIST_CAPTION_CHARS: usize = 12;

/// A first `1.` item at `j` run on after a caption that opens the line (up to `end`),
/// its second item opening the next line or one of the next few: the list starts afresh
/// under each such caption (`國科會計畫申請說明1. 使用資格:…` over `2. 申請方式:…`: o-narlabs-
/// nchc-iservice-faq-project-application-captions-run-on-arabic-items-restarting-truncated;
/// set off by a space, `強化組織運作 1.建立…` over `2.建立…`: s-hust-self-harm-prevention-
/// plan-points-captions-inline-arabic-truncated, both in corpus/real).
fn caption_run_on(content: &str, end: usize, j: usize, ctx: &Context<'_>) -> bool {
    ctx.next_marked_second() == Some(Style::Arabic)
        && content.get(j..).is_some_and(|r| r.starts_with('1'))
        && content.get(..end).is_some_and(list_caption)
}

/// A caption a list's first item is run on after: ideographs only, not an article or a
/// date's words before a number (`第`, `民國`), at most [`LIST_CAPTION_CHARS`].
fn list_caption(text: &str) -> bool {
    (2..=LIST_CAPTION_CHARS).contains(&text.chars().count())
        && text.chars().all(normalize::is_ideograph)
        && !text.starts_with('第')
        && !text.ends_with(['第', '國', '年', '月', '附', '表', '圖'])
}

/// True for a heading's name: short, no punctuation.
fn short_name(name: &str) -> bool {
    let name = name.trim_matches(normalize::is_space);
    name.chars().count() <= HEADING_NAME_CHARS
        && !name.chars().any(|c| {
            c.is_ascii_punctuation() || is_sentence_end(c) || is_colon(c) || matches!(c, '，' | '、' | '（' | '）')
        })
}

/// A `壹、` heading inside a line: after a sentence end or spaces, the next heading
/// number, or the first when the second follows in the line.
fn accept_heading(m: &marker::Marker<'_>, after: &str, boundary: Boundary, ctx: &Context<'_>) -> bool {
    if !matches!(boundary, Boundary::Sentence | Boundary::Space) || m.sub.is_some() {
        return false;
    }
    match ctx.heading {
        Some(last) => m.num == last + 1,
        None => m.num == 1 && normalize::head(after, SUCCESSOR_WINDOW).contains("貳、"),
    }
}

/// True when `text` holds the label of article `n` (`第三條`, `第 3 條`, `第 三 條`, or
/// with the simplified `条`) within the next few characters a flattened article runs to.
fn mentions_article(text: &str, n: u32) -> bool {
    let head = normalize::head(text, SUCCESSOR_WINDOW);
    let numeral = crate::numeral::to_cjk(n);
    ["條", "条"].iter().any(|t| {
        head.contains(&format!("第{numeral}{t}"))
            || head.contains(&format!("第 {n} {t}"))
            || head.contains(&format!("第{n}{t}"))
            || head.contains(&format!("第 {numeral} {t}"))
    })
}

/// True when `text` holds the label of article `n` written solid after a full stop
/// (`。第二條`, `。第2条`) within the next few characters a flattened article runs to.
fn solid_successor(text: &str, n: u32) -> bool {
    let head = normalize::head(text, SUCCESSOR_WINDOW);
    let numeral = crate::numeral::to_cjk(n);
    ["條", "条"].iter().any(|t| head.contains(&format!("。第{numeral}{t}")) || head.contains(&format!("。第{n}{t}")))
}

/// An article label spelled out in numerals with a space on each side of the number
/// (`第 十二 條`).
fn spaced_cjk_label(label: &str) -> bool {
    label
        .strip_prefix("第 ")
        .and_then(|r| r.strip_suffix(" 條"))
        .is_some_and(|n| !n.is_empty() && n.chars().all(crate::numeral::is_cjk_numeral_char))
}

/// True when `m` is a day of the week in brackets after a date (`10 月 21 日(二)、 11 月 4
/// 日(二)上午…`: s-tainan-qingcao-elementary-anniversary-sports-day-plan-slider-chrome-
/// points-paren-arabic-items-truncated in corpus/real), not an item: `before` is the
/// text before it.
fn weekday(m: &marker::Marker<'_>, before: &str) -> bool {
    m.style == Style::ParenCjk
        && m.sub.is_none()
        && m.num <= 6
        && before.trim_end_matches(normalize::is_space).ends_with('日')
}

/// Characters a marker can start with (a cheap filter before the marker rules run).
fn may_open(c: char) -> bool {
    matches!(c, '（' | '(' | '〈' | '第')
        || c.is_ascii_digit()
        || crate::numeral::is_cjk_numeral_char(c)
        || marker::financial(c)
}

/// `marked`: the line (or its part before `m`) opens with a marker; a first number after a
/// colon opens a list only there (`註 2：（1）…` is a note, not a list). `bare_line`: the
/// line opens with no marker, and nothing before `m` was cut from it.
fn accept(m: &marker::Marker<'_>, boundary: Boundary, ctx: &Context<'_>, marked: bool, bare_line: bool) -> bool {
    let n = (m.num, m.sub);
    let paren = matches!(
        m.style,
        Style::ParenCjk | Style::ParenArabic | Style::ParenStem | Style::ParenBranch | Style::ParenLetter(_)
    );
    if m.style == Style::Article {
        // A label glued after other text (`本條文有附件 第 3 條`), or the next article of a
        // flattened law; never a citation in a sentence.
        // The first article read in a flattened text after a caption (`租用須知 Rental
        // Regulations 第二條 本辦法…。 第三條 …`: l-taichung-port-arts-center-articles-
        // flattened in corpus/real) when the next article's label follows in the line.
        // A label in the database's spacing ([`spaced_cjk_label`]) may also jump ahead, as
        // a text of amended articles does (第 十三 條 … 第 四十五 條).
        let database = m.spaced && spaced_cjk_label(m.label);
        let next = match ctx.last(Style::Article) {
            Some(l) => follows(l, n) || (database && n.0 > l.0) || announced(ctx, m.style, l, n),
            None => n.1.is_none() && mentions_article(m.rest, n.0 + 1),
        };
        // A label written solid after a full stop ([`marker::glued_article`]: its text
        // reads as no citation) is the next article too, after an article read in the
        // line or when the one after it follows the same way (a law flattened onto one
        // line with no spaces: c-doh-infection-control-inspection-rules-articles-doc-
        // site-no-spaces in corpus/real).
        let solid =
            boundary == Boundary::Sentence && (ctx.last(Style::Article).is_some() || solid_successor(m.rest, n.0 + 1));
        // A label spelled out in numerals with spaces inside and after it (`第 十二 條 信函…`,
        // the database's spacing) reads as no citation even run into the text before it
        // (a rule's amended articles flattened onto one line after its history sentences:
        // c-chunghwa-post-business-rules-amended-articles-one-line in corpus/real).
        return next
            && (matches!(boundary, Boundary::Sentence | Boundary::Space) || (database && boundary == Boundary::Glued))
            && (m.rest.is_empty() || m.spaced || solid);
    }
    if m.rest.is_empty() {
        // A number run onto the end of the line after a full stop, its text on the next
        // line, when it follows the number before it (`…得以幻燈片送審。5.` over `- 繳交之作
        // 品幻燈片…`: l-tamsui-arts-centre-exhibition-application-numbered-captions-dash-
        // bullets-glued-numbers-truncated in corpus/real): a number alone on its line.
        return boundary == Boundary::Sentence && ctx.last(m.style).is_some_and(|last| follows(last, n));
    }
    // A bracketed item whose numeral was lost (`()…`), after a sentence that ends an item
    // of its list: the next item, as its number cannot say so (`…係指: ()鈾礦物…者。 ()任何
    // 物理或化學形式之鈾…`: c-moe-nusc-nuclear-raw-material-letter-isu-relay-points-lost-
    // paren-numerals in corpus/real).
    if m.lost && paren && boundary == Boundary::Sentence && ctx.last(m.style).is_some() {
        return true;
    }
    if let Some(last) = ctx.last(m.style) {
        if follows(last, n) {
            return match boundary {
                Boundary::Sentence | Boundary::Colon | Boundary::AfterLabel | Boundary::AfterHeading => true,
                // `（二）…事項 （三）…`, `…事項（三）…`: only the parenthesised styles,
                // which no sentence uses for anything else; and a run of `1.` items
                // written solid between words, each announcing the next
                // ([`glued_successor`]), the last announced by the one before.
                // So is a point written solid after the text of the one before when a
                // field's short name and its colon open it (`…徐先生06-6357048二、傳真電話:
                // …三、洽辦單位:…`, a service page flattened onto one line: l-tainan-social-
                // bureau-elderly-denture-subsidy-agency-download-page-flattened-points-mixed-
                // arabic-markers in corpus/real).
                Boundary::Glued => {
                    paren
                        || m.style == Style::Arabic && (glued_successor(m) || ctx.announced == Some((m.style, m.num)))
                        || m.style == Style::CjkComma && m.sub.is_none() && field_name_first(m.rest)
                }
                // Also a point set off by spaces on both sides after an item with no
                // final punctuation, when the point after it follows in the line
                // (`(二) 學務處小會議室 三、 預約借用…。 四、 …`: s-nycu-ym-osa-meeting-
                // rooms-one-line-spaced-markers in corpus/real).
                Boundary::Space => {
                    paren
                        || (m.style == Style::CjkComma
                            && m.sub.is_none()
                            && (((m.spaced || m.is_bare())
                                && (normalize::head(m.rest, SUCCESSOR_WINDOW)
                                    .contains(&format!("{}、", crate::numeral::to_cjk(m.num + 1)))
                                    || (m.is_bare() && mentions_bare(m.rest, m.num + 1))))
                                // Or a point written solid after a space, when the point
                                // after it comes the same way, set off by a space (`…為目的
                                // 二、本會會員… 擇優錄取 三、申請…`: a directive flattened onto
                                // one line with no final punctuation, s-anding-farmers-assoc-
                                // scholarship-rules-flattened-one-line in corpus/real).
                                || (!m.rest.starts_with(crate::numeral::is_cjk_numeral_char)
                                    && (spaced_successor(m) || ctx.announced == Some((m.style, m.num))))
                                // Or a point after the bracketed items of the one before,
                                // its own list starting afresh in the line (`一、申請項目
                                // (一)… (六)…用電 二、申請應備資料 (一)申請書 (二)…`: l-chiayi-
                                // city-economic-dept-farm-power-electricity-application-
                                // points-paren-items-flattened-summary-then-lines in
                                // corpus/real).
                                || (ctx.last(Style::ParenCjk).is_some() && restarts_paren_list(m.rest))))
                        // So is a `1.` item's next written solid after a space, when it was
                        // announced the same way or announces its own next (`【納骨堂】 1.選位
                        // 2.農會繳費 3.領取許可證 4.進塔 應備文件:…`, a page flattened onto
                        // one line: l-beidou-columbarium-cemetery-application-flow-flattened-
                        // arabic-steps-bracket-captions in corpus/real).
                        || (m.style == Style::Arabic
                            && m.sub.is_none()
                            && !m.rest.starts_with(|c: char| c.is_ascii_digit())
                            && (spaced_successor(m) || ctx.announced == Some((m.style, m.num))))
                }
            };
        }
        // A point the title announced as amended, after a full stop, though the numbers
        // jump (see `announced_units`).
        if m.style == Style::CjkComma && boundary == Boundary::Sentence && announced(ctx, m.style, last, n) {
            return true;
        }
        // One number skipped in a bracketed list flattened onto a line, after a full stop,
        // when the number after it follows the same way: the list goes on past the slip, as
        // it does at a line's start (`…簽名或蓋章)。 (六)工作期限:…。 (八)工資福利:…。 (九)…`:
        // l-taipei-xinyi-district-office-work-relief-temp-worker-notice-flattened-one-line-
        // missing-seventh-item in corpus/real). The outline reports the gap.
        // So does a text of points flattened onto one line that skips a point (`三、主辦單位:
        // …公所。 五、比賽日期:…。 六、…`, point 四 missing from a township's plan:
        // l-shoufeng-township-gateball-cup-plan-page-all-points-one-line-point-four-missing
        // in corpus/real), as the outline reads it: the points after it are then read in
        // turn, inside an item's text too (`(三)報名地點:…。 十、比賽制度:…`).
        if (paren || m.style == Style::CjkComma)
            && boundary == Boundary::Sentence
            && last.1.is_none()
            && n == (last.0 + 2, None)
        {
            return follows_after_sentence(m, n.0 + 1);
        }
        // A list that starts again after a lead-in's colon, its second number following
        // in the line: the next paragraph's list (`…辦理: 一、… 二、…` after the 款 of the
        // paragraph before, a law flattened onto one line: l-tainan-social-housing-
        // rental-rules-articles-one-line-txt in corpus/real). Only `一、` lists, a law's 款:
        // a bracketed list starting again after a colon is more often a deeper list run
        // into the text of an item of its own style (c-mol-care-worker-training-grant-
        // points-pdf-transcript-glued-numeral).
        // So does a list under a field name, its second item opening the next line (see
        // the field name in `cuts`).
        // (Under an article only: in a directive `一、` numbers the points, which do not
        // start again after a colon: o-pharmacists-news-taoyuan-pharmacy-inspection-points-
        // arabic-items-violations-table-article-cells-quoted-kuan-truncated quotes a law's
        // 款 in its second point.)
        // A bracketed list starts again after the colon of a line that opens with no
        // marker, its second number following in the line: the list of a paragraph after
        // the items of the one before (`授權金:(一)…;(二)…` over `申請業者需檢附:(一)…;
        // (二)…;(三)…`: c-tari-feed-formula-licensing-notice-points-three-missing-unnumbered-
        // paragraph in corpus/real).
        return n == (1, None)
            && (boundary == Boundary::AfterHeading
                || (boundary == Boundary::Colon
                    && mentions_second(m.rest, m.style)
                    && ((m.style == Style::CjkComma && ctx.last(Style::Article).is_some()) || (paren && bare_line))));
    }
    // A first number: a new, deeper list; or a list of a shallower style than the one
    // open (points after the items of a table's notes) when its next number follows.
    let deeper = ctx.innermost().is_none_or(|s| s.rank() < m.style.rank());
    if n != (1, None) {
        return false;
    }
    // Under a heading's name, a list starts afresh.
    if boundary == Boundary::AfterHeading {
        return true;
    }
    let second = || mentions_second(m.rest, m.style) || (m.is_bare() && mentions_bare(m.rest, 2));
    if !deeper {
        return matches!(boundary, Boundary::Colon | Boundary::Sentence | Boundary::Space) && second();
    }
    match boundary {
        // After a colon in a line that opens with no marker (`備註: 一、… 二、…`), only
        // when the next number follows in the line (`註 2：（1）…` is a note) or opens the
        // next line, for the first point of a text (`公告事項: 一、為激發…` then `二、…`:
        // l-taipei-park-venue-notice-repealed in corpus/real).
        Boundary::Colon => {
            marked
                || second()
                || (ctx.open.is_empty() && m.style == Style::CjkComma && ctx.next_line_second() == Some(m.style))
        }
        Boundary::AfterLabel | Boundary::AfterHeading => true,
        // After a field name and a space (`內容簡介 一、目地:…` then `二、…`: l-yanping-birth-
        // grant-plan-welfare-portal in corpus/real), as after a colon; so is an Arabic or a
        // bracketed first item after a heading and a space, the second opening the next line
        // (`使用須知 桌球場(Table Tennis) 1. 為維護…` then `2. 使用球場…`: o-sports-centre-
        // table-tennis-rules-first-item-glued-to-heading-truncated in corpus/real). A first
        // point's second may open a line further down, under the first's own items (`答覆內容
        // 一、申請程序:` over `(一)…` `(二)…` over `二、應附證件及程式:`: l-miaoli-legal-
        // section-appeal-faq-answer-label-before-point-paren-items-arabic-space-items).
        Boundary::Space => {
            mentions_second(m.rest, m.style)
                || (ctx.open.is_empty()
                    && matches!(m.style, Style::CjkComma | Style::Arabic | Style::ParenCjk)
                    && !m.is_bare()
                    && (ctx.next_line_second() == Some(m.style)
                        || (m.style == Style::CjkComma && ctx.second_ahead(m.style))))
        }
        Boundary::Sentence => mentions_second(m.rest, m.style),
        // A first `1.` written solid after the words that announce its list, when `2.`
        // follows within a short stretch after a list's separator (`參選資格限為1.設籍彰化縣;
        // 2.出生地彰化;3.…`: l-changhua-culture-bureau-poetry-call-esjh-post-points-blank-line-
        // wrap-inline-arabic-items in corpus/real).
        // So does a first bracketed item written solid after its lead-in, when its second
        // follows in the line right after a full stop or semicolon (`候選人應備具表件包括(一)候選
        // 人登記申請書一份。(二)…`: l-hualien-county-news-hualien-city-candidate-registration-
        // documents-inline-paren-items-truncated in corpus/real).
        // (Or its second and third written solid after it, in the line of a unit's own
        // marker: in an unmarked line such a run names grades in its sentence, `獎勵分(一)
        // 嘉獎(二)記小功(三)…` after an article's `一、` items: c-moea-salt-personnel-rules-
        // article114-law-site-inline-paren-grades in corpus/real.)
        Boundary::Glued => separated_successor(m) || paren && (second_after_sentence(m) || (marked && glued_run(m))),
    }
}

/// True when a first bracketed item written solid in a sentence is followed, written solid
/// too within a short stretch, by its second and third (`…檢具(一)申報表(二)以正體字呈現之
/// 聯盟或書面約定書草案(三)簽訂書面約定書之大陸地區學校簡介,經…`: l-hualien-mainland-school-
/// alliance-reporting-letter-mleps-relay-slider-chrome-inline-paren-items-truncated in
/// corpus/real): a list run into its sentence, which a single `(二)` after it is not.
fn glued_run(m: &marker::Marker<'_>) -> bool {
    // (Each item's text opens with words: `科學教室(一)、科學教室(二)、…` numbers rooms, not
    // items: s-nmns-lecture-hall-print in corpus/real, its point run onto one line.)
    if !matches!(m.style, Style::ParenCjk | Style::ParenArabic)
        || (m.num, m.sub) != (1, None)
        || !m.rest.starts_with(normalize::is_ideograph)
    {
        return false;
    }
    let head = normalize::head(m.rest, GLUED_WINDOW);
    let at = |n: u32, from: usize| {
        paren_labels(m.style, n)
            .iter()
            .filter_map(|l| head.get(from..)?.find(l.as_str()).map(|k| (from + k, l.len())))
            .min()
    };
    let Some((k2, len2)) = at(2, 0) else { return false };
    let solid = |k: usize| head.get(..k).and_then(|b| b.chars().next_back()).is_some_and(normalize::is_ideograph);
    let words = |k: usize| head.get(k..).is_some_and(|a| a.starts_with(normalize::is_ideograph));
    solid(k2) && words(k2 + len2) && at(3, k2 + len2).is_some_and(|(k3, len3)| solid(k3) && words(k3 + len3))
}

/// How long a field's name opening a point written solid after the text before may be.
const FIELD_NAME_CHARS: usize = 6;

/// True when `rest` opens with a field's short name and its colon (`傳真電話:`): two to
/// [`FIELD_NAME_CHARS`] ideographs, no numeral first and no word naming a unit (`三款:`
/// cites).
fn field_name_first(rest: &str) -> bool {
    let Some(colon) = rest.find([':', '：']) else { return false };
    let name = rest.get(..colon).unwrap_or_default();
    (2..=FIELD_NAME_CHARS).contains(&name.chars().count())
        && name.chars().all(normalize::is_ideograph)
        && !name.starts_with(crate::numeral::is_cjk_numeral_char)
        && !name.contains(['條', '款', '項', '點', '目', '類', '級'])
}

/// True when the label of number `next` in `m`'s style (full- or half-width brackets)
/// follows in its text right after a full stop and a space or none (`…簽名。 (九)…`).
fn follows_after_sentence(m: &marker::Marker<'_>, next: u32) -> bool {
    label_after(m, next, |before| before.trim_end_matches(normalize::is_space).ends_with(is_sentence_end))
}

/// True when the bracketed item numbered 2 of `m`'s style follows in its text right after
/// a full stop or a semicolon (`…一份。(二)…`).
fn second_after_sentence(m: &marker::Marker<'_>) -> bool {
    matches!(m.style, Style::ParenCjk | Style::ParenArabic)
        && label_after(m, 2, |before| before.ends_with(['。', '；', ';']))
}

/// True when the label of number `n` in `m`'s style, its brackets full- or half-width,
/// stands within a short stretch of `m`'s text where the text before it passes `before`.
fn label_after(m: &marker::Marker<'_>, n: u32, before: impl Fn(&str) -> bool) -> bool {
    let window = normalize::head(m.rest, SUCCESSOR_WINDOW);
    paren_labels(m.style, n).iter().any(|l| window.match_indices(l).any(|(k, _)| window.get(..k).is_some_and(&before)))
}

/// The label of number `n` in a bracketed `style`, as written with full- and with
/// half-width brackets (`（二）`, `(二)`) and, a Chinese numeral, in angle brackets
/// (`〈二〉`).
fn paren_labels(style: Style, n: u32) -> Vec<String> {
    let label = style.label(n, None);
    let inner = label.trim_start_matches('（').trim_end_matches('）');
    let mut labels = vec![format!("({inner})")];
    if style == Style::ParenCjk {
        labels.push(format!("〈{inner}〉"));
    }
    labels.push(label);
    labels
}

/// True when `m`, a first `1.` item, announces its `2.` within a short stretch of its
/// text, after a list's separator or a space and before text.
fn separated_successor(m: &marker::Marker<'_>) -> bool {
    if m.style != Style::Arabic || (m.num, m.sub) != (1, None) || !m.label.ends_with('.') {
        return false;
    }
    let head = normalize::head(m.rest, GLUED_WINDOW);
    head.match_indices("2.").any(|(k, _)| {
        let before = head.get(..k).and_then(|b| b.chars().next_back());
        let after = head.get(k + 2..).and_then(|a| a.chars().next());
        before.is_some_and(|c| matches!(c, ';' | '；' | ',' | '，' | '、' | '。') || normalize::is_space(c))
            && after
                .is_some_and(|c| normalize::is_ideograph(c) || normalize::is_space(c) || matches!(c, '「' | '(' | '（'))
    })
}

/// True when a point's text holds, set off by a space within a short stretch, a `(一)`
/// item followed by its `(二)`: a bracketed list starting afresh under the point. The
/// items are read by the marker lexer, so a transcript's spaced brackets count too (`三
/// 補助訓練課程, 分為下列二類 : ( 一 ) 照顧服務員課程 ( 二 ) 托育人員課程`: c-mol-care-
/// worker-training-grant-points-pdf-transcript-glued-numeral in corpus/real).
fn restarts_paren_list(rest: &str) -> bool {
    let head = normalize::head(rest, GLUED_WINDOW);
    // A bracketed item of the given number opening at byte `k` of the stretch.
    let item_at = |k: usize, n: u32| {
        head.get(k..)
            .and_then(marker::marker)
            .is_some_and(|m| m.style == Style::ParenCjk && m.num == n && m.sub.is_none() && !m.lost)
    };
    let opens = |c: char| matches!(c, '(' | '（');
    let mut first_seen = false;
    for (k, _) in head.char_indices().filter(|&(_, c)| opens(c)) {
        if first_seen {
            if item_at(k, 2) {
                return true;
            }
        } else {
            let spaced = head.get(..k).and_then(|b| b.chars().next_back()).is_some_and(normalize::is_space);
            first_seen = spaced && item_at(k, 1);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angle_bracketed_items_run_on_after_a_colon() {
        // c-moe-tech-college-students-international-skills-contests-and-invention-shows-
        // grant-points-2010-history-page-angle-bracket-items-truncated in corpus/real.
        let src = "某要點\n一、申請資料:應提出下列表件:〈一〉申請表。〈二〉佐證資料。\n二、附則。\n";
        let doc = crate::parse(src);
        let items: Vec<&str> =
            doc.units[0].children[0].children.iter().map(|c| c.label.as_deref().unwrap_or("")).collect();
        assert_eq!(items, ["〈一〉", "〈二〉"]);
        assert_eq!(crate::testing::round_trip(src), None);
    }

    #[test]
    fn only_a_short_note_closes_a_sentence() {
        assert!(note_after_sentence("時使用。(格式如附件二)"));
        assert!(!note_after_sentence("時使用(格式如附件二)"));
        assert!(!note_after_sentence(&format!("時使用。({})", "乙".repeat(20))));
        // A long run of closing parentheses is read back a bounded length.
        assert!(!note_after_sentence(&") ".repeat(100_000)));
        assert!(note_after_sentence("辦理即可。〈本閱覽證可於本縣文化局或十三鄉鎮市立圖書館辦理借書,不需要重新辦證〉"));
        assert!(!note_after_sentence("辦理即可〈本閱覽證〉"));
        assert!(!note_after_sentence(&"〉".repeat(100_000)));
    }

    fn parts(src: &str) -> Vec<String> {
        let mut lines = normalize::lines(src);
        let mut marks: Vec<Option<Mark>> =
            lines.iter().map(|l| marker::marker(l.content).map(|m| Mark::new(&m, l.content))).collect();
        split(&mut lines, &mut marks, &mut Vec::new());
        lines.iter().map(|l| l.content.to_string()).collect()
    }

    #[test]
    fn a_bracketed_list_starts_again_after_the_colon_of_an_unmarked_line() {
        // c-tari-feed-formula-licensing-notice-points-three-missing-unnumbered-paragraph in
        // corpus/real.
        assert_eq!(
            parts("四、授權金:(一)每種配方甲元;(二)二種配方乙元。\n申請業者需檢附:(一)意願書;(二)證明文件;(三)收據。"),
            [
                "四、授權金:",
                "(一)每種配方甲元;",
                "(二)二種配方乙元。",
                "申請業者需檢附:",
                "(一)意願書;",
                "(二)證明文件;",
                "(三)收據。"
            ]
        );
        // An item's own text keeps a list of its style run into it (c-mol-care-worker-
        // training-grant-points-pdf-transcript-glued-numeral).
        assert_eq!(parts("(一)甲。\n(二)乙如下:(一)丙;(二)丁。"), ["(一)甲。", "(二)乙如下:(一)丙;(二)丁。"]);
    }

    #[test]
    fn a_first_number_set_off_from_its_comma_after_a_colon() {
        // l-tainan-syuejia-wanan-41-air-raid-drill-notice-dyps-relay-one-line-spaced-arabic-
        // comma-items in corpus/real: `1 、` after the lead-in's colon, `2 、` after it.
        assert_eq!(
            parts("演練重點如下: 1 、防情傳遞。 2 、容量驗證。 3 、效能驗證。"),
            ["演練重點如下:", "1 、防情傳遞。", "2 、容量驗證。", "3 、效能驗證。"]
        );
        // Not with no second number after it.
        assert_eq!(parts("重點如下: 1 、防情傳遞。"), ["重點如下: 1 、防情傳遞。"]);
    }

    #[test]
    fn a_first_point_after_a_field_name_its_second_below_its_own_items() {
        // l-miaoli-legal-section-appeal-faq-answer-label-before-point-paren-items-arabic-
        // space-items in corpus/real: `二、` opens a line under the first point's items.
        assert_eq!(
            parts("答覆內容 一、申請程序:\n(一)甲。\n(二)乙。\n二、應附證件:\n"),
            ["答覆內容", "一、申請程序:", "(一)甲。", "(二)乙。", "二、應附證件:"]
        );
        // Not with another point's line before it, nor with no `二、` ahead.
        assert_eq!(parts("答覆內容 一、申請程序:\n(一)甲。\n三、應附證件:\n")[0], "答覆內容 一、申請程序:");
    }

    #[test]
    fn a_bracketed_list_run_into_a_point_s_sentence() {
        // l-hualien-mainland-school-alliance-reporting-letter-mleps-relay-slider-chrome-
        // inline-paren-items-truncated in corpus/real: three items written solid.
        assert_eq!(
            parts(
                "三、請確實督導所轄學校依據審查要點,應於進行簽約1個月前,檢具(一)申報表(二)約定書草案(三)學校簡介,經審查後提出。"
            ),
            [
                "三、請確實督導所轄學校依據審查要點,應於進行簽約1個月前,檢具",
                "(一)申報表",
                "(二)約定書草案",
                "(三)學校簡介,經審查後提出。"
            ]
        );
        // Not in a line with no marker of its own (c-moea-salt-personnel-rules-article114-
        // law-site-inline-paren-grades: grades named in a sentence).
        let src = "獎勵分(一)嘉獎(二)記小功(三)記大功。";
        assert_eq!(parts(src), [src]);
        // Nor numbers naming rooms in a list of words (s-nmns-lecture-hall-print).
        let src =
            "二、本要點所稱演講場地係指第一演講廳、第二演講廳(多用途劇場)、科學教室(一)、科學教室(二)、科學教室(三)。";
        assert_eq!(parts(src), [src]);
    }

    #[test]
    fn a_flattened_list_goes_on_past_one_skipped_number() {
        // l-taipei-xinyi-district-office-work-relief-temp-worker-notice-flattened-one-line-
        // missing-seventh-item in corpus/real: (七) is missing.
        assert_eq!(
            parts("二、說明: (一)甲。 (二)乙。 (四)丙。 (五)丁。"),
            ["二、說明:", "(一)甲。", "(二)乙。", "(四)丙。", "(五)丁。"]
        );
        // Not without the number after it, nor two numbers ahead, nor run into words.
        assert_eq!(parts("二、說明: (一)甲。 (二)乙。 (四)丙。"), ["二、說明:", "(一)甲。", "(二)乙。 (四)丙。"]);
        assert_eq!(
            parts("二、說明: (一)甲。 (二)乙。 (五)丙。 (六)丁。"),
            ["二、說明:", "(一)甲。", "(二)乙。 (五)丙。 (六)丁。"]
        );
        assert_eq!(
            parts("二、說明: (一)甲。 (二)乙及(四)丙。 (五)丁。"),
            ["二、說明:", "(一)甲。", "(二)乙及(四)丙。 (五)丁。"]
        );
    }

    #[test]
    fn a_first_item_written_solid_after_its_announcing_words() {
        // l-changhua-culture-bureau-poetry-call-esjh-post-points-blank-line-wrap-inline-
        // arabic-items in corpus/real: `2.` follows after a list's separator.
        assert_eq!(
            parts("一、參選資格限為1.設籍彰化縣;2.出生地彰化;3.現於彰化縣居住。"),
            ["一、參選資格限為", "1.設籍彰化縣;", "2.出生地彰化;", "3.現於彰化縣居住。"]
        );
        // Not a number inside the words (`附件1.申請表`, its `2.` glued too), nor one with
        // no `2.` after it.
        for src in ["一、檢附附件1.申請表附件2.切結書。", "一、依版本1.說明辦理。"] {
            assert_eq!(parts(src), [src], "{src}");
        }
    }

    #[test]
    fn a_bracketed_number_after_a_cited_unit_cites_its_item() {
        // l-kaohsiung-military-service-dept-physical-recheck-points-paren-arabic-hospitals
        // in corpus/real.
        let src = "一、甲:\n(一)公費複檢。\n(二)自費複檢。\n二、依前項(一)(二)規定判定者,不得再申請。";
        assert_eq!(parts(src).last().map(String::as_str), Some("二、依前項(一)(二)規定判定者,不得再申請。"));
        assert!(cited_unit("依第二款") && cited_unit("本點") && !cited_unit("注意事項"));
    }

    #[test]
    fn an_item_that_lost_its_numeral_goes_on_after_a_sentence() {
        // c-moe-nusc-nuclear-raw-material-letter-isu-relay-points-lost-paren-numerals in
        // corpus/real.
        assert_eq!(
            parts("二、所稱原料係指: ()鈾礦物,其成分在百分之五以上者。 ()任何形式之鈾,其成分在百分之五以上者。"),
            ["二、所稱原料係指:", "()鈾礦物,其成分在百分之五以上者。", "()任何形式之鈾,其成分在百分之五以上者。"]
        );
    }

    #[test]
    fn numbers_enumerating_in_an_english_sentence_are_its_words() {
        // s-asia-bime-english-graduation-benchmark-bilingual-points-bullet-dot-first-
        // numeral-truncated in corpus/real, as its clean text runs the English into the
        // point's line.
        let src = "三、免試申請Regarding test waiving:Students must provide:1. an original copy, 2. a photo copy, and 3. a complete form.";
        assert_eq!(parts(src).len(), 1);
        // A Chinese list after an English caption is cut as before.
        assert_eq!(parts("三、申請 Application: 1.申請書。 2.證明文件。").len(), 3);
    }

    /// The parts a line is cut into and the debris the cutting leaves.
    fn parts_and_debris(src: &str) -> (Vec<String>, Vec<String>) {
        let mut lines = normalize::lines(src);
        let mut marks: Vec<Option<Mark>> =
            lines.iter().map(|l| marker::marker(l.content).map(|m| Mark::new(&m, l.content))).collect();
        let mut debris = Vec::new();
        split(&mut lines, &mut marks, &mut debris);
        (lines.iter().map(|l| l.content.to_string()).collect(), debris.into_iter().map(|d| d.text).collect())
    }

    #[test]
    fn a_cut_part_leaves_its_closing_cell_bar() {
        // s-ntou-recreation-hall-rules-articles-table-bars-inline-items-truncated in
        // corpus/real: a row's cell holds an article's items; the last closes the cell.
        let (parts, debris) = parts_and_debris("第四條 | 本館得提供下列活動使用: 一、校內活動。 二、校外活動。 |");
        assert_eq!(parts, ["第四條 | 本館得提供下列活動使用:", "一、校內活動。", "二、校外活動。"]);
        assert_eq!(debris, ["|"]);
        // A bar inside the part stays: the cells are the part's own.
        assert_eq!(cell_bar_end("甲 | 乙 |", 0, 10), 10);
        // A bar cut off alone before the next cell's label is decoration too (l-taichung-
        // city-temporary-staff-work-rules-chapter-one-table-bars-articles-flattened-one-line
        // in corpus/real: a table of articles run onto one line).
        let (parts, debris) =
            parts_and_debris("第一條 | 甲機關特訂定本規則。 | 第二條 | 本規則所稱人員,係指本府人員。 |");
        assert_eq!(parts, ["第一條 | 甲機關特訂定本規則。", "第二條 | 本規則所稱人員,係指本府人員。 |"]);
        assert_eq!(debris, ["|"]);
    }

    #[test]
    fn first_article_after_a_caption_in_a_flattened_line() {
        // l-taichung-port-arts-center-articles-flattened in corpus/real.
        assert_eq!(
            parts("租用須知 Rental Regulations 第二條 本辦法之主管機關為文化局。 第三條 本辦法所稱場地係指演藝廳。"),
            ["租用須知 Rental Regulations", "第二條 本辦法之主管機關為文化局。", "第三條 本辦法所稱場地係指演藝廳。"]
        );
        // A citation is no label: no next article follows it.
        assert_eq!(parts("申請人應依 第二條 規定辦理。"), ["申請人應依 第二條 規定辦理。"]);
    }

    #[test]
    fn a_list_after_a_colon_in_the_wrap_of_a_marked_line() {
        // As on the marked line itself, so that a rendering, which joins the wrap to it,
        // reads back the same (l-taichung-police-precinct-workplace-harassment-handbook-
        // questions in corpus/real).
        let joined = parts("(一)公布聲明雇主應公布聲明,內容應包括:(1)宣示禁止");
        let wrapped = parts("(一)公布聲明\n雇主應公布聲明,內容應包括:(1)宣示禁止");
        assert_eq!(joined, ["(一)公布聲明雇主應公布聲明,內容應包括:", "(1)宣示禁止"]);
        assert_eq!(wrapped, ["(一)公布聲明", "雇主應公布聲明,內容應包括:", "(1)宣示禁止"]);
    }

    #[test]
    fn a_first_bracketed_item_written_solid_after_its_lead_in() {
        // l-hualien-county-news-hualien-city-candidate-registration-documents-inline-paren-
        // items-truncated in corpus/real: the second item right after a full stop.
        let src = "候選人應備具表件包括(一)候選人登記申請書一份。(二)候選人登記申請調查表一份。";
        assert_eq!(
            parts(src),
            ["候選人應備具表件包括", "(一)候選人登記申請書一份。", "(二)候選人登記申請調查表一份。"]
        );
        // Not a citation of items in a sentence.
        let src = "依第三點(一)、(二)規定辦理。";
        assert_eq!(parts(src), ["依第三點(一)、(二)規定辦理。"]);
    }

    #[test]
    fn a_first_item_set_off_from_a_points_caption_by_a_space() {
        // o-yungching-urban-renewal-public-hearing-guide-flattened-point-paren-arabic-inline-
        // truncated in corpus/real: the second item opens the next line.
        let src = "一、說明事項 (一) 辦理緣起與法令依據 1. 說明係依規定辦理。\n(二) 公聽會辦理公告及通知方式。\n";
        assert_eq!(
            parts(src),
            ["一、說明事項", "(一) 辦理緣起與法令依據 1. 說明係依規定辦理。", "(二) 公聽會辦理公告及通知方式。"]
        );
        // Not with no second item to come.
        assert_eq!(parts("一、說明事項 (一) 辦理緣起。\n二、乙。\n"), ["一、說明事項 (一) 辦理緣起。", "二、乙。"]);
    }

    #[test]
    fn a_first_item_glued_to_a_caption_its_second_opening_the_next_line() {
        // l-changhua-county-new-immigrant-fund-subsidy-service-page-headings-glued-to-paren-
        // items-trailing-spaces-truncated in corpus/real.
        let src = "二、補助對象(一)中央政府及直轄市、縣(市)政府。\n(二)財團法人或社會團體。\n";
        assert_eq!(parts(src), ["二、補助對象", "(一)中央政府及直轄市、縣(市)政府。", "(二)財團法人或社會團體。"]);
        // Not a unit cited by its number, nor with no second item to come.
        assert_eq!(parts("二、依前點(一)辦理。\n(二)乙。\n").len(), 2);
        assert_eq!(parts("二、補助對象(一)中央政府。\n三、乙。\n").len(), 2);
    }

    #[test]
    fn a_first_item_glued_after_a_caption_closed_by_a_note_in_brackets() {
        // l-taipei-wenshan-district-work-relief-temp-job-faq-points-flattened-item-bullets-
        // wrap in corpus/real: the second item opens the next marked line.
        let src = "二、申請資格、要件(每年需重新提出申請)(一)設籍本市者。\n\n(二)以1人申請為限。\n";
        assert_eq!(parts(src), ["二、申請資格、要件(每年需重新提出申請)", "(一)設籍本市者。", "(二)以1人申請為限。"]);
        // Not without the second item, nor after a finished sentence's note.
        assert_eq!(parts("二、申請資格(每年申請)(一)設籍本市者。\n三、乙。\n").len(), 2);
        assert_eq!(parts("二、應重新申請。(每年)(一)設籍本市者。\n(二)乙。\n").len(), 2);
    }

    #[test]
    fn a_first_item_after_a_field_name_in_a_marked_line_is_read_as_on_a_line_of_its_own() {
        // l-yilan-county-science-fair-plan-fsjh-site-arabic-items-lost-numerals-truncated in
        // corpus/real: the source puts the field under the point's line, its rendering
        // joins the two; both keep a lone first item as text.
        assert_eq!(parts("六、展覽科別:國小組:1.自然科(物理類)\n.數學科。").len(), 2);
        assert_eq!(parts("六、展覽科別:\n國小組:1.自然科(物理類)\n.數學科。").len(), 3);
        // After the point's own colon, a first item is cut as before.
        assert_eq!(parts("六、展覽科別:1.自然科(物理類)"), ["六、展覽科別:", "1.自然科(物理類)"]);
        // With its second item, the field's list is cut.
        assert_eq!(parts("六、展覽科別:國小組:1.自然科。2.數學科。").len(), 3);
    }

    #[test]
    fn a_list_under_a_field_name_whose_second_item_opens_the_next_line() {
        // l-taichung-tourism-hotel-joint-inspection-faq-points-agency-captions-arabic-
        // items-restart in corpus/real: each agency's list under its name, the first item
        // run into the name; the same run into the lead-in, as the clean text writes it.
        // A bulleted name (s-cges-changhua-discipline-committee-rules-bulleted-lost-
        // numerals-arabic-lists-truncated in corpus/real).
        assert_eq!(parts("• 目的:(1)鼓勵學生。\n(2)導引學生。\n"), ["• 目的:", "(1)鼓勵學生。", "(2)導引學生。"]);
        let src = "三、檢查項目如下:\n警 察 局:1、現場有無違警。\n2、有無登記。\n消 防 局:1、設備。\n2、標誌。\n";
        assert_eq!(
            parts(src),
            [
                "三、檢查項目如下:",
                "警 察 局:",
                "1、現場有無違警。",
                "2、有無登記。",
                "消 防 局:",
                "1、設備。",
                "2、標誌。"
            ]
        );
        let joined = parts("三、檢查項目如下:警察局:1、現場有無違警。\n2、有無登記。\n");
        assert_eq!(joined, ["三、檢查項目如下:警察局:", "1、現場有無違警。", "2、有無登記。"]);
        // The second item under the first's own items (s-cjc-mail-receipt-dispatch-notes-
        // arabic-lists-after-field-names-lost-bullets-restart in corpus/real).
        let src = "郵件收件處理\n學  生:1.掛號郵件處理方式\n(1)通知收件人\n(2)領取期間:\n2.平信處理方式\n";
        assert_eq!(
            parts(src),
            ["郵件收件處理", "學  生:", "1.掛號郵件處理方式", "(1)通知收件人", "(2)領取期間:", "2.平信處理方式"]
        );
        // A note's number after its name, with no second item under it, stays text.
        assert_eq!(parts("三、甲。\n備註:1、乙。\n四、丙。\n"), ["三、甲。", "備註:1、乙。", "四、丙。"]);
        assert_eq!(
            parts("三、甲:\n備註:1、乙。\n(1)丙。\n四、丁。\n2、戊。\n"),
            ["三、甲:", "備註:1、乙。", "(1)丙。", "四、丁。", "2、戊。"]
        );
    }

    #[test]
    fn items_written_solid_between_words() {
        // s-yilan-city-farmers-assoc-student-aid-notice-emoji-flattened in corpus/real:
        // fifteen items on one line with no separators, each announcing the next.
        let src = "二、不予補助對象:\n1.空中大學2.空中專校3.軍警學校(自費生除外)4.輪調建教班\n";
        assert_eq!(
            parts(src),
            ["二、不予補助對象:", "1.空中大學", "2.空中專校", "3.軍警學校(自費生除外)", "4.輪調建教班"]
        );
        // A number in the text that announces no run stays text.
        assert_eq!(parts("1.請填附表2.申請書。\n2.乙。\n"), ["1.請填附表2.申請書。", "2.乙。"]);
    }

    #[test]
    fn markers_inside_quotation_marks_are_quoted_text() {
        // o-tata-travel-association-letter-subsidy-fraud-table-bars-spaced-arabic-numerals-
        // paren-items in corpus/real: a rule quoted with its items.
        let src = "4.另依某規定:「以下對象不適用本獎助:(1)團體旅遊不獎助。(2)公務旅遊。」,是以辦理。";
        assert_eq!(parts(src), [src]);
        // A quote left open, as the next one opens, holds nothing: the markers after it
        // are judged as anywhere (c-taipower-branch-conflict-of-interest-flattened-quoted-
        // items: its `(三)` after a quote that never closes).
        let src = "(一)甲 (二)乙:「丙: 一、丁。 二、戊。 (三)己:「庚。」";
        assert_eq!(parts(src), ["(一)甲", "(二)乙:「丙:", "一、丁。", "二、戊。", "(三)己:「庚。」"]);
    }

    #[test]
    fn a_whole_sentence_in_brackets_closes_the_sentence_before() {
        // o-blog-invoice-draw-table-bars-prize-claim-notes-inline-arabic-points-truncated in
        // corpus/real: a note of 25 characters, itself a sentence, before the next point.
        let line = "1.中二獎者請向各地郵局兌獎。(各地郵局延時營業窗口及夜間郵局均不辦理兌獎業務。) 2.統一發票收執聯";
        assert_eq!(
            parts(line),
            ["1.中二獎者請向各地郵局兌獎。(各地郵局延時營業窗口及夜間郵局均不辦理兌獎業務。)", "2.統一發票收執聯"]
        );
        // A long note that is no sentence of its own is no boundary.
        let line =
            "1.中二獎者請向各地郵局兌獎。(各地郵局延時營業窗口及夜間郵局均不辦理兌獎業務之說明) 2.統一發票收執聯";
        assert_eq!(parts(line), [line]);
    }

    #[test]
    fn points_in_table_cells_run_together() {
        // s-nthu-life-science-lab-safety-bilingual-table-bars-stray-bars in corpus/real.
        assert_eq!(
            parts(
                "4. 操作時需戴手套。\n| Wear gloves. | 5. 坐在椅上操作。 | Sit down. | 6. 手套應棄置。 | Discard gloves."
            ),
            [
                "4. 操作時需戴手套。",
                "| Wear gloves. |",
                "5. 坐在椅上操作。 | Sit down. |",
                "6. 手套應棄置。 | Discard gloves."
            ]
        );
        // A bar glued to the text before it is no cell's end.
        assert_eq!(parts("4. 甲。\n乙| 5. 丙。"), ["4. 甲。", "乙| 5. 丙。"]);
    }

    #[test]
    fn items_run_together_with_enumeration_commas() {
        // l-chiayi-health-bureau-catering-report-notes-arabic-comma-paren-items in
        // corpus/real.
        assert_eq!(
            parts("1、業者應申請,檢附表單如下:(1)申請單、(2)當日菜單、(3)健康檢查報告。\n2、乙。"),
            ["1、業者應申請,檢附表單如下:", "(1)申請單、", "(2)當日菜單、", "(3)健康檢查報告。", "2、乙。"]
        );
        // The outline reads them as the point's items (the `、` before each is no wrap).
        let doc =
            crate::parse("注意事項:\n1、業者應申請,檢附表單如下:(1)申請單、(2)當日菜單、(3)健康檢查報告。\n2、乙。\n");
        let items = doc.top_units().first().map(|u| u.paragraphs().map(|p| p.children.len()).sum::<usize>());
        assert_eq!(items, Some(3));
        // A citation's numbers open no items; nor does a long item's `、`.
        assert_eq!(parts("1、依第(1)、(2)款辦理。"), ["1、依第(1)、(2)款辦理。"]);
        let long = "1、甲:(1)申請單位應檢附之文件含申請書與計畫書及經費表並經單位主管與會計主管核章後送達本處、(2)乙。";
        assert_eq!(
            parts(long),
            ["1、甲:", "(1)申請單位應檢附之文件含申請書與計畫書及經費表並經單位主管與會計主管核章後送達本處、(2)乙。"]
        );
    }

    #[test]
    fn a_list_that_starts_again_after_the_next_paragraph_s_colon() {
        // l-tainan-social-housing-rental-rules-articles-one-line-txt in corpus/real.
        assert_eq!(
            parts("第三條 範圍如下: 一、甲案。 二、乙案。 前項第二款之住宅,得經核准使用: 一、供安置。 二、供交換。"),
            [
                "第三條 範圍如下:",
                "一、甲案。",
                "二、乙案。",
                "前項第二款之住宅,得經核准使用:",
                "一、供安置。",
                "二、供交換。"
            ]
        );
        // Not without its second number in the line.
        assert_eq!(
            parts("第三條 範圍如下: 一、甲案。 二、乙案。 前項之住宅,準用下列規定: 一、供安置。"),
            ["第三條 範圍如下:", "一、甲案。", "二、乙案。", "前項之住宅,準用下列規定: 一、供安置。"]
        );
        // Nor a bracketed list inside an item of its own style (c-mol-care-worker-training-
        // grant-points-pdf-transcript-glued-numeral).
        assert_eq!(
            parts("(一)甲單位。 (二)乙單位,分為下列二類: (一)子課程(二)丑課程"),
            ["(一)甲單位。", "(二)乙單位,分為下列二類: (一)子課程(二)丑課程"]
        );
        // Nor points of a directive, which do not start again after a colon (a law's 款
        // quoted in a point: o-pharmacists-news-taoyuan-pharmacy-inspection-points-arabic-
        // items-violations-table-article-cells-quoted-kuan-truncated, as its clean text
        // writes it).
        assert_eq!(
            parts("一、甲。\n二、藥師應記明下列各項:一、病人姓名二、藥品名稱\n"),
            ["一、甲。", "二、藥師應記明下列各項:一、病人姓名二、藥品名稱"]
        );
    }

    #[test]
    fn a_list_glued_to_its_point_s_short_caption() {
        // c-epa-national-env-education-guidelines-city-epb-site-bars-chapters in
        // corpus/real.
        assert_eq!(
            parts("一、法規建制各機關應配合。 二、組織人力(一)中央主管機關應設置。(二)各級主管機關應加強。"),
            ["一、法規建制各機關應配合。", "二、組織人力", "(一)中央主管機關應設置。", "(二)各級主管機關應加強。"]
        );
        // Not a note in brackets after a longer text, nor without a second item.
        assert_eq!(parts("二、本會置委員若干人(一人為召集人)。"), ["二、本會置委員若干人(一人為召集人)。"]);
        assert_eq!(parts("二、組織人力(一)中央主管機關應設置。"), ["二、組織人力(一)中央主管機關應設置。"]);
    }

    #[test]
    fn a_list_s_bullet_before_a_marker_after_a_finished_sentence_is_debris() {
        // o-film-taichung-shoot-assistance-procedure-dash-bullets-second-point-glued-
        // asterisk-lines-truncated in corpus/real: a bulleted list flattened with its bullets.
        let src = "- 一、申請資格:\n凡立案之電影製片業得申請協拍服務。 - 二、拍攝申請書需檢附附件如下:\n- (一)申請書\n";
        let doc = crate::parse(src);
        assert_eq!(crate::testing::top_nums(src), ["1", "2"], "{:#?}", doc.units);
        assert!(doc.debris.iter().filter(|d| d.text == "-").count() >= 2, "{:?}", doc.debris);
        assert_eq!(crate::testing::round_trip(src), None);
        // A dash in a sentence, or before text that opens nothing, is left as it was.
        assert_eq!(parts("一、甲。 - 乙丙。"), ["一、甲。", "- 乙丙。"]);
        assert_eq!(parts("一、甲 - 二、乙。"), ["一、甲 - 二、乙。"]);
    }

    #[test]
    fn the_first_article_s_label_closing_a_chapter_heading_s_line() {
        // c-motc-tourist-hotel-rules-articles-44-46-motclaw-chapter-heading-on-article-line-
        // hard-wraps in corpus/real: a law site's view of articles 44-46.
        let src = "第五章  獎勵及處罰 第四十四條\n交通部得依法租售\n公有土地。\n第四十五條\n觀光旅館業有下列情事之一者:\n一、甲。\n";
        assert_eq!(parts(src)[..2], ["第五章  獎勵及處罰", "第四十四條"]);
        let doc = crate::parse(src);
        assert_eq!(crate::testing::top_nums(src), ["44", "45"], "{:#?}", doc.units);
        assert_eq!(crate::testing::round_trip(src), None);
        // Not when the article after it does not come next, nor a label with text after it
        // in the heading (a citation).
        assert_eq!(
            parts("第五章  獎勵及處罰 第四十四條\n甲。\n第四十七條\n乙。\n")[0],
            "第五章  獎勵及處罰 第四十四條"
        );
        assert_eq!(parts("第五章  依第四十四條處罰\n甲。\n第四十五條\n乙。\n")[0], "第五章  依第四十四條處罰");
    }

    #[test]
    fn a_point_after_a_line_break_tag_and_the_next_paragraph_s_tags() {
        // l-chiayi-county-drone-no-fly-notice-caa-english-page-raw-html-one-line-points in
        // corpus/real: a notice stored as one line of markup.
        let src = "<p>公告</p><p><span style=\"font-size: 1.5rem;\">公告事項:</span><br></p><p><span style=\"font-size: 1.5rem;\">一、甲。</span><br></p><p><span>二、乙。</span></p>";
        let doc = crate::parse(src);
        assert_eq!(crate::testing::top_nums(src), ["1", "2"], "{:#?}", doc.units);
        assert_eq!(crate::testing::round_trip(src), None);
        // Tags before words that open nothing, or a tag that breaks no line, cut nothing.
        assert_eq!(parts("一、甲。</p><p><span>乙丙。</span>"), ["一、甲。</p><p><span>乙丙。</span>"]);
        assert_eq!(parts("一、甲<span>二、乙。</span>"), ["一、甲<span>二、乙。</span>"]);
    }

    #[test]
    fn a_point_written_solid_after_the_one_before_opened_by_a_field_name() {
        // l-tainan-social-bureau-elderly-denture-subsidy-agency-download-page-flattened-
        // points-mixed-arabic-markers in corpus/real: a service page on one line.
        assert_eq!(
            parts("一、承辦人員:徐先生06-6357048二、傳真電話:06-6370064三、洽辦單位:特約醫療院所"),
            ["一、承辦人員:徐先生06-6357048", "二、傳真電話:06-6370064", "三、洽辦單位:特約醫療院所"]
        );
        // Not a numeral of a run (`一、二、三類:`), a cited unit (`三款:`), a number out of
        // turn, nor a name too long to be a field's.
        for src in [
            "一、甲、乙二、丙:丁",
            "一、分為一、二、三類:甲",
            "一、依前項二、三款:甲",
            "一、甲乙三、丙丁:戊",
            "一、甲乙二、申請補助之條件如下:戊",
        ] {
            assert_eq!(parts(src), [src], "{src}");
        }
    }

    #[test]
    fn a_first_point_glued_to_the_history_entry_before_it() {
        // c-afa-organic-fertiliser-grant-principles-snippet-site-run-in-history in
        // corpus/real.
        assert_eq!(
            parts("108年4月9日農糧字第1081070001號函修正一、本署為推廣有機質肥料,特訂定本原則。 二、乙。"),
            ["108年4月9日農糧字第1081070001號函修正", "一、本署為推廣有機質肥料,特訂定本原則。", "二、乙。"]
        );
        // Not a citation of a list (`修正一、二款`): no second point follows.
        assert_eq!(parts("本府函修正一、二款之規定。"), ["本府函修正一、二款之規定。"]);
    }

    #[test]
    fn bare_numerals_set_off_by_spaces_in_a_transcription() {
        // c-mol-care-worker-training-grant-points-pdf-transcript-glued-numeral in
        // corpus/real: the points lost their `、`, the first is glued to the last entry.
        assert_eq!(
            parts(
                "某要點 103 年 4 月 21 日勞動發訓字第 號令修正一 本部為鼓勵就業, 特訂定本要點 二 訓練單位資格如下 : ( 一 ) 甲 ( 二 ) 乙 三 補助課程"
            ),
            [
                "某要點 103 年 4 月 21 日勞動發訓字第 號令修正",
                "一 本部為鼓勵就業, 特訂定本要點",
                "二 訓練單位資格如下 :",
                "( 一 ) 甲",
                "( 二 ) 乙 三 補助課程"
            ]
        );
        // A numeral in a sentence with no numeral after it stays text.
        assert_eq!(parts("一、本會置委員 三 人。"), ["一、本會置委員 三 人。"]);
    }

    #[test]
    fn bare_numerals_written_solid_with_their_text_inside_an_article() {
        // c-sinica-organic-act-articles-simplified-flattened-bare-numerals in corpus/real:
        // a mirror site in simplified script dropped the 款's 頓號 and flattened the law.
        let src = "第 1 条 本法依总统府组织法第十七条规定制定之。 第 2 条 中央研究院任务如下: 一人文及科学研究。 二指导、联络及奖励学术研究。 三培养高级学术研究人才。 第 3 条 中央研究院置院长一人。";
        assert_eq!(
            parts(src),
            [
                "第 1 条 本法依总统府组织法第十七条规定制定之。",
                "第 2 条 中央研究院任务如下:",
                "一人文及科学研究。",
                "二指导、联络及奖励学术研究。",
                "三培养高级学术研究人才。",
                "第 3 条 中央研究院置院长一人。"
            ]
        );
        let doc = crate::parse(src);
        let items: Vec<_> =
            doc.units[1].children[0].children.iter().map(|n| (n.num.map(|n| n.main), n.text.as_str())).collect();
        assert_eq!(
            items,
            [
                (Some(1), "人文及科学研究。"),
                (Some(2), "指导、联络及奖励学术研究。"),
                (Some(3), "培养高级学术研究人才。")
            ]
        );
        assert_eq!(crate::testing::round_trip(src), None);
        // Also with no spaces (c-notary-act-enforcement-rules-articles-simplified-doc-site-
        // one-line-english-prefix-lost-item-commas-truncated).
        assert_eq!(
            parts("第4条本法所称公证文书如下:一公证书。二认证书。第5条乙。"),
            ["第4条", "本法所称公证文书如下:", "一公证书。", "二认证书。", "第5条", "乙。"]
        );
        // A numeral glued to a word stays text: with no second item after a full stop, outside
        // an article, or after no colon or item.
        let cut_at_numeral = |src: &str| {
            let json = serde_json::to_string(&crate::parse(src)).unwrap_or_default();
            ["一", "二", "三", "參"].iter().any(|n| json.contains(&format!(r#""label":"{n}""#)))
        };
        assert!(!cut_at_numeral("第 2 条 费用如下: 一律免缴, 二年后再议。"));
        assert!(!cut_at_numeral("第 2 条 委员如下: 一人为主席。 并得连任。"));
        assert!(!cut_at_numeral("某要点 委员如下: 一人为主席。 二人为委员。"));
        assert!(!cut_at_numeral("第 2 条 置委员 一人为主席。 二人为委员。"));
        // Nor grades inside a 款 (the national database's F0050001), nor a sentence after a
        // list whose items have their 頓號 (H0070041: `…；參加兒童…`, `三年內…`).
        assert!(!cut_at_numeral("第 2 條 給付如下：\n一、因公死亡：一等：給付三十個基數。二等：給付二十個基數。\n"));
        assert!(!cut_at_numeral("第 2 條 收費如下：一、甲。 二、乙。 三年內不得調整；參加者應繳費。"));
    }

    #[test]
    fn a_title_and_its_history_entries_run_on_in_one_line() {
        // s-ncyu-garbage-sorting-points-excerpt-notes-page-one-line-history in corpus/real.
        assert_eq!(
            parts("某大學垃圾分類實施要點 89.11.28.行政會議通過 91.4.30.行政會議修正通過 一、目的為配合政策。二、乙。"),
            [
                "某大學垃圾分類實施要點",
                "89.11.28.行政會議通過",
                "91.4.30.行政會議修正通過",
                "一、目的為配合政策。",
                "二、乙。"
            ]
        );
    }

    #[test]
    fn articles_a_title_announces_in_the_same_line() {
        // c-mol-parental-leave-rules-amended-articles-two-and-nine-school-site-flattened-
        // one-line in corpus/real: the amended articles only, numbered 2 and 9.
        assert_eq!(
            parts(
                "某實施辦法第二條、第九條修正條文 第二條 受僱者應以書面申請。 前項書面應記載事項。 第九條 本辦法自發布日施行。"
            ),
            [
                "某實施辦法第二條、第九條修正條文",
                "第二條 受僱者應以書面申請。",
                "前項書面應記載事項。",
                "第九條 本辦法自發布日施行。"
            ]
        );
    }

    #[test]
    fn a_point_skipped_in_a_flattened_text_and_the_points_after_it() {
        // l-shoufeng-township-gateball-cup-plan-page-all-points-one-line-point-four-missing
        // in corpus/real: point 四 missing, the whole plan on one line; point 十 follows the
        // last item of 九.
        let src = "某計畫 三、主辦單位:本所。 五、比賽日期:5月26日。 六、比賽地點:運動場。 七、參加對象:民眾。 八、比賽組別:不分。 九、報名辦法: (一)日期:即日起。 (二)報名表 (三)報名地點:本所。 十、比賽制度: 取前六名。";
        let doc = crate::parse(src);
        let nums: Vec<_> = doc.top_units().iter().filter_map(|u| u.num.map(|n| n.main)).collect();
        assert_eq!(nums, [3, 5, 6, 7, 8, 9, 10], "{:#?}", doc.units);
        assert_eq!(crate::testing::round_trip(src), None);
    }

    #[test]
    fn points_a_title_announces_written_solid_after_it() {
        // l-changhua-student-counselling-council-points-1-3-amendment-cloudschool-one-line-
        // title-glued-truncated in corpus/real: points 一 and 三 only, the title glued to
        // the first, the whole text on one line.
        let src = "某某設置要點第一點、第三點修正規定一、為促進學生發展,特設本會。三、本會置委員十五人,由縣長聘兼之:(一)學者。(二)專家。";
        assert_eq!(
            parts(src),
            [
                "某某設置要點第一點、第三點修正規定",
                "一、為促進學生發展,特設本會。",
                "三、本會置委員十五人,由縣長聘兼之:",
                "(一)學者。",
                "(二)專家。"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("某某設置要點第一點、第三點修正規定"));
        let nums: Vec<_> = doc.top_units().iter().map(|u| u.num.map(|n| n.main)).collect();
        assert_eq!(nums, [Some(1), Some(3)], "{:#?}", doc.units);
        // Without the announcement, a jump after the glued first point is no point: the
        // title must name the second one.
        let doc = crate::parse("某某設置要點修正規定一、為促進學生發展,特設本會。三、本會置委員十五人。");
        assert!(doc.top_units().len() < 2, "{:#?}", doc.units);
    }

    #[test]
    fn articles_written_solid_in_a_line_with_no_spaces() {
        // c-doh-infection-control-inspection-rules-articles-doc-site-no-spaces in
        // corpus/real: labels cut from their text, after a note and after full stops.
        assert_eq!(
            parts("(原名稱:某辦法)第一條本辦法依某法訂定之。第二條醫院應設單位。第三條本辦法自發布日施行。"),
            [
                "(原名稱:某辦法)",
                "第一條",
                "本辦法依某法訂定之。",
                "第二條",
                "醫院應設單位。",
                "第三條",
                "本辦法自發布日施行。"
            ]
        );
        // The first label glued to the rule's name, in simplified characters with
        // Arabic numbers (c-notary-act-enforcement-rules-articles-simplified-doc-site-one-
        // line-english-prefix-lost-item-commas-truncated in corpus/real).
        assert_eq!(
            parts("某法施行细则第1条本细则依某法订定之。第2条本法所称事务,系指公证事务。"),
            ["某法施行细则", "第1条", "本细则依某法订定之。", "第2条", "本法所称事务,系指公证事务。"]
        );
        // Not a citation after a rule's name, nor a label with no second one after it.
        assert_eq!(parts("依某法施行細則第1條規定辦理。第2條甲。"), ["依某法施行細則第1條規定辦理。第2條甲。"]);
        assert_eq!(parts("某法施行細則第1條本細則依某法訂定之。"), ["某法施行細則第1條本細則依某法訂定之。"]);
        // A sentence that opens with a citation stays whole.
        assert_eq!(
            parts("第一條 本辦法依某法訂定之。第二條規定之事項由本府辦理。"),
            ["第一條 本辦法依某法訂定之。第二條規定之事項由本府辦理。"]
        );
    }

    #[test]
    fn a_point_and_its_items_on_one_line() {
        assert_eq!(
            parts("二、本會職權如下: (一)關於甲。 (二)關於乙。 (三)關於丙。\n三、丁。"),
            ["二、本會職權如下:", "(一)關於甲。", "(二)關於乙。", "(三)關於丙。", "三、丁。"]
        );
    }

    #[test]
    fn first_point_after_a_field_name_and_a_space() {
        // l-yanping-birth-grant-plan-welfare-portal in corpus/real.
        let doc = crate::parse("某實施計畫\n適用縣市 全臺 全部\n內容簡介 一、目地:甲。\n二、補助對象:乙。\n");
        let points: Vec<_> = doc.units.iter().filter(|u| u.num.is_some()).collect();
        assert_eq!(points.len(), 2);
        assert!(points[0].children[0].text.starts_with("目地"));
        // Not without the second point on the next line.
        let doc = crate::parse("某實施計畫\n內容簡介 一、目地:甲。\n乙。\n");
        assert!(doc.units.iter().all(|u| u.num.is_none()));
        // An Arabic first item glued after a heading and a space, on the title's line
        // (o-sports-centre-table-tennis-rules-first-item-glued-to-heading-truncated).
        let doc = crate::parse(
            "\n使用須知 桌球場(Table Tennis) 1. 為維護權益,請愛惜設備。\n2. 使用球場請至櫃台租場。\n3. 禁止吸菸。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("使用須知桌球場(Table Tennis)"));
        let items: Vec<_> = doc.units.iter().filter(|u| u.num.is_some()).collect();
        assert_eq!(items.len(), 3, "{:#?}", doc.units);
        // A bare numeral after a space stays text.
        let doc = crate::parse("某須知\n使用時間 一 週一至週五。\n二、使用球場請至櫃台租場。\n");
        assert!(doc.units.iter().all(|u| u.num.is_none_or(|n| n.main != 1)), "{:#?}", doc.units);
    }

    #[test]
    fn an_article_label_glued_to_its_text_after_adoption_lines() {
        // s-npu-school-fund-committee-points-article-labels-history-lines-doubled-bullets in
        // corpus/real.
        let doc = crate::parse(
            "某設置要點\n中華民國八十九年三月九日校務會議通過\n中華民國九十四年十月七日校務會議修正通過\n第 一 條本校依據某條例設本會。\n第 二 條本會之任務如下:\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.history.len(), 2);
        assert_eq!(doc.top_units().len(), 2, "{:#?}", doc.units);
        assert!(doc.top_units()[0].children[0].text.starts_with("本校依據"));
        assert_eq!(
            parts("中華民國九十四年十月七日校務會議修正通過\n第 一 條本校依據某條例設本會。"),
            ["中華民國九十四年十月七日校務會議修正通過", "第 一 條", "本校依據某條例設本會。"]
        );
        // Not after a line that goes on.
        assert_eq!(
            parts("某要點\n本會委員由校長聘任之人員\n第 一 條本校設本會。"),
            ["某要點", "本會委員由校長聘任之人員", "第 一 條本校設本會。"]
        );
    }

    #[test]
    fn the_first_article_glued_to_its_text_under_the_rule_s_name() {
        // l-yilan-lanyang-opera-troupe-fund-regulation-articles-culture-bureau-page-glued-
        // first-label-space-lines-truncated in corpus/real: the title again after the date.
        let src = "某基金管理辦法\n日期:100-06-30\n某基金管理辦法\n 第一條宜蘭縣政府為發揚傳統戲劇藝術,特訂定本辦法。\n第二條 本基金以本府為主管機關。\n";
        let doc = crate::parse(src);
        assert_eq!(crate::testing::top_nums(src), ["1", "2"], "{:#?}", doc.units);
        assert!(doc.top_units()[0].children[0].text.starts_with("宜蘭縣政府"));
        // Only the first article, and only under a name: not a later one (the third after
        // the name is a citation's words), nor under a sentence that goes on.
        assert_eq!(
            parts("日期:100-06-30\n某辦法\n第三條宜蘭縣政府為甲。"),
            ["日期:100-06-30", "某辦法", "第三條宜蘭縣政府為甲。"]
        );
        assert_eq!(
            parts("日期:100-06-30\n依本校之規定\n第一條訂定之。"),
            ["日期:100-06-30", "依本校之規定", "第一條訂定之。"]
        );
    }

    #[test]
    fn glued_and_two_levels() {
        assert_eq!(parts("（一）甲事項（二）乙事項"), ["（一）甲事項", "（二）乙事項"]);
        assert_eq!(parts("1. (1) 校內單位：甲。"), ["1.", "(1) 校內單位：甲。"]);
        // A first item glued after a note in brackets that follows the lead-in's colon
        // (c-mnd-reservist-disaster-relief-rules-point7-only-wrapped-time in corpus/real);
        // not after a note that follows text.
        assert_eq!(
            parts("七、執行要領:(作業流程圖如附表 3)(一)災害發生階段:"),
            ["七、執行要領:(作業流程圖如附表 3)", "(一)災害發生階段:"]
        );
        assert_eq!(parts("七、依本法辦理(如附表 3)(一)甲事項"), ["七、依本法辦理(如附表 3)(一)甲事項"]);
    }

    #[test]
    fn solid_points_after_spaces_when_the_next_comes_so() {
        // s-anding-farmers-assoc-scholarship-rules-flattened-one-line in corpus/real.
        assert_eq!(
            parts("一、甲為目的 二、乙擇優錄取 三、丙為準 四、丁如下 (一)子 (二)丑者 五、戊"),
            ["一、甲為目的", "二、乙擇優錄取", "三、丙為準", "四、丁如下", "(一)子", "(二)丑者", "五、戊"]
        );
        // Not without the next point set off the same way (the last of a run is taken as
        // its predecessor announced it), nor a range of numbers.
        assert_eq!(parts("一、甲為目的 二、乙三、丙"), ["一、甲為目的 二、乙三、丙"]);
        assert_eq!(parts("一、甲如下 二、三月份 三、丙"), ["一、甲如下 二、三月份 三、丙"]);
    }

    #[test]
    fn spaced_article_labels_run_into_the_text() {
        // c-chunghwa-post-business-rules-amended-articles-one-line in corpus/real: amended
        // articles only, after the history sentences, on one line.
        assert_eq!(
            parts("修正第十二條、第四十五條條文第 十二 條 甲。第 十三 條 乙。第 四十五 條 丙。"),
            ["修正第十二條、第四十五條條文", "第 十二 條 甲。", "第 十三 條 乙。", "第 四十五 條 丙。"]
        );
        // Not after a citation word, nor a label written solid.
        assert_eq!(parts("本辦法依第 十二 條 規定辦理。"), ["本辦法依第 十二 條 規定辦理。"]);
        assert_eq!(parts("修正條文第十二條 甲。第十三條 乙。"), ["修正條文第十二條 甲。第十三條 乙。"]);
    }

    #[test]
    fn citations_are_not_cut() {
        assert_eq!(parts("一、依第二點、三、四點規定辦理。"), ["一、依第二點、三、四點規定辦理。"]);
        assert_eq!(parts("一、甲。二、乙"), ["一、甲。", "二、乙"]);
        // Not the next number: text.
        assert_eq!(parts("一、甲。五、乙"), ["一、甲。五、乙"]);
    }

    #[test]
    fn a_closing_note_stays_with_its_sentence() {
        assert_eq!(
            parts("一、甲。\n二、乙。 (下載網址:https://example.org/a.docx)"),
            ["一、甲。", "二、乙。 (下載網址:https://example.org/a.docx)"]
        );
        assert_eq!(parts("一、甲。\n二、乙。 丙。"), ["一、甲。", "二、乙。", "丙。"]);
    }

    #[test]
    fn capital_headings_inside_a_line() {
        assert_eq!(
            parts("示範注意事項 壹、目的 一、甲。 貳、注意事項 二、乙 (一)丙。 (二)丁。"),
            ["示範注意事項", "壹、目的", "一、甲。", "貳、注意事項", "二、乙", "(一)丙。", "(二)丁。"]
        );
        // Not a first heading unless the second follows; not a heading number out of turn.
        assert_eq!(parts("一、甲 壹、乙。"), ["一、甲 壹、乙。"]);
        // A list starting afresh after a heading's name and colon, though the list under
        // the heading before went further (s-yilan-aohua-es-earthquake-drill-plan-parts-
        // restart-glued-point-signature-line in corpus/real).
        assert_eq!(
            parts("參、辦理單位:\n一、甲。\n二、乙。\n伍、實施時間:一、第一次演練。\n二、第二次演練。\n"),
            ["參、辦理單位:", "一、甲。", "二、乙。", "伍、實施時間:", "一、第一次演練。", "二、第二次演練。"]
        );
    }

    #[test]
    fn a_whole_directive_on_one_line() {
        assert_eq!(
            parts("示範要點 一、甲。 二、乙： (一)丙。 (二)丁。 三、戊。"),
            ["示範要點", "一、甲。", "二、乙：", "(一)丙。", "(二)丁。", "三、戊。"]
        );
        // Spaced points after an item with no final punctuation, when the next point
        // follows; a note in parentheses after a sentence stays with it.
        assert_eq!(
            parts("一、 甲。 二、 乙可分: (一) 大會議室 (二) 小會議室 三、 丙為限。 (例如週一提出申請)。 四、 丁。"),
            [
                "一、 甲。",
                "二、 乙可分:",
                "(一) 大會議室",
                "(二) 小會議室",
                "三、 丙為限。 (例如週一提出申請)。",
                "四、 丁。"
            ]
        );
        // Not the last point of the line, nor a numeral in running text.
        assert_eq!(
            parts("一、 甲。 二、 乙如下: (一) 大會議室 三、 丙"),
            ["一、 甲。", "二、 乙如下:", "(一) 大會議室 三、 丙"]
        );
    }

    #[test]
    fn a_title_written_solid_with_its_first_point() {
        // c-ey-national-property-register-points-doc-share-one-line-simplified-chrome in
        // corpus/real: a document-sharing page runs the whole text into one line.
        assert_eq!(
            parts("財產管理作業要點一、為執行本法,特訂定本要點。二、分類如下:(一)土地。(二)權利。三、戊。"),
            [
                "財產管理作業要點",
                "一、為執行本法,特訂定本要點。",
                "二、分類如下:",
                "(一)土地。",
                "(二)權利。",
                "三、戊。"
            ]
        );
        // Not points a sentence names, nor a first point with no second one after it.
        assert_eq!(parts("修正財產管理作業要點一、二點規定。"), ["修正財產管理作業要點一、二點規定。"]);
        assert_eq!(parts("財產管理作業要點一、甲。"), ["財產管理作業要點一、甲。"]);
        assert_eq!(parts("依本要點一、甲。二、乙。"), ["依本要點一、甲。二、乙。"]);
    }

    #[test]
    fn a_day_of_the_week_after_a_date_is_no_item() {
        // s-tainan-qingcao-elementary-anniversary-sports-day-plan-slider-chrome-points-
        // paren-arabic-items-truncated in corpus/real.
        assert_eq!(
            parts("(一)籌備會議: 114 年 10 月 21 日(二)、 11 月 4 日(二)上午 8:00 。"),
            ["(一)籌備會議: 114 年 10 月 21 日(二)、 11 月 4 日(二)上午 8:00 。"]
        );
        // The next item after a full stop is still one.
        assert_eq!(parts("(一)甲。(二)乙。"), ["(一)甲。", "(二)乙。"]);
    }
}
