//! Several documents in one text (a compilation of directives or laws, a page showing
//! two versions): where a new document starts.
//!
//! A document starts at a title line — short, no sentence end, no marker, and ending in
//! the name of a kind of rule (`要點`, `辦法`, `規定` …) — when the document before it
//! already has at least two units, and the first unit marker after the title (within a
//! few lines of history or metadata) does not continue that document's numbering but
//! starts again: it is numbered 1, or no higher than the last unit read. Everything
//! else stays in the document it is in, so a single document is never split. A page
//! that shows two versions of the same units (a history view) is split at the dated line
//! before the repeated numbers, or at the repetition itself when the page shows one
//! point (not point 1) twice.
//!
//! One pass over the lines, with a look-ahead of at most [`LOOK_AHEAD`] lines at each
//! title candidate: linear in the input.

use crate::marker::Style;
use crate::normalize::Line;

use super::front::{has_title_suffix, header_field, letter_key_in, without_note};
use super::history;
use super::marks::Mark;

/// How many lines may stand between a title and its first unit (history, dates,
/// metadata, headings): a law's front on the national database's page holds a dozen
/// fields and a history block.
const LOOK_AHEAD: usize = 64;

/// The most lines a look-ahead reads, history entries included.
const HISTORY_BOUND: usize = 1024;

/// The unit number of a line that opens a top-level unit: a point `一、`, an article
/// marker, or, in a text with neither, a marker of its highest style (`top`): a page
/// numbering its units `1.` (c-forestry-agency-filming-rental-notes-japanese-version-
/// procedure-list-then-notes-truncated in corpus/real: a procedure list, then the notes
/// under their own title, both numbered from `1.`).
fn unit_num(m: &Mark, top: Option<Style>) -> Option<(u32, Option<u32>)> {
    (matches!(m.style, Style::CjkComma | Style::Article) || top == Some(m.style)).then_some((m.num, m.sub))
}

/// The highest marker style opening a line, when no point or article marker opens one.
fn lesser_top(lines: &[Line<'_>], marks: &[Option<Mark>]) -> Option<Style> {
    let top = lines
        .iter()
        .zip(marks)
        .filter_map(|(l, m)| m.as_ref().filter(|_| !l.continues))
        .map(|m| m.style)
        .filter(|s| !matches!(s, Style::Heading(_)))
        .min_by_key(|s| s.rank())?;
    (!matches!(top, Style::CjkComma | Style::Article)).then_some(top)
}

/// True for a line that can be a document's title.
fn is_title_line(l: &Line<'_>, m: Option<&Mark>) -> bool {
    m.is_none()
        && !l.ends_sentence
        && l.content.len() <= 240
        && (has_title_suffix(without_sequence_number(without_note(l.content)))
            || amended_rule(l.content).is_some()
            || statement(l.content))
        // (Not a kind of rule's bare name, `注意事項` over `1.`: a section's caption, as a
        // service page's sections `法定申請人` / `應提證件` / `注意事項` each restart
        // their list: l-taichung-beitun-household-office-seal-notes-captions-bullets in
        // corpus/real.)
        && !bare_kind(l.content)
        // (Nor a section's caption after a mark that sets captions apart, `◆應繳證件及注意
        // 事項` over a list starting again at `1.` under `◆申請人資格:`'s: l-tainan-guantian-
        // household-office-address-change-arabic-lists-restarting-diamond-captions in
        // corpus/real. A title may stand after a bullet, `● 某要點`, which is no such mark.)
        && !l.content.starts_with(super::outline::CAPTION_SIGNS)
        && l.content.chars().count() <= 60
        && !l.content.contains(['，', ',', '。', '：', ':'])
        && !announces_list(l.content)
}

/// A title without the one- or two-digit number a page gives its notices (`預防接種注意事項1`,
/// `預防接種注意事項2`: l-chiayi-east-health-centre-vaccination-notes-two-notices-indented-
/// arabic-list-then-point-label-lines-truncated in corpus/real).
fn without_sequence_number(t: &str) -> &str {
    let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if t.len() - head.len() <= 2 { head } else { t }
}

/// The kinds of statement a public body's website publishes under its own name.
const WEBSITE_STATEMENTS: [&str; 7] =
    ["著作權聲明", "隱私權聲明", "隱私權政策", "隱私權保護政策", "資料開放宣告", "資訊安全政策", "免責聲明"];

/// True for a website's statement named for its issuer (`臺北市政府廉政透明委員會著作權聲明`
/// after the points of the same body's `…政府網站資料開放宣告`: l-taipei-integrity-committee-
/// open-data-declaration-and-copyright-statement-ordered-points-paren-arabic-items-two-
/// documents-truncated in corpus/real), a title though no kind of rule names it: a public
/// body's name stands before the kind of statement.
fn statement(c: &str) -> bool {
    WEBSITE_STATEMENTS.iter().any(|k| c.strip_suffix(k).is_some_and(history::names_public_body))
}

/// True for a line that names only a kind of rule: no title of its own. So is a section's
/// caption of two words that ends as a title does (`補助原則` over `(一)`, a service page's
/// section among `服務對象` and `資格限制`: l-miaoli-longcare-day-care-service-page-
/// metadata-bullets-bracket-caption-paren-arabic-items in corpus/real; `聲請程序` among
/// `調解範圍` and `調解管轄`: l-new-taipei-sanchong-mediation-committee-service-page-
/// captions-arabic-restart-diamond-caption-truncated; `服務標準` after `服務項目`'s list:
/// l-nantou-jhushan-land-office-service-white-paper-arabic-lists-restarting-captions-
/// breadcrumb-truncated; `計畫要點` after `計畫目標`'s points, over the plan's own points:
/// s-yilan-yuying-ps-guishan-island-boat-trip-plan-captions-restarting-points-arabic-
/// items-hard-wraps-truncated): a rule's title names its subject.
fn bare_kind(c: &str) -> bool {
    super::front::TITLE_SUFFIXES.contains(&c)
        || (c.chars().count() == 4 && ["原則", "須知", "程序", "規定", "標準", "要點"].iter().any(|k| c.ends_with(k)))
}

/// The name of the rule in a title announcing its amended articles (`商業登記規費收費準則
/// 修正條文`, a county page relaying the amendments of two regulations one after the
/// other: l-hualien-tourism-business-registration-articles-relay in corpus/real).
fn amended_rule(c: &str) -> Option<&str> {
    let rule = c.strip_suffix("修正條文")?;
    let rule = rule.strip_suffix("部分條文").unwrap_or(rule);
    has_title_suffix(rule).then_some(rule)
}

/// True for a lead-in that announces the list below it (`…應符合左列規定`, `…如下列規定`):
/// a sentence of an article, not a title, though it ends like one (K0070038 of the
/// national database: `船舶泌水、壓艙水與燃油裝置應符合左列規定` above its `一、`).
fn announces_list(c: &str) -> bool {
    ["左列", "下列", "如下", "應符合", "依左", "依下"].iter().any(|w| c.contains(w))
}

/// A dated line announcing the text as it stood before an amendment
/// (`民國 112 年 11 月 08 日修正前原條文 回頁首`, as a city's law system prints the old
/// version under the current one: t-ntpc-document-handling-point92-versions in
/// corpus/real).
fn announces_old_text(c: &str) -> bool {
    c.len() <= 120
        && c.starts_with(['民', '中'])
        && c.contains('年')
        && (c.contains("修正前原條文") || c.contains("修正前條文"))
}

/// What [`documents`] knows of the document it is in; a new document starts afresh.
struct Current<'a> {
    /// Units of the document, and the highest unit number read in it.
    units: usize,
    high: (u32, Option<u32>),
    unit_style: Option<Style>,
    /// The number of the document's first unit.
    first: Option<(u32, Option<u32>)>,
    /// The document's first unit stands under a short caption (`門診` over `一、`): a later
    /// caption over numbering from 一 is its next section, not another document.
    sections: bool,
    /// The document's first dated line before its first unit (an adoption line).
    dated: Option<&'a str>,
    /// The text of the line that opened the document's first unit.
    first_text: Option<&'a str>,
    /// Before the document's first unit: a list of a lesser style numbered from 1 at line
    /// starts (its style, its last number, the source line of that item), a document of
    /// its own when a title and points from 一 follow it. (Each item on a line of its own:
    /// `(1)…(2)…(3)…` run together in one line of a page's help box is no list:
    /// s-judicial-constitutional-court-seating-articles in corpus/real.)
    lead: (Option<Style>, u32, usize),
}

impl Default for Current<'_> {
    fn default() -> Self {
        Current {
            units: 0,
            high: (0, None),
            unit_style: None,
            first: None,
            sections: false,
            dated: None,
            first_text: None,
            lead: (None, 0, usize::MAX),
        }
    }
}

/// Indices of the lines where a new document starts (never 0), in order.
pub(super) fn documents(lines: &[Line<'_>], marks: &[Option<Mark>]) -> Vec<usize> {
    let mut out = Vec::new();
    let top = lesser_top(lines, marks);
    let mut doc = Current::default();
    for (i, (l, m)) in lines.iter().zip(marks).enumerate() {
        let m = m.as_ref();
        // A page showing two versions: a dated history line, then the same numbers again.
        // (Only the first line of a history block can start a version.)
        // (The line before ends a sentence, or a blank line stands between: the last item of
        // a version may lack its full stop, `…方得不在本系修` over a blank line and `98年課程
        // 委員會修訂(…)`: s-nycu-math-undergrad-study-rules-grade-thresholds-two-versions-
        // indented-arabic-units-truncated in corpus/real.)
        let version = doc.units >= 1
            && m.is_none()
            && i.checked_sub(1).and_then(|p| lines.get(p)).is_none_or(|p| p.ends_sentence || l.number > p.number + 1)
            && (history::is_entry_start(l.content) || announces_old_text(l.content))
            && !i
                .checked_sub(1)
                .and_then(|p| lines.get(p))
                .is_some_and(|p| history::is_entry_start(p.content) || header_field(p.content).is_some())
            && starts_again(lines, marks, top, i, doc.high, doc.unit_style, After::Version);
        // A metadata block naming the next law (`法規名稱：…`, as the national database's
        // pages print it), then numbering that starts again.
        let named = doc.units >= 1
            && header_field(l.content).is_some_and(|(k, _)| k == "法規名稱")
            && starts_again(lines, marks, top, i, doc.high, doc.unit_style, After::Title);
        // A page showing the same single point in two versions, one after the other (a
        // point-history view: c-moj-archives-point5-two-versions, c-moj-committee-point4-
        // twice in corpus/real): the only unit read so far, not point 1, numbered again.
        // The same goes for a text of amended points only (its first point is not 1) that
        // comes back to its first point (`三、` `六、`, then `三、` again: a point-history
        // view listing one amendment after another, t-ntpc-council-point3-versions in
        // corpus/real).
        // The front's dated line again, then numbering that comes again: the text printed
        // a second time (l-taitung-lanyu-lodging-notes-blog-relay-printed-twice-paren-
        // arabic-items in corpus/real, where a source line and the preamble's sentence
        // stand between).
        let copy = doc.units >= 1
            && m.is_none()
            && doc.dated == Some(l.content)
            && starts_again(lines, marks, top, i, doc.high, doc.unit_style, After::Copy);
        if doc.units == 0 && doc.dated.is_none() && m.is_none() && history::is_entry_start(l.content) {
            doc.dated = Some(l.content);
        }
        // The first unit printed again, word for word, after two units or more: the text
        // printed a second time (c-judicial-yuan-court-interpreter-use-rules-points-one-
        // two-spam-site-flattened-doubled in corpus/real, whose copies are one line each).
        let again = doc.units >= 2
            && doc.first_text == Some(l.content)
            && !l.continues
            && m.is_some_and(|m| {
                unit_num(m, top).is_some_and(|n| doc.first == Some(n)) && doc.unit_style == Some(m.style)
            });
        let repeated = again
            || doc.units >= 1
                && doc.first.is_some_and(|f| f != (1, None))
                && !l.continues
                && m.is_some_and(|m| {
                    unit_num(m, top)
                        .is_some_and(|n| doc.first == Some(n) && n < doc.high || doc.units == 1 && n == doc.high)
                        && doc.unit_style == Some(m.style)
                })
                && i.checked_sub(1).and_then(|p| lines.get(p)).is_some_and(|p| p.ends_sentence);
        if repeated {
            out.push(i);
            doc = Current::default();
        } else if version
            || copy
            || named
            || doc.units >= 2
                && (is_title_line(l, m) || m.is_none() && letter_subject(l.content))
                && starts_again(lines, marks, top, i, doc.high, doc.unit_style, After::Title)
            // (A list numbered `1.`–`15.` under its own title, then a caption and points
            // from `一、`: s-saihs-av-room-rules-spaced-title-arabic-list-bracket-terms-then-
            // points-truncated in corpus/real.)
            || doc.units == 0
                && doc.lead.1 >= 2
                && is_title_line(l, m)
                && starts_again(lines, marks, top, i, doc.high, doc.unit_style, After::Title)
            // (A page of amended articles may relay a single one before the next rule's.)
            || doc.units == 1
                && m.is_none()
                && amended_rule(l.content).is_some()
                && starts_again(lines, marks, top, i, doc.high, doc.unit_style, After::Title)
            || doc.units >= 3
                && !doc.sections
                && is_set_apart_caption(lines, i, m)
                && restarts_soon(lines, marks, top, i, doc.unit_style)
        {
            out.push(i);
            doc = Current::default();
            continue;
        }
        if doc.units == 0
            && let Some(m) = m
            && !l.continues
            && unit_num(m, top).is_none()
            && !matches!(m.style, Style::Heading(_))
            && m.sub.is_none()
            && doc.lead.0.is_none_or(|s| s == m.style)
            && m.num == doc.lead.1 + 1
            && l.number != doc.lead.2
        {
            doc.lead = (Some(m.style), m.num, l.number);
        }
        if let Some(m) = m
            && let Some(n) = unit_num(m, top)
            && !l.continues
        {
            // The document's own unit style counts (an article's 款 `一、` is no unit).
            if m.style == Style::Article {
                doc.unit_style = Some(Style::Article);
            } else if doc.unit_style.is_none() {
                doc.unit_style = Some(m.style);
            }
            // (A lesser style counts only in sequence: numbers in a table's cells, `185、079`,
            // are no units: o-blog-invoice-draw-table-bars-prize-claim-notes-inline-arabic-
            // points-truncated in corpus/real.)
            let in_sequence = top != Some(m.style) || n == (doc.high.0 + 1, None);
            if doc.unit_style == Some(m.style) && in_sequence {
                if doc.units == 0 {
                    doc.sections =
                        i.checked_sub(1).and_then(|p| lines.get(p).zip(marks.get(p))).is_some_and(|(p, pm)| {
                            pm.is_none() && !p.ends_sentence && p.content.chars().count() <= 12 && i >= 2
                        });
                }
                doc.units += 1;
                doc.high = doc.high.max(n);
                doc.first.get_or_insert(n);
                doc.first_text.get_or_insert(l.content);
            }
        }
    }
    out
}

/// A letter's subject line (`主旨:…`, `主 旨: …`): after the points of one letter, with
/// numbering that starts again below it, the next letter on the page (a school's notice
/// over the ministry's letter it relays: c-most-industry-academia-call-fju-relay-two-
/// letters-restart in corpus/real).
fn letter_subject(c: &str) -> bool {
    letter_key_in(c.chars()) == Some("主旨")
}

/// A short line with no sentence punctuation and no marker, two blank lines or more below
/// the text before it: the caption of a further text on the same page, though it names
/// no kind of rule (`地價稅 - 地價稅自用住宅用地申請` under a privacy notice: l-taichung-tax-
/// privacy-notice-land-tax-bilingual-lists in corpus/real).
fn is_set_apart_caption(lines: &[Line<'_>], i: usize, m: Option<&Mark>) -> bool {
    let Some(l) = lines.get(i) else { return false };
    m.is_none()
        && !l.ends_sentence
        && !numbered_step(l.content)
        && l.content.chars().count() <= 40
        && !l.content.contains(['，', ',', '。', '：', ':', '；', ';'])
        && i.checked_sub(1).and_then(|p| lines.get(p)).is_some_and(|p| l.number > p.number + 2)
}

/// True for a caption that numbers a step of one procedure (`步驟二、學生列印聘用申請單`,
/// `第二步 線上填報`): the next step of the same text, not a further text's caption, though
/// its own list starts again from `1.` (s-ctust-ta-hours-hiring-notice-chrome-arabic-
/// units-step-headings-restart-paren-items-truncated in corpus/real).
fn numbered_step(c: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || crate::numeral::is_cjk_numeral_char(c);
    match c.strip_prefix("步驟") {
        Some(rest) => rest.trim_start().starts_with(numeral),
        None => c
            .strip_prefix('第')
            .is_some_and(|rest| rest.starts_with(numeral) && rest.trim_start_matches(numeral).starts_with('步')),
    }
}

/// True when within the two lines after the caption at `i` (an English caption may stand
/// under it) a unit marker of the document's style numbered 1 opens a line.
fn restarts_soon(
    lines: &[Line<'_>],
    marks: &[Option<Mark>],
    top: Option<Style>,
    i: usize,
    style: Option<Style>,
) -> bool {
    for j in i + 1..(i + 3).min(lines.len()) {
        let (Some(l), Some(m)) = (lines.get(j), marks.get(j)) else { return false };
        match m.as_ref().and_then(|m| unit_num(m, top).map(|n| (m.style, n))) {
            Some((s, n)) => return style.is_none_or(|st| st == s) && n == (1, None) && !l.continues,
            None if m.is_none() && !l.ends_sentence => {}
            None => return false,
        }
    }
    false
}

/// What stands at the line where a new document may start.
#[derive(Clone, Copy, PartialEq, Eq)]
enum After {
    /// A title: the numbering starts again from 1, or no higher than the last unit read.
    Title,
    /// A dated line of a page showing a further version: the numbers read come again.
    Version,
    /// The front's dated line printed again, as a page that prints its text twice does:
    /// the numbers read come again, after the front's sentences if need be.
    Copy,
}

/// True when the first unit marker after the title at `i` starts the numbering again.
fn starts_again(
    lines: &[Line<'_>],
    marks: &[Option<Mark>],
    top: Option<Style>,
    i: usize,
    high: (u32, Option<u32>),
    style: Option<Style>,
    after: After,
) -> bool {
    let from_one = after == After::Title;
    // History entries do not count against the look-ahead (a law's history block can run
    // to a hundred lines), up to a hard bound that keeps the pass linear.
    let mut budget = LOOK_AHEAD;
    for j in i + 1..(i + 1 + HISTORY_BOUND).min(lines.len()) {
        let (Some(l), Some(m)) = (lines.get(j), marks.get(j)) else { return false };
        if history::is_entry_start(l.content) {
            continue;
        }
        budget -= 1;
        if budget == 0 {
            return false;
        }
        // A version boundary (a dated line) never has a title or a metadata block after it:
        // that is the next document's front, and the dated line closes this one.
        if !from_one && (header_field(l.content).is_some() || is_title_line(l, m.as_ref())) {
            return false;
        }
        match m.as_ref().and_then(|m| unit_num(m, top).map(|n| (m.style, n))) {
            Some((s, n)) => {
                let same = style.is_none_or(|st| st == s);
                return (from_one && n == (1, None)) || (same && n <= high);
            }
            // Headings (`第 一 章 總則`) stand between a title and its first article.
            None if m.as_ref().is_some_and(|m| matches!(m.style, Style::Heading(_))) => {}
            None => {
                // History, metadata, or a line that ends no sentence (a date line, a
                // history entry wrapped onto a second line).
                // A second copy repeats the sentences of the first's front too.
                let skippable = history::is_entry_start(l.content)
                    || header_field(l.content).is_some()
                    || letter_key_in(l.content.chars()) == Some("說明")
                    || !l.ends_sentence
                    || after == After::Copy;
                if !skippable {
                    return false;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::ParseOptions;
    use crate::parse::parse_all;

    #[test]
    fn two_directives_two_documents() {
        let docs = parse_all(
            "甲要點\n一、甲。\n二、乙。\n乙作業規定\n中華民國一百年一月一日訂定\n一、丙。\n二、丁。\n三、戊。\n",
            &ParseOptions::default(),
        );
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].units.len(), 2);
        assert_eq!(docs[1].title.as_deref(), Some("乙作業規定"));
        assert_eq!(docs[1].history.len(), 1);
        assert_eq!(docs[1].units.len(), 3);
    }

    #[test]
    fn numbered_notices_under_titles_numbered_in_turn() {
        // l-chiayi-east-health-centre-vaccination-notes-two-notices-indented-arabic-list-
        // then-point-label-lines-truncated in corpus/real: a list of notes under
        // `…注意事項1`, then `…注意事項2` over a heading and points.
        let src = "預防接種注意事項1\n提醒家長預防接種注意事項\n  1. 甲。\n  2. 乙。\n  3. 丙。\n預防接種注意事項2\n疫苗接種建議及實施對象\n一、對象如下:\n本國籍育齡婦女。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2, "{docs:#?}");
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (3, 1));
        // A number of three digits is no notice's.
        assert_eq!(super::without_sequence_number("注意事項123"), "注意事項123");
    }

    #[test]
    fn a_plans_caption_of_two_words_is_no_title() {
        // s-yilan-yuying-ps-guishan-island-boat-trip-plan-captions-restarting-points-arabic-
        // items-hard-wraps-truncated in corpus/real: `計畫目標` over its points, then
        // `計畫要點` over the plan's points.
        let src =
            "某計畫\n計畫目標\n一、甲。\n二、乙。\n三、丙。\n計畫要點\n一、實施地點:某地。\n二、辦理時間:某日。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        // A rule's title naming its subject starts a document.
        let src = "某計畫\n計畫目標\n一、甲。\n二、乙。\n三、丙。\n某校借用要點\n一、丁。\n二、戊。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 2);
    }

    #[test]
    fn a_caption_after_a_caption_mark_is_no_title() {
        // l-tainan-guantian-household-office-address-change-arabic-lists-restarting-
        // diamond-captions in corpus/real.
        let src = "◆申請人資格:\n1. 本人。\n2. 戶長。\n◆應繳證件及注意事項\n1. 身分證。\n2. 印章。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        // After a bullet a rule's title still starts a document.
        let src = "某計畫\n一、甲。\n二、乙。\n● 某校借用要點\n一、丁。\n二、戊。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 2);
    }

    #[test]
    fn a_second_letter_starts_at_its_subject_line() {
        // c-most-industry-academia-call-fju-relay-two-letters-restart in corpus/real: a
        // school's notice, then the ministry's letter it relays.
        let text = "主旨:甲計畫徵件!\n一、 依乙函辦理。\n二、 請注意下列事項:\n(一) 丙。\n(二) 丁。\n主 旨: 本部戊計畫徵件,請查照\n說 明:\n一、 依據己規定辦理。\n二、 注意事項如下:\n(一)庚\n";
        let docs = parse_all(text, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (2, 2));
        // A subject line whose points go on is no second letter.
        let text = "主旨:甲。\n一、乙。\n二、丙。\n主旨:丁。\n三、戊。\n";
        assert_eq!(parse_all(text, &ParseOptions::default()).len(), 1);
    }

    #[test]
    fn debris_cut_inside_a_line_stays_with_its_document() {
        // The cell bars a cut line leaves (see `inline::split`) are the first document's,
        // though the page's chrome in the second was taken off before them.
        let src = "甲要點\n一、甲。 | 二、乙。 |\n乙作業規定\n中華民國一百年一月一日訂定\n:::\n一、丙。\n二、丁。\n三、戊。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        let texts = |d: &crate::ast::Document| d.debris.iter().map(|x| x.text.clone()).collect::<Vec<_>>();
        assert_eq!(
            (texts(&docs[0]), texts(&docs[1])),
            (vec!["|".to_string(), "|".to_string()], vec![":::".to_string()])
        );
    }

    #[test]
    fn a_text_printed_twice() {
        // l-taitung-lanyu-lodging-notes-blog-relay-printed-twice-paren-arabic-items in
        // corpus/real: the adoption line again, the preamble's sentence, then 一 again.
        let src = "某須知\n中華民國96年3月29日府原文字第AX0963010050號函發佈\n某府為管理本中心,特訂定本須知。\n一、甲。\n二、乙。\n三、丙。\n資料來源:某公所\n中華民國96年3月29日府原文字第AX0963010050號函發佈\n某府為管理本中心,特訂定本須知。\n一、甲。\n二、乙\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (3, 2));
        assert_eq!((docs[0].history.len(), docs[1].history.len()), (1, 1));
        // Another dated line (a later amendment) over a sentence is no second copy.
        let src = "某須知\n中華民國96年3月29日府原文字第1號函發佈\n一、甲。\n二、乙。\n中華民國97年3月29日府原文字第2號函修正\n某府修正本須知。\n一、丙。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
    }

    #[test]
    fn the_first_point_printed_again_word_for_word() {
        // c-judicial-yuan-court-interpreter-use-rules-points-one-two-spam-site-flattened-
        // doubled in corpus/real: each copy flattened onto one line.
        let src = "某說明 一、為落實保障權益,特訂定本規定。 二、本規定適用於當事人。 詳細情況歡迎洽詢\n一、為落實保障權益,特訂定本規定。 二、本規定適用於當事人。 詳細情況歡迎洽詢\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (2, 2));
        // Points that start again with other words are one text's sections.
        let src = "某說明\n一、甲。\n二、乙。\n一、丙。\n二、丁。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
    }

    #[test]
    fn units_numbered_in_arabic_start_a_document_again() {
        // c-forestry-agency-filming-rental-notes-japanese-version-procedure-list-then-notes-
        // truncated in corpus/real: no point or article marker, so `1.` is the unit.
        let src = "申請方法\n  1. 甲。\n  2. 乙。\n  3. 丙。\n\n某機關場地使用注意事項\n\n  1. 丁。\n  2. 戊。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (3, 2));
        assert_eq!(docs[1].title.as_deref(), Some("某機關場地使用注意事項"));
        // Numbers in a table's cells (`185、079`) are no units to start again from.
        let src = "某文章。\n83513656、85250862 |\n185、079、442 |\n領獎注意事項\n1.甲。\n2.乙。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        // Under points, the same title-like caption over `1.` items is no new document.
        let src = "某要點\n一、甲。\n二、乙:\n某場地使用注意事項\n  1. 丁。\n  2. 戊。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        // A kind of rule after one word is a section's caption, among the page's others
        // (l-miaoli-longcare-day-care-service-page-metadata-bullets-bracket-caption-paren-
        // arabic-items in corpus/real).
        let src = "  • 聯絡資訊:558553\n【日間照顧服務】\n服務對象\n(一)甲\n(二)乙\n\n補助原則\n(一)丙。\n(二)丁。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].title.as_deref(), Some("【日間照顧服務】"));
        assert_eq!(docs[0].meta.get("聯絡資訊").map(String::as_str), Some("558553"));
    }

    #[test]
    fn a_list_in_arabic_then_a_title_and_points() {
        // s-saihs-av-room-rules-spaced-title-arabic-list-bracket-terms-then-points-truncated
        // in corpus/real: rules numbered `1.` under their title, then a second text's
        // caption and its points from 一.
        let src = "視聽室使用規定\n1.甲\n2.乙\n3.丙\n講師上課前請宣讀視聽室使用注意事項\n一、丁\n二、戊\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (3, 2));
        // Numbers run together in one line of a help box are no list of their own
        // (s-judicial-constitutional-court-seating-articles).
        let src = "(1)索取檔案(2)調整字型(3)尋找關鍵字\n某法庭席位布置規則\n第1條\n甲。\n第2條\n乙。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
    }

    #[test]
    fn a_caption_set_apart_then_numbering_from_one() {
        // l-taichung-tax-privacy-notice-land-tax-bilingual-lists in corpus/real.
        let src = "某聲明\n一、甲。\n二、乙。\n三、丙。\n\n\n地價稅 - 自用住宅用地申請\nApplication Form\n一、丁。\n二、戊。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[0].top_units().len(), docs[1].top_units().len()), (3, 2));
        // Not under one blank line (a caption inside a text), nor without the restart.
        let src = "某聲明\n一、甲。\n二、乙。\n三、丙。\n\n地價稅 - 自用住宅用地申請\n一、丁。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        let src = "某聲明\n一、甲。\n二、乙。\n三、丙。\n\n\n\n其他事項\n四、丁。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        // Nor a procedure's next step, its list numbered again (s-ctust-ta-hours-hiring-
        // notice-chrome-arabic-units-step-headings-restart-paren-items-truncated).
        let src = "某公告\n1.甲。\n2.乙。\n3.丙。\n\n\n步驟二、學生列印聘用申請單\n1.丁。\n2.戊。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
        assert!(super::numbered_step("第2步 線上填報") && super::numbered_step("步驟 三"));
        assert!(!super::numbered_step("步驟說明") && !super::numbered_step("第二章"));
    }

    #[test]
    fn a_website_statement_under_its_issuer_s_name_is_a_title() {
        // l-taipei-integrity-committee-open-data-declaration-and-copyright-statement-
        // ordered-points-paren-arabic-items-two-documents-truncated in corpus/real.
        let src = "某市政府某委員會政府網站資料開放宣告\n1. 甲。\n2. 乙。\n3. 丙。\n\n某市政府某委員會著作權聲明\n1. 丁。\n2. 戊。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].title.as_deref(), Some("某市政府某委員會著作權聲明"));
        // Not the kind of statement alone, a section's caption.
        let src = "某網站資料開放宣告\n1. 甲。\n2. 乙。\n3. 丙。\n\n著作權聲明\n1. 丁。\n2. 戊。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
    }

    #[test]
    fn a_single_document_is_not_split() {
        // A short heading-like line inside a document whose numbering goes on.
        let docs = parse_all("甲要點\n一、甲。\n二、乙。\n附則規定\n三、丙。\n", &ParseOptions::default());
        assert_eq!(docs.len(), 1);
        // One unit before the title line is not enough to split.
        let docs = parse_all("甲要點\n一、甲。\n乙要點\n一、乙。\n", &ParseOptions::default());
        assert_eq!(docs.len(), 1);
    }

    #[test]
    fn amended_articles_of_two_rules() {
        // l-hualien-tourism-business-registration-articles-relay in corpus/real: one
        // amended article of a rule, then the amended articles of another from 第一條.
        let src = "甲辦法第二條修正條文\n第二條 甲。\n乙準則修正條文\n第一條 乙。\n第二條 丙。\n";
        let docs = parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].title.as_deref(), Some("乙準則修正條文"));
        assert_eq!((docs[0].units.len(), docs[1].units.len()), (1, 2));
        // Not where the numbering goes on.
        let src = "甲辦法第二條修正條文\n第二條 甲。\n乙準則修正條文\n第三條 乙。\n";
        assert_eq!(parse_all(src, &ParseOptions::default()).len(), 1);
    }

    #[test]
    fn a_lead_in_is_no_title() {
        assert!(super::announces_list("船舶泌水、壓艙水與燃油裝置應符合左列規定"));
        assert!(!super::announces_list("臺北市政府法規委員會設置要點"));
    }

    #[test]
    fn titles_with_a_note_or_a_staffing_table() {
        let docs = parse_all(
            "甲規則（110.06.30 訂定）\n第 1 條\n甲。\n第 2 條\n乙。\n乙機關編制表\n第 1 條\n丙。\n",
            &ParseOptions::default(),
        );
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].title.as_deref(), Some("乙機關編制表"));
    }

    #[test]
    fn amendments_that_come_back_to_their_first_point() {
        // Three amendments of point 三 one after another, the later ones with another point.
        let src = "三、甲。\n三、乙。\n六、丙。\n三、丁。\n八、戊。\n";
        let docs = parse_all(src, &ParseOptions::default());
        let nums: Vec<Vec<u32>> =
            docs.iter().map(|d| d.units.iter().filter_map(|u| u.num).map(|n| n.main).collect()).collect();
        assert_eq!(nums, [vec![3], vec![3, 6], vec![3, 8]]);
        // Amended points out of order (九 added, then 四, 五) stay one document.
        let docs = parse_all("九、甲。\n四、乙。\n五、丙。\n", &ParseOptions::default());
        assert_eq!(docs.len(), 1);
    }

    #[test]
    fn two_versions_of_a_point() {
        let docs = parse_all(
            "甲要點\n八、考核規定：\n（一）甲。\n（二）乙。\n民國 102 年 10 月 23 日訂定\n八、考核規定：\n（一）丙。\n",
            &ParseOptions::default(),
        );
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].history.len(), 1);
        assert_eq!(docs[0].units[0].children[0].children.len(), 2);
        assert_eq!(docs[1].units[0].children[0].children.len(), 1);
    }

    #[test]
    fn two_versions_under_year_lines_the_first_ending_without_a_stop() {
        // s-nycu-math-undergrad-study-rules-grade-thresholds-two-versions-indented-arabic-
        // units-truncated in corpus/real.
        let docs = parse_all(
            "修業規定\n\n104年課程委員會修訂(104學年度以後入學適用)\n  1. 甲。\n  2. 乙。\n  3. 丙\n\n98年課程委員會修訂(98學年度以後入學適用)\n  1. 丁。\n  2. 戊。\n  3. 己。\n",
            &ParseOptions::default(),
        );
        assert_eq!(docs.len(), 2);
        assert!(docs.iter().all(|d| d.units.len() == 3 && d.history.len() == 1), "{docs:?}");
        // Without the blank line the year line is the wrap of the unfinished item.
        let docs = parse_all(
            "修業規定\n104年課程委員會修訂\n1. 甲。\n2. 乙。\n3. 丙\n98年課程委員會修訂\n1. 丁。\n",
            &ParseOptions::default(),
        );
        assert_eq!(docs.len(), 1);
    }

    #[test]
    fn laws_restart_at_article_one() {
        let mut text = String::new();
        for k in 0..5 {
            text.push_str(&format!("示範第{k}辦法\n第 1 條\n甲。\n第 2 條\n乙一、丙。\n第 3 條\n丁。\n"));
        }
        let docs = parse_all(&text, &ParseOptions::default());
        assert_eq!(docs.len(), 5);
        assert!(docs.iter().all(|d| d.units.len() == 3), "{docs:?}");
    }
}
