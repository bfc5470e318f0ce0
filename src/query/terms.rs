//! Defined terms: abbreviations (`行政院（以下簡稱本院）`, `(簡稱DIGI+小組)`) and
//! definitions (`本要點所稱X，指…`, `本法用詞，定義如下：一、X：指…`).
//!
//! For an abbreviation the meaning is the noun phrase right before the parenthesis: the
//! text back to the nearest boundary — punctuation, or one of 之 的 為 設 置 依 由 於
//! 向 經 將 指定 … — so `特設立跨部會之數位國家創新經濟推動小組（以下簡稱本小組）`
//! means `數位國家創新經濟推動小組`. When that phrase ends in a law suffix (法, 條例 …)
//! the law name is taken as in references (`本辦法依示範法（以下簡稱本法）` → `示範法`).
//!
//! Linear in the text: the phrase is read back at most [`MAX_MEANING_CHARS`]
//! characters, and each closing parenthesis, separator or `。` is searched for once for
//! all the openers before it (10⁵ unclosed `（` or `所稱` cost one pass, not 10⁵).
//!
//! ```
//! let src = "示範要點\n一、行政院(以下簡稱本院)為推動創新，特設立跨部會之創新推動小組(以下簡稱本小組)。\n";
//! let doc = fagui::parse(src);
//! let terms = fagui::query::extract_terms(&doc, src);
//! let pairs: Vec<_> = terms.iter().map(|t| (t.term.as_str(), t.meaning.as_str())).collect();
//! assert_eq!(pairs, [("本院", "行政院"), ("本小組", "創新推動小組")]);
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::ast::{Document, Node, NodeKind, Span};

use super::{DebrisIndex, TextMap, Walk, source_span};

/// A defined term.
///
/// ```
/// let src = "示範辦法\n第 1 條\n本辦法所稱資料，指機關作成之文書。\n";
/// let doc = fagui::parse(src);
/// let t = &fagui::query::extract_terms(&doc, src)[0];
/// assert_eq!((t.term.as_str(), t.meaning.as_str(), t.defined_in.as_str()), ("資料", "機關作成之文書", "art_1__para_1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Term {
    /// The term as defined, e.g. `本小組`.
    pub term: String,
    /// What it stands for or means, e.g. `數位國家創新經濟推動小組`.
    pub meaning: String,
    /// Id of the node whose text defines it.
    pub defined_in: String,
    /// Byte range of the term in the source (the node's span when it cannot be aligned).
    pub span: Span,
}

const BOUNDARY_WORDS: [&str; 18] = [
    "之", "的", "為", "設", "置", "依", "於", "向", "將", "指定", "委託", "即", "係", "對", "在", "並", "得由", "所稱",
];

/// Verbs that end the phrase only when at least four characters follow them: in
/// `數位國家創新經濟推動小組` 推動 is part of the name, in `推動海洋觀測資料` it is not.
const BOUNDARY_VERBS: [&str; 12] =
    ["使", "推動", "辦理", "審查", "申請", "組成", "成立", "建立", "建置", "執行", "協助", "會同"];

fn is_boundary_punct(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '。'
            | '、'
            | '；'
            | ';'
            | '：'
            | ':'
            | '（'
            | '）'
            | '('
            | ')'
            | '「'
            | '」'
            | '『'
            | '』'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '！'
            | '？'
            | '\n'
    )
}

/// The longest phrase an abbreviation can stand for, in characters: the text before
/// `（以下簡稱X）` is read this far back, no farther (agency and law names are under 50
/// characters; the longest meaning read from the 300 sample regulations has 54). Each
/// abbreviation's meaning is thus at most this long, and a text made of nothing but
/// abbreviations writes about 15 times its size as terms.
pub const MAX_MEANING_CHARS: usize = 64;

/// The noun phrase at the end of `before` (at most [`MAX_MEANING_CHARS`] characters).
pub(crate) fn trailing_phrase(before: &str) -> String {
    let trimmed = before.trim_end();
    if let Some(law) = super::refs::law_name_before(trimmed) {
        return law;
    }
    let mut start = 0;
    let mut depth = 0usize;
    let mut extending = false;
    // Characters after the one looked at.
    let mut tail = 0usize;
    for (i, c) in trimmed.char_indices().rev() {
        if tail == MAX_MEANING_CHARS {
            start = i + c.len_utf8();
            break;
        }
        tail += 1;
        let tail = tail - 1;
        // A parenthesis group inside the phrase (`縣（市）政府`) belongs to it.
        if c == '）' || c == ')' {
            depth += 1;
            continue;
        }
        if depth > 0 {
            if c == '（' || c == '(' {
                depth -= 1;
            }
            continue;
        }
        if is_boundary_punct(c) {
            start = i + c.len_utf8();
            break;
        }
        let head = trimmed.get(..i + c.len_utf8()).unwrap_or_default();
        // After 之/的, a phrase of one or two characters is a head noun with its modifier
        // before it (`未達公告金額十分之一之採購`): look past 之 and 的 to the next boundary.
        let short_after_of = tail <= 2 && (c == '之' || c == '的');
        if short_after_of || (c == '之' || c == '的') && extending {
            extending = true;
            continue;
        }
        if BOUNDARY_WORDS.iter().any(|w| head.ends_with(*w))
            || (tail >= 4 && BOUNDARY_VERBS.iter().any(|w| head.ends_with(*w)))
        {
            start = i + c.len_utf8();
            break;
        }
    }
    let phrase = trimmed.get(start..).unwrap_or_default().trim();
    let phrase = phrase.trim_start_matches('特');
    let phrase = match phrase.strip_prefix('指') {
        Some(p) if p.chars().count() >= 2 => p,
        _ => phrase,
    };
    phrase.to_string()
}

/// `（以下簡稱X）`, `(簡稱X)`, `（下稱X）`, `（以下稱X）`: (start of paren, term, term range).
fn abbreviations(text: &str) -> Vec<(usize, String, (usize, usize))> {
    let mut out = Vec::new();
    let mut close_after = NextOf::new(|s: &str| s.find(['）', ')']));
    for (i, c) in text.match_indices(['（', '(']) {
        let inner_start = i + c.len();
        let rest = text.get(inner_start..).unwrap_or_default();
        // The lead first (cheap), then the closing parenthesis (found once for all the
        // parentheses opened before it).
        let lead = ["以下簡稱", "以下稱", "下稱", "簡稱"].iter().find(|l| rest.starts_with(**l));
        let Some(lead) = lead else { continue };
        let Some(close) = close_after.at(text, inner_start) else { continue };
        let inner = text.get(inner_start..close).unwrap_or_default();
        if !inner.starts_with(lead) {
            continue;
        }
        let mut term = inner.get(lead.len()..).unwrap_or_default();
        let mut off = inner_start + lead.len();
        let trimmed = term.trim_start_matches(['：', ':', '為', '「', '『', '"', '“', ' ']);
        off += term.len() - trimmed.len();
        term = trimmed.trim_end_matches(['」', '』', '"', '”', ' ']);
        if term.is_empty() || term.chars().nth(30).is_some() {
            continue;
        }
        out.push((i, term.to_string(), (off, off + term.len())));
    }
    out
}

/// The first occurrence of some pattern at or after a position, for positions that
/// mostly move forward: one search answers every position before the match, so a text
/// with `n` openers and one far separator is read once, not `n` times.
struct NextOf<F> {
    /// The search: the offset of the first match in a text.
    find: F,
    /// The last position asked and its answer.
    asked: Option<(usize, Option<usize>)>,
}

impl<F: Fn(&str) -> Option<usize>> NextOf<F> {
    fn new(find: F) -> NextOf<F> {
        NextOf { find, asked: None }
    }

    /// Byte offset in `text` of the first match at or after `pos`.
    fn at(&mut self, text: &str, pos: usize) -> Option<usize> {
        if let Some((from, found)) = self.asked
            && from <= pos
            && found.is_none_or(|f| f >= pos)
        {
            return found;
        }
        let found = text.get(pos..).and_then(|rest| (self.find)(rest)).map(|i| pos + i);
        self.asked = Some((pos, found));
        found
    }
}

/// `所稱X，指Y。` / `所稱X：Y` — (term, meaning, term range); `X、Y` defines both.
fn so_called(text: &str) -> Vec<(String, String, (usize, usize))> {
    let mut out = Vec::new();
    // Each search below is shared by every `所稱` before its match.
    let mut sep_after = NextOf::new(|s: &str| s.find(['，', ',', '：', ':']));
    let mut paren_after = NextOf::new(|s: &str| s.find(['（', '(']));
    let mut cheng_after = NextOf::new(|s: &str| s.find('稱'));
    let mut stop_after = NextOf::new(|s: &str| s.find('。'));
    let mut word_after = NextOf::new(|s: &str| s.find("所稱"));
    for (i, _) in text.match_indices("所稱") {
        let start = i + "所稱".len();
        let Some(sep) = sep_after.at(text, start) else { continue };
        let term = text.get(start..sep).unwrap_or_default();
        // `所稱檔案庫房（以下簡稱庫房）`: the term stops at an abbreviation; `縣（市）` stays whole.
        let term = match paren_after.at(text, start).filter(|&p| p < sep) {
            Some(p) if cheng_after.at(text, p).is_some_and(|c| c < sep) => text.get(start..p).unwrap_or_default(),
            _ => term,
        };
        // `所稱之基數`: the term is what follows 之.
        let (term, start) = match term.strip_prefix('之') {
            Some(t) => (t, start + '之'.len_utf8()),
            None => (term, start),
        };
        if term.is_empty() || term.chars().nth(40).is_some() || term.contains('。') {
            continue;
        }
        let after = text.get(sep..).unwrap_or_default();
        let after = after.trim_start_matches(['，', ',', '：', ':']);
        let after = ["係指", "是指", "指", "謂"].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(after);
        // The meaning ends at the sentence's end or at the next `所稱`.
        let from = text.len() - after.len();
        let end =
            [stop_after.at(text, from), word_after.at(text, from)].into_iter().flatten().min().unwrap_or(text.len());
        let meaning = text.get(from..end).unwrap_or_default();
        let meaning = meaning.trim().trim_end_matches(['；', '，', ';', ',']);
        let mut off = start;
        for part in term.split('、') {
            let t = part.trim_matches(['「', '」', ' ']);
            if !t.is_empty() && !meaning.is_empty() {
                let s = off + part.find(t).unwrap_or(0);
                out.push((t.to_string(), meaning.to_string(), (s, s + t.len())));
            }
            off += part.len() + '、'.len_utf8();
        }
    }
    out
}

/// A definition list item `X：指Y。` — (term, meaning).
fn list_definition(text: &str) -> Option<(String, String, (usize, usize))> {
    let sep = text.find(['：', ':'])?;
    let term = text.get(..sep)?.trim_matches(['「', '」', ' ']);
    if term.is_empty() || term.chars().count() > 30 || term.contains(['，', '。']) {
        return None;
    }
    let after = text.get(sep..)?.trim_start_matches(['：', ':']);
    let after = ["係指", "是指", "指", "謂"].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(after);
    let meaning = after.trim_end_matches('。').trim();
    let s = text.find(term).unwrap_or(0);
    Some((term.to_string(), meaning.to_string(), (s, s + term.len())))
}

/// Whether `text` holds a parenthesis and whether it holds `所稱` (char searches only:
/// no searcher is built per text).
fn markers(text: &str) -> (bool, bool) {
    // One char each: a byte search, not a char-by-char decode.
    let paren = text.contains('(') || text.contains('（');
    let word = text.match_indices('稱').any(|(i, _)| text.get(..i).is_some_and(|b| b.ends_with('所')));
    (paren, word)
}

fn introduces_definitions(text: &str) -> bool {
    text.contains("定義如下") || (text.contains("用詞") && text.contains("如下")) || text.contains("意義如下")
}

/// Every defined term, in document order. `src` is the text the document was parsed
/// from (for the spans).
///
/// ```
/// let src = "示範法\n第 2 條\n本法用詞，定義如下：\n一、資料：指文書。\n二、資料集：指資料之集合。\n";
/// let doc = fagui::parse(src);
/// let terms = fagui::query::extract_terms(&doc, src);
/// assert_eq!(terms[1].term, "資料集");
/// assert_eq!(terms[1].meaning, "資料之集合");
/// assert_eq!(terms[1].defined_in, "art_2__para_1__subpara_2");
/// ```
pub fn extract_terms(doc: &Document, src: &str) -> Vec<Term> {
    if doc.jurisdiction == crate::ast::Jurisdiction::Cn {
        return super::cn::terms(doc, src);
    }
    let mut out: Vec<Term> = Vec::new();
    // The last parent asked whether it introduces definitions, and its answer.
    let mut introduces: Option<(&Node, bool)> = None;
    let debris = DebrisIndex::new(doc);
    let mut walk = Walk::new(doc);
    while let Some((path, node)) = walk.advance() {
        if node.text.is_empty() {
            continue;
        }
        let mut found: Vec<(String, String, (usize, usize))> = Vec::new();
        // Abbreviations need a parenthesis, definitions `所稱`.
        let (paren, so_called_word) = markers(&node.text);
        if paren {
            for (paren, term, range) in abbreviations(&node.text) {
                let meaning = trailing_phrase(node.text.get(..paren).unwrap_or_default());
                if !meaning.is_empty() {
                    found.push((term, meaning, range));
                }
            }
        }
        if so_called_word {
            found.extend(so_called(&node.text));
        }
        if node.kind == NodeKind::Subparagraph
            && let Some(&parent) = path.last()
            && match introduces {
                Some((p, yes)) if std::ptr::eq(p, parent) => yes,
                _ => {
                    let yes = introduces_definitions(&parent.text);
                    introduces = Some((parent, yes));
                    yes
                }
            }
            && let Some(d) = list_definition(&node.text)
        {
            found.push(d);
        }
        if found.is_empty() {
            continue;
        }
        let map = TextMap::new(src, &debris, node);
        for (term, meaning, (a, b)) in found {
            out.push(Term { term, meaning, defined_in: node.id.clone(), span: source_span(map.as_ref(), node, a, b) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases() {
        assert_eq!(trailing_phrase("行政院"), "行政院");
        assert_eq!(
            trailing_phrase("為發展活躍網路社會、建構富裕數位國家，特設立跨部會之數位國家創新經濟推動小組"),
            "數位國家創新經濟推動小組"
        );
        assert_eq!(
            trailing_phrase("其英文名稱為Digital Innovation & Governance Initiative Committee"),
            "Digital Innovation & Governance Initiative Committee"
        );
        assert_eq!(trailing_phrase("示範機關"), "示範機關");
        assert_eq!(trailing_phrase("為推動資料治理，特設資料治理推動小組"), "資料治理推動小組");
        assert_eq!(trailing_phrase("本辦法依示範法"), "示範法");
        assert_eq!(trailing_phrase("必要時，得由主管機關指定交通部民用航空局"), "交通部民用航空局");
        assert_eq!(trailing_phrase("為規範自由貿易港區設置管理條例"), "自由貿易港區設置管理條例");
        assert_eq!(trailing_phrase("為使市政會議"), "市政會議");
        assert_eq!(trailing_phrase("規定，辦理未達公告金額十分之一之採購"), "未達公告金額十分之一之採購");
        assert_eq!(trailing_phrase("申請補助之智慧服務計畫"), "智慧服務計畫");
        assert_eq!(trailing_phrase("為審查直轄市及縣（市）政府"), "直轄市及縣（市）政府");
        assert_eq!(trailing_phrase("主管機關：指示範部"), "示範部");
        assert_eq!(trailing_phrase("本規則所稱檔案庫房"), "檔案庫房");
        assert_eq!(trailing_phrase("得會同有關機關組成海洋資料跨域整合小組"), "海洋資料跨域整合小組");
    }

    #[test]
    fn abbreviation_forms() {
        let a = abbreviations("行政院(以下簡稱本院)為；英文名稱為X(簡稱DIGI+小組)；甲（下稱「乙」）");
        let terms: Vec<_> = a.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(terms, ["本院", "DIGI+小組", "乙"]);
    }

    #[test]
    fn so_called_forms() {
        let d = so_called("本要點所稱資訊長、副資訊長，指各機關之首長。");
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].0, "副資訊長");
        assert_eq!(d[1].1, "各機關之首長");
        let d = so_called("本法所稱主管機關：在中央為示範部。");
        assert_eq!(d[0].1, "在中央為示範部");
        let d = so_called("本規則所稱檔案庫房（以下簡稱庫房），指典藏場所。");
        assert_eq!(d[0].0, "檔案庫房");
        assert_eq!(so_called("本法所稱縣（市），指省轄縣。")[0].0, "縣（市）");
        assert_eq!(so_called("第二條所稱之基數，依所得為準。")[0].0, "基數");
        assert!(so_called("所稱車輛如左：").is_empty());
        let d = so_called("所稱承辦單位，指負責之單位；所稱需求單位，指提出需求之單位。");
        assert_eq!((d[0].1.as_str(), d[1].1.as_str()), ("負責之單位", "提出需求之單位"));
    }
    // The searches before they were made linear (every opener read the rest of the
    // text), kept to check that the linear ones give the same answers.
    mod naive {
        use super::super::{BOUNDARY_VERBS, BOUNDARY_WORDS, is_boundary_punct};

        pub(super) fn naive_trailing_phrase(before: &str) -> String {
            let trimmed = before.trim_end();
            if let Some(law) = crate::query::refs::law_name_before(trimmed) {
                return law;
            }
            let mut start = 0;
            let mut depth = 0usize;
            let mut extending = false;
            for (i, c) in trimmed.char_indices().rev() {
                // A parenthesis group inside the phrase (`縣（市）政府`) belongs to it.
                if c == '）' || c == ')' {
                    depth += 1;
                    continue;
                }
                if depth > 0 {
                    if c == '（' || c == '(' {
                        depth -= 1;
                    }
                    continue;
                }
                if is_boundary_punct(c) {
                    start = i + c.len_utf8();
                    break;
                }
                let head = trimmed.get(..i + c.len_utf8()).unwrap_or_default();
                let tail = trimmed.get(i + c.len_utf8()..).unwrap_or_default().chars().count();
                // After 之/的, a phrase of one or two characters is a head noun with its modifier
                // before it (`未達公告金額十分之一之採購`): look past 之 and 的 to the next boundary.
                let short_after_of = tail <= 2 && (c == '之' || c == '的');
                if short_after_of || (c == '之' || c == '的') && extending {
                    extending = true;
                    continue;
                }
                if BOUNDARY_WORDS.iter().any(|w| head.ends_with(*w))
                    || (tail >= 4 && BOUNDARY_VERBS.iter().any(|w| head.ends_with(*w)))
                {
                    start = i + c.len_utf8();
                    break;
                }
            }
            let phrase = trimmed.get(start..).unwrap_or_default().trim();
            let phrase = phrase.trim_start_matches('特');
            let phrase = match phrase.strip_prefix('指') {
                Some(p) if p.chars().count() >= 2 => p,
                _ => phrase,
            };
            phrase.to_string()
        }
        pub(super) fn naive_abbreviations(text: &str) -> Vec<(usize, String, (usize, usize))> {
            let mut out = Vec::new();
            for (i, c) in text.char_indices() {
                if c != '（' && c != '(' {
                    continue;
                }
                let inner_start = i + c.len_utf8();
                let rest = text.get(inner_start..).unwrap_or_default();
                let Some(close) = rest.find(['）', ')']) else { continue };
                let inner = rest.get(..close).unwrap_or_default();
                let lead = ["以下簡稱", "以下稱", "下稱", "簡稱"].iter().find(|l| inner.starts_with(**l));
                let Some(lead) = lead else { continue };
                let mut term = inner.get(lead.len()..).unwrap_or_default();
                let mut off = inner_start + lead.len();
                let trimmed = term.trim_start_matches(['：', ':', '為', '「', '『', '"', '“', ' ']);
                off += term.len() - trimmed.len();
                term = trimmed.trim_end_matches(['」', '』', '"', '”', ' ']);
                if term.is_empty() || term.chars().count() > 30 {
                    continue;
                }
                out.push((i, term.to_string(), (off, off + term.len())));
            }
            out
        }
        pub(super) fn naive_so_called(text: &str) -> Vec<(String, String, (usize, usize))> {
            let mut out = Vec::new();
            for (i, _) in text.match_indices("所稱") {
                let start = i + "所稱".len();
                let rest = text.get(start..).unwrap_or_default();
                let Some(sep) = rest.find(['，', ',', '：', ':']) else { continue };
                let term = rest.get(..sep).unwrap_or_default();
                // `所稱檔案庫房（以下簡稱庫房）`: the term stops at an abbreviation; `縣（市）` stays whole.
                let term = match term.find(['（', '(']) {
                    Some(p) if term.get(p..).is_some_and(|g| g.contains("稱")) => term.get(..p).unwrap_or_default(),
                    _ => term,
                };
                // `所稱之基數`: the term is what follows 之.
                let (term, start) = match term.strip_prefix('之') {
                    Some(t) => (t, start + '之'.len_utf8()),
                    None => (term, start),
                };
                if term.is_empty() || term.contains('。') || term.chars().count() > 40 {
                    continue;
                }
                let after = rest.get(sep..).unwrap_or_default();
                let after = after.trim_start_matches(['，', ',', '：', ':']);
                let after = ["係指", "是指", "指", "謂"].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(after);
                let meaning = after.split('。').next().unwrap_or_default();
                let meaning =
                    meaning.split("所稱").next().unwrap_or_default().trim().trim_end_matches(['；', '，', ';', ',']);
                let mut off = start;
                for part in term.split('、') {
                    let t = part.trim_matches(['「', '」', ' ']);
                    if !t.is_empty() && !meaning.is_empty() {
                        let s = off + part.find(t).unwrap_or(0);
                        out.push((t.to_string(), meaning.to_string(), (s, s + t.len())));
                    }
                    off += part.len() + '、'.len_utf8();
                }
            }
            out
        }
    }

    /// Pseudo-random texts over the characters the searches look at.
    fn texts() -> Vec<String> {
        const ALPHABET: [&str; 24] = [
            "（", "(", "）", ")", "以下", "簡稱", "下稱", "稱", "所稱", "，", "：", "。", "、", "之", "甲", "乙", "法",
            " ", "「", "」", "指", "；", "為", "推動",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..3000)
            .map(|_| {
                let len = (next() % 60) as usize;
                (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect()
            })
            .collect()
    }

    #[test]
    fn linear_searches_agree_with_the_naive_ones() {
        let (mut abbr, mut defs) = (0, 0);
        for t in texts() {
            let a = abbreviations(&t);
            assert_eq!(a, naive::naive_abbreviations(&t), "{t}");
            let d = so_called(&t);
            assert_eq!(d, naive::naive_so_called(&t), "{t}");
            // The same phrase, unless the old one ran past the window (then its end).
            let (phrase, old) = (trailing_phrase(&t), naive::naive_trailing_phrase(&t));
            if old.chars().count() < MAX_MEANING_CHARS {
                assert_eq!(phrase, old, "{t}");
            } else {
                assert!(old.ends_with(&phrase) && phrase.chars().count() <= MAX_MEANING_CHARS, "{t}");
            }
            abbr += a.len();
            defs += d.len();
        }
        // The texts do hold abbreviations and definitions.
        assert!(abbr > 100 && defs > 100, "{abbr} {defs}");
    }

    #[test]
    fn phrases_are_read_back_a_bounded_length() {
        let long = "甲".repeat(MAX_MEANING_CHARS * 3);
        assert_eq!(trailing_phrase(&long).chars().count(), MAX_MEANING_CHARS);
        // 10^5 unclosed parentheses and 所稱 without separator: nothing, quickly.
        assert!(abbreviations(&"（".repeat(100_000)).is_empty());
        assert!(so_called(&"所稱".repeat(100_000)).is_empty());
        // 所稱 far before its separator: the term is too long.
        assert!(so_called(&format!("所稱{}，指乙。", "（稱".repeat(1000))).is_empty());
    }
}
