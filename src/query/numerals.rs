//! Citations in one script of numerals: `第三十四條之一` or `第34條之1`.

use crate::numeral::{arabic_digit, cjk_value, is_cjk_numeral_char, to_cjk};

/// How the numbers of a citation are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Numerals {
    /// Chinese numerals, as laws cite each other: `第三十四條之一`.
    #[default]
    Chinese,
    /// Arabic numerals, as the national database's indexes write them: `第34條之1`.
    Arabic,
}

/// The characters that end the number of a citation step (`第…條`, `第…款`).
const WORDS: &[char] = &['條', '条', '點', '点', '項', '项', '款', '目', '章', '節', '节', '編', '编', '篇', '段'];

/// Rewrites the numbers of the citation steps in `citation` (`第N條`, `第N點之M`) in one
/// script; everything else, labels such as `（1）` included, is kept as it is.
///
/// ```
/// use fagui::query::{Numerals, with_numerals};
/// assert_eq!(with_numerals("第34條之1第2項", Numerals::Chinese), "第三十四條之一第二項");
/// assert_eq!(with_numerals("第三十四條之一第二項", Numerals::Arabic), "第34條之1第2項");
/// assert_eq!(with_numerals("第八點第一款（1）", Numerals::Arabic), "第8點第1款（1）");
/// assert_eq!(with_numerals("次第三", Numerals::Arabic), "次第三");
/// ```
pub fn with_numerals(citation: &str, numerals: Numerals) -> String {
    let is_num = |c: char| arabic_digit(c).is_some() || is_cjk_numeral_char(c);
    let mut out = String::with_capacity(citation.len());
    let mut rest = citation;
    while let Some(c) = rest.chars().next() {
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
        out.push(c);
        // 第N<word>, or 之N right after a step's word.
        let opens = c == '第' || (c == '之' && out.chars().rev().nth(1).is_some_and(|p| WORDS.contains(&p)));
        if !opens {
            continue;
        }
        let len = rest.find(|c: char| !is_num(c)).unwrap_or(rest.len());
        let (digits, after) = rest.split_at(len);
        let closed = c == '之' || after.chars().next().is_some_and(|w| WORDS.contains(&w));
        match value(digits) {
            Some(n) if closed => {
                match numerals {
                    Numerals::Chinese => out.push_str(&to_cjk(n)),
                    Numerals::Arabic => out.push_str(&n.to_string()),
                }
                rest = after;
            }
            _ => {}
        }
    }
    out
}

/// The value of a run of Arabic digits (ASCII or full-width) or of Chinese numerals.
fn value(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| arabic_digit(c).is_some()) {
        return s.chars().try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(arabic_digit(c)?));
    }
    cjk_value(s)
}
