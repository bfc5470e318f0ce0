//! The two legacy Chinese encodings told apart by content: GB18030 (and its subsets GBK
//! and GB2312, used on the mainland) and Big5 (Taiwan).
//!
//! Their byte ranges overlap: every Big5 pair is a valid GBK pair, and most GB2312 pairs
//! are valid Big5 pairs, so text in one often decodes without an error in the other —
//! into nonsense. The decoding that gives more of the characters laws are written with
//! (a list of frequent ones in both scripts) wins, and only by a clear margin: when
//! neither does, nothing is guessed.

use encoding_rs::Encoding;

use crate::error::Error;

/// Frequent characters of legal texts, simplified and traditional (each form once).
const FREQUENT: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严這個們為說國門發時會對學與經關過應實現動機規則設務員縣區級議論織組權責從產業勞單報據護環節編項統計款條處罰費資證請讀調財質貿運選還辦須衛負義領導檢驗達營織歲當後總屬雙體覺聽讓醫萬邊";

static TABLE: std::sync::LazyLock<Vec<bool>> = std::sync::LazyLock::new(|| {
    let mut t = vec![false; 0x10000];
    for c in FREQUENT.chars() {
        if let Some(slot) = t.get_mut(c as usize) {
            *slot = true;
        }
    }
    t
});

/// How many characters of `s` are frequent ones, and how many are ideographs.
fn score(s: &str) -> (usize, usize) {
    let table = &*TABLE;
    let mut hits = 0;
    let mut ideographs = 0;
    for c in s.chars() {
        if ('\u{3400}'..='\u{9FFF}').contains(&c) || ('\u{F900}'..='\u{FAFF}').contains(&c) {
            ideographs += 1;
            hits += usize::from(table.get(c as usize).copied().unwrap_or(false));
        } else if ('\u{E000}'..='\u{F8FF}').contains(&c) {
            // Private-use code points: what a wrong decoding fills gaps with.
            ideographs += 1;
        }
    }
    (hits, ideographs)
}

fn clean(enc: &'static Encoding, bytes: &[u8]) -> Option<String> {
    let s = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    // Real Chinese text holds at least one ideograph.
    if s.chars().any(crate::normalize::is_ideograph) { Some(s.into_owned()) } else { None }
}

/// Decodes bytes that are not UTF-8 as GB18030 or Big5, whichever reads as Chinese;
/// `None` when neither decodes, or when both do and neither clearly reads better
/// (too little text to tell).
pub(crate) fn detect(bytes: &[u8]) -> Option<(String, &'static Encoding)> {
    // A candidate must read as Chinese: a fifth of its ideographs frequent ones.
    let reads = |s: &str| {
        let (hits, ideographs) = score(s);
        (hits >= 1 && hits * 5 >= ideographs).then_some(hits)
    };
    let gb = clean(encoding_rs::GB18030, bytes).and_then(|s| reads(&s).map(|h| (s, h)));
    let big5 = clean(encoding_rs::BIG5, bytes).and_then(|s| reads(&s).map(|h| (s, h)));
    match (gb, big5) {
        (None, None) => None,
        (Some((g, _)), None) => Some((g, encoding_rs::GB18030)),
        (None, Some((b, _))) => Some((b, encoding_rs::BIG5)),
        // Both read as Chinese: the winner must read at least twice as well.
        (Some((g, gh)), Some((b, bh))) => {
            if gh > 2 * bh {
                Some((g, encoding_rs::GB18030))
            } else if bh > 2 * gh {
                Some((b, encoding_rs::BIG5))
            } else {
                None
            }
        }
    }
}

/// Decodes with a named encoding, refusing any byte sequence it cannot decode (no
/// replacement characters): the error gives the offset of the first bad byte.
pub(crate) fn decode_strict(enc: &'static Encoding, bytes: &[u8]) -> Result<String, Error> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(0));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(out),
        encoding_rs::DecoderResult::Malformed(bad, after) => Err(Error::Decode {
            encoding: enc.name().into(),
            offset: read.saturating_sub(bad as usize + after as usize),
        }),
        encoding_rs::DecoderResult::OutputFull => Err(Error::Decode { encoding: enc.name().into(), offset: read }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_examples() {
        // 第一条 in GBK, and 第一條 in Big5
        let gbk = b"\xb5\xda\xd2\xbb\xcc\xf5";
        let big5 = b"\xb2\xc4\xa4@\xb1\xf8";
        assert_eq!(detect(gbk).map(|(s, e)| (s, e.name())), Some(("第一条".into(), "gb18030")));
        assert_eq!(detect(big5).map(|(s, e)| (s, e.name())), Some(("第一條".into(), "Big5")));
        assert_eq!(decode_strict(encoding_rs::GB18030, b"\xb5\xda").unwrap(), "第");
        let err = decode_strict(encoding_rs::GBK, b"\xb5\xda\xff").unwrap_err();
        assert_eq!(err.to_string(), "invalid GBK at byte 2");
    }

    fn enc(e: &'static Encoding, s: &str) -> Vec<u8> {
        let (b, _, unmappable) = e.encode(s);
        assert!(!unmappable, "{s}");
        b.into_owned()
    }

    const CN: &str = "第一条 为了加强行政区划的管理，根据《中华人民共和国宪法》的有关规定，制定本条例。\n第二条 行政区划应当保持总体稳定，必须变更时，应当本着有利于社会主义现代化建设的原则。\n";
    const TW: &str = "第一條 本法依憲法第一百七十條規定訂定之。\n第二條 本法所稱主管機關：在中央為內政部；在直轄市為直轄市政府；在縣（市）為縣（市）政府。\n";

    #[test]
    fn gbk_is_never_read_as_big5() {
        for e in [encoding_rs::GBK, encoding_rs::GB18030] {
            let bytes = enc(e, CN);
            let (text, found) = detect(&bytes).unwrap();
            assert_eq!(found, encoding_rs::GB18030);
            assert_eq!(text, CN);
        }
        // Lines of common characters only (all in byte ranges Big5 accepts too).
        let line = "国家机关应当依法履行职责。";
        let bytes = enc(encoding_rs::GBK, line);
        assert!(encoding_rs::BIG5.decode_without_bom_handling_and_without_replacement(&bytes).is_some());
        assert_eq!(detect(&bytes).map(|(s, _)| s).as_deref(), Some(line));
    }

    #[test]
    fn big5_is_never_read_as_gbk() {
        let bytes = enc(encoding_rs::BIG5, TW);
        // Every Big5 pair is a GBK pair: GB18030 decodes it without an error.
        assert!(encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(&bytes).is_some());
        let (text, found) = detect(&bytes).unwrap();
        assert_eq!(found, encoding_rs::BIG5);
        assert_eq!(text, TW);
    }

    #[test]
    fn nonsense_is_refused() {
        // A UTF-8 surrogate: GB18030 decodes it without an error, into no Chinese.
        assert!(detect(b"\xed\xa0\x80").is_none());
    }

    #[test]
    fn strict_decoding_gives_the_offset() {
        let mut bytes = enc(encoding_rs::GBK, "第一条");
        bytes.extend_from_slice(b"\xff\x20");
        match decode_strict(encoding_rs::GBK, &bytes) {
            Err(Error::Decode { offset, .. }) => assert_eq!(offset, 6),
            other => panic!("{other:?}"),
        }
    }
}
