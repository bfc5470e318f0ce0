//! Text repair (phase 1 of the pipeline): split the input into lines with their byte
//! offsets, measure them, and join wrapped lines without losing a character.
//!
//! Nothing here changes a non-whitespace character: whitespace inside a line is folded
//! (removed between two wide characters, one ASCII space elsewhere) and a line break is
//! either kept as a structural break or removed by [`join`] (one space only between two
//! Latin letters or digits, none around CJK).

/// One physical line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number in the input.
    pub number: usize,
    /// Byte offset where the line starts.
    pub start: usize,
    /// The line without leading and trailing whitespace.
    pub content: &'a str,
    /// Byte offset of `content` in the input.
    pub content_start: usize,
    /// Leading whitespace: display columns (ASCII space 1, U+3000 2, tab 4).
    pub indent: u32,
    /// Leading ASCII spaces only (a hanging indent in old database text).
    pub ascii_indent: u32,
    /// Characters before `content` on the line (for diagnostics columns).
    pub indent_chars: u32,
    /// Display width of the whole line in Big5 columns (ASCII 1, anything else 2).
    pub width: u32,
    /// True when the line is a table row (box-drawing characters).
    pub table: bool,
    /// [`final_char`] of the content.
    pub final_char: Option<char>,
    /// [`ends_sentence`] of the content.
    pub ends_sentence: bool,
    /// [`starts_with_continuation`] of the content.
    pub continues: bool,
}

impl Line<'_> {
    /// Byte offset just past the content.
    pub fn content_end(&self) -> usize {
        self.content_start + self.content.len()
    }

    /// 1-based column (in characters) where the content starts.
    pub fn column(&self) -> usize {
        self.indent_chars as usize + 1
    }
}

/// True for a character of the CJK Unified Ideographs block (U+4E00–U+9FFF): the
/// ideographs of running text, as the reading rules test a word's characters. The
/// Kangxi radicals (U+2F00–U+2FD5) count too: PDF extractions print them in the place
/// of the ideographs they look like (`⼈員`, `⽇期`, `⼀、`: l-tainan-edu-teacher-transfer-
/// points-review-notice-dcjh-relay-kangxi-numerals-truncated in corpus/real).
pub(crate) fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{2F00}'..='\u{2FD5}').contains(&c)
}

/// True for whitespace as the parser sees it: Unicode whitespace (incl. U+3000 and
/// no-break space) and the byte-order mark.
pub fn is_space(c: char) -> bool {
    // Fast answers for ASCII and for the ideographs (nothing above U+3000 is Unicode
    // whitespace) before the table lookup.
    match c as u32 {
        0..=0x7F => matches!(c, '\t' | '\n' | '\u{0b}' | '\u{0c}' | '\r' | ' '),
        0x3001..=0xFEFE | 0xFF00.. => false,
        _ => c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}',
    }
}

/// Big5-style display width of a string: ASCII 1, anything else 2.
pub fn width(s: &str) -> u32 {
    // Count chars cheaply: every non-continuation byte starts a char.
    // One pass that vectorises: an ASCII byte counts 1, a lead byte 2, the rest 0.
    // Byte-wide sums over short chunks (at most 2 × 127 per chunk) let the compiler use
    // its widest vector lanes.
    let w: usize = s
        .as_bytes()
        .chunks(127)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |acc, &x| acc + u8::from(x < 0x80) + 2 * u8::from(x >= 0xC0))))
        .sum();
    u32::try_from(w).unwrap_or(u32::MAX)
}

/// Splits the input into non-blank lines (LF, CRLF or CR endings).
pub fn lines(src: &str) -> Vec<Line<'_>> {
    let bytes = src.as_bytes();
    // Counting line feeds first sizes the vector once.
    let mut out = Vec::with_capacity(bytes.iter().filter(|&&b| b == b'\n').count() + 1);
    let mut start = 0usize;
    let mut number = 1usize;
    let len = bytes.len();
    while start <= len {
        let end = bytes.get(start..).and_then(line_end).map_or(len, |i| start + i);
        if let Some(raw) = src.get(start..end)
            && let Some(line) = make_line(raw, start, number)
        {
            out.push(line);
        }
        if end >= len {
            break;
        }
        // consume the line ending
        let crlf = bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n');
        start = if crlf { end + 2 } else { end + 1 };
        number += 1;
    }
    out
}

/// Offset of the first CR or LF: short lines by a plain loop, the rest by memchr
/// (whose setup costs more than it saves on a handful of bytes).
fn line_end(t: &[u8]) -> Option<usize> {
    let head = t.get(..32).unwrap_or(t);
    match head.iter().position(|&b| b == b'\n' || b == b'\r') {
        Some(i) => Some(i),
        None if head.len() == t.len() => None,
        None => memchr::memchr2(b'\n', b'\r', t.get(head.len()..)?).map(|i| i + head.len()),
    }
}

fn make_line(raw: &str, start: usize, number: usize) -> Option<Line<'_>> {
    // Most lines neither start nor end with a space: tell from one byte when possible.
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x7F || (0xE4..=0xE9).contains(&b));
    let trimmed_start = if plain(raw.as_bytes().first()) { raw } else { raw.trim_start_matches(is_space) };
    if trimmed_start.is_empty() {
        return None;
    }
    let lead = raw.len() - trimmed_start.len();
    let last_char = trimmed_start.chars().next_back();
    let last_plain = last_char.is_some_and(|c| !is_space(c));
    let content = if last_plain { trimmed_start } else { trimmed_start.trim_end_matches(is_space) };
    let lead_str = raw.get(..lead).unwrap_or("");
    let mut indent = 0u32;
    let mut ascii_indent = 0u32;
    let mut indent_chars = 0u32;
    for c in lead_str.chars() {
        indent_chars += 1;
        match c {
            ' ' => {
                indent += 1;
                ascii_indent += 1;
            }
            '\t' => indent += 4,
            '\u{feff}' | '\u{200b}' => {}
            c if c.is_ascii() => indent += 1,
            _ => indent += 2,
        }
    }
    let last = match last_char {
        Some(c) if last_plain && !is_closer(c) => Some(c),
        _ => final_char(content),
    };
    Some(Line {
        number,
        start,
        content,
        content_start: start + lead,
        indent,
        ascii_indent,
        indent_chars,
        width: indent + width(content),
        table: is_table_line(content),
        final_char: last,
        ends_sentence: ends_sentence_at(last, content),
        continues: starts_with_continuation(content),
    })
}

/// The part `from..to` of a line's content, measured as a line of its own (its
/// offsets stay those of the input). `None` when the part is blank.
pub fn part_of_line<'a>(line: &Line<'a>, from: usize, to: usize) -> Option<Line<'a>> {
    let raw = line.content.get(from..to)?;
    let mut part = make_line(raw, line.content_start + from, line.number)?;
    part.indent_chars += line.indent_chars + line.content.get(..from)?.chars().count() as u32;
    part.start = line.start;
    Some(part)
}

/// True for characters drawn two columns wide that take no space around them in
/// Chinese typesetting (CJK ideographs, kana, full-width forms and CJK punctuation).
pub fn is_wide(c: char) -> bool {
    let cp = c as u32;
    matches!(cp,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// `content` with its whitespace folded as in every node text ([`push_folded`]).
pub fn folded(content: &str) -> String {
    let mut out = String::with_capacity(content.len());
    push_folded(&mut out, content);
    out
}

/// Appends one line's content to `out`, folding whitespace inside it: a run of
/// whitespace next to a wide (CJK) character is removed, any other run becomes one ASCII
/// space.
pub fn push_folded(out: &mut String, content: &str) {
    // Spacing next to a wide character is typographic (`第 1641 號` reads `第1641號`) and
    // is lost whenever a wrap falls on it, so it is dropped; a run between two narrow
    // characters (`Innovation & Governance`) becomes one space.
    if !has_space(content) {
        out.push_str(content);
        return;
    }
    let mut pending_space = false;
    let mut prev: Option<char> = out.chars().next_back();
    for c in content.chars() {
        if is_space(c) {
            pending_space = true;
            continue;
        }
        if pending_space {
            let any_wide = prev.is_some_and(is_wide) || is_wide(c);
            if !any_wide && prev.is_some() {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
        prev = Some(c);
    }
}

/// True when the string holds any character [`is_space`] accepts (checked on bytes).
pub fn has_space(s: &str) -> bool {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = b.get(from..).and_then(|t| t.iter().position(|&x| space_start(x))) {
        let at = from + i;
        if b.get(at).is_some_and(u8::is_ascii) || multibyte_space_at(b, at) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Bytes that can start a space character: ASCII whitespace and the lead bytes of the
/// multi-byte spaces.
#[inline]
fn space_start(x: u8) -> bool {
    SPACE_START.get(usize::from(x)).copied().unwrap_or(false)
}

/// [`space_start`] as a table: one load per byte on long runs of CJK text.
// Built at compile time: an index out of bounds would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
static SPACE_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(i, 0x09..=0x0D | 0x20 | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
        i += 1;
    }
    t
};

/// True when the multi-byte character starting at `i` is a space (see [`is_space`]).
#[inline]
fn multibyte_space_at(b: &[u8], i: usize) -> bool {
    let at = |k: usize| b.get(i + k).copied();
    match at(0) {
        Some(0xC2) => matches!(at(1), Some(0x85 | 0xA0)),
        Some(0xE1) => at(1) == Some(0x9A) && at(2) == Some(0x80),
        Some(0xE2) => {
            (at(1) == Some(0x80) && matches!(at(2), Some(0x80..=0x8B | 0xA8 | 0xA9 | 0xAF)))
                || (at(1) == Some(0x81) && at(2) == Some(0x9F))
        }
        Some(0xE3) => at(1) == Some(0x80) && at(2) == Some(0x80),
        Some(0xEF) => at(1) == Some(0xBB) && at(2) == Some(0xBF),
        _ => false,
    }
}

/// Joins a wrapped continuation onto `out`: one space only where both sides are Latin
/// letters or digits, none otherwise.
pub fn join(out: &mut String, content: &str) {
    // A multi-byte character never ends or starts with an ASCII byte: bytes suffice.
    let last = out.as_bytes().last();
    let first = match content.as_bytes().first() {
        Some(&b) if space_start(b) => content.trim_start_matches(is_space).as_bytes().first(),
        other => other,
    };
    // Also after an English sentence (`…the following year.` + `2.All required…`:
    // l-taichung-tax-privacy-notice-land-tax-bilingual-lists in corpus/real), not in a
    // number (`3.` + `5`) nor after a comma (`learning,` + `teaching` is one word list of
    // H0070091 in the national database).
    let word_end = || {
        let b = out.as_bytes();
        matches!(b.last(), Some(b'.' | b'!' | b'?'))
            && b.len() >= 2
            && b.get(b.len() - 2).is_some_and(u8::is_ascii_alphabetic)
    };
    if first.is_some_and(u8::is_ascii_alphanumeric) && (last.is_some_and(u8::is_ascii_alphanumeric) || word_end()) {
        out.push(' ');
    }
    push_folded(out, content);
}

/// True when the line is made of box-drawing characters (a table row).
///
/// A lone horizontal stroke between words is a dash, not a rule (`請點選下方─相關連結` in a
/// point run on after others: l-kaohsiung-marine-bureau-sea-recreation-notice-ouk-relay-
/// points-one-line-tts-chrome; `「臺中─臺北」`: l-taichung-south-district-office-senior-
/// disabled-fare-subsidy-table-bars-run-on-items, both in corpus/real): a row holds a
/// corner, a junction or a vertical, or a stroke with no word on one side.
pub fn is_table_line(content: &str) -> bool {
    // U+2500..U+257F are E2 94 xx and E2 95 xx in UTF-8: a byte scan, decoding only there.
    let b = content.as_bytes();
    let is_box = |c: char| ('\u{2500}'..='\u{257F}').contains(&c);
    let word = |c: Option<char>| c.is_some_and(|c| !is_box(c) && !is_space(c));
    let mut from = 0;
    while let Some(i) = b.get(from..).and_then(|t| t.iter().position(|&x| x == 0xE2)) {
        let at = from + i;
        if matches!(b.get(at + 1), Some(0x94 | 0x95))
            && let Some(c) = content.get(at..).and_then(|r| r.chars().next())
        {
            let between_words = word(content.get(at + c.len_utf8()..).and_then(|r| r.chars().next()))
                && word(content.get(..at).and_then(|r| r.chars().next_back()));
            if !matches!(c, '─' | '━' | '═') || !between_words {
                return true;
            }
        }
        from = at + 1;
    }
    false
}

/// True when a line reads as page debris from a PDF: `- 3 -`, `— 12 —`, `第 2 頁`,
/// `第2頁，共5頁`, `2 / 5`, `Page 3`.
#[inline]
pub fn is_page_debris(content: &str) -> bool {
    // Page debris is short and starts with a dash, 第, a digit or "Page" (the first
    // byte rules out most lines before any decoding).
    content.len() <= 48
        && matches!(content.as_bytes().first(), Some(b'-' | b'P' | b'p' | b'0'..=b'9' | 0xE2 | 0xE7 | 0xEF))
        && page_debris_shape(content)
}

fn page_debris_shape(content: &str) -> bool {
    if !content.starts_with(['-', '—', '–', '－', '第', 'P', 'p'])
        && !content.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && !content.starts_with(|c: char| ('０'..='９').contains(&c))
    {
        return false;
    }
    let s: std::borrow::Cow<'_, str> = if has_space(content) {
        content.chars().filter(|c| !is_space(*c)).collect::<String>().into()
    } else {
        content.into()
    };
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    for dash in ['-', '—', '–', '－'] {
        if let Some(inner) = s.strip_prefix(dash).and_then(|t| t.strip_suffix(dash))
            && digits(inner)
        {
            return true;
        }
    }
    if let Some(rest) = s.strip_prefix('第')
        && let Some(idx) = rest.find('頁')
    {
        let (num, tail) = rest.split_at(idx);
        let tail = tail.trim_start_matches('頁');
        let tail_ok = tail.is_empty()
            || tail
                .trim_start_matches(['，', ',', '/', '／'])
                .strip_prefix('共')
                .and_then(|t| t.strip_suffix('頁'))
                .is_some_and(digits);
        if digits(num) && tail_ok {
            return true;
        }
    }
    if let Some((a, b)) = s.split_once(['/', '／'])
        && digits(a)
        && digits(b)
    {
        return true;
    }
    if let Some(rest) = s.strip_prefix("Page").or_else(|| s.strip_prefix("page")) {
        return digits(rest);
    }
    false
}

/// The character that decides whether a line ends a sentence: the last character,
/// looking through closing quotes and brackets (and a stray `、` after a full stop).
pub fn final_char(content: &str) -> Option<char> {
    let mut rest = content.chars().rev().skip_while(|&c| is_closer(c) || is_space(c));
    match rest.next() {
        // A stray `、` after a full stop is the full stop's (`…不得報支住宿費。、 第六條 雜費`:
        // s-tatung-institute-student-domestic-travel-points-articles-flattened-one-line-
        // truncated in corpus/real); nothing else writes the two together.
        Some('、') if rest.next() == Some('。') => Some('。'),
        c => c,
    }
}

/// Closing quotes and brackets, which [`final_char`] looks through.
fn is_closer(c: char) -> bool {
    matches!(c, '」' | '』' | '）' | ')' | '"' | '”' | '’')
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary: a
/// bounded window for a search near the start of a text.
pub(crate) fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// True when a line ends a sentence or clause that normally ends a paragraph or item.
pub fn ends_sentence(content: &str) -> bool {
    ends_sentence_at(final_char(content), content)
}

/// [`ends_sentence`] given the content's [`final_char`] already found.
fn ends_sentence_at(last: Option<char>, content: &str) -> bool {
    matches!(last, Some('。' | '！' | '？' | '：' | '；' | '.' | ':' | ';' | '!' | '?'))
        || (matches!(content.as_bytes().last(), Some(b')' | 0x89))
            && (content.ends_with("刪除）") || content.ends_with("刪除)")))
}

/// True when a line starts with punctuation that can only continue the line before it.
pub fn starts_with_continuation(content: &str) -> bool {
    // The wide ones all start with byte E3 or EF: most lines are told by one byte.
    if !matches!(content.as_bytes().first(), Some(b',' | b';' | b':' | b')' | 0xE3 | 0xEF)) {
        return false;
    }
    matches!(
        content.chars().next(),
        Some('，' | '。' | '、' | '；' | '：' | '）' | '」' | '』' | '？' | '！' | ',' | ';' | ':' | ')' | '》' | '〉')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_english_sentences_with_a_space() {
        let mut s = String::from("the following year.");
        join(&mut s, "2.All documents");
        assert_eq!(s, "the following year. 2.All documents");
        let mut s = String::from("第3.");
        join(&mut s, "5條");
        assert_eq!(s, "第3.5條");
        let mut s = String::from("learning,");
        join(&mut s, "teaching");
        assert_eq!(s, "learning,teaching");
    }

    #[test]
    fn offsets_are_bytes() {
        let src = "甲\n 乙丙 \n";
        let ls = lines(src);
        assert_eq!(ls[1].content, "乙丙");
        assert_eq!(&src[ls[1].content_start..ls[1].content_end()], "乙丙");
        assert_eq!(ls[1].number, 2);
        assert_eq!(ls[1].column(), 2);
    }

    #[test]
    fn bom_is_whitespace() {
        let ls = lines("\u{feff}要點\n");
        assert_eq!(ls[0].content, "要點");
    }

    #[test]
    fn fast_space_checks_match_the_definition() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let spec = c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}';
            assert_eq!(is_space(c), spec, "{:?}", c);
            let s = format!("甲{c}a");
            assert_eq!(has_space(&s), spec, "{:?}", c);
        }
    }

    #[test]
    fn folding() {
        let mut s = String::new();
        push_folded(&mut s, "少年福利法 (以下簡稱本法) 第十二條");
        assert_eq!(s, "少年福利法(以下簡稱本法)第十二條");
        let mut s = String::new();
        push_folded(&mut s, "第 849335 號 of 2 cases");
        assert_eq!(s, "第849335號of 2 cases");
    }

    #[test]
    fn line_measures_match_their_definitions() {
        // Lines ending in closers, spaces and brackets; starting with every kind of
        // punctuation; mixed widths.
        let heads = ["", "，", "。", "、", "（", "」", ",", "a", "第", "\u{3000}"];
        let tails = ["", "。", "）", "」", "。」", "）\u{3000}", "刪除）", "刪除)", "：", " ", "x"];
        for h in heads {
            for t in tails {
                let src = format!("{h}本法 ab{t}");
                for l in lines(&src) {
                    let c = l.content;
                    assert_eq!(l.final_char, final_char(c), "{src:?}");
                    assert_eq!(l.ends_sentence, ends_sentence(c), "{src:?}");
                    let first = c.chars().next();
                    let cont = "，。、；：）」』？！,;:)》〉";
                    assert_eq!(l.continues, first.is_some_and(|f| cont.contains(f)), "{src:?}");
                    let w: u32 = c.chars().map(|ch| if ch.is_ascii() { 1 } else { 2 }).sum();
                    assert_eq!(width(c), w, "{src:?}");
                }
            }
        }
    }
}

/// The examples of this module's documentation, as unit tests (the module is
/// private, so rustdoc cannot compile them).
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
mod doc_examples {
    #[test]
    fn line() {
        let lines = crate::normalize::lines(" 一、 行政院\r\n\r\n經濟");
        assert_eq!(lines.len(), 2); // blank lines are dropped
        assert_eq!(lines[0].content, "一、 行政院");
        assert_eq!(lines[0].content_start, 1);
        assert_eq!(lines[1].number, 3);
    }
    #[test]
    fn content_end() {
        let l = crate::normalize::lines("ab  ")[0];
        assert_eq!(l.content_end(), 2);
    }
    #[test]
    fn column() {
        assert_eq!(crate::normalize::lines("　一、甲")[0].column(), 2);
    }
    #[test]
    fn is_space() {
        assert!(crate::normalize::is_space('\u{3000}'));
        assert!(crate::normalize::is_space('\u{a0}'));
        assert!(!crate::normalize::is_space('一'));
    }
    #[test]
    fn width() {
        assert_eq!(crate::normalize::width("第 1 條"), 7);
    }
    #[test]
    fn lines() {
        let ls = crate::normalize::lines("a\rb\r\nc\n\n");
        assert_eq!(ls.iter().map(|l| l.content).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(ls[2].number, 3);
    }
    #[test]
    fn part_of_line() {
        let l = crate::normalize::lines("- 一、甲。")[0];
        let part = crate::normalize::part_of_line(&l, 2, l.content.len()).unwrap();
        assert_eq!(part.content, "一、甲。");
        assert_eq!(part.content_start, 2);
        assert_eq!(part.column(), 3);
    }
    #[test]
    fn is_wide() {
        assert!(crate::normalize::is_wide('（'));
        assert!(!crate::normalize::is_wide('('));
    }
    #[test]
    fn push_folded() {
        let mut s = String::new();
        crate::normalize::push_folded(&mut s, "Innovation  &\u{3000}Governance 小組　任務 第 3 條");
        assert_eq!(s, "Innovation & Governance小組任務第3條");
    }
    #[test]
    fn has_space() {
        assert!(crate::normalize::has_space("甲\u{3000}乙"));
        assert!(!crate::normalize::has_space("甲、乙。"));
    }
    #[test]
    fn join() {
        let mut s = String::from("Digital");
        crate::normalize::join(&mut s, "Innovation");
        assert_eq!(s, "Digital Innovation");
        let mut s = String::from("(簡稱DIGI");
        crate::normalize::join(&mut s, "+小");
        assert_eq!(s, "(簡稱DIGI+小");
    }
    #[test]
    fn is_table_line() {
        assert!(crate::normalize::is_table_line("┌──┬──┐"));
        assert!(crate::normalize::is_table_line("│甲 │乙 │"));
        assert!(!crate::normalize::is_table_line("本法"));
        assert!(crate::normalize::is_table_line("──────") && crate::normalize::is_table_line("─"));
        assert!(crate::normalize::is_table_line("甲 ─ 乙") && crate::normalize::is_table_line("│甲─乙│"));
        assert!(!crate::normalize::is_table_line("三、宣導影片(請點選下方─相關連結)。"));
    }
    #[test]
    fn is_page_debris() {
        use crate::normalize::is_page_debris;
        assert!(is_page_debris("- 3 -"));
        assert!(is_page_debris("第 2 頁，共 5 頁"));
        assert!(is_page_debris("2/5"));
        assert!(!is_page_debris("第 2 條"));
        assert!(!is_page_debris("3"));
    }
    #[test]
    fn final_char() {
        assert_eq!(crate::normalize::final_char("本法施行。」"), Some('。'));
        assert_eq!(crate::normalize::final_char("不得報支住宿費。、"), Some('。'));
        assert_eq!(crate::normalize::final_char("交通費、"), Some('、'));
    }
    #[test]
    fn ends_sentence() {
        assert!(crate::normalize::ends_sentence("之。"));
        assert!(!crate::normalize::ends_sentence("創新經"));
        assert!(crate::normalize::ends_sentence("（刪除）"));
    }
    #[test]
    fn starts_with_continuation() {
        assert!(crate::normalize::starts_with_continuation("，均適用"));
    }
}
