//! Whole-document judgements made before the tree is built: the document kind, whether
//! lines are hard-wrapped, and the width from which a line runs to the wrap margin.

use crate::ast::DocKind;
use crate::marker::Style;
use crate::normalize::Line;

use super::front::{STATUTE_SUFFIXES, ends_with_kind};
use super::marks::Mark;
use super::numbering::follows;
use super::outline::line_has_wide_gap;

/// The document kind, judged from the numbering of the whole body:
///
/// - statute when an article marker stands alone on a line (or before a caption or a
///   wide gap) anywhere;
/// - statute when article markers (`第一條 …`) form a run of consecutive numbers at least
///   as long as the longest run of points `一、二、三、` (a 要點 numbered by articles,
///   whose `一、` items restart in each article);
/// - directive when points `一、` are found, or when the body opens with a run of `1.` or
///   `（一）` points (see [`point_style`]);
/// - otherwise by the title's suffix.
pub(super) fn detect_kind(body: &[Line<'_>], marks: &[Option<Mark>], title: Option<&str>) -> DocKind {
    let mut articles = Run::default();
    let mut points = Run::default();
    // Whether every `一、` list starts after an article label, as 款 do (a law flattened
    // onto one line, whose articles hold longer lists than there are articles:
    // l-taoyuan-market-stalls-articles-one-line in corpus/real).
    let (mut nested, mut article_since_list) = (true, false);
    let mut spaced_article = false;
    // An article label alone on its line, or with a caption: a statute's, as a rule.
    let mut labelled_article = false;
    let (mut article_count, mut first_article_num, mut point_one_first) = (0usize, 0u32, false);
    for (l, m) in body.iter().zip(marks) {
        if let Some(m) = m {
            if m.style == Style::Article {
                article_count += 1;
                if article_count == 1 {
                    first_article_num = m.num;
                }
            }
            match m.style {
                Style::Article if m.rest_empty || m.caption.is_some() || line_has_wide_gap(l.content) => {
                    labelled_article = true;
                }
                Style::Article if !l.continues => {
                    articles.push((m.num, m.sub));
                    article_since_list = true;
                    spaced_article |= m.spaced;
                }
                Style::CjkComma if !l.continues => {
                    points.push((m.num, m.sub));
                    if (m.num, m.sub) == (1, None) {
                        point_one_first |= article_count == 0;
                        nested &= article_since_list;
                        article_since_list = false;
                    }
                }
                _ => {}
            }
        }
    }
    if labelled_article {
        // Except one article of another text quoted inside a run of points that began
        // before it (`一、兩公約教育訓練宣導` / `第 14 條(接受公平裁判之權利)` / its
        // sentence / `二、臺中市政府多元管道法律諮詢`: l-taichung-taiping-district-legal-
        // consultation-aid-channels-notice-covenant-article-label-inside-point in
        // corpus/real), read as a statute it would lose both points.
        let quoted = article_count == 1 && first_article_num > 1 && point_one_first && points.best >= 2;
        if !quoted {
            return DocKind::Statute;
        }
    }
    if articles.best >= 2 && (articles.best >= points.best || nested) {
        return DocKind::Statute;
    }
    // One article label set apart by a space over every `一、` list: one article of a
    // law with its 款 (`第31條 公立殯葬設施有下列情形之一者` over `一、不敷使用。` …:
    // c-funeral-act-article31-funeral-blog-markdown-heading in corpus/real).
    if articles.best == 1 && spaced_article && nested && points.best > 0 {
        return DocKind::Statute;
    }
    // A body that opens with `1.` or `（一）` and numbers on in that style is a list of
    // points even under a statute's title (a school's 施行細則 rendered as an HTML
    // ordered list: s-ntut-tech-law-program-rules); read as a statute it would have no
    // unit at all.
    if points.best > 0 || point_style(body, marks) != Style::CjkComma {
        return DocKind::Directive;
    }
    // No point at all, and an article label opening a line: a page of one amended article
    // (`第6-1條 管理局…` after the tail of the article before it:
    // c-science-park-act-articles-bilingual-no-comma-items in corpus/real), which read as
    // a directive would have no unit.
    if articles.best >= 1 {
        return DocKind::Statute;
    }
    match title {
        Some(t) if ends_with_kind(t, &STATUTE_SUFFIXES) => DocKind::Statute,
        _ => DocKind::Directive,
    }
}

/// The style of a directive's points: `一、` as a rule; `（一）` or `1.` when the text
/// has no `一、` at line starts, opens with point 1 of that style and numbers on in it
/// (some notes and school rules number their points `（一）（二）`).
pub(super) fn point_style(body: &[Line<'_>], marks: &[Option<Mark>]) -> Style {
    // The body must open with point 1 of that style (no preamble before it): told first,
    // before any scan.
    // Or, after a preamble (site chrome, a date line) or a heading, with point 1 of that
    // style as the first marker, when a longer run follows (a library's rules numbered
    // `1.` … `8.` under `壹、…閱覽規則`: s-ck-library-reading-rules-arabic-chrome in
    // corpus/real).
    let opening = marks.first().and_then(|m| m.as_ref()).is_some();
    let first_at = marks.iter().position(|m| m.as_ref().is_some_and(|m| !matches!(m.style, Style::Heading(_))));
    let first_mark = first_at.and_then(|i| marks.get(i)).and_then(|m| m.as_ref());
    let first = first_mark.filter(|m| (m.num, m.sub) == (1, None)).map(|m| m.style);
    // Or a page whose stored copy starts after its first `（一）`: `（二）`, `（三）` with
    // their `1.` items and no `一、` (s-ip-host-earthquake-drill-notice-paren-items-table-
    // bars-cut-start in corpus/real), read as its points from the second on.
    let cut_start = first_mark.is_some_and(|m| m.style == Style::ParenCjk && m.num > 1 && m.sub.is_none());
    // Whether the first marker follows a finished sentence (or opens the body).
    let line_before = first_at.and_then(|i| i.checked_sub(1)).and_then(|p| body.get(p));
    let set_apart = first_at.is_some() && line_before.is_none_or(|p| p.ends_sentence);
    if !matches!(first, Some(Style::ParenCjk | Style::Arabic | Style::ParenArabic | Style::Circled)) && !cut_start {
        return Style::CjkComma;
    }
    let least = if opening { 2 } else { 3 };
    let mut runs = [
        (Style::CjkComma, Run::default()),
        (Style::ParenCjk, Run::default()),
        (Style::Arabic, Run::default()),
        (Style::ParenArabic, Run::default()),
        (Style::Circled, Run::default()),
    ];
    // A `一、` list standing between two `1.` items that number on (`8. 證件費:` / `一、…` /
    // `二、…` / `9. …`) is the first item's list, no run of points (l-kaohsiung-mainland-
    // spouse-residence-steps-heart-captions-arabic-restart-inline-numerals-truncated in
    // corpus/real, whose `一、` `二、` run inside item 8's line). Judged on the order of
    // the numbers, not on where lines break, so that a rendering reads the same.
    let arabic = |m: &Option<Mark>, l: &Line<'_>| {
        m.as_ref().filter(|m| m.style == Style::Arabic && !l.continues && m.sub.is_none()).map(|m| m.num)
    };
    let mut next_arabic = vec![None; marks.len()];
    let mut after = None;
    for (i, (l, m)) in body.iter().zip(marks).enumerate().rev() {
        if let Some(slot) = next_arabic.get_mut(i) {
            *slot = after;
        }
        after = arabic(m, l).or(after);
    }
    let mut before: Option<u32> = None;
    for (i, (l, m)) in body.iter().zip(marks).enumerate() {
        let nested = before.is_some_and(|b| next_arabic.get(i).copied().flatten() == Some(b + 1));
        before = arabic(m, l).or(before);
        if let Some(m) = m
            && !l.continues
            && !(nested && m.style == Style::CjkComma)
            && let Some((_, run)) = runs.iter_mut().find(|(s, _)| *s == m.style)
        {
            // (A lost numeral takes the next number.)
            let n = if m.lost { run.last.map_or((1, None), |(k, _)| (k + 1, None)) } else { (m.num, m.sub) };
            run.push(n);
        }
    }
    match runs {
        [(_, cjk), (_, paren), (_, arabic), (_, paren_arabic), (_, circled)] if cjk.best == 0 => match first {
            Some(Style::ParenCjk) if paren.best >= least => Style::ParenCjk,
            // A page that shows only its first `（一）`, with its `1.` items (a relayed plan
            // cut off before `（二）`: c-tourism-bureau-autumn-winter-group-grant-travel-
            // agency-paren-top-bullets, c-moi-rent-subsidy-eligibility-blog-paren-top-
            // arabic-items in corpus/real): that point, rather than no unit at all.
            Some(Style::ParenCjk) if paren.best == 1 && arabic.best >= 2 && set_apart => Style::ParenCjk,
            Some(Style::Arabic) if arabic.best >= least => Style::Arabic,
            // So a page that shows only its first `1.`, with its `(1)` items (an office's page
            // on residence permits, `1. 申請應備文件` over `(1)`–`(4)` by kind of student, cut
            // off before `2.`: s-yuntech-overseas-student-arc-application-documents-arabic-
            // caption-paren-items-bullets-truncated in corpus/real).
            Some(Style::Arabic) if arabic.best == 1 && paren_arabic.best >= 2 && paren.best == 0 && set_apart => {
                Style::Arabic
            }
            // Two points are enough where the text numbers nothing with `一、` or `（一）`
            // (a news item's `1.` `2.` after its captions: s-farmers-assoc-ssf-student-aid-
            // notice-arabic-items in corpus/real).
            Some(Style::Arabic) if arabic.best == 2 && paren.best == 0 => Style::Arabic,
            // So are two `（一）` points where no `一、` is, with their `1.` items or not
            // (an institute's notice: `…始得畢業:` then `(一)` `(二)`: s-nccu-labour-inst-
            // graduation-conditions-amendment-notice-paren-top-adoption-tail; an excerpt of
            // two points that lost their numbers: c-moi-emergency-relief-excerpt-alishan-
            // township-unnumbered-points; after a heading and a deadline line that ends no
            // sentence, `校內收件截止日:110年10月15日`: s-knu-disadvantaged-student-housing-
            // benefits-paren-items-arabic-lists-no-points-truncated in corpus/real), rather
            // than no unit at all.
            Some(Style::ParenCjk) if paren.best == 2 => Style::ParenCjk,
            None if cut_start && paren.best >= 2 && set_apart => Style::ParenCjk,
            // `(1)` items as the only numbering of a page, under a caption (c-wra-taipei-
            // water-authority-env-education-task-force-page-paren-arabic-items in
            // corpus/real: `推動小組任務:` over `(1) 彙整…` … `(8) 其他…`).
            // Two are enough, as for `1.` `2.` (`(1) 本人親自申請:…` `(2) 委託他人申請:…` under a
            // bulleted lead-in, over a table of fees: o-yuanrung-hospital-certificate-
            // application-paren-arabic-items-table-cells-own-lines-truncated in corpus/real).
            // So where `1.` items come after the first `(1)` in shorter runs (`(5). 如需列印通知
            // 單,請依下列步驟:` over `1.選擇…` … `4.選擇「列印」即可`: l-hsinchu-city-parking-
            // query-page-disabled-discount-print-notes-paren-dot-items-nested-arabic-truncated
            // in corpus/real): they are the items' own lists. So in runs as long as its own
            // (`(1)申請時間:` … `(3)申請資格:` with `1、`–`2、` under (2) and `1.`–`3.` under
            // (3): s-sysh-english-test-fee-subsidy-notice-paren-arabic-sections-comma-items
            // in corpus/real, which had no unit).
            Some(Style::ParenArabic)
                if paren_arabic.best >= 2 && paren.best == 0 && arabic.best <= paren_arabic.best =>
            {
                Style::ParenArabic
            }
            // Circled numerals as the only numbering of a page, its lists under captions
            // (`申請資格:` over `❶`–`❹`, `繳交資料:` over `❶`–`❹`: s-cljhs-new-immigrant-
            // scholarship-notice-circled-number-units-restarting in corpus/real).
            Some(Style::Circled)
                if circled.best >= 2 && paren.best == 0 && arabic.best == 0 && paren_arabic.best == 0 =>
            {
                Style::Circled
            }
            _ => Style::CjkComma,
        },
        _ => Style::CjkComma,
    }
}

/// The longest run of consecutive numbers (`3, 4, 4-1, 5`) in a sequence of markers.
#[derive(Default)]
struct Run {
    last: Option<(u32, Option<u32>)>,
    len: usize,
    best: usize,
}

impl Run {
    fn push(&mut self, n: (u32, Option<u32>)) {
        let next = self.last.is_some_and(|l| follows(l, n));
        self.len = if next { self.len + 1 } else { 1 };
        self.best = self.best.max(self.len);
        self.last = Some(n);
    }
}

/// True for a line whose marker only labels the line (`第 1 條`).
pub(super) fn is_label_only(m: Option<&Mark>) -> bool {
    m.is_some_and(|m| m.rest_empty)
}

pub(super) fn detect_wrapped(body: &[Line<'_>], marks: &[Option<Mark>]) -> bool {
    let mut candidates = 0usize;
    let mut open_ended = 0usize;
    for (i, pair) in body.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        let (ma, mb) = (marks.get(i).and_then(Option::as_ref), marks.get(i + 1).and_then(Option::as_ref));
        if is_label_only(ma) || a.table || b.table {
            continue;
        }
        if mb.is_some() && !b.continues {
            continue;
        }
        candidates += 1;
        if !a.ends_sentence {
            open_ended += 1;
        }
    }
    open_ended >= 2 && open_ended * 4 >= candidates
}

/// The width from which a line counts as running to the wrap margin.
///
/// Wrapped lines (lines that do not end a sentence) give the margin `w` (their 90th
/// percentile width). When most of them end within one full-width character of it, the
/// text was wrapped at a fixed width (old database text, our renderers) and only lines
/// within 2 columns count as full; otherwise (proportional PDF text) within `w / 8`.
pub(super) fn full_width(body: &[Line<'_>], marks: &[Option<Mark>]) -> u32 {
    let mut widths: Vec<u32> = body
        .iter()
        .zip(marks)
        .filter(|(l, m)| !l.table && !is_label_only(m.as_ref()) && !l.ends_sentence)
        .map(|(l, _)| l.width)
        .collect();
    if widths.len() < 2 {
        return u32::MAX;
    }
    // The 90th percentile by selection (linear), not by sorting every width.
    let p90 = widths.len() * 9 / 10;
    let w = if p90 < widths.len() { *widths.select_nth_unstable(p90).1 } else { u32::MAX };
    let near = widths.iter().filter(|&&x| x + 2 >= w && x <= w).count();
    if near * 10 >= widths.len() * 7 { w.saturating_sub(2) } else { w.saturating_sub((w / 8).max(2)) }
}
