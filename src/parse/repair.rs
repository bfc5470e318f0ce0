//! Markers a page lost or broke, restored before the numbering judgement reads them.
//!
//! Published pages drop or mangle markers in ways that repeat from site to site: a
//! label printed twice (a cell and its text), a numeral lost to a bullet or a comma, a
//! list whose every item reads `1.`, brackets left open, markers glued to the words
//! before them, several units run into one line. Each pass here looks at the whole
//! text's lines and marks (one [`Mark`] or none per line) and restores what the page
//! means, from the numbering around it; the outline is then built from the result as
//! from any text. Every pass is linear in the number of lines.

use super::{inline, lines, outline, qa};
use crate::ast::Debris;
use crate::marker::{self, Style};
use crate::normalize::{self, Line};

use super::marks::Mark;

/// Runs the passes in turn over a pasted text's `lines` and their `marks` (a line a pass
/// drops goes to `debris`).
pub(super) fn marks<'a>(src: &str, lines: &mut Vec<Line<'a>>, marks: &mut Vec<Option<Mark>>, debris: &mut Vec<Debris>) {
    doubled_labels(src, lines, marks, debris);
    cited_in_cells(src, lines, marks);
    broken_lost_markers(lines, marks);
    named_lost_markers(lines, marks);
    comma_lost_markers(lines, marks);
    first_point_in_another_style(marks);
    unclosed_markers(lines, marks);
    paragraph_mark_articles(lines, marks);
    bare_article_numbers(lines, marks);
    bare_row_numbers(lines, marks);
    numbered_ones(lines, marks);
    glued_numeral_markers(lines, marks);
    zero_padded_markers(lines, marks);
    items_opening_with_a_number(lines, marks);
    qa::question_markers(lines, marks);
    qa::worded_markers(lines, marks);
    qa::colon_markers(lines, marks);
    inline::split(lines, marks, debris);
    qa::answer_labels_over_lists(lines, marks);
    basis_as_first_point(lines, marks);
    bullet_points(lines, marks);
    parts_as_points(lines, marks);
    caption_lists_in_one_style(lines, marks);
}

/// A marker restored at the start of a line's `content`: its label is the first
/// `label_len` bytes, its text what follows after any spaces. (Also the marker of a 款's
/// numeral written solid with its text, which the inline scanner reads.)
pub(super) fn restored(content: &str, label_len: usize, style: Style, num: u32, lost: bool) -> marker::Marker<'_> {
    let (label, after) = content.split_at_checked(label_len).unwrap_or((content, ""));
    let rest = after.trim_start_matches(normalize::is_space);
    marker::Marker {
        style,
        num,
        sub: None,
        label,
        caption: None,
        rest,
        spaced: rest.len() < after.len(),
        lost,
        written: None,
    }
}

/// A letter's basis sentence whose point number was lost, right over its point `二、`
/// (`依經濟部智慧財產局…號函辦理。` over `二、按著作權法規定…`, a school's relay of a letter's
/// explanation: s-whjh-relay-software-licensing-letter-2024-first-point-numeral-lost-
/// chrome-truncated; also l-tainan-new-immigrant-language-teacher-training-letter-2017-
/// school-relay-lost-first-numeral-point-four-missing and o-blog-police-traffic-report-
/// date-rules-first-numeral-lost-paren-items-arabic-comma in corpus/real): where the
/// text's first point is `二、`, the line right before it that starts with `依` and ends a
/// sentence (or ends `辦理`, the letter's own close) is point 1, its numeral lost.
fn basis_as_first_point(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    let Some(i) = marks.iter().position(|m| m.as_ref().is_some_and(|m| m.style == Style::CjkComma)) else { return };
    let second = marks.get(i).and_then(Option::as_ref).is_some_and(|m| (m.num, m.sub) == (2, None) && !m.lost);
    let Some(p) = i.checked_sub(1).filter(|_| second) else { return };
    let (Some(l), Some(slot)) = (lines.get(p), marks.get_mut(p)) else { return };
    let content = l.content.trim_end_matches(normalize::is_space);
    let basis = content.starts_with('依') && (l.ends_sentence || content.ends_with("辦理"));
    if slot.is_none() && basis && !l.continues {
        *slot = Some(Mark::new(&restored(l.content, 0, Style::CjkComma, 1, true), l.content));
    }
}

/// Parts numbered `壹、` `貳、` … with their text after the label, in a text numbered by
/// nothing else (`壹、每盞每年新台幣1,000元整,…` … `陸、…`: l-hualien-fonglin-town-street-
/// light-adoption-page-parts-only-no-points; `壹、目的` over its text, `貳、辦法` over
/// thirteen rules that lost their numerals, `參、本辦法呈校長核可後實施…`: s-changhua-chcses-
/// computer-classroom-rules-parts-items-without-numerals in corpus/real): no part holds a
/// point, so the parts are the text's units, read as points (their labels keep their
/// style). Two parts at least, and no other marker anywhere.
fn parts_as_points(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    let part = |l: &Line<'_>, m: &Mark| {
        m.style == Style::Heading(crate::marker::HeadingLevel::Chapter)
            && l.content.starts_with(crate::marker::financial)
    };
    let mut parts = 0;
    for (l, m) in lines.iter().zip(marks.iter()) {
        match m {
            Some(m) if part(l, m) => parts += 1,
            Some(_) => return,
            None => {}
        }
    }
    if parts < 2 {
        return;
    }
    for (l, m) in lines.iter().zip(marks.iter_mut()) {
        let Some(m) = m.as_mut() else { continue };
        let rest = l.content.get(m.label_end as usize..).unwrap_or_default();
        let text = rest.trim_start_matches(normalize::is_space);
        m.rest_start = (l.content.len() - text.len()) as u32;
        m.rest_empty = text.is_empty();
        m.spaced = text.len() != rest.len() || text.is_empty();
        m.caption = None;
        m.style = Style::CjkComma;
        m.written = Some(crate::LabelStyle::Heading);
    }
}

/// Lists under a page's section captions numbered in another style each (bulleted
/// `• 器材之借用依左列規定辦理:` over `1.` `2.`, then `• 器材損壞或遺失之賠償規定如左:` over
/// `(一)`–`(三)`: o-pccu-chinese-orchestra-club-equipment-lending-rules-bulleted-articles-
/// nested-items in corpus/real): each caption's list is the page's units, numbered afresh
/// under it, whatever its style. Where nothing in the text is numbered as a point, an
/// article or a heading, the list that starts at 1 right under each caption takes the
/// style of the first caption's list (its labels keep theirs), so that the lists are read
/// as the units restarting under their captions. The captions are set apart alike (all
/// after one mark, not `※`, or all ending with a colon). Before the first caption only a
/// list of its style counting from 1 may stand (its caption set in a line of other text,
/// as the clean text of a bulleted page prints it). Not where a section of another style
/// also holds the first list's style (one list may be nested in the other).
fn caption_lists_in_one_style(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    if marks.iter().flatten().any(|m| matches!(m.style, Style::CjkComma | Style::Article | Style::Heading(_))) {
        return;
    }
    let opens_list = |m: &Mark| (m.num, m.sub) == (1, None) && !m.lost && !m.rest_empty;
    // How a caption is set apart: by the mark before it (not `※`, which marks notes), or
    // by its final colon; the page's captions are all set apart alike, each a name
    // (not a date, a post's field value).
    let kind = |l: &Line<'_>| -> Option<char> {
        let first = l.content.chars().next()?;
        if outline::is_caption_mark(first) {
            return (first != '※').then_some(first);
        }
        (normalize::is_ideograph(first) && matches!(l.final_char, Some(':' | '：'))).then_some(':')
    };
    let mut sections: Vec<(usize, Style)> = Vec::new();
    let mut caption_kind = None;
    for (i, (l, m)) in lines.iter().zip(marks.iter()).enumerate() {
        if m.is_none()
            && outline::is_section_caption(l.content)
            && let Some(Some(next)) = marks.get(i + 1)
            && opens_list(next)
            && lines.get(i + 1).is_some_and(|n| !n.continues)
        {
            let k = kind(l);
            if k.is_none() || caption_kind.get_or_insert(k) != &k {
                return;
            }
            sections.push((i + 1, next.style));
        }
    }
    let Some(&(first_at, style)) = sections.first() else { return };
    // (Before the first caption, only a list of the first caption's style counting from 1:
    // a list under a caption set in a line of other text, as a clean text prints a
    // bulleted caption after the bulleted line above it.)
    let mut before = 0;
    for m in marks.get(..first_at).unwrap_or_default().iter().flatten() {
        before += 1;
        if m.style != style || (m.num, m.sub) != (before, None) {
            return;
        }
    }
    if sections.len() < 2 || sections.iter().all(|&(_, s)| s == style) {
        return;
    }
    let ends: Vec<usize> = sections.iter().skip(1).map(|&(at, _)| at - 1).chain([marks.len()]).collect();
    let others: Vec<(usize, usize, Style)> =
        sections.iter().zip(&ends).filter(|((_, s), _)| *s != style).map(|(&(at, s), &end)| (at, end, s)).collect();
    if others
        .iter()
        .any(|&(at, end, _)| marks.get(at..end).unwrap_or_default().iter().flatten().any(|m| m.style == style))
    {
        return;
    }
    for (at, end, own) in others {
        for m in marks.get_mut(at..end).unwrap_or_default().iter_mut().flatten().filter(|m| m.style == own) {
            m.written = Some(own.label_style());
            m.style = style;
        }
    }
}

/// A label printed twice: alone on its line, then again opening the next line's table
/// cells (`一、` over `| 一、 |`, `三、` over `| 三、 | 1 |`, a city's law site rendering each
/// point's number in a cell of its own: l-kaohsiung-urban-design-review-delegation-rules-
/// term-site-table-bars-numerals-twice-paragraph-numbers-truncated in corpus/real). The
/// label alone goes to debris; the one in the cells opens the unit.
fn doubled_labels<'a>(src: &str, lines: &mut Vec<Line<'a>>, marks: &mut Vec<Option<Mark>>, debris: &mut Vec<Debris>) {
    // Whether a cell's bar opens a line before its text (the bar came off as debris: it is
    // read in the source).
    let cell_before = |l: &Line<'_>| {
        src.get(..l.content_start).and_then(|t| t.rsplit('\n').next()).is_some_and(|t| t.contains(['|', '｜']))
    };
    let doubled = |i: usize| -> bool {
        let (Some(Some(a)), Some(Some(b))) = (marks.get(i), marks.get(i + 1)) else { return false };
        let (Some(la), Some(lb)) = (lines.get(i), lines.get(i + 1)) else { return false };
        a.rest_empty
            && !a.lost
            && (a.style, a.num, a.sub) == (b.style, b.num, b.sub)
            && la.content.get(..a.label_end as usize) == lb.content.get(..b.label_end as usize)
            && cell_before(lb)
            // (Its cell bars came off as decoration: the second holds the label alone,
            // or the label and a cell's paragraph number, `三、 | 1 |`.)
            && (b.rest_empty || lb.content.get(b.rest_start as usize..).is_some_and(|r| r.starts_with(['|', '｜'])))
    };
    let keep: Vec<bool> = (0..lines.len()).map(|i| !doubled(i)).collect();
    if keep.iter().all(|&k| k) {
        return;
    }
    for (l, _) in lines.iter().zip(&keep).filter(|(_, k)| !**k) {
        debris.push(lines::line_debris(l));
    }
    retain_kept(lines, marks, &keep);
}

/// Drops the lines (and their marks) that `keep` does not keep.
fn retain_kept(lines: &mut Vec<Line<'_>>, marks: &mut Vec<Option<Mark>>, keep: &[bool]) {
    let mut it = keep.iter();
    lines.retain(|_| it.next().copied().unwrap_or(true));
    let mut it = keep.iter();
    marks.retain(|_| it.next().copied().unwrap_or(true));
}

/// True for a line opening with a citation of a paragraph or subparagraph (`第1項`,
/// `第 六 款`): the rest of a reference whose article label stands on the line before.
fn cites_part(content: &str) -> bool {
    let Some(rest) = content.strip_prefix('第') else { return false };
    crate::numeral::any_numeral(rest.trim_start_matches(normalize::is_space))
        .is_ok_and(|(r, _)| r.trim_start_matches(normalize::is_space).starts_with(['項', '款']))
}

/// Article labels in a table's cells are citations, no articles: `第28條` over `第1項 |`
/// and `第49條 |` in a table of violations and the articles they break (o-pharmacists-
/// news-taoyuan-pharmacy-inspection-points-arabic-items-violations-table-article-cells-
/// quoted-kuan-truncated in corpus/real). A label with no text of its own over the
/// paragraph or subparagraph it cites opens no article; where one such citation stands
/// in a table, no label alone in a cell does (a law set out as a table of label and text
/// cells, `第一條 |` over its text, has none: c-volunteer-service-card-record-book-rules-
/// articles-table-bars-cyberfair-site).
fn cited_in_cells(src: &str, lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    // Whether a cell's closing bar follows a line's text (the bar came off the line as
    // debris: it is read in the source).
    let cell_after = |l: &Line<'_>| {
        let after = src.get(l.content_end()..).and_then(|t| t.lines().next()).unwrap_or_default();
        after.trim_matches(normalize::is_space).starts_with(['|', '｜'])
    };
    // A label with no text, and whether its cell closes on its line.
    let bare_label = |i: usize| -> Option<bool> {
        let (l, m) = (lines.get(i)?, marks.get(i)?.as_ref()?);
        if m.style != Style::Article || !m.expand(l.content).rest.trim_matches(normalize::is_space).is_empty() {
            return None;
        }
        Some(cell_after(l))
    };
    let cites = |i: usize| bare_label(i).is_some() && lines.get(i + 1).is_some_and(|n| cites_part(n.content));
    let in_table = (0..lines.len()).any(|i| cites(i) && lines.get(i + 1).is_some_and(cell_after));
    let dropped: Vec<usize> =
        (0..lines.len()).filter(|&i| cites(i) || (in_table && bare_label(i) == Some(true))).collect();
    for i in dropped {
        if let Some(slot) = marks.get_mut(i) {
            *slot = None;
        }
    }
}

/// How many lines must repeat a name with lost numeral brackets before they are read as
/// units.
const NAMED_LOST_MIN: usize = 3;

/// Lost numerals after a name that every unit repeats: `閱覽規則():使用者`, `閱覽規則():時間`,
/// … (a school blog's rules, once `閱覽規則(一):使用者`: s-chjh-reading-room-rules-lost-
/// numerals-captions in corpus/real). The name and the empty brackets are the label, a
/// short name after the colon the caption; the units are numbered in order. Only a name
/// that opens at least [`NAMED_LOST_MIN`] lines with no other marker counts.
fn named_lost_markers(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    use marker::named_lost as split;
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (l, m) in lines.iter().zip(marks.iter()) {
        if let (None, Some((name, _))) = (m, split(l.content)) {
            *counts.entry(name).or_default() += 1;
        }
    }
    let Some((name, _)) = counts.into_iter().filter(|&(_, c)| c >= NAMED_LOST_MIN).max_by_key(|&(n, c)| (c, n)) else {
        return;
    };
    for (l, m) in lines.iter_mut().zip(marks.iter_mut()) {
        let Some((_, after)) = split(l.content).filter(|(n, _)| *n == name && m.is_none()) else { continue };
        // (The name opens the line whatever the line before ends with.)
        l.continues = false;
        let colon = after.strip_prefix([':', '：']).unwrap_or(after);
        let text = colon.trim_start_matches(normalize::is_space);
        // (The label keeps its colon: no character is lost.)
        let label = l.content.get(..l.content.len() - colon.len()).unwrap_or_default();
        let short = text.chars().count() <= 12 && !text.contains(['。', '，', ',', '；', ';']);
        let marker = marker::Marker {
            style: Style::ParenCjk,
            num: 1,
            sub: None,
            label,
            caption: short.then_some(text).filter(|t| !t.is_empty()),
            rest: if short { "" } else { text },
            spaced: false,
            lost: true,
            written: None,
        };
        *m = Some(Mark::new(&marker, l.content));
    }
}

/// How many items in a row make numerals glued to their text a list.
const GLUED_MIN: u32 = 3;

/// Items whose numerals lost the space after them: `本会任务如左:` over `一关于医疗机构设立
/// 之审议事项。`, `二关于…`, `三关于…` (a law reposted in simplified characters:
/// l-taitung-medical-review-committee-charter-articles-simplified-amended-history-line in
/// corpus/real). Read as `一、`-style items where at least [`GLUED_MIN`] lines in a row,
/// right under a lead-in closed by a colon, open with 一, 二, 三 … in turn, each a finished
/// sentence; anywhere else `一人…` is a word.
fn glued_numeral_markers(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    let mut i = 0;
    while i < lines.len() {
        if !lines.get(i).is_some_and(|l| l.content.ends_with([':', '：'])) {
            i += 1;
            continue;
        }
        let mut n = 0u32;
        let mut j = i + 1;
        while let (Some(l), Some(None)) = (lines.get(j), marks.get(j)) {
            let mut chars = l.content.chars();
            let (Some(c), Some(next)) = (chars.next(), chars.next()) else { break };
            let value = crate::numeral::cjk_value(c.encode_utf8(&mut [0; 4]));
            if value != Some(n + 1)
                || !normalize::is_ideograph(next)
                || crate::numeral::is_cjk_numeral_char(next)
                || !l.ends_sentence
            {
                break;
            }
            n += 1;
            j += 1;
        }
        if n >= GLUED_MIN {
            for (k, (l, m)) in lines.iter().zip(marks.iter_mut()).enumerate().take(j).skip(i + 1) {
                let Some(first) = l.content.chars().next() else { continue };
                let (label, rest) = l.content.split_at(first.len_utf8());
                let marker = marker::Marker {
                    style: Style::CjkComma,
                    num: (k - i) as u32,
                    sub: None,
                    label,
                    caption: None,
                    rest,
                    spaced: false,
                    lost: false,
                    written: None,
                };
                *m = Some(Mark::new(&marker, l.content));
            }
        }
        i = j.max(i + 1);
    }
}

/// Items numbered with a leading zero, `01.` `02.` `03.` (a sports centre's rules, each
/// over its English version: o-civic-sports-centre-court-rules-bilingual-zero-padded-
/// markers-lost-bullets in corpus/real). The lexer reads no such number as a marker (a
/// site's categories and questions are numbered so: `01.總則`, `006.…`); a run of them
/// from `01.` on, each the next, two at least and with text after the label, is a list.
fn zero_padded_markers(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    const RUN_MIN: u32 = 2;
    let padded = |l: &Line<'_>| {
        let &[b'0', d @ b'1'..=b'9', b'.', ..] = l.content.as_bytes() else { return None };
        // (Not a decimal number, `01.5`.)
        let rest = l.content.get(3..)?.trim_start_matches(normalize::is_space);
        (!rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit())).then_some(u32::from(d - b'0'))
    };
    let found: Vec<(usize, u32)> = lines
        .iter()
        .zip(marks.iter())
        .enumerate()
        .filter(|(_, (_, m))| m.is_none())
        .filter_map(|(k, (l, _))| padded(l).map(|n| (k, n)))
        .collect();
    let mut start = 0;
    while start < found.len() {
        let mut end = start + 1;
        while found.get(end).is_some_and(|&(_, n)| Some(n) == found.get(end - 1).map(|&(_, p)| p + 1)) {
            end += 1;
        }
        let run = found.get(start..end).unwrap_or_default();
        if run.first().is_some_and(|&(_, n)| n == 1) && run.len() as u32 >= RUN_MIN {
            for &(k, n) in run {
                if let (Some(l), Some(m)) = (lines.get(k), marks.get_mut(k)) {
                    *m = Some(Mark::new(&restored(l.content, 3, Style::Arabic, n, false), l.content));
                }
            }
        }
        start = end;
    }
}

/// An item whose text opens with a number, written solid after its label (`5.100元(二次
/// 辦卡)` between `4.戶口名簿…` and `6.倘為委託人,…`: l-kaohsiung-namasia-district-office-
/// senior-card-notes-triangle-captions-arabic-lists-restarting-wrapped-chrome in
/// corpus/real). The lexer reads `5.100` as a decimal number, as it must on its own; where
/// the line before holds item `4.` of an Arabic list and the next line item `6.`, the
/// numbering around it says it is item 5. (Not a line in a run of decimal numbers, `3.1`
/// `3.2`: no marker `4.` opens the line after `3.1`.)
fn items_opening_with_a_number(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    let arabic = |m: Option<&Option<Mark>>, n: u32| {
        m.and_then(Option::as_ref).is_some_and(|m| m.style == Style::Arabic && (m.num, m.sub) == (n, None) && !m.lost)
    };
    for k in 1..lines.len() {
        let Some(l) = lines.get(k) else { break };
        if marks.get(k).is_some_and(Option::is_some) {
            continue;
        }
        let digits = l.content.bytes().take_while(u8::is_ascii_digit).count();
        let Some(num) = l.content.get(..digits).and_then(|d| d.parse::<u32>().ok()).filter(|&n| (2..=99).contains(&n))
        else {
            continue;
        };
        let after = l.content.get(digits..).unwrap_or_default();
        if !after.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        if arabic(marks.get(k - 1), num - 1)
            && arabic(marks.get(k + 1), num + 1)
            && let Some(m) = marks.get_mut(k)
        {
            *m = Some(Mark::new(&restored(l.content, digits + 1, Style::Arabic, num, false), l.content));
        }
    }
}

/// Points whose numeral was lost and whose `、` was kept: `、檔案之整理,…` after a
/// sentence, between `三、` and `五、` (c-archives-custody-points-vocational-school-page-
/// lost-numerals-blank-wraps in corpus/real). Read as a `一、`-style point numbered on
/// from the point before, where that point's number and the next point's leave a gap
/// for it, or after the last point, each after a finished sentence (`八.高雄科大…。` then
/// `.製作學生證…。` and `.110學年度開學須知…`, points written `一.` whose last two lost
/// their numerals: s-nkust-continuing-college-freshmen-registration-rules-dot-points-
/// arabic-items-lost-numerals-squeezed-dates in corpus/real; a `.` only after a point so
/// written); anywhere else a line opening with `、` is the wrap of a list of words.
fn comma_lost_markers(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    const SEPARATORS: [char; 3] = ['、', '.', '．'];
    if !lines.iter().any(|l| l.content.starts_with(SEPARATORS)) {
        return;
    }
    // The numbers of the points at line starts, in order (one pass): the one before and
    // the one after each candidate.
    let point = |m: &Option<Mark>| m.as_ref().filter(|m| m.style == Style::CjkComma && !m.lost).map(|m| m.num);
    // The number of the last point before the line at hand and whether its label ends
    // with a full stop, and the place and number of the next point after it (found once
    // for a run of candidates: the scan stays linear).
    let mut before: Option<(u32, bool)> = None;
    // (`None` before the first look; a place past the end when no point follows.)
    let mut next: Option<(usize, Option<u32>)> = None;
    // The last line before that next point holding a `一、` (found with it, once per run).
    let mut last_one: Option<usize> = None;
    let mut prev_ends = false;
    for i in 0..lines.len() {
        let (Some(l), Some(found)) = (lines.get(i), marks.get(i).map(point)) else { break };
        let ends = l.ends_sentence;
        let sep = l.content.chars().next().filter(|c| SEPARATORS.contains(c));
        // (A clean text sets a year off by a space: `. 110學年度…`; so do pages whose points
        // are written `一、 本須知…` with a space, as the kept `、` then is: `、 換補發新卡注意
        // 事項如下:` after `五、`'s items, l-taoyuan-employee-card-notes-tmes-relay-slider-
        // chrome-points-lost-numeral-paren-arabic-items-truncated in corpus/real.)
        let text = sep
            .and_then(|c| l.content.get(c.len_utf8()..))
            .map(|t| t.trim_start_matches(normalize::is_space))
            .unwrap_or_default();
        // (Its text may open with a year: `.110學年度開學須知…`.)
        let candidate = found.is_none() && text.starts_with(|c: char| normalize::is_ideograph(c) || c.is_ascii_digit());
        let after_sentence = prev_ends;
        prev_ends = ends;
        if !candidate || marks.get(i).is_some_and(Option::is_some) {
            if let Some(n) = found {
                let dotted = marks.get(i).and_then(Option::as_ref).is_some_and(|m| {
                    l.content.get(..m.label_end as usize).is_some_and(|label| label.trim_end().ends_with(['.', '．']))
                });
                before = Some((n, dotted));
            }
            continue;
        }
        if next.is_none_or(|(at, _)| at <= i) {
            let found = marks.iter().enumerate().skip(i + 1).find_map(|(j, m)| point(m).map(|n| (j, n)));
            let (at, n) = found.map_or((marks.len(), None), |(j, n)| (j, Some(n)));
            next = Some((at, n));
            last_one =
                lines.get(i..at).and_then(|run| run.iter().rposition(|l| l.content.contains("一、"))).map(|k| i + k);
        }
        // (The first point too, before a `二、` and no point before it, when no `一、` comes
        // between, inside a line either: `、為使國軍退除役官兵輔導委員會…` under the page's
        // date, then `二、依本規定…`: c-vac-donations-use-rules-history-page-lost-first-
        // numeral-indented-wraps-truncated in corpus/real. Not the wrap of a list of words,
        // `…鄉(鎮、市)` over `、市區道路之申請…`, with `公告事項:一、…` below it:
        // l-tainan-county-temporary-works-road-use-notice-ntpc-law-site-first-point-after-
        // caption-hanging-indent-lone-word-line.)
        let first = before.is_none()
            && sep == Some('、')
            && matches!(next, Some((_, Some(2))))
            && last_one.is_none_or(|k| k < i);
        let Some((b, dotted)) = before.or(first.then_some((0, false))) else { continue };
        if sep != Some('、') && !dotted {
            continue;
        }
        // After a sentence, any gap leaves room for the point, and so does the end of the
        // points; after a line that ends without one (a point whose full stop was lost
        // too: `九、…並宜預留架位空間` then `、檔案之置放方式,…` before `十一、`), only a gap
        // of exactly this one point.
        let gap = first
            || match next {
                Some((_, Some(n))) => n == b + 2 || (after_sentence && n > b + 2),
                _ => after_sentence,
            };
        if !gap {
            continue;
        }
        let marker = marker::Marker {
            style: Style::CjkComma,
            num: 1,
            sub: None,
            label: sep.and_then(|c| l.content.get(..c.len_utf8())).unwrap_or_default(),
            caption: None,
            rest: text,
            spaced: false,
            lost: true,
            written: None,
        };
        let mark = Mark::new(&marker, l.content);
        if let (Some(m), Some(l)) = (marks.get_mut(i), lines.get_mut(i)) {
            *m = Some(mark);
            l.continues = false;
        }
        // The next gap is counted from this point.
        before = Some((b + 1, dotted));
    }
}

/// A first point numbered `1.` over points numbered `二、` `三、` (` 1. 嘉義縣政府…為健全
/// 學校三級輔導體制,…` then `  二、本中心之任務如下:`: l-chiayi-county-student-counselling-
/// centre-points-arabic-first-point-intro-bullets-truncated in corpus/real): the marker
/// nearest before the first `、` point, numbered 2, is an Arabic 1 with text, and no
/// Arabic 2 comes before the third point, so the `1.` opens no list of its own. It is
/// read as point 1, in the points' style; its label keeps the style it is written in.
fn first_point_in_another_style(marks: &mut [Option<Mark>]) {
    let is_point = |m: &Mark| m.style == Style::CjkComma && !m.lost && m.sub.is_none();
    let Some(second) = marks.iter().position(|m| m.as_ref().is_some_and(is_point)) else { return };
    if marks.get(second).and_then(Option::as_ref).is_none_or(|m| m.num != 2) {
        return;
    }
    // (Over the items of its own deeper list: `1、依據` over `(1)…` `(2)…`, then `二、目的`:
    // s-keelung-badu-elementary-home-learning-device-loan-plan-arabic-first-point-paren-
    // arabic-items-truncated in corpus/real.)
    let shallow = |m: &Option<Mark>| m.as_ref().is_some_and(|m| m.style.rank() <= Style::Arabic.rank());
    let Some(first) = marks.get(..second).and_then(|b| b.iter().rposition(shallow)) else { return };
    let arabic = |m: &Mark, n: u32| m.style == Style::Arabic && m.num == n && m.sub.is_none();
    if !marks.get(first).and_then(Option::as_ref).is_some_and(|m| arabic(m, 1) && !m.rest_empty && !m.lost) {
        return;
    }
    let third = marks.iter().skip(second + 1).position(|m| m.as_ref().is_some_and(|m| is_point(m) && m.num == 3));
    let end = third.map_or(marks.len(), |k| second + 1 + k);
    if marks.get(..end).unwrap_or_default().iter().flatten().any(|m| arabic(m, 2)) {
        return;
    }
    if let Some(m) = marks.get_mut(first).and_then(Option::as_mut) {
        m.written = Some(m.style.label_style());
        m.style = Style::CjkComma;
    }
}

/// Points whose numerals were lost to bullets: an HTML list's items rendered as `•` or
/// `- ` in the numerals' place. The bullets at the shallowest indent, all the same
/// bullet, with no marker before the first of them, open points 1, 2, … (each bullet is
/// its label, a lost numeral's) where the numbering around them says they are points:
///
/// - a first point lost before `二、`, `三、` (`- 依據:` over items `(一)`–`(三)`, then
///   `二、目的:…`: s-taichung-shalu-vocational-english-test-subsidy-rules-dash-first-point-
///   table-bars, s-thes-dress-code-committee-points-bullet-first-point-glued-four and
///   l-suao-hakka-grant-notice-bullet-lost-numeral in corpus/real): exactly one bulleted
///   line before the first point, numbered 2, and a third point after it;
/// - several, as many bullets before the first point as its number says (four ` • `
///   lines over Arabic items, then `五、`: s-zfps-lab-safety-rules-bullets-replace-
///   numerals-then-five-truncated);
///
/// Bullets in a text that numbers no point open nothing: the pages that have them read
/// them as a list of captions or fields, or as no units at all (c-mohw-volunteer-
/// performance-certificate-rules-chiayi-relay-dash-bullets-lost-numerals, l-chiayi-city-
/// library-av-room-rules-bulleted-captions-two-arabic-runs-truncated).
///
/// A page numbering nothing before its `二、` but a caption (a first point lost with no
/// bullet, s-ctbc-deferment-application-notes-first-point-numeral-lost-paren-items) stays
/// a text of amended points, and two bullets before `二、` are a list of the preamble's.
fn bullet_points(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    let Some(end) = marks.iter().position(|m| m.as_ref().is_some_and(|m| m.style == Style::CjkComma)) else {
        return;
    };
    let before = lines.get(..end).unwrap_or_default();
    let Some(indent) = before.iter().filter(|l| outline::is_bulleted(l.content)).map(|l| l.indent).min() else {
        return;
    };
    let bullet_of = |l: &Line<'_>| l.content.chars().next().map(|c| if c == '－' { '-' } else { c });
    let Some(first) = before.iter().position(|l| outline::is_bulleted(l.content) && l.indent == indent) else {
        return;
    };
    if marks.get(..=first).unwrap_or_default().iter().any(Option::is_some) {
        return;
    }
    let bullet = lines.get(first).and_then(bullet_of);
    let points: Vec<usize> = (first..end)
        .filter(|&i| {
            lines
                .get(i)
                .is_some_and(|l| outline::is_bulleted(l.content) && l.indent == indent && bullet_of(l) == bullet)
        })
        .collect();
    let count = points.len();
    let is_point = |m: &Mark, n: u32| m.style == Style::CjkComma && !m.lost && m.sub.is_none() && m.num == n;
    if !marks.get(end).and_then(Option::as_ref).is_some_and(|m| is_point(m, count as u32 + 1)) {
        return;
    }
    // (One bullet before `二、`: a third point confirms the second; two bulleted lines at
    // any indent are a list.)
    if count == 1
        && (before.iter().filter(|l| outline::is_bulleted(l.content)).count() != 1
            || !marks.iter().skip(end + 1).flatten().any(|m| is_point(m, 3)))
    {
        return;
    }
    for (n, i) in (1..).zip(points) {
        let (Some(line), Some(slot)) = (lines.get(i), marks.get_mut(i)) else { continue };
        let len = line.content.chars().next().map_or(0, char::len_utf8);
        *slot = Some(Mark::new(&restored(line.content, len, Style::CjkComma, n, true), line.content));
    }
}

/// How many articles opened by a first paragraph's mark make a law whose article labels
/// were lost.
const PARAGRAPH_MARK_MIN: usize = 3;

/// Articles whose labels were lost, each opened by its first paragraph's mark: a law
/// repost site's reading view shows `﹝1﹞ 本細則依統計法…`, `﹝1﹞ 本法第三條…`, `﹝2﹞ 指定
/// 統計調查…` with no `第 n 條` at all (c-dgbas-statistics-act-enforcement-rules-law-
/// repost-article-labels-lost-bracket-paragraph-marks-truncated and c-cip-language-grant-
/// rules-articles-repost-site-bracket-labels in corpus/real). Where no line opens with an
/// article label and at least [`PARAGRAPH_MARK_MIN`] lines open with `﹝1﹞`, each such line
/// opens the next article (numbered in order); a later paragraph's mark `﹝2﹞` opens a
/// paragraph. Where the labels are there (`第3條` over `﹝1﹞` and `﹝2﹞`), the marks stay
/// text of the paragraphs they open.
fn paragraph_mark_articles(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    if marks.iter().flatten().any(|m| m.style == Style::Article)
        || lines.iter().filter(|l| marker::paragraph_mark(l.content).is_some_and(|(n, _)| n == 1)).count()
            < PARAGRAPH_MARK_MIN
    {
        return;
    }
    for (l, m) in lines.iter_mut().zip(marks.iter_mut()) {
        let Some((n, after)) = marker::paragraph_mark(l.content) else { continue };
        l.continues = false;
        if n != 1 {
            continue;
        }
        let marker = restored(l.content, l.content.len() - after.len(), Style::Article, 1, true);
        *m = Some(Mark::new(&marker, l.content));
    }
}

/// How many bare article numbers make a law whose labels lost their `條`.
const BARE_ARTICLES_MIN: usize = 3;

/// Article labels that lost their `條`, each alone on its line over the article's text
/// (`第11`, `第12`, `第14`: c-moi-exemption-deferment-regulation-ukn-site-bare-article-
/// numbers-jumps-blank-line-wraps in corpus/real, a school's page of the articles on
/// students). Where no line opens with an article label and at least
/// [`BARE_ARTICLES_MIN`] lines hold only `第` and a number, in Arabic or Chinese numerals,
/// the numbers rising, each such line opens the article of its number; its label is kept
/// as printed.
fn bare_article_numbers(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    let bare = |l: &Line<'_>| -> Option<u32> {
        let number = l.content.strip_prefix('第')?.trim_matches(normalize::is_space);
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) && number.len() <= 4 {
            return number.parse().ok();
        }
        crate::numeral::cjk_numeral(number).ok().filter(|(rest, _)| rest.is_empty()).map(|(_, n)| n)
    };
    if marks.iter().flatten().any(|m| m.style == Style::Article) {
        return;
    }
    let found: Vec<(usize, u32)> =
        lines.iter().enumerate().filter_map(|(i, l)| bare(l).filter(|&n| n > 0).map(|n| (i, n))).collect();
    if found.len() < BARE_ARTICLES_MIN
        || !found.windows(2).all(|w| matches!(w, [(_, a), (_, b)] if a < b))
        || found.iter().any(|&(i, _)| marks.get(i).is_some_and(Option::is_some))
    {
        return;
    }
    numbers_alone_open(lines, marks, &found, Style::Article);
}

/// How many numbers alone on their lines make a table's numbered rows.
const ROW_NUMBERS_MIN: usize = 3;

/// How many lines a table's row holds at most between its number and the next.
const ROW_LINES_MAX: usize = 8;

/// A table flattened one cell to a line whose rows are numbered in a column of their own:
/// each row's number alone on its line (`1` / `掛號費` / `五十元` / `2` / `體格檢查表(一般用)` /
/// `一百元` / `每增一份加收十元` … `12`: l-tainan-health-centre-outpatient-fee-table-tnsnwhs-row-
/// numbers-alone-on-lines in corpus/real). Where no line of the text holds a marker, at
/// least [`ROW_NUMBERS_MIN`] lines hold only an Arabic number, counting from 1 by one, and
/// no more than [`ROW_LINES_MAX`] lines stand between two of them (a page's number in a
/// PDF's text stands a page apart), each such line opens the unit of its number; its label
/// is kept as printed.
fn bare_row_numbers(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    const DIGITS_MAX: usize = 3;
    if marks.iter().any(Option::is_some) {
        return;
    }
    let number = |l: &Line<'_>| -> Option<u32> {
        let c = l.content.trim_matches(normalize::is_space);
        (!c.is_empty() && c.len() <= DIGITS_MAX && c.bytes().all(|b| b.is_ascii_digit()))
            .then(|| c.parse().ok())
            .flatten()
    };
    let found: Vec<(usize, u32)> = lines.iter().enumerate().filter_map(|(i, l)| number(l).map(|n| (i, n))).collect();
    let counts_on = found.first().is_some_and(|&(_, n)| n == 1)
        && found.windows(2).all(|w| matches!(w, [(i, a), (j, b)] if *b == a + 1 && j - i <= ROW_LINES_MAX + 1));
    if found.len() < ROW_NUMBERS_MIN || !counts_on {
        return;
    }
    numbers_alone_open(lines, marks, &found, Style::Arabic);
}

/// Marks each line of `found` (a line holding only its number, and that number) as
/// opening the unit of its number in `style`, the whole line its label, kept as printed.
fn numbers_alone_open(lines: &[Line<'_>], marks: &mut [Option<Mark>], found: &[(usize, u32)], style: Style) {
    for &(i, num) in found {
        let (Some(l), Some(slot)) = (lines.get(i), marks.get_mut(i)) else { continue };
        let marker = marker::Marker {
            written: Some(crate::LabelStyle::Other),
            ..restored(l.content, l.content.len(), style, num, false)
        };
        *slot = Some(Mark::new(&marker, l.content));
    }
}

/// How many `1.` lines make a list whose renumbering was lost.
const ONES_MIN: usize = 3;

/// A list whose every item reads `1.`: a web page's ordered list rendered item by item,
/// each a list of its own (`  1. 學生宿舍所有人員…`, `  1. 請遵守宿舍門禁管理…` … with
/// their English lines between: s-nycu-yangming-dorm-self-health-guide-bilingual-every-
/// item-numbered-1-truncated in corpus/real). Where at least [`ONES_MIN`] lines open with
/// `1.` at one indent, and no other Arabic number, no point (`一、`, `（一）`) and no
/// article label is in the text, each is read as the next unit: numbered in order, its
/// label kept as printed.
fn numbered_ones(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    let mut indent = None;
    let mut ones = 0;
    for (l, m) in lines.iter().zip(marks.iter()) {
        let Some(m) = m else { continue };
        match m.style {
            Style::CjkComma | Style::ParenCjk | Style::Article => return,
            Style::Arabic if (m.num, m.sub) != (1, None) || m.lost => return,
            Style::Arabic if l.continues => {}
            // (Not lists run together, each on its line, whose `2、` follows in the line:
            // `1、 年滿65歲以上 2、 年滿…` in three cells of a flattened table, l-taichung-
            // south-district-office-senior-disabled-fare-subsidy-table-bars-run-on-items in
            // corpus/real.)
            Style::Arabic
                if inline::mentions_second(l.content.get(m.rest_start as usize..).unwrap_or_default(), m.style) =>
            {
                return;
            }
            Style::Arabic => {
                if *indent.get_or_insert(l.indent) != l.indent {
                    return;
                }
                ones += 1;
            }
            _ => {}
        }
    }
    if ones < ONES_MIN {
        return;
    }
    let mut n = 0;
    for (l, m) in lines.iter().zip(marks.iter_mut()) {
        if let Some(m) = m.as_mut().filter(|m| m.style == Style::Arabic && !l.continues) {
            n += 1;
            m.num = n;
        }
    }
}

/// How far into a line a closing bracket shows that `(一` opens a bracketed word
/// (`(一般民眾)`), not an item that lost its closing bracket.
const UNCLOSED_LOOK: usize = 12;

/// An item whose closing bracket was lost: `(一垂釣活動不得妨礙…` right above `(二)禁止
/// 丟棄…` (l-miaoli-longfeng-fishing-port-angling-notice-points-paren-lost-closing-paren
/// in corpus/real). Read as item `(一)` only where the next line opens the next item,
/// and no closing bracket follows soon (`(一般民眾)` is a word in brackets).
fn unclosed_markers(lines: &[Line<'_>], marks: &mut [Option<Mark>]) {
    for i in 0..lines.len().saturating_sub(1) {
        let (Some(l), Some(None)) = (lines.get(i), marks.get(i)) else { continue };
        let Some(inner) = l.content.strip_prefix(['(', '（']) else { continue };
        let (len, num) = crate::numeral::numeral_prefix(inner);
        let Some(num) = num else { continue };
        let Some(rest) = inner.get(len..) else { continue };
        let next = marks.get(i + 1).and_then(Option::as_ref);
        if !rest.starts_with(normalize::is_ideograph)
            || rest.chars().take(UNCLOSED_LOOK).any(|c| matches!(c, ')' | '）'))
            || !next.is_some_and(|m| m.style == Style::ParenCjk && !m.lost && (m.num, m.sub) == (num + 1, None))
        {
            continue;
        }
        let marker = marker::Marker {
            style: Style::ParenCjk,
            num,
            sub: None,
            label: l.content.get(..l.content.len() - rest.len()).unwrap_or_default(),
            caption: None,
            rest,
            spaced: false,
            lost: false,
            written: None,
        };
        if let Some(m) = marks.get_mut(i) {
            *m = Some(Mark::new(&marker, l.content));
        }
    }
}

/// Empty brackets of a lost numeral broken over two lines: `(` alone, then `)設籍新竹縣
/// 之縣民個人,…` (l-hsinchucounty-epb-scooter-grant-notice-lost-numerals in corpus/real).
/// The next line opens a `()` item, as it would with both brackets on it: the label
/// holds the opening bracket's line too.
fn broken_lost_markers(lines: &mut Vec<Line<'_>>, marks: &mut Vec<Option<Mark>>) {
    let mut apart = Vec::new();
    for i in 1..lines.len() {
        let (Some(open), Some(l)) = (lines.get(i - 1), lines.get(i)) else { continue };
        if !matches!(open.content, "(" | "（") || marks.get(i).is_some_and(Option::is_some) {
            continue;
        }
        let Some(after) = l.content.strip_prefix([')', '）']) else { continue };
        let text = after.trim_start_matches(normalize::is_space);
        if !text.starts_with(normalize::is_ideograph) {
            continue;
        }
        let marker = restored(l.content, l.content.len() - after.len(), Style::ParenCjk, 1, true);
        let mark = Mark::new(&marker, l.content);
        if let Some(m) = marks.get_mut(i) {
            *m = Some(mark);
        }
        if let Some(l) = lines.get_mut(i) {
            l.continues = false;
        }
        apart.push(i - 1);
    }
    if apart.is_empty() {
        return;
    }
    let mut keep = vec![true; lines.len()];
    for j in apart {
        if let Some(k) = keep.get_mut(j) {
            *k = false;
        }
    }
    retain_kept(lines, marks, &keep);
}
