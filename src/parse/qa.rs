//! Q&A pages: questions labelled `Q1:` `Q2:` … (or only their answers, `A1:` `A2:` …)
//! as the units of a page that numbers nothing else.
//!
//! A general-affairs office's FAQ (`Q1:如何辦理財產報廢?` over `A1:首先要確認…`:
//! s-ncue-property-scrapping-qa-q-a-labels; `Q1.如何區分是財產還是非消耗品?…` over
//! `A1.財產為…`: s-mhchcm-custody-section-qa-numbered-q-a-labels-swapped-truncated; a
//! page of answers whose questions were not kept, `A1:化糞池依規定需廢除,…` … `A10:…`:
//! o-ctci-sewer-bot-user-connection-qa-a-numbered-answers-no-questions-truncated in
//! corpus/real) numbers its units only so. Where points, bracketed items, articles or
//! headings number the page (`Q1:` captions over `（一）` items: c-chunghwa-post-2024-exam-
//! faq-tabf-paren-items; over an answer's `一、` points: s-mcu-secretariat-e-document-qa-
//! points-space-lines-truncated in corpus/real), the labels stay text.
//!
//! Pages numbered by labels of their own in other ways are read here too: worded labels
//! (`步驟一、` …, see [`worded_markers`]) and colon labels (`1:` …, see [`colon_markers`]).

use super::marks::Mark;
use crate::label::LabelStyle;
use crate::marker::{Marker, Style};
use crate::normalize::{self, Line};

/// How many answers in a row, from `A1`, make a page of answers numbered as units.
const ANSWERS_MIN: usize = 3;

/// A question's (`Q`) or an answer's (`A`) label opening a line: the letter, the
/// number, and the label's length in bytes with its colon or stop (`Q3:`, `A1.`,
/// `Q2、`).
/// A question may also be labelled by its word and number (`常見問題1:如何註冊?` over
/// `答: 點擊左邊功能的「註冊」…`: l-hsinchu-county-culture-bureau-course-system-account-
/// faq-numbered-question-labels-answer-labels-truncated in corpus/real), read as `Q`.
/// A label may also stand in lenticular brackets (`【Q1】蓋用印信之種類有哪些?` over `【A1】
/// 1.印信:…`: s-ndhu-general-affairs-seal-use-faq-bracketed-q-a-labels-arabic-answers-
/// ragged-indents in corpus/real). The word may be `問` alone and a space may part it
/// from its number (`問 1:我們的翻譯案件是否需要…?` over `答:自 105 年起…`: l-tainan-
/// bilingual-document-translation-review-qa-page-diamond-bullets-spaced-question-numbers-
/// truncated in corpus/real).
pub(super) fn qa_label(c: &str) -> Option<(char, u32, usize)> {
    const QUESTION_WORDS: [&str; 3] = ["常見問題", "問題", "問"];
    if let Some(inner) = c.strip_prefix('【') {
        let first = inner.chars().next()?;
        let letter = match first {
            'Q' | 'Ｑ' => 'Q',
            'A' | 'Ａ' => 'A',
            _ => return None,
        };
        let at = '【'.len_utf8() + first.len_utf8();
        let (num, len) = number_then(c.get(at..)?, 3, &['】'])?;
        return Some((letter, num, at + len));
    }
    let (letter, word_len) = match c.chars().next()? {
        first @ ('Q' | 'q' | 'Ｑ') => ('Q', first.len_utf8()),
        first @ ('A' | 'a' | 'Ａ') => ('A', first.len_utf8()),
        _ => {
            let word = QUESTION_WORDS.iter().find(|w| c.starts_with(*w))?;
            let rest = c.get(word.len()..)?;
            ('Q', c.len() - rest.trim_start_matches(normalize::is_space).len())
        }
    };
    let (num, len) = number_then(c.get(word_len..)?, 3, &[':', '：', '.', '．', '、'])?;
    Some((letter, num, word_len + len))
}

/// A number of one to `max_digits` Arabic digits, not zero, opening `c` and closed by one
/// of `stops`: the number and the length in bytes with its stop (`12:` → 12, 3).
fn number_then(c: &str, max_digits: usize, stops: &[char]) -> Option<(u32, usize)> {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=max_digits).contains(&digits) {
        return None;
    }
    let num: u32 = c.get(..digits)?.parse().ok().filter(|&n| n > 0)?;
    let stop = c.get(digits..)?.chars().next().filter(|ch| stops.contains(ch))?;
    Some((num, digits + stop.len_utf8()))
}

/// True when `n` is the next number of the labels `found` so far (line, number, label
/// length): 1 for the first.
fn next_in_turn(found: &[(usize, u32, usize)], n: u32) -> bool {
    n == found.last().map_or(1, |last| last.1 + 1)
}

/// True for a line holding only an answer's label (`Ans:` over the answer to `Q2:`:
/// c-naer-archives-transfer-qa-ans-labels-arabic-answers-js-chrome-truncated in
/// corpus/real; `答:`, `A1:`): the answer's text under it goes on in the same paragraph.
pub(super) fn answer_label_alone(c: &str) -> bool {
    qa_label(c).is_some_and(|(letter, _, len)| letter == 'A' && len == c.len())
        || c.strip_suffix([':', '：'])
            .is_some_and(|name| matches!(name, "Ans" | "ANS" | "ans" | "Answer" | "A" | "答" | "回答" | "解答"))
}

/// True when points, bracketed items, articles or headings number the page: its own
/// labels (questions, worded labels) are then no units.
fn numbered_otherwise(marks: &[Option<Mark>]) -> bool {
    marks
        .iter()
        .flatten()
        .any(|m| matches!(m.style, Style::CjkComma | Style::ParenCjk | Style::Article | Style::Heading(_)))
}

/// Marks the questions of a Q&A page as its units (see the module's text): the lines
/// opening with `Q` labels numbered in turn (two at least, or one question, closed by
/// its question mark, of a page that shows only it: s-ncnu-leaving-staff-property-qa-
/// bulleted-arabic-items in corpus/real), or, with no question labelled, at least
/// [`ANSWERS_MIN`] answers numbered in turn from `A1`. Each is read as a point; its
/// label keeps its text and reads as no numbering style of its own.
pub(super) fn question_markers(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    if numbered_otherwise(marks) {
        return;
    }
    // (A label repeated with its number is the question's version in another language,
    // `Q1:請問本課程的報名對象為?` … `Q1: Who is qualified to attend the program?`:
    // s-ntue-mandarin-summer-camp-faq-bilingual-questions-truncated in corpus/real; it
    // stays text of the question's unit.)
    let labelled = |letter: char| -> Vec<(usize, u32, usize)> {
        let mut found: Vec<(usize, u32, usize)> = Vec::new();
        for (i, (l, m)) in lines.iter().zip(marks.iter()).enumerate() {
            let Some((_, n, len)) = qa_label(l.content).filter(|q| q.0 == letter && m.is_none()) else { continue };
            if found.last().is_none_or(|last| last.1 != n) {
                found.push((i, n, len));
            }
        }
        found
    };
    let in_turn = |found: &[(usize, u32, usize)]| found.windows(2).all(|w| matches!(w, [a, b] if b.1 == a.1 + 1));
    let questions = labelled('Q');
    let accepted = if !questions.is_empty() {
        let asks = |&(i, _, _): &(usize, u32, usize)| {
            lines.get(i).is_some_and(|l| l.content.ends_with(['?', '？'])) && i + 1 < lines.len()
        };
        let enough = questions.len() >= 2 || questions.first().is_some_and(asks);
        if !(enough && in_turn(&questions)) {
            return;
        }
        answers_lettered_a(marks, &questions);
        questions
    } else {
        let answers = labelled('A');
        if answers.len() < ANSWERS_MIN || answers.first().is_none_or(|a| a.1 != 1) || !in_turn(&answers) {
            return;
        }
        answers
    };
    mark_own_labels(lines, marks, &accepted);
}

/// Runs an answer's label standing alone on its line (`Ans:`, `A5:`, `【A1】` cut from its
/// list) into its question's paragraph when the answer under it opens a numbered list
/// (`Q5:…?` over `A5:` over `1.用學生證購買…`): an answer that is only a list is the
/// question's items, its label no paragraph of its own (s-tmu-registrar-student-id-faq-
/// numbered-q-a-labels-arabic-answer-lists-mid-list-note-line-truncated, s-ndhu-general-
/// affairs-seal-use-faq-bracketed-q-a-labels-arabic-answers-ragged-indents in
/// corpus/real). Only right under a question read as a unit (see [`question_markers`],
/// `Q5:學生證購買定期票相關事宜:` too): where points number the page, an answer under its
/// point's question is the point's second paragraph, list or not (`七、…?` over `答:1.
/// 慢性阻塞性肺病2.…`: s-cnu-campus-tobacco-control-faq-points-indented-answers-inline-
/// arabic-list-lost-dots).
pub(super) fn answer_labels_over_lists(lines: &mut [Line<'_>], marks: &[Option<Mark>]) {
    for i in 1..lines.len() {
        let (Some(prev), Some(Some(question)), Some(next)) =
            (lines.get(i - 1), marks.get(i - 1), marks.get(i + 1).and_then(Option::as_ref))
        else {
            continue;
        };
        let asks = is_question(question, prev.content);
        let opens_list = next.num == 1 && next.sub.is_none() && next.style != Style::CjkComma && next.written.is_none();
        if asks
            && opens_list
            && marks.get(i).is_some_and(Option::is_none)
            && let Some(l) = lines.get_mut(i)
            && answer_label_alone(l.content)
        {
            l.continues = true;
        }
    }
}

/// Unmarks an answer labelled by the bare letter `A` under each question (`Q1.檔案開放應用處所
/// 設置地點在那裡?…` over `A. 水里處本部(地址:…)…`: c-yushan-national-park-archives-
/// application-qa-q-dot-labels-a-dot-answers-no-chrome-truncated in corpus/real): where no
/// `B` follows it before the next question, the letter labels the answer, not a list of
/// one item, and the answer is the question's second paragraph.
fn answers_lettered_a(marks: &mut [Option<Mark>], questions: &[(usize, u32, usize)]) {
    let ends = questions.iter().skip(1).map(|q| q.0).chain(std::iter::once(marks.len()));
    for (&(start, _, _), end) in questions.iter().zip(ends) {
        let Some(span) = marks.get_mut(start + 1..end) else { continue };
        let letter =
            |m: &Option<Mark>, n: u32| m.as_ref().is_some_and(|m| m.style == Style::Letter(true) && m.num == n);
        if span.iter().any(|m| letter(m, 2)) {
            continue;
        }
        for m in span.iter_mut().filter(|m| letter(m, 1)) {
            *m = None;
        }
    }
}

/// Marks each of `found` (line, number, label length in bytes) as a point whose label,
/// kept as written, reads as no numbering style of its own.
fn mark_own_labels(lines: &mut [Line<'_>], marks: &mut [Option<Mark>], found: &[(usize, u32, usize)]) {
    for &(i, num, len) in found {
        let (Some(l), Some(slot)) = (lines.get_mut(i), marks.get_mut(i)) else { continue };
        let Some(label) = l.content.get(..len) else { continue };
        let after = l.content.get(len..).unwrap_or_default();
        let rest = after.trim_start_matches(normalize::is_space);
        let marker = Marker {
            style: Style::CjkComma,
            num,
            sub: None,
            label,
            caption: None,
            rest,
            spaced: rest.len() < after.len() || rest.is_empty(),
            lost: false,
            written: Some(LabelStyle::Other),
        };
        // (The label opens its line whatever the line before ends with.)
        l.continues = false;
        *slot = Some(Mark::new(&marker, l.content));
    }
}

/// Words a run of worded labels may not open with: attachments, tables and figures are
/// listed, not numbered as units.
const NOT_UNIT_WORDS: [&str; 6] = ["附件", "附表", "附錄", "附", "表", "圖"];

/// How many worded labels in turn, from the first, make a page numbered by them.
const WORDED_MIN: usize = 3;

/// A worded label opening a line (`建議一、`, `步驟二、`, `問題三、`): one to three
/// ideographs, none a numeral, then a Chinese numeral and `、`. Returns the word's
/// length, the number and the label's length, in bytes.
pub(super) fn worded_label(c: &str) -> Option<(usize, u32, usize)> {
    const WORD_CHARS: usize = 3;
    let word_len = c
        .char_indices()
        .take(WORD_CHARS + 1)
        .find(|&(_, ch)| crate::numeral::is_cjk_numeral_char(ch))
        .map(|(i, _)| i)
        .filter(|&i| i > 0)?;
    let word = c.get(..word_len)?;
    if !word.chars().all(normalize::is_ideograph) || word.starts_with('第') || NOT_UNIT_WORDS.contains(&word) {
        return None;
    }
    let (len, num) = crate::numeral::numeral_prefix(c.get(word_len..)?);
    let num = num.filter(|&n| n > 0)?;
    c.get(word_len + len..)?.starts_with('、').then_some((word_len, num, word_len + len + '、'.len_utf8()))
}

/// Marks worded labels numbering a page as its units (`建議一、 |` … `建議六、 |` over the
/// rows of a flattened table: c-ndc-webguide-facebook-page-certification-suggestions-
/// labels-table-bars; `步驟一、` … `步驟四、`: c-nvri-disease-diagnosis-steps-bilingual-
/// table-rows-step-one-repeated; `問題一、` … `問題三、`: s-cgust-hrpo-consent-form-qa-
/// chinese-numbered-questions-ans-labels-arabic-lists-truncated in corpus/real), as a
/// Q&A page's questions are: where nothing else numbers the page as points, items,
/// articles or headings, at least [`WORDED_MIN`] lines open with labels of one word,
/// numbered in turn from 一. Each is read as a point whose label keeps its word.
pub(super) fn worded_markers(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    if numbered_otherwise(marks) {
        return;
    }
    let mut found: Vec<(usize, u32, usize)> = Vec::new();
    let mut word: Option<&str> = None;
    for (i, (l, m)) in lines.iter().zip(marks.iter()).enumerate() {
        let Some((w, n, len)) = worded_label(l.content).filter(|_| m.is_none()) else { continue };
        let this = l.content.get(..w);
        match word {
            None if n == 1 => word = this,
            Some(_) if this == word && next_in_turn(&found, n) => {}
            // (Another word, or a number out of turn: no such page.)
            _ => return,
        }
        found.push((i, n, len));
    }
    if found.len() >= WORDED_MIN {
        mark_own_labels(lines, marks, &found);
    }
}

/// How many colon labels in turn, from `1:`, make a page numbered by them.
const COLON_MIN: usize = 3;

/// A colon label opening a line before an ideograph (`1:河川公地放棄使用申請書。`; never
/// a time, `9:00`, nor a ratio, `1:1000`), or standing as a unit's label alone (`1:`):
/// one or two digits and a colon. Returns the number and the label's length in bytes.
pub(super) fn colon_label(c: &str) -> Option<(u32, usize)> {
    let (num, len) = number_then(c, 2, &[':', '：'])?;
    let after = c.get(len..)?;
    (after.is_empty() || after.chars().next().is_some_and(normalize::is_ideograph)).then_some((num, len))
}

/// Marks the lines of a page numbered only by colon labels as its units (`1:河川公地放棄
/// 使用申請書。` … `4:使用費繳納代金聯單收據…`, a river office's list of documents:
/// c-wra-second-river-office-public-land-abandonment-documents-colon-arabic-items-note-
/// glued-to-last in corpus/real): where no line of the page opens with any marker, at
/// least [`COLON_MIN`] lines open with `N:` numbered in turn from 1, and no such label
/// is out of turn. Each is read as a unit whose label is kept as written.
pub(super) fn colon_markers(lines: &mut [Line<'_>], marks: &mut [Option<Mark>]) {
    if marks.iter().any(Option::is_some) {
        return;
    }
    let mut found: Vec<(usize, u32, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some((n, len)) = colon_label(l.content).filter(|&(_, len)| len < l.content.len()) else { continue };
        if !next_in_turn(&found, n) {
            return;
        }
        found.push((i, n, len));
    }
    if found.len() >= COLON_MIN {
        mark_own_labels(lines, marks, &found);
    }
}

/// True for a label of its own read as a unit's: a Q&A page's question (`Q1:`, see
/// [`question_markers`]), a worded label (`步驟一、`, see [`worded_markers`]) or a colon
/// label (`1:`, see [`colon_markers`]).
pub(super) fn is_own_unit_label(m: &Mark, content: &str) -> bool {
    (m.written == Some(LabelStyle::Other)
        && content.get(..m.label_end as usize).is_some_and(|l| worded_label(l).is_some() || colon_label(l).is_some()))
        || is_question(m, content)
}

/// True for a Q&A page's question read as a unit (`Q1:`, see [`question_markers`]).
pub(super) fn is_question(m: &Mark, content: &str) -> bool {
    m.written == Some(LabelStyle::Other)
        && content.get(..m.label_end as usize).and_then(qa_label).is_some_and(|(letter, _, _)| letter == 'Q')
}

/// Where an answer's label (`A:`, `答:`, `Ans:`) starts after the question's mark in
/// `content` (spaces between), if the line has one.
pub(super) fn answer_after_question(content: &str) -> Option<usize> {
    const LABELS: [&str; 6] = ["A:", "A：", "Ａ:", "Ａ：", "答:", "Ans:"];
    content.char_indices().filter(|&(_, c)| matches!(c, '?' | '？')).find_map(|(q, mark)| {
        let after = q + mark.len_utf8();
        let rest = content.get(after..)?;
        let trimmed = rest.trim_start_matches(normalize::is_space);
        let at = after + (rest.len() - trimmed.len());
        LABELS.iter().any(|l| trimmed.starts_with(l)).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LabelStyle, parse};

    /// The units' numbers, label texts and paragraph counts.
    fn units(src: &str) -> Vec<(String, String, usize)> {
        let doc = parse(src);
        doc.top_units()
            .iter()
            .map(|u| {
                let num = u.num.map(|n| n.to_string()).unwrap_or_default();
                let label = u.label.as_ref().map(|l| l.as_str().to_owned()).unwrap_or_default();
                (num, label, u.paragraphs().count())
            })
            .collect()
    }

    #[test]
    fn numbered_questions_are_the_units_of_a_page_numbering_nothing_else() {
        // s-ncue-property-scrapping-qa-q-a-labels in corpus/real.
        let src = "財產報廢\nQ1:如何辦理財產報廢?\nA1:首先要確認報廢財產已達使用年限。\nQ2:我要如何下載申請單?\nA2:可至採資組網頁下載。\n";
        let want = [("1", "Q1:", 2), ("2", "Q2:", 2)].map(|(n, l, p)| (n.to_owned(), l.to_owned(), p));
        assert_eq!(units(src), want);
        let doc = parse(src);
        let label = doc.units.iter().find(|u| u.kind.is_unit()).and_then(|u| u.label.as_ref());
        assert_eq!(label.map(crate::Label::style), Some(LabelStyle::Other));
        // Questions labelled by their word and number, each answer a paragraph of its
        // question: l-hsinchu-county-culture-bureau-course-system-account-faq-numbered-
        // question-labels-answer-labels-truncated in corpus/real.
        let src = ":::常見問答\n常見問題1:如何註冊?\n答:   點擊「註冊」即可。\n\n常見問題2:忘記密碼怎麼辦?\n答: 點擊「忘記密碼」。\n";
        let want = [("1", "常見問題1:", 2), ("2", "常見問題2:", 2)].map(|(n, l, p)| (n.to_owned(), l.to_owned(), p));
        assert_eq!(units(src), want);
        assert_eq!(crate::testing::round_trip(src), None);
    }

    #[test]
    fn an_answer_that_is_only_a_list_is_its_question_s_items() {
        // s-ndhu-general-affairs-seal-use-faq-bracketed-q-a-labels-arabic-answers-ragged-
        // indents in corpus/real: labels in lenticular brackets, each answer's list opening
        // after its label.
        assert_eq!(qa_label("【Q1】蓋用印信"), Some(('Q', 1, 8)));
        assert_eq!(qa_label("【A12】"), Some(('A', 12, 9)));
        assert_eq!(qa_label("【附件】"), None);
        let src = "用印Q&A\n【Q1】印信有哪些?\n【A1】 1.印信:公告。\n    2.校長職章:呈文。\n【Q2】用完印後有誤如何處理?\n【A2】原則上,重新申請。\n";
        let want = [("1", "【Q1】", 1), ("2", "【Q2】", 2)].map(|(n, l, p)| (n.to_owned(), l.to_owned(), p));
        assert_eq!(units(src), want);
        let doc = parse(src);
        let items: usize = doc.top_units()[0].children.iter().map(|p| p.children.len()).sum();
        assert_eq!(items, 2, "{:#?}", doc.units);
        // So is a list under an answer's label alone on its line (s-tmu-registrar-student-
        // id-faq-numbered-q-a-labels-arabic-answer-lists-mid-list-note-line-truncated), but
        // not a lettered one after the label, which names cases (s-mhchcm-custody-section-
        // qa-numbered-q-a-labels-swapped-truncated).
        let src = "Q1:學生證如何補發?\nA1:\n1.線上申請。\n2.繳費補發。\nQ2:辦公室遷移如何辦理?\nA2.(a)變更地點:填單,(b)變更保管人:填單。\n";
        let want = [("1", "Q1:", 1), ("2", "Q2:", 2)].map(|(n, l, p)| (n.to_owned(), l.to_owned(), p));
        assert_eq!(units(src), want);
        // Under points, an answer's label over a list stays the point's second paragraph
        // (s-cnu-campus-tobacco-control-faq-points-indented-answers-inline-arabic-list-lost-
        // dots).
        let src = "一、吸菸會有哪些疾病?\n答:\n1.肺癌。\n2.口腔癌。\n二、何處禁菸?\n答:校園全面禁菸。\n";
        let paras: Vec<usize> = units(src).into_iter().map(|u| u.2).collect();
        assert_eq!(paras, [2, 2]);
    }

    #[test]
    fn a_question_opening_the_page_is_its_first_unit_not_its_title() {
        // s-ncnu-leaving-staff-property-qa-bulleted-arabic-items in corpus/real: the only
        // question of the page under a skip link, its answer a list.
        let src = "跳到主要內容區\nQ4.教職員工離職時,財產如何處理?\n  1. 如有保管財產,請先辦妥移交。\n  2. 完成移交後,辦理離職手續。\n";
        let doc = parse(src);
        assert_eq!(doc.title, None);
        let want = [("4", "Q4.", 1)].map(|(n, l, p)| (n.to_owned(), l.to_owned(), p));
        assert_eq!(units(src), want);
        assert_eq!(doc.top_units()[0].children[0].children.len(), 2, "{:#?}", doc.units);
        // Nor the first of several questions, with no title above them.
        let nums: Vec<_> = units("Q1.甲如何處理?\n乙。\nQ2.丙如何處理?\n丁。\n").into_iter().map(|u| u.0).collect();
        assert_eq!(nums, ["1", "2"]);
    }

    #[test]
    fn worded_labels_numbering_a_page_are_its_units() {
        // c-ndc-webguide-facebook-page-certification-suggestions-labels-table-bars and
        // c-nvri-disease-diagnosis-steps-bilingual-table-rows-step-one-repeated in
        // corpus/real: rows of a flattened table, the first opening the page.
        assert_eq!(worded_label("建議一、 |"), Some((6, 1, 12)));
        assert_eq!(worded_label("步驟十二、甲"), Some((6, 12, 15)));
        for not in ["第一、", "一、甲", "附件一、申請表", "一般、甲", "建議一:甲", "某某某某一、甲"]
        {
            assert_eq!(worded_label(not), None, "{not}");
        }
        let src = "步驟一、 收件。\n步驟二、 分送各實驗室。\n步驟三、 彙整結果。\n步驟四、 追蹤疫情。\n";
        let doc = parse(src);
        assert_eq!(doc.title, None);
        let got = units(src);
        assert_eq!(got.iter().map(|u| u.0.as_str()).collect::<Vec<_>>(), ["1", "2", "3", "4"], "{got:?}");
        assert_eq!(got[0].1, "步驟一、");
        // The clean text writes the labels as they were, and reads back the same.
        assert_eq!(units(&crate::render::to_text(&doc)), got);
        // Not two labels, not out of turn, not two words, nor where points number the page.
        for src in [
            "某頁\n建議一、甲。\n建議二、乙。\n",
            "某頁\n建議一、甲。\n建議三、乙。\n建議四、丙。\n",
            "某頁\n建議一、甲。\n步驟二、乙。\n建議三、丙。\n",
            "某要點\n一、甲:\n建議一、子。\n建議二、丑。\n建議三、寅。\n二、乙。\n",
        ] {
            assert!(units(src).iter().all(|u| !u.1.starts_with(['建', '步'])), "{src}");
        }
    }

    #[test]
    fn colon_labels_numbering_a_page_are_its_units() {
        // c-wra-second-river-office-public-land-abandonment-documents-colon-arabic-items-
        // note-glued-to-last in corpus/real.
        assert_eq!(colon_label("1:河川公地放棄使用申請書。"), Some((1, 2)));
        assert_eq!(colon_label("12："), Some((12, 5)));
        for not in ["9:00開放", "1:1000", "123:甲", "0:甲", "1:(甲)", "A1:甲"] {
            assert_eq!(colon_label(not), None, "{not}");
        }
        let src = "河川公地辦理放棄應檢具左列書件;\n\n1:河川公地放棄使用申請書。\n\n2:印鑑證明。\n\n3:許可證正本。\n\n4:使用費繳納代金聯單收據。\n";
        let got = units(src);
        assert_eq!(got.iter().map(|u| u.0.as_str()).collect::<Vec<_>>(), ["1", "2", "3", "4"], "{got:?}");
        assert_eq!(got[0].1, "1:");
        // The clean text writes the labels as they were, and reads back the same.
        assert_eq!(units(&crate::render::to_text(&parse(src))), got);
        // Not two labels, not out of turn, nor where anything else numbers the page.
        for src in [
            "某頁\n1:甲。\n2:乙。\n",
            "某頁\n1:甲。\n3:乙。\n4:丙。\n",
            "某頁\n1:甲。\n2:乙。\n3:丙。\n2:丁。\n",
            "某頁\n1.甲:\n1:子。\n2:丑。\n3:寅。\n2.乙。\n",
        ] {
            assert!(units(src).iter().all(|u| !u.1.ends_with(':')), "{src}");
        }
    }

    #[test]
    fn numbered_answers_alone_from_the_first() {
        // o-ctci-sewer-bot-user-connection-qa-a-numbered-answers-no-questions-truncated.
        let src = "用戶接管Q&A\nA1:化糞池依規定需廢除。\nA2:目前尚未通水。\nA3:須改管接入。\n";
        let nums: Vec<_> = units(src).into_iter().map(|u| u.0).collect();
        assert_eq!(nums, ["1", "2", "3"]);
        // Two answers, or answers from A3 on, are no such page.
        assert!(units("某頁\nA1:甲。\nA2:乙。\n").is_empty());
        assert!(units("某頁\nA3:甲。\nA4:乙。\nA5:丙。\n").is_empty());
    }

    #[test]
    fn questions_over_points_or_items_stay_captions() {
        // c-chunghwa-post-2024-exam-faq-tabf-paren-items and s-mcu-secretariat-e-document-
        // qa-points-space-lines-truncated in corpus/real.
        let src =
            "某問答\nQ1:報考資格為何?\n答:\n(一)國籍:具中華民國國籍。\n(二)性別:不拘。\nQ2:何時報名?\n答:三月。\n";
        let labels: Vec<_> = units(src).into_iter().map(|u| u.1).collect();
        assert_eq!(labels, ["(一)", "(二)"]);
    }

    #[test]
    fn a_question_asked_again_in_english_is_its_unit_s_text() {
        // s-ntue-mandarin-summer-camp-faq-bilingual-questions-truncated in corpus/real: a
        // caption with no final stop over the first question, every question asked again
        // in English, the last one too.
        let src = "夏令營問與答\nFAQ\nQ1:請問報名對象為?\nA:學員為6-15歲。\nQ1: Who is qualified to attend?\nA: Students aged six to fifteen.\nQ2:請問學費包含哪些費用?\nA:包含午餐。\nQ2: What does the fee include?\nA: Lunch.\n";
        let got = units(src);
        assert_eq!(got.iter().map(|u| u.0.as_str()).collect::<Vec<_>>(), ["1", "2"], "{got:?}");
        assert!(got.iter().all(|u| u.2 == 3), "{got:?}");
        // The clean text writes the labels as they were, and reads back the same.
        let doc = parse(src);
        let text = crate::render::to_text(&doc);
        assert!(text.contains("\nQ1:請問報名對象為?\n") && text.contains("\nQ2:請問"), "{text}");
        assert_eq!(units(&text), got);
    }

    #[test]
    fn an_answer_label_alone_goes_on_with_its_answer() {
        // c-naer-archives-transfer-qa-ans-labels-arabic-answers-js-chrome-truncated.
        let doc =
            parse("某問與答\nQ1:如何規劃典藏處所?\nAns:\n請預就檔案數量規劃。\nQ2:如何整理?\nAns:\n依作業手冊。\n");
        let unit = doc.units.iter().find(|u| u.kind.is_unit()).expect("a unit");
        let paras: Vec<_> = unit.paragraphs().map(|p| p.text.as_str()).collect();
        assert_eq!(paras, ["如何規劃典藏處所?", "Ans:請預就檔案數量規劃。"]);
    }

    #[test]
    fn an_answer_run_on_after_its_question_is_its_own_paragraph() {
        // l-taoyuan-arts-facilities-centre-programme-faq-q-units-inline-answers-chrome-
        // truncated in corpus/real: each question and its answer on one line, under a row
        // of skip links.
        let src = "前往網頁頂端 跳到主要內容\n:::\n\n藝文中心FAQ\n\nQ1:如何得知活動資訊? A:民眾可至網站查詢。\n\nQ2:哪裡索票? 索票辦法為何? A:原則上於演藝廳索票。\n\nQ3:何時開放? Anyone may ask.\n";
        let doc = parse(src);
        assert_eq!(doc.title.as_deref(), Some("藝文中心FAQ"));
        let units: Vec<Vec<&str>> =
            doc.top_units().iter().map(|u| u.paragraphs().map(|p| p.text.as_str()).collect()).collect();
        assert_eq!(
            units,
            [
                vec!["如何得知活動資訊?", "A:民眾可至網站查詢。"],
                vec!["哪裡索票?索票辦法為何?", "A:原則上於演藝廳索票。"],
                vec!["何時開放? Anyone may ask."],
            ]
        );
        assert_eq!(crate::testing::round_trip(src), None);
    }

    #[test]
    fn an_answer_lettered_a_is_its_question_s_second_paragraph() {
        // c-yushan-national-park-archives-application-qa-q-dot-labels-a-dot-answers-no-
        // chrome-truncated in corpus/real: `A.` under each question, no `B.` after it.
        let src = "Q1.檔案開放應用處所設置地點在那裡?\nA. 水里處本部;開放時間:每週一至週五。\n\nQ2. 如何申請應用?\nA. 申請應用者應先填具應用申請書。\n";
        let want = [("1", "Q1.", 2), ("2", "Q2.", 2)].map(|(n, l, p)| (n.to_owned(), l.to_owned(), p));
        assert_eq!(units(src), want);
        let doc = parse(src);
        let mut labels = 0;
        doc.walk(&mut |n| labels += usize::from(n.label.is_some()));
        assert_eq!(labels, 2, "{:#?}", doc.units);
        assert_eq!(crate::testing::round_trip(src), None);
        // `A.` over `B.`: a list of the answer, left as it is.
        let src = "Q1.應備那些文件?\nA.申請書。\nB.身分證影本。\nQ2.何時受理?\nA. 每週一。\n";
        let doc = parse(src);
        let mut lettered = Vec::new();
        doc.walk(&mut |n| {
            lettered.extend(n.label.as_ref().map(|l| l.as_str().to_owned()).filter(|l| !l.starts_with('Q')))
        });
        assert_eq!(lettered, ["A.", "B."], "{:#?}", doc.units);
    }

    #[test]
    fn labels() {
        assert_eq!(qa_label("Q3:為了配合"), Some(('Q', 3, 3)));
        assert_eq!(qa_label("A10:如住戶"), Some(('A', 10, 4)));
        assert_eq!(qa_label("Q1.如何區分"), Some(('Q', 1, 3)));
        assert_eq!(qa_label("Q1：如何"), Some(('Q', 1, 5)));
        assert_eq!(qa_label("A4紙張"), None);
        assert_eq!(qa_label("Q&A"), None);
        assert_eq!(qa_label("Q0:"), None);
        assert_eq!(qa_label("About"), None);
        assert_eq!(qa_label("常見問題1:如何註冊?"), Some(('Q', 1, 14)));
        assert_eq!(qa_label("問題12、忘記密碼"), Some(('Q', 12, 11)));
        assert_eq!(qa_label("問題在於"), None);
        assert_eq!(qa_label("問 1:是否需要審查?"), Some(('Q', 1, 6)));
        assert_eq!(qa_label("問1:是否需要審查?"), Some(('Q', 1, 5)));
        assert_eq!(qa_label("問 一下"), None);
        assert_eq!(qa_label("常見問題"), None);
    }
}
