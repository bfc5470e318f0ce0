//! The 說明 column as drafters write it ([`super::render::Explain::Facts`]): the
//! structural facts of a change, stated concisely — renumbering runs as one range
//! (`原第四項第二款至第五款依序移列為第三款至第六款。`) — and `酌作文字修正。` only when
//! the change really is editorial; a substantive change names where the wording changed
//! and leaves a placeholder for the drafter's reason.
//!
//! **The editorial rule.** A change of wording is editorial when, in every node whose
//! text changed, the old and the new text read the same once folded: punctuation and
//! whitespace removed, full-width forms as half-width, `的` read as `之`, `台` as `臺`,
//! and numbers compared by value whatever their script (`3`, `３`, `三`); or when the
//! only other difference is agencies renamed by a reorganisation ([`RENAMES`]: each
//! agency of the old text replaced by one of its successors, its head's title with it,
//! `行政院衛生署署長` → `衛生福利部部長`). Anything else — a number of members that
//! changed, a word added, a clause removed, a competence handed to an agency that is not
//! the successor of the one named (`內政部` → `法務部`) — is substantive.

use crate::ast::{DocKind, NodeKind, Num};
use crate::numeral::to_cjk;

use super::inline::{new_text, old_text};
use super::render::cite;
use super::{Change, InlineOp, Op};

/// The placeholder a substantive change leaves for the drafter's reason.
pub const PLACEHOLDER: &str = "〔修正理由待補〕";

/// A text folded for the editorial rule (see the module documentation).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s
        .chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        // A run of digits or of Chinese numerals: its value.
        let numeral = |c: char| c.is_ascii_digit() || crate::numeral::is_cjk_numeral_char(c);
        if numeral(c) {
            let start = i;
            while chars.get(i).is_some_and(|c| numeral(*c)) {
                i += 1;
            }
            let run: String = chars.get(start..i).unwrap_or_default().iter().collect();
            let value = if run.chars().all(|c| c.is_ascii_digit()) {
                run.parse::<u64>().ok()
            } else {
                crate::numeral::cjk_value(&run).map(u64::from)
            };
            match value {
                Some(v) => {
                    out.push('#');
                    out.push_str(&v.to_string());
                    out.push('#');
                }
                None => out.push_str(&run),
            }
            continue;
        }
        i += 1;
        if c.is_whitespace() || c.is_ascii_punctuation() || is_cjk_punctuation(c) {
            continue;
        }
        out.push(match c {
            '的' => '之',
            '台' => '臺',
            c => c,
        });
    }
    out
}

/// Agencies renamed or merged by a reorganisation: each agency and its successor, as
/// laws name them, with the organic act (組織法) or the change that made the successor
/// and the year it took effect. A successor of a successor is one too. An agency that
/// kept its name through the 2012–2023 reorganisation of the Executive Yuan (行政院公共
/// 工程委員會) is not here, nor is a transfer this list cannot date.
pub(crate) const RENAMES: &[(&str, &str)] = &[
    // 衛生部組織法 (1947): the 衛生署 raised to a ministry.
    ("衛生署", "衛生部"),
    // 衛生福利部組織法 (2013): 行政院衛生署 and the social affairs of 內政部 (社會司,
    // 兒童局) became 衛生福利部, their bureaus its administrations (署).
    ("行政院衛生署", "衛生福利部"),
    ("衛生署", "衛生福利部"),
    ("內政部", "衛生福利部"),
    ("中央健康保險局", "中央健康保險署"),
    ("疾病管制局", "疾病管制署"),
    ("食品藥物管理局", "食品藥物管理署"),
    ("國民健康局", "國民健康署"),
    // 行政院勞工委員會組織條例 (1987): the labour affairs of 內政部 (勞工司).
    ("內政部", "行政院勞工委員會"),
    // 勞動部組織法 (2014), 勞動部勞動力發展署組織法 (2014).
    ("行政院勞工委員會", "勞動部"),
    ("勞工委員會", "勞動部"),
    ("職業訓練局", "勞動力發展署"),
    // 農業部組織法 (2023) and the organic acts of its administrations (2023).
    ("行政院農業委員會", "農業部"),
    ("農業委員會", "農業部"),
    ("林務局", "林業及自然保育署"),
    ("水土保持局", "農村發展及水土保持署"),
    ("動植物防疫檢疫局", "動植物防疫檢疫署"),
    // 環境部組織法 (2023).
    ("行政院環境保護署", "環境部"),
    ("環境保護署", "環境部"),
    // 文化部組織法 (2012): 行政院文化建設委員會, and the publishing, film and
    // broadcasting affairs of 行政院新聞局 (abolished in 2012).
    ("行政院文化建設委員會", "文化部"),
    ("行政院新聞局", "文化部"),
    // 國家發展委員會組織法 (2014): 經建會 and 研考會 merged.
    ("行政院經濟建設委員會", "國家發展委員會"),
    ("行政院研究發展考核委員會", "國家發展委員會"),
    // 科技部組織法 (2014); 國家科學及技術委員會組織法 (2022).
    ("行政院國家科學委員會", "科技部"),
    ("科技部", "國家科學及技術委員會"),
    // 核能安全委員會組織法 (2023).
    ("行政院原子能委員會", "核能安全委員會"),
    // 海洋委員會組織法 and 海洋委員會海巡署組織法 (2018).
    ("行政院海岸巡防署", "海洋委員會海巡署"),
    ("行政院海岸巡防署", "海洋委員會"),
    // 教育部體育署組織法 and 教育部青年發展署組織法 (2013).
    ("行政院體育委員會", "教育部體育署"),
    ("行政院青年輔導委員會", "教育部青年發展署"),
    // 行政院主計總處組織法 and 行政院人事行政總處組織法 (2012).
    ("行政院主計處", "行政院主計總處"),
    ("行政院人事行政局", "行政院人事行政總處"),
    // 行政院金融監督管理委員會組織法 (2004): the financial supervision of 財政部;
    // 金融監督管理委員會組織法 (2012) dropped 行政院 from the name.
    ("財政部", "行政院金融監督管理委員會"),
    ("財政部", "金融監督管理委員會"),
    ("行政院金融監督管理委員會", "金融監督管理委員會"),
    // The councils' own organic acts under the 行政院組織法 of 2010 (in force 2012) dropped
    // 行政院 from their names: 大陸委員會組織法, 僑務委員會組織法, 客家委員會組織法,
    // 公平交易委員會組織法 (2012), 國軍退除役官兵輔導委員會組織法 (2013),
    // 原住民族委員會組織法 (2014).
    ("行政院大陸委員會", "大陸委員會"),
    ("行政院僑務委員會", "僑務委員會"),
    ("行政院客家委員會", "客家委員會"),
    ("行政院公平交易委員會", "公平交易委員會"),
    ("行政院國軍退除役官兵輔導委員會", "國軍退除役官兵輔導委員會"),
    ("行政院原住民族委員會", "原住民族委員會"),
    // 行政院原住民委員會組織條例 amended (2002): 原住民 → 原住民族.
    ("行政院原住民委員會", "行政院原住民族委員會"),
    // 行政院國軍退除役官兵輔導委員會組織條例 (1966): 國軍 added to the name.
    ("行政院退除役官兵輔導委員會", "行政院國軍退除役官兵輔導委員會"),
    // 行政院處務規程 (2012): the council became an office (處) of the Executive Yuan.
    ("行政院消費者保護委員會", "行政院消費者保護處"),
    // 國家運輸安全調查委員會組織法 (2019): the aviation safety council widened to all
    // transport.
    ("行政院飛航安全委員會", "國家運輸安全調查委員會"),
    // 交通部觀光署組織法 and 內政部國土管理署組織法 (2023).
    ("交通部觀光局", "交通部觀光署"),
    ("內政部營建署", "內政部國土管理署"),
    // 法務部組織法 (1980): 司法行政部 renamed when the courts of first and second instance
    // passed to the Judicial Yuan.
    ("司法行政部", "法務部"),
    // 實業部組織法 (1930): 農礦部 and 工商部 merged; 經濟部組織法 (1938): 實業部 merged
    // into 經濟部.
    ("農礦部", "實業部"),
    ("工商部", "實業部"),
    ("實業部", "經濟部"),
    // 社會部 merged into 內政部 (1949).
    ("社會部", "內政部"),
];

/// The titles of an agency's head, which follow its name when the head is meant.
const HEAD_TITLES: [&str; 7] = ["主任委員", "總處長", "主計長", "部長", "署長", "局長", "處長"];

/// True when `new` is `old` or one of its successors in [`RENAMES`].
fn succeeds(old: &str, new: &str) -> bool {
    let mut seen = vec![old];
    let mut i = 0;
    while let Some(&at) = seen.get(i) {
        if at == new {
            return true;
        }
        for (a, b) in RENAMES {
            if *a == at && !seen.contains(b) {
                seen.push(b);
            }
        }
        i += 1;
    }
    false
}

/// A folded text with each agency of [`RENAMES`] (and its head's title after it) taken
/// out: the rest of the text, and the agencies named, in order.
fn agencies(folded: &str) -> (String, Vec<&'static str>) {
    let mut names: Vec<&'static str> = RENAMES.iter().flat_map(|(a, b)| [*a, *b]).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let (mut rest, mut found) = (String::new(), Vec::new());
    let mut s = folded;
    while let Some(c) = s.chars().next() {
        if let Some(name) = names.iter().find(|n| s.starts_with(**n)) {
            s = s.get(name.len()..).unwrap_or("");
            if let Some(t) = HEAD_TITLES.iter().find(|t| s.starts_with(**t)) {
                s = s.get(t.len()..).unwrap_or("");
                rest.push('首');
            }
            rest.push('§');
            found.push(*name);
            continue;
        }
        rest.push(c);
        s = s.get(c.len_utf8()..).unwrap_or("");
    }
    (rest, found)
}

/// True when two texts read the same under the editorial rule (see the
/// module documentation).
pub(crate) fn same_editorially(old: &str, new: &str) -> bool {
    let (a, b) = (fold(old), fold(new));
    if a == b {
        return true;
    }
    let ((ra, na), (rb, nb)) = (agencies(&a), agencies(&b));
    ra == rb && na.len() == nb.len() && na.iter().zip(&nb).all(|(x, y)| succeeds(x, y))
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF5F..=0xFF65) || matches!(c, '、' | '‧' | '·' | '—' | '…')
}

/// True when a node was paired (it exists in both versions).
fn paired(c: &Change) -> bool {
    c.old_id.is_some() && c.new_id.is_some()
}

/// True when every wording change in a paired node and its paired descendants is
/// editorial (added or deleted children are structure, judged by [`facts`]).
/// Only the tests need it: [`facts`] judges each node by the same rule.
#[cfg(test)]
pub(crate) fn is_editorial(c: &Change) -> bool {
    if !paired(c) {
        return true;
    }
    let own = c.inline.iter().all(|p| p.op == InlineOp::Equal)
        || same_editorially(&old_text(&c.inline), &new_text(&c.inline));
    let caption = same_editorially(c.old_caption.as_deref().unwrap_or(""), c.new_caption.as_deref().unwrap_or(""));
    own && caption && c.children.iter().all(is_editorial)
}

/// True when the own words of a paired node changed in substance.
fn substantive_here(c: &Change) -> bool {
    paired(c)
        && c.inline.iter().any(|p| p.op != InlineOp::Equal)
        && !same_editorially(&old_text(&c.inline), &new_text(&c.inline))
}

/// True when the words of a paired node or its descendants changed at all.
fn wording_changed(c: &Change) -> bool {
    paired(c) && (c.inline.iter().any(|p| p.op != InlineOp::Equal) || c.children.iter().any(wording_changed))
}

/// `第二款` for a child, `第二項` for a paragraph (or nothing in a unit with one paragraph).
fn where_of(prefix: &str, c: &Change, num: Option<Num>) -> String {
    let n = num.map(|n| to_cjk(n.main)).unwrap_or_default();
    format!("{prefix}第{n}{}", c.kind.word())
}

/// True when a unit has one paragraph in both versions (its 款 are cited without 第一項).
fn single_paragraph(c: &Change) -> bool {
    let count =
        |side: fn(&Change) -> bool| c.children.iter().filter(|ch| ch.kind == NodeKind::Paragraph && side(ch)).count();
    c.kind.is_unit() && count(|ch| ch.old_id.is_some()) == 1 && count(|ch| ch.new_id.is_some()) == 1
}

/// The structural facts of the children of a node, renumbering runs as ranges.
fn structure(c: &Change, prefix: &str, out: &mut String, substantive: &mut Vec<String>) {
    let single = single_paragraph(c);
    let mut i = 0;
    let kids = &c.children;
    while let Some(ch) = kids.get(i) {
        let word = ch.kind.word();
        if word.is_empty() {
            i += 1;
            continue;
        }
        match ch.op {
            Op::Added => out.push_str(&format!("增訂{}。", where_of(prefix, ch, ch.new_num))),
            Op::Deleted if ch.new_id.is_none() => out.push_str(&format!("刪除{}。", where_of(prefix, ch, ch.old_num))),
            Op::Renumbered => {
                // A run of children of the same kind moved by the same offset.
                let shift = |x: &Change| Some(i64::from(x.new_num?.main) - i64::from(x.old_num?.main));
                let mut j = i + 1;
                while kids.get(j).is_some_and(|n| {
                    n.op == Op::Renumbered
                        && n.kind == ch.kind
                        && shift(n) == shift(ch)
                        && n.old_num.map(|x| x.main) == kids.get(j - 1).and_then(|p| p.old_num).map(|x| x.main + 1)
                }) {
                    j += 1;
                }
                let last = kids.get(j - 1).unwrap_or(ch);
                let num = |n: Option<Num>| n.map(|n| to_cjk(n.main)).unwrap_or_default();
                if j - i >= 2 {
                    out.push_str(&format!(
                        "原{prefix}第{}{word}至第{}{word}依序移列為第{}{word}至第{}{word}。",
                        num(ch.old_num),
                        num(last.old_num),
                        num(ch.new_num),
                        num(last.new_num)
                    ));
                } else {
                    out.push_str(&format!(
                        "原{}移列為{}。",
                        where_of(prefix, ch, ch.old_num),
                        where_of(prefix, ch, ch.new_num)
                    ));
                }
                for k in kids.get(i..j).unwrap_or_default() {
                    if substantive_here(k) {
                        substantive.push(where_of(prefix, k, k.new_num));
                    }
                    let here = if k.kind == NodeKind::Paragraph && single {
                        String::new()
                    } else {
                        where_of(prefix, k, k.new_num)
                    };
                    let mut ignore = String::new();
                    structure(k, &here, &mut ignore, substantive);
                }
                i = j;
                continue;
            }
            _ => {}
        }
        if paired(ch) {
            let here =
                if ch.kind == NodeKind::Paragraph && single { String::new() } else { where_of(prefix, ch, ch.new_num) };
            if substantive_here(ch) {
                substantive.push(if here.is_empty() { String::new() } else { here.clone() });
            }
            structure(ch, &here, out, substantive);
        }
        i += 1;
    }
}

/// The 說明 of a changed unit in the drafting convention (see the
/// module documentation); `None` for the ops whose phrasing does not depend on
/// the words (added, deleted, unchanged), which the table writes as before.
pub fn facts(kind: DocKind, c: &Change) -> Option<String> {
    let w = kind.unit_word();
    let mut out = String::new();
    match c.op {
        Op::Renumbered => {
            let (o, n) = (c.old_num?, c.new_num?);
            out.push_str(&format!("原{}移列為{}", cite(kind, o), cite(kind, n)));
            if !c.text_changed {
                out.push_str("，內容未修正。");
                return Some(out);
            }
            out.push('，');
        }
        Op::Modified if !c.cosmetic => {}
        _ => return None,
    }
    let mut structural = String::new();
    let mut substantive = Vec::new();
    if substantive_here(c) {
        substantive.push(String::new());
    }
    let caption_changed =
        !same_editorially(c.old_caption.as_deref().unwrap_or(""), c.new_caption.as_deref().unwrap_or(""));
    structure(c, "", &mut structural, &mut substantive);
    out.push_str(&structural);
    let renumbered = c.op == Op::Renumbered;
    if caption_changed {
        out.push_str(if renumbered { "並修正條次標題。" } else { "修正條次標題。" });
    }
    if !substantive.is_empty() {
        let mut places: Vec<String> = substantive.into_iter().filter(|s| !s.is_empty()).collect();
        places.dedup();
        if places.is_empty() {
            out.push_str(&format!("修正本{w}內容。"));
        } else {
            out.push_str(&format!("修正{}。", places.join("、")));
        }
        out.push_str(PLACEHOLDER);
    } else if wording_changed(c) || (structural.is_empty() && !caption_changed) {
        out.push_str(if renumbered && structural.is_empty() {
            "並酌作文字修正。"
        } else {
            "酌作文字修正。"
        });
    } else if renumbered && structural.is_empty() && caption_changed {
        // 並修正條次標題 said it.
    }
    if structural.is_empty() && !out.ends_with('。') && !out.ends_with(PLACEHOLDER) {
        out.push('。');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_examples() {
        let d = |a: &str, b: &str| super::super::diff(&crate::parse(a), &crate::parse(b));
        let c = d("要點\n一、本部的委員，任期2年。\n", "要點\n一、本部之委員任期二年。\n");
        assert!(is_editorial(&c.changes[0]));
        let c = d("要點\n一、委員五人至七人。\n", "要點\n一、委員七人至九人。\n");
        assert!(!is_editorial(&c.changes[0]));
        assert_eq!(facts(DocKind::Directive, &c.changes[0]).unwrap(), "修正本點內容。〔修正理由待補〕");
        let c = d("要點\n一、由行政院衛生署會同內政部辦理。\n", "要點\n一、由衛生福利部會同內政部辦理。\n");
        assert!(is_editorial(&c.changes[0]));
        let c = d("要點\n一、委員任期2年。\n", "要點\n一、委員任期二年。\n");
        assert_eq!(facts(DocKind::Directive, &c.changes[0]).unwrap(), "酌作文字修正。");
        let c = d("示範辦法\n第 1 條\n依台灣地區的規定辦理。\n", "示範辦法\n第 1 條\n依臺灣地區之規定辦理。\n");
        assert!(is_editorial(&c.changes[0]));

        assert_eq!(PLACEHOLDER, "〔修正理由待補〕");
        assert_eq!(fold("台北市的委員（３人）"), fold("臺北市之委員三人"));
        assert_ne!(fold("五人"), fold("七人"));
        assert!(RENAMES.contains(&("行政院衛生署", "衛生福利部")));
        assert!(same_editorially("由行政院勞工委員會主任委員核定", "由勞動部部長核定。"));
        assert!(same_editorially("台北市的委員", "臺北市之委員"));
        assert!(!same_editorially("由內政部核定", "由法務部核定"));
        assert!(!same_editorially("由勞動部核定", "由行政院勞工委員會核定"));
    }

    fn d(a: &str, b: &str) -> super::super::Diff {
        super::super::diff(&crate::parse(a), &crate::parse(b))
    }

    #[test]
    fn ranges_for_renumbering_runs() {
        let c = d(
            "示範法\n第 1 條\n甲。\n乙。\n丙。\n本法用詞如下：\n一、子。\n二、丑丑丑丑丑。\n三、寅寅寅寅寅。\n四、卯卯卯卯卯。\n五、辰辰辰辰辰。\n",
            "示範法\n第 1 條\n甲。\n乙。\n丙。\n本法用詞如下：\n一、子。\n二、午。\n三、丑丑丑丑丑。\n四、寅寅寅寅寅。\n五、卯卯卯卯卯。\n六、辰辰辰辰辰。\n",
        );
        let s = facts(DocKind::Statute, &c.changes[0]).unwrap();
        assert_eq!(s, "增訂第四項第二款。原第四項第二款至第五款依序移列為第三款至第六款。");
    }

    #[test]
    fn editorial_both_ways() {
        // Editorial: punctuation, 的/之, 台/臺, numerals in another script.
        for (a, b) in
            [("委員，任期二年。", "委員任期二年。"), ("本部的委員", "本部之委員"), ("台北", "臺北"), ("3人", "三人")]
        {
            let c = d(&format!("要點\n一、{a}\n"), &format!("要點\n一、{b}\n"));
            assert_eq!(facts(DocKind::Directive, &c.changes[0]).unwrap(), "酌作文字修正。", "{a} → {b}");
        }
        // Substantive: a number, a word, a removed clause.
        for (a, b) in [("委員五人。", "委員七人。"), ("委員任期二年。", "委員任期二年，得連任。")]
        {
            let c = d(&format!("要點\n一、{a}\n"), &format!("要點\n一、{b}\n"));
            let s = facts(DocKind::Directive, &c.changes[0]).unwrap();
            assert!(s.ends_with(PLACEHOLDER) && !s.contains("酌作"), "{a} → {b}: {s}");
        }
        let c = d(
            "要點\n一、任務如下：\n（一）研議。\n（二）協調。\n（三）督導。\n",
            "要點\n一、任務如下：\n（一）研議。\n（二）協調。\n",
        );
        assert_eq!(facts(DocKind::Directive, &c.changes[0]).unwrap(), "刪除第三款。");
    }

    #[test]
    fn renumbered_units() {
        let c = d("要點\n一、甲。\n二、乙乙乙乙乙乙。\n", "要點\n一、甲。\n二、丙。\n三、乙乙乙乙乙乙。\n");
        assert_eq!(facts(DocKind::Directive, &c.changes[2]).unwrap(), "原第二點移列為第三點，內容未修正。");
    }
}
