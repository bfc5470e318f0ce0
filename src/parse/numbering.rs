//! The numbering judgement: whether a marker opens a heading, a unit or a list item, or
//! is text — decided in one place from the numbers read before it, the marker's
//! strength and the line before it — and how an irregular number is classified (gap,
//! duplicate, out of order) and reported.
//!
//! The judgement sees the whole document's markers in reading order: markers inside
//! lines were cut into lines of their own beforehand by the same rule of consistent
//! numbering ([`super::inline`]), so a unit opens the same way wherever it stood.

use crate::diagnostic::{DiagCode, Severity};
use crate::marker::{self, Marker, Style};
use crate::normalize::Line;
use crate::{DocKind, NodeKind};

use super::outline::{Builder, Frame, FrameKind, heading_index, line_has_wide_gap};

/// A number as read: main number and `之N` part.
pub(super) type Num = (u32, Option<u32>);

/// How a number relates to the last one read at its level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sequence {
    /// The next number (`三` after `二`, `七之一` after `七`), or 1 where none was read.
    Next,
    /// Ahead of the next number: numbers were skipped (or the first is not 1).
    Gap,
    /// The same number again.
    Duplicate,
    /// Lower than the last number.
    OutOfOrder,
}

/// True when `cand` comes right after `last`: `三` after `二`, `七之一` after `七`, `八`
/// after `七之一`.
pub(super) fn follows(last: Num, cand: Num) -> bool {
    cand == (last.0 + 1, None) || cand == (last.0, Some(last.1.unwrap_or(0) + 1))
}

/// Classifies `cand` against `last` (the only place this is decided).
pub(super) fn sequence(last: Option<Num>, cand: Num) -> Sequence {
    match last {
        None if cand == (1, None) => Sequence::Next,
        None => Sequence::Gap,
        Some(l) if follows(l, cand) => Sequence::Next,
        Some(l) if cand == l => Sequence::Duplicate,
        Some(l) if cand > l => Sequence::Gap,
        Some(_) => Sequence::OutOfOrder,
    }
}

/// A diagnostic decided by the judgement; its message is written only when it is kept.
#[derive(Debug, Clone, Copy)]
pub(super) struct Note {
    pub(super) severity: Severity,
    pub(super) code: DiagCode,
    what: What,
    cand: Num,
    last: Option<Num>,
    /// The marker was read as text.
    as_text: bool,
}

/// The level a number was judged at, for messages.
#[derive(Debug, Clone, Copy)]
enum What {
    Heading(char),
    Article,
    Point,
    List,
    Depth(usize),
}

impl Note {
    fn new(seq: Sequence, what: What, cand: Num, last: Option<Num>, as_text: bool) -> Note {
        let code = match seq {
            Sequence::Duplicate => DiagCode::Duplicate,
            Sequence::OutOfOrder => DiagCode::OutOfOrder,
            Sequence::Next | Sequence::Gap => DiagCode::Gap,
        };
        Note { severity: Severity::Warning, code, what, cand, last, as_text }
    }

    /// A note on an article whose number is known from the structure (open data).
    pub(super) fn unit(seq: Sequence, cand: Num, last: Option<Num>) -> Note {
        Note::new(seq, What::Article, cand, last, false)
    }

    /// The message, in English.
    pub(super) fn message(&self) -> String {
        let what = match self.what {
            What::Heading(c) => format!("{c} heading"),
            What::Article => "article".into(),
            What::Point => "point".into(),
            What::List => "list item".into(),
            What::Depth(max) => return format!("list nesting deeper than {max}: read as text"),
        };
        let cand = marker::num_string(self.cand.0, self.cand.1);
        let last = self.last.map(|(n, s)| marker::num_string(n, s));
        let expected = match self.last {
            Some((n, _)) => (n + 1).to_string(),
            None => "1".into(),
        };
        let head = match (self.code, last) {
            (DiagCode::FirstUnit, _) => {
                return format!("the first {what} is numbered {cand}: read as a text of amended {what}s only");
            }
            (DiagCode::Duplicate, Some(l)) => format!("{what} {cand} repeats {what} {l}"),
            (DiagCode::OutOfOrder, Some(l)) => format!("{what} {cand} out of order after {l}"),
            (_, Some(l)) => format!("gap in {what} numbering: {cand} after {l}"),
            (_, None) => format!("first {what} is numbered {cand}"),
        };
        if self.as_text { format!("{head} (expected {expected}): read as text") } else { head }
    }
}

/// What a marker does.
#[derive(Debug, Clone, Copy)]
pub(super) enum Verdict {
    /// Opens a heading of the given level index.
    Heading(usize, Option<Note>),
    /// Opens an article or a point; `first` when it starts a text of amended units only.
    Unit { article: bool, note: Option<Note>, first: bool },
    /// Opens a list item: `sibling` is the index (above the paragraph) of the open list
    /// it continues, `None` for a new, deeper list at `depth` (with a note when its number
    /// skips one).
    List { sibling: Option<usize>, depth: usize, note: Option<Note> },
    /// Continues list `k` of the paragraph before: the line break that opened the
    /// current paragraph was a wrap (its text joins the item before); with a note when
    /// the number skips one.
    Resume(usize, Option<Note>),
    /// Is text (with a note when it looked like a unit out of sequence).
    Text(Option<Note>),
}

/// How many characters of a unit's text tell that the text is printed again.
const REPEAT_PREFIX_CHARS: usize = 12;

/// True when `text` opens as the first paragraph of `unit` does (their first
/// [`REPEAT_PREFIX_CHARS`] characters other than spaces, or the whole of the shorter,
/// at least `min` characters).
fn opens_alike(unit: Option<&crate::ast::Node>, text: &str, min: usize) -> bool {
    let Some(para) = unit.and_then(|u| u.children.first()).filter(|p| p.kind == NodeKind::Paragraph) else {
        return false;
    };
    let key =
        |t: &str| t.chars().filter(|c| !crate::normalize::is_space(*c)).take(REPEAT_PREFIX_CHARS).collect::<String>();
    let (a, b) = (key(&para.text), key(text));
    let n = a.chars().count().min(b.chars().count());
    n >= min && (a.starts_with(&b) || b.starts_with(&a))
}

impl Builder<'_> {
    /// The numbering judgement for a marker at the start of `line`.
    pub(super) fn judge(&self, m: &Marker<'_>, line: &Line<'_>) -> Verdict {
        let cand = (m.num, m.sub);
        // A line ending `前` is most often a date's `before` in a notice (`…113年07月08日前`
        // then `四、專利費用…`: s-hk-patent-application-round-notice-points-paren-asterisk-
        // note in corpus/real); a citation `前四` never goes on with `、`.
        // Nor does a caption's `前` (`Ü考前` over ` 1. 雲端考場連結…`, `before the exam`:
        // s-mdhs-cloud-mock-exam-notes-captions-arabic-lists-restarting-truncated in
        // corpus/real): a line too short to be wrapped.
        let before_date =
            self.prev.is_some_and(|p| p.final_char == Some('前') && (m.label.ends_with('、') || p.caption_before));
        // (A question's label never continues a sentence: `FAQ` over `Q1:請問本課程的報名
        // 對象為?`, s-ntue-mandarin-summer-camp-faq-bilingual-questions-truncated in
        // corpus/real.)
        let question = m.written == Some(crate::LabelStyle::Other);
        let dangles = self.prev_dangles() && !before_date && !question;
        let ends = self.prev_ends_sentence();
        match m.style {
            Style::Heading(level) => {
                if dangles {
                    return Verdict::Text(None);
                }
                let li = heading_index(level);
                let last = self.last_heading.get(li).copied().flatten();
                let seq = sequence(last, cand);
                let note =
                    (seq != Sequence::Next).then(|| Note::new(seq, What::Heading(level.word()), cand, last, false));
                Verdict::Heading(li, note)
            }
            Style::Article if self.kind == DocKind::Statute => self.judge_unit(m, line, true, dangles, ends),
            Style::Article => Verdict::Text(None),
            s if self.kind == DocKind::Directive && s == self.point_style => {
                if self.nested_in_unit(m, line) {
                    return self.judge_list(m, line);
                }
                self.judge_unit(m, line, false, dangles, ends)
            }
            _ => self.judge_list(m, line),
        }
    }

    /// A list numbered like the points, set deeper than the point's marker under a lead-in
    /// that ends with a colon (`3. 每人借出書籍資料冊數及期限規定如下:` then `  1. 大學部學
    /// 生:…` … `  5. 職員:…`, then `4. 書籍續借…` flush: s-scu-ceest-centre-borrowing-
    /// rules-nested-arabic-list in corpus/real): its first item restarts at 1 and the
    /// others follow it at that depth.
    fn nested_in_unit(&self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        let Some(unit) = self.stack.iter().rposition(|f| f.kind == FrameKind::Unit) else { return false };
        let Some(at) = self.stack.get(unit).and_then(|f| f.indent) else { return false };
        if line.indent <= at || m.sub.is_some() {
            return false;
        }
        match self.stack.last() {
            Some(f) if f.kind == FrameKind::List && f.style == Some(m.style) => {
                // The next item of an open list of its style at its indent, or the first of
                // a list set deeper under a colon.
                self.stack.get(unit + 1..).unwrap_or_default().iter().any(|g| {
                    g.kind == FrameKind::List
                        && g.style == Some(m.style)
                        && g.indent == Some(line.indent)
                        && sequence(Some(g.num), (m.num, m.sub)) == Sequence::Next
                }) || self.opens_deeper_list(f, m, line)
            }
            _ => {
                m.num == 1
                    && (self.prev_ends_with_colon()
                        || self.prev.is_some_and(|p| p.colon_note)
                        || self.nested_without_colon(unit, at, line))
            }
        }
    }

    /// A first item set at least two columns deeper than a point past the first, right
    /// under the point's own line, whose second item comes (a nested HTML list
    /// whose lead-in ends with a bracketed note, `2. 具外國國籍…(計算至2025年2月1日)` over
    /// `    1. 申請時兼具…` and `    2. …`: s-ncut-foreign-student-new-type-program-
    /// eligibility-html-arabic-lists-nested-restart-note-truncated in corpus/real): no
    /// point numbered 2 can follow the point open now, so the `2.` that comes is the list's.
    fn nested_without_colon(&self, unit: usize, at: u32, line: &Line<'_>) -> bool {
        line.indent >= at + 2
            && !self.section_start
            && self.last_unit.is_some_and(|(n, sub)| n >= 2 && sub.is_none())
            && self.stack.len() == unit + 2
            && self.prev.is_some_and(|p| p.opened_unit && p.final_char.is_some())
            && self.comes_later(2, line)
    }

    fn judge_unit(&self, m: &Marker<'_>, line: &Line<'_>, article: bool, dangles: bool, ends: bool) -> Verdict {
        let cand = (m.num, m.sub);
        let last = self.last_unit;
        let what = if article { What::Article } else { What::Point };
        // Numbering restarts at 1 under each heading (`壹、` … `一、`).
        let restart = (self.section_start
            || !self.unit_under_heading && self.stack.iter().any(|f| matches!(f.kind, FrameKind::Heading(_))))
            && cand == (1, None);
        let seq = if restart { Sequence::Next } else { sequence(last, cand) };
        // An article marker alone on its line, with a caption or followed by a wide gap
        // (`第一條　　本法…`) is certain; `第 5 條 規定…` after an unfinished line is a wrap.
        // A label closed by a colon (`第一條:本系依據…`) is one too: no citation reads so
        // (the first article after an unfinished adoption line: s-ncku-sname-teacher-
        // review-articles-oneline in corpus/real).
        // So is a label written solid with a space after it (`第十一條 本辦法經…` after a
        // flow chart line with no final punctuation: s-csu-sports-grounds-articles-arrow-
        // flow-lines; `第1條 新北市政府…` after a table's header: t-datagove-ntpc-hakka-park-
        // venue-points-as-numbered-rows in corpus/real): a citation runs on (`第十一條規定`);
        // only the database's spaced labels (`第 5 條 規定`) stand so in a wrap.
        // So is a label in Arabic numerals closed by an ideographic comma (`第11條、報名參加
        // …` after a point closed by a note in brackets with no full stop: o-ncku-kaohsiung-
        // alumni-singles-club-rules-arabic-articles-label-variants-truncated in
        // corpus/real). (Not in Chinese numerals: a list of cited articles wraps so in the
        // national database, `…土地法` over `第二十五條、國有財產法第二十八條…`.)
        let strong = article
            && (m.rest.is_empty()
                || m.caption.is_some()
                || m.label.ends_with([':', '：'])
                || (m.label.ends_with("條、") && m.label.contains(|c: char| c.is_ascii_digit()))
                || line_has_wide_gap(line.content)
                || (m.label.ends_with('條')
                    && !m.label.contains(' ')
                    && line.content.get(m.label.len()..).is_some_and(|r| r.starts_with(crate::normalize::is_space))));
        // No citation wraps from a line of another language's version (`第 二 條 本辦法…`
        // after `Điều 1: Qui định này…` cut off with no final stop: s-isu-foreign-student-
        // scholarship-articles-vietnamese-bilingual-spaced-labels in corpus/real).
        let after_version = article && self.prev.is_some_and(|p| p.latin) && !m.rest.is_empty();
        // Nor from a sentence a table's cell closes (`第 一 條 | 本規則…訂定之。 |` over
        // `第 二 條 | …`, a council's rules set out as rows of label and text cells:
        // l-miaoli-city-council-meeting-rules-articles-table-cells-spaced-numerals-truncated
        // in corpus/real).
        let after_cell = article && self.prev.is_some_and(|p| p.cell_closed);
        let settled = strong
            || ends
            || after_version
            || after_cell
            || (article && self.first_article_after_caption(m, line, last));
        let open = |note| Verdict::Unit { article, note, first: false };
        match seq {
            Sequence::Next => {
                // A bare numeral (`四` alone, `四 本會…`): a point only after a finished
                // sentence. An article label alone on its line is the next article even
                // after a line that ends mid-clause (a page that dropped the final `。`).
                // Two blank lines or more before it set it apart as well (a list of names
                // without final punctuation, then `四  本會報置執行秘書…`: c-nstc-defense-
                // mobilization-council-history-print in corpus/real; a PDF extraction sets
                // one blank line after every line).
                // (Neither are a lost numeral's brackets, nor a bracketed point's label:
                // `(二)性別:不拘。` after `(一)國籍:…(應試人員…` cut off at the line's end,
                // c-chunghwa-post-2024-exam-faq-tabf-paren-items in corpus/real.)
                // (Nor an enclosed numeral, `②` after an item with no final punctuation:
                // s-cljhs-new-immigrant-scholarship-notice-circled-number-units-restarting.)
                let bare = !article
                    && !m.lost
                    && m.written.is_none()
                    && !m.label.ends_with(['、', '.', '．', '點', ')', '）'])
                    && !m.label.ends_with(crate::marker::is_enclosed);
                let set_apart = line.number > self.last_line + 2;
                let alone = article && m.rest.is_empty();
                let apart = (bare && self.point_apart(m, line)) || self.point_after_unfinished_point(m, line);
                if (dangles && !alone && !apart && !self.enumerated_point(m, line, article, last.is_none()))
                    || (article && !settled)
                    || (bare && !ends && !set_apart && !apart && !self.after_list_item(m, line))
                {
                    Verdict::Text(None)
                } else {
                    open(None)
                }
            }
            Sequence::Gap => {
                // A text of amended points only (修正規定) starts at any point and jumps.
                let sparse = last.is_none() || self.sparse;
                let last_n = last.unwrap_or((0, None));
                // The first point of a text may follow a line that ends no sentence (a label
                // such as `修正內容`, a date, a caption of the page), when text follows the
                // marker. (Judged without the line's width, so that a rendered text, whose
                // lines are joined, reads back the same.)
                let after_label = last.is_none() && !m.rest.is_empty();
                // (Not an article of another law quoted inside one, far ahead of the next
                // number, which still comes: `第四條:…規定。條法如下:` over `第四十條:…` and
                // `第五十七條:…`, then `第五條:` (o-cyc-cable-tv-public-channel-use-rules-
                // articles-colon-labels-captions-quoted-statute-truncated in corpus/real).)
                let quoted = article && !sparse && cand.0 > last_n.0 + 3 && self.comes_later(last_n.0 + 1, line);
                let plausible = !dangles
                    && !quoted
                    && (if article {
                        settled
                    } else {
                        (cand.1.is_none() && (cand.0 <= last_n.0 + 3 || self.never_filled(last_n.0, cand.0, line))
                            || sparse)
                            && (ends || after_label)
                            // (A point's label alone on its line one number past the
                            // next, `四、 |` over its text after `二、`'s items as a table's
                            // cells print it, reads as the point its clean text shows,
                            // `四、請於…`: s-hles-taoyuan-school-curriculum-review-committee-
                            // selection-relay-markers-own-lines-bars-jumps in corpus/real.)
                            && (!m.rest.is_empty()
                                || last.is_none()
                                || m.label.ends_with('、') && cand == (last_n.0 + 2, None))
                    });
                if !plausible {
                    return Verdict::Text(
                        self.looks_out_of_sequence(m, ends).then(|| Note::new(seq, what, cand, last, true)),
                    );
                }
                let mut note = Note::new(seq, what, cand, last, false);
                if last.is_none() {
                    note.code = DiagCode::FirstUnit;
                    note.severity = Severity::Info;
                    return Verdict::Unit { article, note: Some(note), first: true };
                }
                if self.sparse {
                    note.severity = Severity::Info;
                }
                open(Some(note))
            }
            Sequence::Duplicate | Sequence::OutOfOrder => {
                if strong && m.rest.is_empty() {
                    // A label alone on its line: the article is there, numbered wrongly.
                    open(Some(Note::new(seq, what, cand, last, false)))
                } else if seq == Sequence::Duplicate
                    // (After a finished sentence, or a point of one line whose words end
                    // with no stop: not a table's cell run into the point's line, `…如下表:
                    // 費額 |備註|` over `一、基本費…`, l-taipei-land-office-prescriptive-
                    // easement-survey-guide-chapters-restart-table-cell-list-link-lines-
                    // truncated in corpus/real.)
                    && (ends
                        || self
                            .prev
                            .is_some_and(|p| p.opened_unit && p.final_char.is_some_and(crate::normalize::is_ideograph)))
                    && !dangles
                    && self.numbered_twice(m, line, article)
                {
                    open(Some(Note::new(seq, what, cand, last, false)))
                } else if seq == Sequence::OutOfOrder
                    && cand == (1, None)
                    && ends
                    && !dangles
                    && self.repeats_first_unit(m.rest)
                {
                    // The text printed again from its first unit on (a page's summary
                    // line, then the points: l-taoyuan-agriculture-grant-notice-points-
                    // summary-line-then-repeated in corpus/real): read as units, told.
                    open(Some(Note::new(seq, what, cand, last, false)))
                } else if self.sparse
                    && !article
                    && ends
                    && !dangles
                    && !m.rest.is_empty()
                    && seq == Sequence::OutOfOrder
                {
                    // Amended points listed by kind of change (增訂 九, then 修正 四 …).
                    let mut note = Note::new(seq, what, cand, last, false);
                    note.severity = Severity::Info;
                    open(Some(note))
                } else {
                    Verdict::Text(self.looks_out_of_sequence(m, ends).then(|| Note::new(seq, what, cand, last, true)))
                }
            }
        }
    }

    /// True for the first item of a list numbered as the open list `f`, set deeper than it
    /// under a lead-in's colon: a list of its own, not text of `f`'s item (see
    /// [`Builder::judge_list`]; [`Builder::nested_in_unit`] asks the same of a list
    /// numbered like the points).
    fn opens_deeper_list(&self, f: &Frame, m: &Marker<'_>, line: &Line<'_>) -> bool {
        (m.num, m.sub) == (1, None)
            && self.prev_ends_with_colon()
            && f.style == Some(m.style)
            && f.indent.is_some_and(|at| line.indent > at)
    }

    /// True for the next point after a line that opened the point before it and ends with
    /// `、`: points that run as an enumeration, one to a line (`二、中低收入戶、` over
    /// `三、學生本人身心障礙、` over `四、…`: s-ntpc-asjh-breakfast-lunch-subsidy-page-
    /// repeated-numeral-lists in corpus/real). Not a wrapped citation (`…第一、` over
    /// `二、三點…`): the text after the label starts with no numeral, and the point's
    /// own next number follows it or its line ends the sentence (the last of them).
    ///
    /// Nor is the first point after a lead-in the page cut off after its `、`
    /// (`…造成學習無目標、` over `一、本校學則缺曠課相關規定…`, then `二、`: s-stu-ctd-covid-roll-
    /// call-notice-points-dash-bullets-truncated in corpus/real), when no point has opened
    /// yet and the second point is the next unit marker.
    fn enumerated_point(&self, m: &Marker<'_>, line: &Line<'_>, article: bool, first: bool) -> bool {
        let cut_lead_in = first && (m.num, m.sub) == (1, None) && self.comes_later(2, line);
        !article
            && m.label.ends_with('、')
            && self.prev.is_some_and(|p| p.final_char == Some('、') && (p.opened_unit || cut_lead_in))
            && opens_with_word(m.rest)
            && (self.comes_later(m.num + 1, line) || line.ends_sentence)
    }

    /// True for a bare numeral's point set apart by a blank line from the line that opened
    /// the point before, which lost its final stop (`一 …得遴聘義務手語通譯`, a blank line,
    /// `二 義務手語通譯由…遴聘之。`: c-taiwan-high-court-volunteer-sign-language-interpreters-
    /// points-lawplayer-numerals-with-space-no-comma-bulleted-metadata-truncated in
    /// corpus/real), when its own line ends a sentence and the next marker of its style is
    /// its next. (A wrap in a text with a blank line after every line ends no sentence
    /// where a bare numeral opens a line, and no list's next number follows it.)
    fn point_apart(&self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        self.prev.is_some_and(|p| p.opened_unit)
            && line.number > self.last_line + 1
            && line.ends_sentence
            && !m.rest.is_empty()
            && self.goes_on_from(m, line)
    }

    /// True for a `、` point opening the line after the one that opened the point before,
    /// which lost its final stop after a clause's closing `之` (`一、依住宅法第三十三條第二項
    /// 規定訂定之` over `二、主管機關…`: c-moi-social-housing-ancillary-facilities-notice-
    /// points-sme-startup-news-page-tag-glued-title-trailing-paragraphs-truncated in
    /// corpus/real), when the next marker of its style is its next. Not after a citation's
    /// `第七條之`, nor with a numeral or `第` after its label (a wrapped citation, `…第七條之`
    /// over `二、第八條…`).
    fn point_after_unfinished_point(&self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        m.style == Style::CjkComma
            && m.label.ends_with('、')
            && self.prev.is_some_and(|p| p.opened_unit && !p.table && p.clause_end)
            && opens_with_word(m.rest)
            && !m.rest.starts_with('第')
            && self.goes_on_from(m, line)
    }

    /// True when `text` opens as the first unit's text does (its first
    /// [`REPEAT_PREFIX_CHARS`] characters other than spaces).
    pub(super) fn repeats_first_unit(&self, text: &str) -> bool {
        opens_alike(self.out.iter().find(|n| n.kind.is_unit()), text, REPEAT_PREFIX_CHARS)
    }

    /// True when `text` opens as the open unit's text does, however short: the unit's
    /// line printed twice (`二、課程結構與應修學分` twice: s-nptu-physics-master-curriculum-
    /// rules-points-arabic-items-duplicated-lines-table-bars-truncated in corpus/real).
    fn repeats_open_unit(&self, text: &str) -> bool {
        const MIN_CHARS: usize = 4;
        let depth = self.stack.iter().rposition(|f| f.kind == FrameKind::Unit);
        opens_alike(depth.and_then(|d| super::outline::open_node_ref(&self.out, d)), text, MIN_CHARS)
    }

    /// The number a marker whose numeral was lost (`()`, [`Marker::lost`]) stands for:
    /// the next of the innermost list of its style in the current paragraph, or 1.
    pub(super) fn lost_number(&self, style: Style) -> u32 {
        let base = self.stack.iter().rposition(|f| f.kind == FrameKind::Paragraph);
        let lists = base.and_then(|b| self.stack.get(b + 1..)).unwrap_or(&[]);
        // (A unit whose numeral was lost follows the unit before it.)
        let unit = || self.stack.iter().rev().find(|f| f.kind == FrameKind::Unit && f.style == Some(style));
        lists.iter().rev().find(|f| f.style == Some(style)).or_else(unit).map_or(1, |f| f.num.0 + 1)
    }

    /// A spaced first article label after a short line that ends no sentence (`沿革` over
    /// history entries, `歷史沿革`, a caption of the page: l-taipei-urban-design-committee-
    /// rules-articles-dbaweb-numbered-history in corpus/real): no wrap of a citation when
    /// the line before is no longer than a heading or an adoption line (`本校…依校務會議授權
    /// 統一修改學校全銜`, twenty-three ideographs, swallowed 第 一 條 into a preamble:
    /// s-mmc-information-committee-articles-spaced-labels-breadcrumb-mismatch in
    /// corpus/real), the text after the label does not go on with one (`第 1 條 規定…`),
    /// and the second article follows.
    fn first_article_after_caption(&self, m: &Marker<'_>, line: &Line<'_>, last: Option<(u32, Option<u32>)>) -> bool {
        const CAPTION_WIDTH: u32 = 64;
        last.is_none()
            && (m.num, m.sub) == (1, None)
            // (Or a rule's name, its title: `道路交通事故處理辦法(92.09.24訂定)` over `第 1 條 本辦法
            // 依…`, c-road-accident-handling-rules-articles-forum-thread-chrome-hard-wraps-
            // truncated in corpus/real.)
            && self.prev.is_some_and(|p| p.width <= CAPTION_WIDTH || p.names_rule)
            && !m.rest.starts_with(|c: char| {
                matches!(
                    c,
                    '規' | '之' | '所' | '第' | '及' | '或' | '至' | '、' | '中' | '前' | '後' | '準' | '項' | '款'
                )
            })
            && self.comes_later(2, line)
    }

    /// True for a bare numeral after a list's last item (`(四) 參考資料`, a name with no
    /// final punctuation) whose own list goes on from it.
    fn after_list_item(&self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        self.prev.is_some_and(|p| p.opened_item) && !m.rest.is_empty() && self.goes_on_from(m, line)
    }

    /// True when a unit marker numbered `n` (any 之 number) follows `line`.
    fn comes_later(&self, n: u32, line: &Line<'_>) -> bool {
        let at = self.unit_marks.partition_point(|&(k, start)| (k, start) <= (n, line.content_start));
        self.unit_marks.get(at).is_some_and(|&(k, _)| k == n)
    }

    /// True for a list item after a finished sentence numbered one past the next after
    /// `last`, whose list goes on from it (the next marker of its style is numbered next).
    fn skips_one(&self, last: Num, m: &Marker<'_>, line: &Line<'_>) -> bool {
        (m.num, m.sub) == (last.0 + 2, None)
            && self.prev_ends_sentence()
            && !m.rest.is_empty()
            && self.goes_on_from(m, line)
    }

    /// True for an item numbered 1 in a directive, after a finished sentence of the
    /// innermost list (open at `i` of `open` lists), whose list goes on from it.
    fn restarts_list(&self, i: usize, open: usize, m: &Marker<'_>, line: &Line<'_>) -> bool {
        (m.num, m.sub) == (1, None)
            && self.kind == DocKind::Directive
            && i + 1 == open
            && self.prev_ends_sentence()
            && !self.prev_ends_with_colon()
            && !m.rest.is_empty()
            && self.goes_on_from(m, line)
    }

    /// True when the next marker of the style of `m`, which opens `line`, is numbered
    /// next after it: its list goes on from it.
    fn goes_on_from(&self, m: &Marker<'_>, line: &Line<'_>) -> bool {
        self.next_of_style(line) == Some((m.num + 1, None))
    }

    /// The number of the next marker of the style of the marker opening `line`.
    fn next_of_style(&self, line: &Line<'_>) -> Option<Num> {
        let at = self.next_of_style.partition_point(|&(start, _)| start < line.content_start);
        self.next_of_style.get(at).filter(|&&(start, _)| start == line.content_start).and_then(|&(_, n)| n)
    }

    /// True for a unit numbered as the one before it, after a finished sentence, that is
    /// one as published. An article numbered twice (`第三條:…` twice, then `第四條:`:
    /// s-chsh-library-rules-repeated-article in corpus/real): a label set apart, with the
    /// next number still to come, is an article numbered wrongly, not a citation. So is a
    /// point with its text (`四、` twice, then `五、`: s-hyjhes-changhua-covid-home-office-
    /// directive-adoption-line-duplicate-four-truncated, o-caishen-company-travel-expense-
    /// model-points-duplicated-tenth in corpus/real), also printed for the next number,
    /// which never comes (`二、` twice, then `四、`: s-nhps-hsinchu-work-hours-notice-points-
    /// duplicate-two-template-placeholders), unless it opens as the point it repeats
    /// does: the point's line printed twice. Bracketed units are so numbered too, and a
    /// point of one line with no final stop is finished as a sentence is (`(四)…相符` over
    /// `(四)文件證明…`: c-mofa-teco-guam-document-authentication-notes-paren-items-
    /// duplicate-four-truncated in corpus/real).
    fn numbered_twice(&self, m: &Marker<'_>, line: &Line<'_>, article: bool) -> bool {
        let n = m.num;
        if article {
            return m.spaced && self.comes_later(n + 1, line);
        }
        m.label.ends_with(['、', ')', '）'])
            && !m.rest.is_empty()
            && !self.repeats_open_unit(m.rest)
            && (self.comes_later(n + 1, line) || self.comes_later(n + 2, line) && self.never_filled(n, n + 2, line))
    }

    /// True when no unit marker numbered between `last` and `cand` (both excluded)
    /// follows `line`: the numbering jumps for good (a page of the first and last points:
    /// c-nfa-tech-review-committee-first-last in corpus/real), not a marker standing in
    /// the text before the units it skips. Only short jumps are looked at.
    fn never_filled(&self, last: u32, cand: u32, line: &Line<'_>) -> bool {
        const MAX_JUMP: u32 = 64;
        if cand <= last + 1 || cand - last > MAX_JUMP {
            return false;
        }
        (last + 1..cand).all(|n| {
            let at = self.unit_marks.partition_point(|&(k, start)| (k, start) <= (n, line.content_start));
            self.unit_marks.get(at).is_none_or(|&(k, _)| k != n)
        })
    }

    /// A marker read as text is worth a note when it stands where a unit could.
    fn looks_out_of_sequence(&self, m: &Marker<'_>, ends: bool) -> bool {
        ends && !self.stack.is_empty() && (m.spaced || !m.rest.is_empty())
    }

    /// The judgement for a list marker (also used for article contents from open data,
    /// where only lists are read).
    pub(super) fn judge_list(&self, m: &Marker<'_>, line: &Line<'_>) -> Verdict {
        let (dangles, ends) = (self.prev_dangles(), self.prev_ends_sentence());
        // The numbered lines of an English version (`1. Consultation on…` after `Article 2
        // …as follows:`) are its text, not items of the Chinese list.
        if self.prev.is_some_and(|p| p.latin) && super::outline::is_latin_line(m.rest) {
            return Verdict::Text(None);
        }
        // So is the English version of a point numbered like it (`1. It is prohibited…`
        // after `一、禁止…。`: s-shei-pa-bilingual-testpage in corpus/real): an Arabic
        // number equal to the point's, after a finished sentence rather than a lead-in,
        // with a sentence of Latin words after it.
        if m.style == Style::Arabic
            && self.prev_ends_sentence()
            && self.last_unit == Some((m.num, m.sub))
            && super::outline::is_latin_line(m.rest)
            && m.rest.split(' ').filter(|w| !w.is_empty()).count() >= 4
        {
            return Verdict::Text(None);
        }
        let Some(base) = self.stack.iter().rposition(|f| f.kind == FrameKind::Paragraph) else {
            return Verdict::Text(None);
        };
        // A law system's view of a directive prints each point's own numeral, bare, under
        // the article label it gave the point (`第 1 條` then `一 為激勵公務人員士氣…`:
        // c-exam-medal-retirement-bonus-points-article-labels-history in corpus/real): the
        // point's number, not a first 款. So is the point's numeral with its comma (`第 1
        // 條` over `一、本注意事項依…`, `第 2 條` over `二、請假類別…:`: c-exam-basic-training-
        // leave-notes-history-article-labels-before-points-paren-space-items-truncated in
        // corpus/real).
        if self.kind == DocKind::Statute
            && (m.is_bare() || m.style == Style::CjkComma)
            && self.last_unit == Some((m.num, m.sub))
            && self.stack.len() == base + 1
            && self.stack.last().is_some_and(|f| !f.has_text)
        {
            return Verdict::Text(None);
        }
        // A final `之` (`…由本府下列人員聘兼之`) ends a clause before a parenthesised
        // item: no citation is wrapped as `第七條之` + `(一)` (l-pingtung-new-residents-
        // group-repeated-sub in corpus/real).
        let particle = matches!(m.style, Style::ParenCjk | Style::ParenArabic)
            && self.prev.is_some_and(|p| p.final_char == Some('之'));
        // Nor does a `、` after a bracketed item the line before opened: items run
        // together as an enumeration (`(1)申請單、(2)外燴當日菜單、…`, cut apart where a
        // line holds them: l-chiayi-health-bureau-catering-report-notes-arabic-comma-
        // paren-items in corpus/real).
        let enumerated = matches!(m.style, Style::ParenCjk | Style::ParenArabic)
            && self.prev.is_some_and(|p| p.final_char == Some('、') && p.opened_item)
            && self.stack.last().is_some_and(|f| f.style == Some(m.style));
        if dangles && !particle && !enumerated {
            return Verdict::Text(None);
        }
        let cand = (m.num, m.sub);
        let lists = self.stack.get(base + 1..).unwrap_or(&[]);
        let note_if = |seq, last| (ends && !m.rest.is_empty()).then(|| Note::new(seq, What::List, cand, last, true));
        // A list numbered as the item it stands under, set deeper under the item's lead-in
        // and colon, is a list of its own (three levels of `1.`, an HTML list's nesting
        // kept as indents: `4. 使用者之責任與義務:` over `  4. …避免下列…之行為:` over
        // `    1.`–`6.`: s-dcsh-campus-network-rules-arabic-units-nested-arabic-lists-
        // history-lines-truncated in corpus/real).
        if lists.len() < self.max_depth && lists.last().is_some_and(|f| self.opens_deeper_list(f, m, line)) {
            return Verdict::List { sibling: None, depth: lists.len() + 1, note: None };
        }
        // Where two lists of the marker's style are open, it goes on with the innermost one
        // it is not set deeper than.
        let same_style = |f: &&super::outline::Frame| f.style == Some(m.style);
        let found = lists
            .iter()
            .rposition(|f| same_style(&f) && f.indent.is_none_or(|at| at <= line.indent))
            .filter(|_| lists.iter().filter(same_style).count() >= 2)
            .or_else(|| lists.iter().position(|f| same_style(&f)));
        match found {
            Some(i) => {
                let last = lists.get(i).map(|f| f.num);
                match sequence(last, cand) {
                    Sequence::Next => Verdict::List { sibling: Some(i), depth: i + 1, note: None },
                    // No cascade: one item skipped (its line lost, or its marker broken),
                    // when the list goes on from this one: `(五)` after `(三)`, then `(六)`
                    // … `(九)` (s-ttcjh-new-taipei-junior-high-parents-association-points-
                    // missing-paren-item-chrome-truncated; `(三)` after `(一)`, then `(四)`:
                    // s-stust-off-campus-rental-tips-points-paren-items-second-item-missing
                    // in corpus/real), read as items with a note on the gap, not as text
                    // whose followers each start a list of their own.
                    Sequence::Gap if last.is_some_and(|l| self.skips_one(l, m, line)) => Verdict::List {
                        sibling: Some(i),
                        depth: i + 1,
                        note: Some(Note::new(Sequence::Gap, What::List, cand, last, false)),
                    },
                    // A list restarting at 1 right after its last item, its caption
                    // lost, when it goes on from there: `(1)`–`(2)` twice under `(三)提案
                    // 類型(可複選):` (c-yda-overseas-volunteer-grant-points-adoption-lines-
                    // lost-section-headings-restarting-truncated in corpus/real), read as
                    // items with a note, not as text whose followers each start a list.
                    Sequence::OutOfOrder if self.restarts_list(i, lists.len(), m, line) => Verdict::List {
                        sibling: Some(i),
                        depth: i + 1,
                        note: Some(Note::new(Sequence::OutOfOrder, What::List, cand, last, false)),
                    },
                    seq => Verdict::Text(note_if(seq, last)),
                }
            }
            None if cand != (1, None) => {
                // No cascade: a paragraph break just before, inside a list this marker
                // continues, was a misjudged wrap.
                let fresh = lists.is_empty() && self.stack.len() == base + 1;
                // (So is one that skips a number, when the list goes on from it: `(四)` after
                // `(二)` and a line `三)攜帶…` whose bracket was lost, then `(五)`: s-taichung-
                // pinglin-elementary-mobile-device-rules-points-paren-items-lost-open-bracket-
                // squeezed-dates in corpus/real.)
                let resumes = self
                    .broken_lists
                    .iter()
                    .position(|(st, n)| *st == m.style && sequence(Some(*n), cand) == Sequence::Next)
                    .map(|k| (k, None))
                    .or_else(|| {
                        let k = self
                            .broken_lists
                            .iter()
                            .position(|(st, n)| *st == m.style && self.skips_one(*n, m, line))?;
                        let last = self.broken_lists.get(k).map(|(_, n)| *n);
                        Some((k, Some(Note::new(Sequence::Gap, What::List, cand, last, false))))
                    })
                    .filter(|_| fresh);
                // A list whose first items lost their numbers to bullets (`• 視聽教室。` …
                // six bullets, then `七、其他室內外場館及設施。`: s-thps-venue-rules-articles-
                // bullets in corpus/real): the numbered item follows the bullets.
                let after_bullets =
                    fresh && self.prev.is_some_and(|p| p.bullet_items > 0) && cand == (self.bullets + 1, None);
                // A list whose first item was lost (glued into the line before, or cut
                // off), when it goes on from its second: `(二)設備:` then `(三)可出借器材:`
                // (s-khsh-library-learning-space-rules-articles-lost-parens-lost-numerals-
                // truncated in corpus/real), read as items with a note, not as text.
                // (Not in a statute, whose 款 after a 項 of its own may go on from the
                // article's list: P0040008 of the national database.)
                let lost_first = cand == (2, None)
                    && self.kind == DocKind::Directive
                    && self.prev_ends_sentence()
                    && !m.rest.is_empty()
                    && lists.len() < self.max_depth
                    && self.next_of_style(line) == Some((3, None));
                match resumes {
                    Some((k, note)) => Verdict::Resume(k, note),
                    None if after_bullets => Verdict::List { sibling: None, depth: 1, note: None },
                    None if lost_first => Verdict::List {
                        sibling: None,
                        depth: lists.len() + 1,
                        note: Some(Note::new(Sequence::Gap, What::List, cand, None, false)),
                    },
                    None => Verdict::Text(note_if(sequence(None, cand), None)),
                }
            }
            None if lists.len() + 1 > self.max_depth => {
                let mut note = Note::new(Sequence::Gap, What::Depth(self.max_depth), cand, None, true);
                note.code = DiagCode::DepthLimit;
                Verdict::Text(Some(note))
            }
            None => Verdict::List { sibling: None, depth: lists.len() + 1, note: None },
        }
    }
}

/// True when the text after a label opens with a word, not a numeral (a numeral there
/// is a wrapped citation or count: `第七條之` over `二、三點…`).
fn opens_with_word(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| !c.is_numeric() && !crate::numeral::is_cjk_numeral_char(c))
}

/// The node kind of a list item at `depth` (1 = first level under the paragraph).
pub(super) fn list_kind(depth: usize) -> NodeKind {
    match depth {
        1 => NodeKind::Subparagraph,
        2 => NodeKind::Item,
        _ => NodeKind::Subitem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_classification() {
        assert_eq!(sequence(None, (1, None)), Sequence::Next);
        assert_eq!(sequence(None, (6, None)), Sequence::Gap);
        assert_eq!(sequence(Some((2, None)), (3, None)), Sequence::Next);
        assert_eq!(sequence(Some((7, None)), (7, Some(1))), Sequence::Next);
        assert_eq!(sequence(Some((7, Some(1))), (8, None)), Sequence::Next);
        assert_eq!(sequence(Some((2, None)), (2, None)), Sequence::Duplicate);
        assert_eq!(sequence(Some((2, None)), (4, None)), Sequence::Gap);
        assert_eq!(sequence(Some((5, None)), (2, None)), Sequence::OutOfOrder);
    }

    #[test]
    fn codes_and_messages_agree() {
        // A repeated article is a duplicate, and says so (it used to say "out of order").
        let doc = crate::parse("示範法\n第 1 條\n甲。\n第 1 條\n乙。\n");
        let d = &doc.diagnostics[0];
        assert_eq!(d.code, DiagCode::Duplicate);
        assert!(d.message.contains("repeats"), "{}", d.message);
        // A repeated chapter is a duplicate too.
        let doc = crate::parse("示範法\n第一章 總則\n第 1 條\n甲。\n第一章 再\n第 2 條\n乙。\n");
        assert_eq!(doc.diagnostics[0].code, DiagCode::Duplicate);
        let doc = crate::parse("要點\n一、甲。\n三、丙。\n");
        assert_eq!(doc.diagnostics[0].code, DiagCode::Gap);
    }

    #[test]
    fn a_list_restarting_after_its_last_item_keeps_its_items() {
        // c-yda-overseas-volunteer-grant-points-adoption-lines-lost-section-headings-
        // restarting-truncated in corpus/real: the caption of the second `(1)`–`(2)` list
        // was lost.
        let src = "某要點\n一、培訓:\n(一)每場次至少4小時。\n(二)提案類型:\n(1)校內培訓活動。\n(2)知能課程講授。\n(1)跨校專業培訓。\n(2)培訓內容精進方案。\n二、附則。\n";
        let doc = crate::parse(src);
        let point = &doc.units[0];
        assert_eq!(point.children.len(), 1, "one paragraph");
        let second = &point.children[0].children[1];
        let nums: Vec<String> =
            second.children.iter().map(|c| c.num.map(|n| n.to_string()).unwrap_or_default()).collect();
        assert_eq!(nums, ["1", "2", "1", "2"]);
        // Each restarted item has an id of its own.
        let ids: std::collections::HashSet<&str> = second.children.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), 4, "{ids:?}");
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(doc.diagnostics[0].code, DiagCode::OutOfOrder);
        assert!(!doc.diagnostics[0].message.contains("read as text"), "{}", doc.diagnostics[0].message);
        assert_eq!(crate::testing::round_trip(src), None);
        // Not after a lead-in's colon (a list of its own under the line before), nor
        // where the list does not go on from the restart.
        for src in [
            "某要點\n一、培訓:\n(一)甲。\n(二)乙:\n(1)校內。\n(2)推薦信:\n(1)須載明姓名。\n(2)須簽名。\n",
            "某要點\n一、培訓:\n(一)甲。\n(二)乙:\n(1)校內。\n(2)知能。\n(1)跨校專業培訓。\n二、附則。\n",
        ] {
            let doc = crate::parse(src);
            assert!(doc.diagnostics.iter().any(|d| d.message.contains("read as text")), "{src}");
        }
    }

    #[test]
    fn a_bare_numeral_s_point_set_apart_after_a_point_that_lost_its_stop() {
        // c-taiwan-high-court-volunteer-sign-language-interpreters-points-lawplayer-
        // numerals-with-space-no-comma-bulleted-metadata-truncated in corpus/real.
        use crate::testing::top_nums as nums;
        let src = "某要點\n\n一 甲機關得遴聘通譯\n\n二 通譯由學校推薦。\n\n三 任期三年。\n";
        assert_eq!(nums(src), ["1", "2", "3"]);
        assert_eq!(crate::testing::round_trip(src), None);
        // Not without the blank line, nor when its own line ends no sentence, nor when the
        // next number does not follow.
        for src in [
            "某要點\n\n一 甲機關得遴聘通譯\n二 通譯由學校推薦。\n\n三 任期三年。\n",
            "某要點\n\n一 甲機關得遴聘通譯\n\n二 通譯由學校推薦\n\n三 任期三年。\n",
            "某要點\n\n一 甲機關得遴聘通譯\n\n二 通譯由學校推薦。\n\n五 任期三年。\n",
        ] {
            assert!(!nums(src).contains(&"2".to_owned()), "{src}");
        }
    }

    #[test]
    fn a_point_after_the_line_of_a_point_that_lost_its_stop() {
        // c-moi-social-housing-ancillary-facilities-notice-points-sme-startup-news-page-tag-
        // glued-title-trailing-paragraphs-truncated in corpus/real.
        use crate::testing::top_nums as nums;
        let src = "某公告\n一、依住宅法第三十三條第二項規定訂定之\n二、主管機關應協商提供附屬設施。\n三、社會住宅應設置服務項目。\n";
        assert_eq!(nums(src), ["1", "2", "3"]);
        assert_eq!(crate::testing::round_trip(src), None);
        // Not after a word that asks for more, nor after a citation's `之`, nor before a
        // numeral (a wrapped citation), nor when the next number does not follow.
        for src in [
            "某公告\n一、本要點依住宅法及\n二、主管機關應協商提供附屬設施。\n三、社會住宅應設置服務項目。\n",
            "某公告\n一、本要點依住宅法第七條之\n二、主管機關應協商提供附屬設施。\n三、社會住宅應設置服務項目。\n",
            "某公告\n一、依本要點第\n二、三點規定辦理。\n三、社會住宅應設置服務項目。\n",
            "某公告\n一、依住宅法規定訂定之\n二、主管機關應協商提供附屬設施。\n五、社會住宅應設置服務項目。\n",
        ] {
            assert!(!nums(src).contains(&"2".to_owned()), "{src}");
        }
    }
}
