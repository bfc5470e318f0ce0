//! Inline changes: a grapheme-level diff of one unit's text, cleaned up so that the
//! changes read as whole phrases.
//!
//! Chinese has no spaces between words, so the diff runs on grapheme clusters (with
//! the `similar` crate, patience algorithm). A raw grapheme diff of two legal sentences
//! is full of one-character "matches" inside a rewritten phrase (`之`, `及`, `，`) that
//! split one change into many; the diff merges an equal run of at most two graphemes
//! that sits between two changes into the change (when
//! it is not longer than the larger neighbouring change), then writes each change
//! region as one deletion followed by one insertion.
//!
//! ```
//! use fagui::diff::{InlineOp::*, Piece};
//! let d = fagui::diff::diff(&fagui::parse("要點\n一、三十日前。\n"), &fagui::parse("要點\n一、六十日前。\n"));
//! let p = |op, t: &str| Piece { op, text: t.into() };
//! assert_eq!(d.changes[0].children[0].inline, [p(Delete, "三"), p(Insert, "六"), p(Equal, "十日前。")]);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use similar::{Algorithm, ChangeTag, TextDiff};
use unicode_segmentation::UnicodeSegmentation;

/// Equal runs of at most this many graphemes between two changes are merged into the
/// change, when they are not longer than the larger of the two changes (so a rewritten
/// phrase is not cut at every shared character such as `之` or `及`, while two one-character
/// edits around a two-character word stay apart).
pub(crate) const MERGE_EQUAL_MAX: usize = 2;

/// What a piece of inline text is.
///
/// ```
/// use fagui::diff::InlineOp;
/// assert_eq!(serde_json::to_string(&InlineOp::Insert).unwrap(), "\"insert\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum InlineOp {
    /// In both versions.
    Equal,
    /// Only in the new version.
    Insert,
    /// Only in the old version.
    Delete,
}

/// A run of text with its inline op.
///
/// ```
/// let p = fagui::diff::Piece { op: fagui::diff::InlineOp::Equal, text: "本法".into() };
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"op":"equal","text":"本法"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Piece {
    /// Equal, inserted or deleted.
    pub op: InlineOp,
    /// The text of the run.
    pub text: String,
}

/// Diffs two texts by grapheme and cleans the result up into phrase-sized changes.
///
/// The old text is the concatenation of the `equal` and `delete` pieces, the new text
/// that of the `equal` and `insert` pieces. Within a change region the deletion comes
/// first. Equal texts give one `equal` piece (none when empty).
pub(crate) fn inline_diff(old: &str, new: &str) -> Vec<Piece> {
    if old == new {
        return if old.is_empty() { Vec::new() } else { vec![Piece { op: InlineOp::Equal, text: old.to_string() }] };
    }
    if old.is_empty() {
        return vec![Piece { op: InlineOp::Insert, text: new.to_string() }];
    }
    if new.is_empty() {
        return vec![Piece { op: InlineOp::Delete, text: old.to_string() }];
    }
    // Common prefix and suffix (whole graphemes) need no diffing.
    let mut pre = 0;
    for (a, b) in old.graphemes(true).zip(new.graphemes(true)) {
        if a != b {
            break;
        }
        pre += a.len();
    }
    let room = old.len().min(new.len()) - pre;
    let mut suf = 0;
    for (a, b) in old.graphemes(true).rev().zip(new.graphemes(true).rev()) {
        if a != b || suf + a.len() > room {
            break;
        }
        suf += a.len();
    }
    let (Some(old_mid), Some(new_mid), Some(head), Some(tail)) =
        (old.get(pre..old.len() - suf), new.get(pre..new.len() - suf), old.get(..pre), old.get(old.len() - suf..))
    else {
        return vec![
            Piece { op: InlineOp::Delete, text: old.to_string() },
            Piece { op: InlineOp::Insert, text: new.to_string() },
        ];
    };
    let mut raw: Vec<Piece> = Vec::new();
    push(&mut raw, InlineOp::Equal, head);
    let diff = TextDiff::configure().algorithm(Algorithm::Patience).diff_graphemes(old_mid, new_mid);
    for ch in diff.iter_all_changes() {
        let op = match ch.tag() {
            ChangeTag::Equal => InlineOp::Equal,
            ChangeTag::Insert => InlineOp::Insert,
            ChangeTag::Delete => InlineOp::Delete,
        };
        push(&mut raw, op, ch.value());
    }
    push(&mut raw, InlineOp::Equal, tail);
    cleanup(raw)
}

fn push(out: &mut Vec<Piece>, op: InlineOp, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => out.push(Piece { op, text: text.to_string() }),
    }
}

/// One region: equal text, or a change (deleted text, inserted text).
enum Region {
    Equal(String),
    Change(String, String),
}

fn cleanup(raw: Vec<Piece>) -> Vec<Piece> {
    // Group into alternating equal / change regions.
    let mut regions: Vec<Region> = Vec::new();
    for p in raw {
        match (p.op, regions.last_mut()) {
            (InlineOp::Equal, Some(Region::Equal(s))) => s.push_str(&p.text),
            (InlineOp::Equal, _) => regions.push(Region::Equal(p.text)),
            (InlineOp::Delete, Some(Region::Change(d, _))) => d.push_str(&p.text),
            (InlineOp::Insert, Some(Region::Change(_, i))) => i.push_str(&p.text),
            (InlineOp::Delete, _) => regions.push(Region::Change(p.text, String::new())),
            (InlineOp::Insert, _) => regions.push(Region::Change(String::new(), p.text)),
        }
    }
    // Absorb short equal runs that sit between two changes.
    let mut merged: Vec<Region> = Vec::new();
    let mut iter = regions.into_iter().peekable();
    while let Some(r) = iter.next() {
        match r {
            Region::Equal(s) => {
                let size = |r: Option<&Region>| match r {
                    Some(Region::Change(d, i)) => Some(d.graphemes(true).count().max(i.graphemes(true).count())),
                    _ => None,
                };
                let len = s.graphemes(true).count();
                let between = match (size(merged.last()), size(iter.peek())) {
                    (Some(a), Some(b)) => len <= MERGE_EQUAL_MAX && len <= a.max(b),
                    _ => false,
                };
                if between {
                    if let Some(Region::Change(d, i)) = merged.last_mut() {
                        d.push_str(&s);
                        i.push_str(&s);
                    }
                } else {
                    merged.push(Region::Equal(s));
                }
            }
            Region::Change(d, i) => match merged.last_mut() {
                Some(Region::Change(d0, i0)) => {
                    d0.push_str(&d);
                    i0.push_str(&i);
                }
                _ => merged.push(Region::Change(d, i)),
            },
        }
    }
    let mut out = Vec::new();
    for r in merged {
        match r {
            Region::Equal(s) => push(&mut out, InlineOp::Equal, &s),
            Region::Change(d, i) => {
                push(&mut out, InlineOp::Delete, &d);
                push(&mut out, InlineOp::Insert, &i);
            }
        }
    }
    out
}

/// The old text of an inline diff (equal and deleted pieces).
///
/// ```
/// let d = fagui::diff::diff(&fagui::parse("要點\n一、三十日前。\n"), &fagui::parse("要點\n一、六十日前。\n"));
/// assert_eq!(fagui::diff::inline::old_text(&d.changes[0].children[0].inline), "三十日前。");
/// ```
pub fn old_text(pieces: &[Piece]) -> String {
    pieces.iter().filter(|p| p.op != InlineOp::Insert).map(|p| p.text.as_str()).collect()
}

/// The new text of an inline diff (equal and inserted pieces).
///
/// ```
/// let d = fagui::diff::diff(&fagui::parse("要點\n一、三十日前。\n"), &fagui::parse("要點\n一、六十日前。\n"));
/// assert_eq!(fagui::diff::inline::new_text(&d.changes[0].children[0].inline), "六十日前。");
/// ```
pub fn new_text(pieces: &[Piece]) -> String {
    pieces.iter().filter(|p| p.op != InlineOp::Delete).map(|p| p.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_diff_example() {
        use crate::diff::{InlineOp, inline::inline_diff};
        let d = inline_diff("指定副首長或主任秘書兼任", "指定副首長、主任秘書或相當職務人員兼任");
        let ins: Vec<_> = d.iter().filter(|p| p.op == InlineOp::Insert).map(|p| p.text.as_str()).collect();
        assert_eq!(ins, ["、", "或相當職務人員"]);
        assert_eq!(crate::diff::inline::new_text(&d), "指定副首長、主任秘書或相當職務人員兼任");
    }

    fn ops(d: &[Piece]) -> Vec<(InlineOp, &str)> {
        d.iter().map(|p| (p.op, p.text.as_str())).collect()
    }

    #[test]
    fn equal_and_empty() {
        assert!(inline_diff("", "").is_empty());
        assert_eq!(ops(&inline_diff("甲", "甲")), [(InlineOp::Equal, "甲")]);
        assert_eq!(ops(&inline_diff("", "乙")), [(InlineOp::Insert, "乙")]);
        assert_eq!(ops(&inline_diff("甲", "")), [(InlineOp::Delete, "甲")]);
    }

    #[test]
    fn short_equal_runs_are_merged() {
        // 「之」 is shared but sits between two changes: one phrase, not three pieces.
        let d = inline_diff("本會議之召開甲乙丙丁戊", "本委員之會議乙丙丁戊");
        assert_eq!(old_text(&d), "本會議之召開甲乙丙丁戊");
        assert_eq!(new_text(&d), "本委員之會議乙丙丁戊");
        let changes = d.iter().filter(|p| p.op != InlineOp::Equal).count();
        assert!(changes <= 2, "{d:?}");
    }

    #[test]
    fn small_edits_around_a_word_stay_apart() {
        let d = inline_diff("關於文件之收發、撰擬、繕校事項。", "關於文件之收發撰擬繕校事項。");
        assert_eq!(
            ops(&d),
            [
                (InlineOp::Equal, "關於文件之收發"),
                (InlineOp::Delete, "、"),
                (InlineOp::Equal, "撰擬"),
                (InlineOp::Delete, "、"),
                (InlineOp::Equal, "繕校事項。"),
            ]
        );
    }

    #[test]
    fn seed_phrase() {
        let d = inline_diff(
            "由機關首長指定副首長或主任秘書兼任，負責協調業務及資訊資源",
            "由機關首長指定副首長、主任秘書或相當職務人員兼任，負責協調業務、資訊資源及資料治理",
        );
        assert_eq!(
            ops(&d),
            [
                (InlineOp::Equal, "由機關首長指定副首長"),
                (InlineOp::Delete, "或"),
                (InlineOp::Insert, "、"),
                (InlineOp::Equal, "主任秘書"),
                (InlineOp::Insert, "或相當職務人員"),
                (InlineOp::Equal, "兼任，負責協調業務"),
                (InlineOp::Delete, "及"),
                (InlineOp::Insert, "、"),
                (InlineOp::Equal, "資訊資源"),
                (InlineOp::Insert, "及資料治理"),
            ]
        );
    }

    #[test]
    fn graphemes_are_not_split() {
        let d = inline_diff("e\u{301}甲", "e\u{300}甲");
        for p in &d {
            assert!(!p.text.starts_with('\u{301}') && !p.text.starts_with('\u{300}'), "{d:?}");
        }
    }
}
