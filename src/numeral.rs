//! Numerals: Chinese (`一百零一`, `十一`, `一〇五`), Arabic (`12`) and full-width
//! Arabic (`１２`), read to integers and written back in Taiwanese legal style
//! (`110` → `一百十`).

use nom::{IResult, Parser, bytes::complete::take_while1, combinator::map_opt};

/// True for the characters that can appear in a Chinese numeral.
pub(crate) fn is_cjk_numeral_char(c: char) -> bool {
    cjk_digit(c).is_some() || cjk_unit(c).is_some() || cjk_tens(c).is_some()
}

/// The tens written as one character, 廿 (20), 卅 (30) and 卌 (40), as older charters
/// number their articles (`第卅一條`: o-tceba-trade-association-charter-articles-spaced-
/// numerals-menu-chrome in corpus/real) and dates their days (`七月廿一日`): the digit of
/// the tens.
fn cjk_tens(c: char) -> Option<u64> {
    Some(match c {
        '廿' => 2,
        '卅' => 3,
        '卌' => 4,
        _ => return None,
    })
}

/// The value of a unit character: 十 (拾), 百 (佰), 千 (仟), 萬.
fn cjk_unit(c: char) -> Option<u64> {
    Some(match c {
        // (The Kangxi radical of the same shape, as PDF extractions print it: see
        // `normalize::is_ideograph`.)
        '十' | '拾' | '⼗' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '萬' => 10_000,
        _ => return None,
    })
}

fn cjk_digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' | '○' | 'Ｏ' => 0,
        // ㄧ (bopomofo) stands for 一 in texts typed with a phonetic input method.
        // ⼀ ⼆ ⼋ (U+2F00, U+2F06, U+2F0B): the Kangxi radicals of the same shapes.
        '一' | '壹' | 'ㄧ' | '⼀' => 1,
        '二' | '貳' | '兩' | '⼆' => 2,
        // 叁 and 叄 are variants of 參, 参 its simplified form: each numbers the third
        // part of a school's plan (`叁、申請須知`: s-ncku-civil-english-test-award-
        // principles-chapters-restarting-points-paren-items-truncated; `参、實施要點`:
        // s-hsinchu-vocational-self-harm-prevention-plan-chapters-restart-variant-can-hard-
        // wraps-truncated in corpus/real).
        '三' | '參' | '叁' | '叄' | '参' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' | '⼋' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Value of one Arabic digit, ASCII or full-width.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Evaluates a whole string of Chinese numeral characters.
///
/// Both the unit form (`一百零一`, `十一`, `二十`, `一百十`) and the positional form used
/// for years (`一〇五`) are read. Returns `None` for an empty or malformed numeral or one
/// past `u32`.
///
/// ```
/// use fagui::numeral::cjk_value;
/// assert_eq!(cjk_value("十一"), Some(11));
/// assert_eq!(cjk_value("一百零一"), Some(101));
/// assert_eq!(cjk_value("一百十"), Some(110));
/// assert_eq!(cjk_value("一千二百二十五"), Some(1225));
/// assert_eq!(cjk_value("一〇五"), Some(105));
/// assert_eq!(cjk_value("十十"), None);
/// assert_eq!(cjk_value("卅一"), Some(31));
/// assert_eq!(cjk_value("廿"), Some(20));
/// ```
pub fn cjk_value(s: &str) -> Option<u32> {
    match numeral_prefix(s) {
        (len, v) if len == s.len() => v,
        _ => None,
    }
}

/// Reads the Chinese numeral characters at the start of `s` in one pass: their length
/// in bytes and their value by [`cjk_value`]'s rules (`None` when malformed or empty).
pub(crate) fn numeral_prefix(s: &str) -> (usize, Option<u32>) {
    // Both readings are kept up as the characters go by; which applies is known only at
    // the end (a unit character anywhere makes it the unit form).
    let mut positional: Option<u64> = Some(0);
    let mut has_unit = false;
    let mut bad = false; // the unit form is malformed
    let mut total: u64 = 0; // completed 萬 groups
    let mut section: u64 = 0; // below 萬
    let mut current: Option<u64> = None; // pending digit
    let mut last_unit: u64 = u64::MAX; // units must decrease inside a section
    let mut len = 0;
    for c in s.chars() {
        if let Some(d) = cjk_digit(c) {
            len += c.len_utf8();
            positional =
                positional.and_then(|v| v.checked_mul(10)?.checked_add(d)).filter(|&v| v <= u64::from(u32::MAX));
            if d == 0 {
                current = None;
            } else if current.is_some() {
                bad = true; // two digits in a row in unit form
            } else {
                current = Some(d);
            }
            continue;
        }
        if let Some(d) = cjk_tens(c) {
            // As a digit and 十 in one: none may stand before it, nor 十 or 廿 after.
            len += c.len_utf8();
            has_unit = true;
            if current.is_some() || last_unit <= 10 {
                bad = true;
            } else {
                section += d * 10;
                last_unit = 10;
            }
            continue;
        }
        let Some(unit) = cjk_unit(c) else { break };
        len += c.len_utf8();
        has_unit = true;
        if bad {
            continue;
        }
        if unit == 10_000 {
            let group = section + current.unwrap_or(0);
            match group.checked_mul(10_000).and_then(|g| total.checked_add(g)) {
                Some(t) if group != 0 => total = t,
                _ => bad = true,
            }
            section = 0;
            current = None;
            last_unit = u64::MAX;
            continue;
        }
        if unit >= last_unit {
            bad = true;
            continue;
        }
        let d = match current {
            Some(d) => d,
            None if unit == 10 => 1, // 十一 = 11, 一百十 = 110
            None => {
                bad = true;
                continue;
            }
        };
        section += d * unit;
        current = None;
        last_unit = unit;
    }
    if len == 0 {
        return (0, None);
    }
    let v = if !has_unit {
        // Positional: 一〇五 = 105. A single 零 is 0.
        positional
    } else if bad {
        None
    } else {
        total.checked_add(section).and_then(|v| v.checked_add(current.unwrap_or(0)))
    };
    (len, v.and_then(|v| u32::try_from(v).ok()))
}

/// Evaluates a string of Arabic digits (ASCII or full-width).
pub(crate) fn arabic_value(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut v: u32 = 0;
    for c in s.chars() {
        v = v.checked_mul(10)?.checked_add(arabic_digit(c)?)?;
    }
    Some(v)
}

/// nom rule: a Chinese numeral at the start of the input.
pub(crate) fn cjk_numeral(input: &str) -> IResult<&str, u32> {
    map_opt(take_while1(is_cjk_numeral_char), cjk_value).parse(input)
}

/// nom rule: an Arabic numeral (ASCII or full-width digits) at the start of the input.
pub(crate) fn arabic_numeral(input: &str) -> IResult<&str, u32> {
    map_opt(take_while1(|c| arabic_digit(c).is_some()), arabic_value).parse(input)
}

/// nom rule: either kind of numeral.
pub(crate) fn any_numeral(input: &str) -> IResult<&str, u32> {
    nom::branch::alt((arabic_numeral, cjk_numeral)).parse(input)
}

/// Writes a number in Chinese the way Taiwanese laws do (`110` → `一百十`, `101` → `一百零一`).
///
/// ```
/// use fagui::numeral::to_cjk;
/// assert_eq!(to_cjk(10), "十");
/// assert_eq!(to_cjk(15), "十五");
/// assert_eq!(to_cjk(20), "二十");
/// assert_eq!(to_cjk(101), "一百零一");
/// assert_eq!(to_cjk(110), "一百十");
/// assert_eq!(to_cjk(1010), "一千零十");
/// assert_eq!(to_cjk(0), "零");
/// ```
pub fn to_cjk(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fn digit(d: u32) -> char {
        DIGITS.get(d as usize).copied().unwrap_or('零')
    }
    // Taiwanese laws omit 一 before 十 everywhere: 十一, 一百十, 一千零十.
    fn below_10k(n: u32, out: &mut String) {
        let parts = [(1000, '千'), (100, '百'), (10, '十')];
        let mut pending_zero = false;
        let mut started = false;
        let mut rest = n;
        for (unit, ch) in parts {
            let d = rest / unit;
            rest %= unit;
            if d == 0 {
                pending_zero |= started;
                continue;
            }
            if pending_zero {
                out.push('零');
                pending_zero = false;
            }
            if !(unit == 10 && d == 1) {
                out.push(digit(d));
            }
            out.push(ch);
            started = true;
        }
        if rest > 0 {
            if pending_zero {
                out.push('零');
            }
            out.push(digit(rest));
        }
    }
    if n == 0 {
        return "零".to_string();
    }
    let mut out = String::new();
    let high = n / 10_000;
    let low = n % 10_000;
    if high > 0 {
        below_10k(high, &mut out);
        out.push('萬');
        if low > 0 {
            if low < 1000 {
                out.push('零');
            }
            below_10k(low, &mut out);
        }
    } else {
        below_10k(low, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_value_example() {
        assert_eq!(crate::numeral::arabic_value("１０"), Some(10));
        assert_eq!(crate::numeral::arabic_value(""), None);
    }

    #[test]
    fn round_trip_small_numbers() {
        for n in 0..=12_000u32 {
            assert_eq!(cjk_value(&to_cjk(n)), Some(n), "{n} -> {}", to_cjk(n));
        }
    }

    #[test]
    fn reads_legal_forms() {
        assert_eq!(cjk_value("一百一十"), Some(110));
        assert_eq!(cjk_value("二百"), Some(200));
        assert_eq!(cjk_value("九十九"), Some(99));
        assert_eq!(cjk_value("兩千"), Some(2000));
        assert_eq!(cjk_value("一萬零五"), Some(10005));
        assert_eq!(cjk_value("零"), Some(0));
        assert_eq!(cjk_value("百"), None);
        assert_eq!(cjk_value("十百"), None);
    }

    #[test]
    fn reads_tens_written_as_one_character() {
        assert_eq!(cjk_value("卅"), Some(30));
        assert_eq!(cjk_value("卅一"), Some(31));
        assert_eq!(cjk_value("廿四"), Some(24));
        assert_eq!(cjk_value("卌"), Some(40));
        assert_eq!(cjk_value("一百廿"), Some(120));
        for bad in ["二廿", "廿十", "廿廿", "卅百"] {
            assert_eq!(cjk_value(bad), None, "{bad}");
        }
    }

    #[test]
    fn writes_legal_forms() {
        assert_eq!(to_cjk(999), "九百九十九");
        assert_eq!(to_cjk(1225), "一千二百二十五");
        assert_eq!(to_cjk(1001), "一千零一");
        assert_eq!(to_cjk(10_010), "一萬零十");
        assert_eq!(to_cjk(111), "一百十一");
    }

    #[test]
    fn overflow_is_none() {
        assert_eq!(arabic_value("99999999999"), None);
        assert_eq!(cjk_value("一萬萬"), None);
        assert_eq!(cjk_value("九九九九九九九九九九九"), None);
    }

    /// The two-pass reading [`numeral_prefix`] replaced, kept as the reference.
    fn reference(s: &str) -> Option<u32> {
        if s.is_empty() {
            return None;
        }
        if !s.chars().any(|c| cjk_digit(c).is_none()) {
            let mut v: u64 = 0;
            for c in s.chars() {
                v = v.checked_mul(10)?.checked_add(cjk_digit(c)?)?;
            }
            return u32::try_from(v).ok();
        }
        let (mut total, mut section, mut current, mut last_unit) = (0u64, 0u64, None::<u64>, u64::MAX);
        for c in s.chars() {
            if let Some(d) = cjk_digit(c) {
                if d == 0 {
                    current = None;
                    continue;
                }
                if current.is_some() {
                    return None;
                }
                current = Some(d);
                continue;
            }
            let unit = cjk_unit(c)?;
            if unit == 10_000 {
                let group = section + current.unwrap_or(0);
                if group == 0 {
                    return None;
                }
                total = total.checked_add(group.checked_mul(10_000)?)?;
                (section, current, last_unit) = (0, None, u64::MAX);
                continue;
            }
            if unit >= last_unit {
                return None;
            }
            let d = match current {
                Some(d) => d,
                None if unit == 10 => 1,
                None => return None,
            };
            section += d * unit;
            current = None;
            last_unit = unit;
        }
        u32::try_from(total.checked_add(section)?.checked_add(current.unwrap_or(0))?).ok()
    }

    #[test]
    fn one_pass_reading_matches_the_reference() {
        let alphabet: Vec<char> = "一二三九〇零十百千萬拾、x".chars().collect();
        let mut strings = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            strings = strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            all.extend(strings.iter().cloned());
        }
        all.extend(
            ["九萬九千九百九十九", "四十二萬九千四百九十六萬", "四二九四九六七二九五", "四二九四九六七二九六"]
                .map(String::from),
        );
        for s in &all {
            assert_eq!(cjk_value(s), reference(s), "{s}");
            let len = s.char_indices().find(|(_, c)| !is_cjk_numeral_char(*c)).map_or(s.len(), |(i, _)| i);
            let (plen, v) = numeral_prefix(s);
            assert_eq!(plen, len, "{s}");
            assert_eq!(v, reference(&s[..len]), "{s}");
        }
    }
}

/// The examples of this module's documentation, as unit tests (the module is
/// private, so rustdoc cannot compile them).
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
mod doc_examples {
    #[test]
    fn is_cjk_numeral_char() {
        assert!(crate::numeral::is_cjk_numeral_char('零'));
        assert!(!crate::numeral::is_cjk_numeral_char('條'));
        // The Kangxi radicals a PDF extraction prints for 一 二 八 十.
        assert_eq!(crate::numeral::cjk_value("⼗⼋"), Some(18));
        assert_eq!(crate::numeral::cjk_value("⼆⼗⼀"), Some(21));
    }
    #[test]
    fn arabic_digit() {
        assert_eq!(crate::numeral::arabic_digit('７'), Some(7));
    }
    #[test]
    fn cjk_numeral() {
        assert_eq!(crate::numeral::cjk_numeral("二十三、"), Ok(("、", 23)));
    }
    #[test]
    fn arabic_numeral() {
        assert_eq!(crate::numeral::arabic_numeral("12."), Ok((".", 12)));
    }
    #[test]
    fn any_numeral() {
        assert_eq!(crate::numeral::any_numeral("十條"), Ok(("條", 10)));
        assert_eq!(crate::numeral::any_numeral("10 條"), Ok((" 條", 10)));
    }
}
