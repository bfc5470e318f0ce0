//! Alignment of two sibling lists (articles, points, paragraphs, 款, 目, headings).
//!
//! Passes, each on what the previous ones left unmatched:
//!
//! 1. **same number, same content** (content hash of the whole subtree);
//! 2. **same number, repealed**: the new unit reads `（刪除）`;
//! 3. **same content, other number**, when that content occurs exactly once on each side
//!    (a moved unit; `（刪除）` units and texts shorter than [`MIN_EXACT_CHARS`] are left out);
//! 4. **same number, similar**: similarity at least [`SAME_NUM_MIN`];
//! 5. **other number, similar**: similarity at least [`MOVE_MIN`], best pairs first.
//!    Candidates come from an inverted index of character bigrams (bigrams shared by
//!    more than [`MAX_POSTING`] units are not indexed) plus a window of
//!    ±[`WINDOW`] around the expected position, so no list is compared all against all;
//! 6. **same number, leftovers**: paired, except when the list was heavily renumbered
//!    (at least two and a quarter of the pairs so far moved, as in a 全文修正): then the
//!    similarity must be at least [`WEAK_MIN`];
//! 7. **same gap**: between two consecutive matched pairs, leftovers on both sides are
//!    paired (best first) when their similarity is at least [`GAP_MIN`] — the unit that
//!    sits where a renumbered, rewritten unit should be.
//!
//! Similarity is the Dice coefficient of the sets of character bigrams.
//!
//! ```
//! // Point 二 moved to 三 after a new 二 was inserted; it is found by its content.
//! let old = fagui::parse("要點\n一、甲。\n二、委員任期二年，期滿得續聘。\n");
//! let new = fagui::parse("要點\n一、甲。\n二、新增規定。\n三、委員任期二年，期滿得續聘。\n");
//! let d = fagui::diff::diff(&old, &new);
//! assert_eq!(d.changes[2].op, fagui::diff::Op::Renumbered);
//! ```

use std::collections::HashMap;

use crate::ast::Num;

/// Pass 4: a same-number pair with at least this similarity is a modification.
pub(crate) const SAME_NUM_MIN: f64 = 0.5;
/// Pass 5: a pair under different numbers with at least this similarity is a move.
pub(crate) const MOVE_MIN: f64 = 0.6;
/// Pass 6: when a list was heavily renumbered, leftover same-number pairs need this much.
pub(crate) const WEAK_MIN: f64 = 0.2;
/// Pass 7: leftovers in the same gap between matched pairs need this much.
pub(crate) const GAP_MIN: f64 = 0.3;
/// Pass 3: identical texts shorter than this (in characters) are not taken as moves.
pub(crate) const MIN_EXACT_CHARS: usize = 4;
/// Pass 5: positional candidates within this distance of the expected position.
pub(crate) const WINDOW: usize = 3;
/// Pass 5: a bigram found in more units than this is too common to propose candidates.
pub(crate) const MAX_POSTING: usize = 32;
/// Pass 5: at most this many index candidates per unit.
const TOP_K: usize = 8;
/// Below this many leftover pairs, pass 5 simply compares all leftovers.
const SMALL: usize = 1024;
/// Passes 4 and 6: at most this many unpaired units of the same number are compared
/// with each unit (siblings sharing a number are duplicates, two or three in real
/// texts; 40,000 units all numbered 1 compared each with all took seconds).
const MAX_SAME_NUM: usize = 64;

/// The units of the new list by a key (number, or number and content), in order, each
/// list with a cursor past its paired prefix: every unit is skipped once, not once per
/// question.
struct ByKey<K> {
    lists: HashMap<K, (Vec<usize>, usize)>,
}

impl<K: std::hash::Hash + Eq> ByKey<K> {
    fn new(keys: impl Iterator<Item = (K, usize)>) -> ByKey<K> {
        let mut lists: HashMap<K, (Vec<usize>, usize)> = HashMap::new();
        for (k, j) in keys {
            lists.entry(k).or_default().0.push(j);
        }
        ByKey { lists }
    }

    /// The first unpaired unit under `key` for which `ok` holds, among the first
    /// `limit` unpaired ones.
    fn first(&mut self, key: &K, st: &State<'_>, limit: usize, mut ok: impl FnMut(usize) -> bool) -> Option<usize> {
        let (list, cursor) = self.lists.get_mut(key)?;
        while list.get(*cursor).is_some_and(|&j| !st.new_free(j)) {
            *cursor += 1;
        }
        list.get(*cursor..)?.iter().copied().filter(|&j| st.new_free(j)).take(limit).find(|&j| ok(j))
    }
}

/// One unit to align.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// Kind class: only items of the same class are paired.
    pub class: u8,
    /// The unit's number (`None` for unnumbered).
    pub num: Option<Num>,
    /// Hash of the whole content (without the unit's own number).
    pub hash: u64,
    /// Text used for similarity.
    pub text: String,
    /// Reads `（刪除）`.
    pub deleted: bool,
}

/// Sorted, deduplicated character bigrams.
fn shingles(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut v: Vec<u64> = if chars.len() < 2 {
        chars.iter().map(|&c| c as u64).collect()
    } else {
        chars.windows(2).filter_map(|w| Some(((*w.first()? as u64) << 32) | *w.get(1)? as u64)).collect()
    };
    v.sort_unstable();
    v.dedup();
    v
}

/// Dice coefficient of two sorted sets.
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * inter as f64 / (a.len() + b.len()) as f64
}

/// Similarity of two texts in `[0, 1]` (Dice coefficient of character bigram sets).
/// Only the tests need it: the passes compare shingles computed once per unit.
#[cfg(test)]
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    dice(&shingles(a), &shingles(b))
}

/// A fast, non-cryptographic 64-bit hasher for content fingerprints (the inputs are
/// not adversarial keys of a table an attacker fills; a collision only costs a wrong
/// "unchanged", and 64 bits make that vanishingly rare).
#[derive(Debug, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Default for FastHasher {
    fn default() -> Self {
        FastHasher(0x9e37_79b9_7f4a_7c15)
    }
}

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            for (b, c) in buf.iter_mut().zip(chunk) {
                *b = *c;
            }
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x5171_5f3a_d3b7_9e4b);
        }
        self.0 = (self.0.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(0x5171_5f3a_d3b7_9e4b);
    }
    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x
    }
}

/// The result: for each old item its new partner and vice versa.
#[derive(Debug, Clone, Default)]
pub(crate) struct Alignment {
    pub old_to_new: Vec<Option<usize>>,
    pub new_to_old: Vec<Option<usize>>,
}

struct State<'a> {
    old: &'a [Item],
    new: &'a [Item],
    a: Alignment,
    moved: usize,
    pairs: usize,
}

impl State<'_> {
    fn pair(&mut self, i: usize, j: usize) {
        if let (Some(o), Some(n)) = (self.a.old_to_new.get_mut(i), self.a.new_to_old.get_mut(j)) {
            *o = Some(j);
            *n = Some(i);
            self.pairs += 1;
        }
        if let (Some(x), Some(y)) = (self.old.get(i), self.new.get(j))
            && x.num != y.num
        {
            self.moved += 1;
        }
    }
    fn old_free(&self, i: usize) -> bool {
        matches!(self.a.old_to_new.get(i), Some(None))
    }
    fn new_free(&self, j: usize) -> bool {
        matches!(self.a.new_to_old.get(j), Some(None))
    }
}

/// Aligns two sibling lists (see the module documentation for the passes).
pub(crate) fn align(old: &[Item], new: &[Item]) -> Alignment {
    let mut st = State {
        old,
        new,
        a: Alignment { old_to_new: vec![None; old.len()], new_to_old: vec![None; new.len()] },
        moved: 0,
        pairs: 0,
    };
    let mut by_num = ByKey::new(new.iter().enumerate().map(|(j, n)| ((n.class, n.num), j)));

    // 1. same number, same content; 2. same number, repealed (the first unpaired unit
    // of the list, as each pairing takes the first).
    let mut by_content = ByKey::new(new.iter().enumerate().map(|(j, n)| ((n.class, n.num, n.hash), j)));
    for (i, o) in old.iter().enumerate() {
        if let Some(j) = by_content.first(&(o.class, o.num, o.hash), &st, 1, |_| true) {
            st.pair(i, j);
        }
    }
    let mut repealed =
        ByKey::new(new.iter().enumerate().filter(|(_, n)| n.deleted).map(|(j, n)| ((n.class, n.num), j)));
    for (i, o) in old.iter().enumerate() {
        if !st.old_free(i) || o.deleted {
            continue;
        }
        if let Some(j) = repealed.first(&(o.class, o.num), &st, 1, |_| true) {
            st.pair(i, j);
        }
    }

    // 3. unique identical content under another number.
    let mut counts: HashMap<(u8, u64), (usize, usize, usize, usize)> = HashMap::new();
    for (i, o) in old.iter().enumerate() {
        if st.old_free(i) && !o.deleted && o.text.chars().count() >= MIN_EXACT_CHARS {
            let e = counts.entry((o.class, o.hash)).or_default();
            e.0 += 1;
            e.2 = i;
        }
    }
    for (j, n) in new.iter().enumerate() {
        if st.new_free(j) && !n.deleted && n.text.chars().count() >= MIN_EXACT_CHARS {
            let e = counts.entry((n.class, n.hash)).or_default();
            e.1 += 1;
            e.3 = j;
        }
    }
    let mut uniques: Vec<(usize, usize)> =
        counts.values().filter(|c| c.0 == 1 && c.1 == 1).map(|c| (c.2, c.3)).collect();
    uniques.sort_unstable();
    for (i, j) in uniques {
        st.pair(i, j);
    }

    // Shingles of what is left.
    let old_sh: Vec<Option<Vec<u64>>> =
        old.iter().enumerate().map(|(i, o)| (st.old_free(i) && !o.deleted).then(|| shingles(&o.text))).collect();
    let new_sh: Vec<Option<Vec<u64>>> =
        new.iter().enumerate().map(|(j, n)| (st.new_free(j) && !n.deleted).then(|| shingles(&n.text))).collect();
    let sim = |i: usize, j: usize| -> f64 {
        match (old_sh.get(i), new_sh.get(j)) {
            (Some(Some(a)), Some(Some(b))) => dice(a, b),
            _ => 0.0,
        }
    };

    // 4. same number, similar.
    for (i, o) in old.iter().enumerate() {
        if !st.old_free(i) {
            continue;
        }
        if let Some(j) = by_num.first(&(o.class, o.num), &st, MAX_SAME_NUM, |j| sim(i, j) >= SAME_NUM_MIN) {
            st.pair(i, j);
        }
    }

    // 5. similar under another number.
    let free_old: Vec<usize> =
        (0..old.len()).filter(|&i| st.old_free(i) && !old.get(i).is_some_and(|o| o.deleted)).collect();
    let free_new: Vec<usize> =
        (0..new.len()).filter(|&j| st.new_free(j) && !new.get(j).is_some_and(|n| n.deleted)).collect();
    if !free_old.is_empty() && !free_new.is_empty() {
        let mut scored: Vec<(f64, usize, usize)> = Vec::new();
        let class_ok = |i: usize, j: usize| old.get(i).map(|o| o.class) == new.get(j).map(|n| n.class);
        if free_old.len() * free_new.len() <= SMALL {
            for &i in &free_old {
                for &j in &free_new {
                    if class_ok(i, j) {
                        let s = sim(i, j);
                        if s >= MOVE_MIN {
                            scored.push((s, i, j));
                        }
                    }
                }
            }
        } else {
            let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
            for &j in &free_new {
                if let Some(Some(sh)) = new_sh.get(j) {
                    for &s in sh {
                        index.entry(s).or_default().push(j);
                    }
                }
            }
            let expected = expected_positions(&st.a, old.len());
            for &i in &free_old {
                let mut hits: HashMap<usize, usize> = HashMap::new();
                if let Some(Some(sh)) = old_sh.get(i) {
                    for s in sh {
                        if let Some(list) = index.get(s)
                            && list.len() <= MAX_POSTING
                        {
                            for &j in list {
                                *hits.entry(j).or_default() += 1;
                            }
                        }
                    }
                }
                let mut cands: Vec<(usize, usize)> = hits.into_iter().map(|(j, c)| (c, j)).collect();
                cands.sort_unstable_by(|a, b| b.cmp(a));
                cands.truncate(TOP_K);
                let mut js: Vec<usize> = cands.into_iter().map(|(_, j)| j).collect();
                if let Some(&e) = expected.get(i) {
                    let lo = e.saturating_sub(WINDOW);
                    js.extend((lo..=e + WINDOW).filter(|&j| st.new_free(j)));
                }
                js.sort_unstable();
                js.dedup();
                for j in js {
                    if class_ok(i, j) {
                        let s = sim(i, j);
                        if s >= MOVE_MIN {
                            scored.push((s, i, j));
                        }
                    }
                }
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (_, i, j) in scored {
            if st.old_free(i) && st.new_free(j) {
                st.pair(i, j);
            }
        }
    }

    // 6. same number, leftovers.
    for (i, o) in old.iter().enumerate() {
        if !st.old_free(i) {
            continue;
        }
        let moved = st.moved >= 2 && st.moved * 4 >= st.pairs;
        let found = by_num.first(&(o.class, o.num), &st, MAX_SAME_NUM, |j| {
            !moved || o.deleted || new.get(j).is_some_and(|n| n.deleted) || sim(i, j) >= WEAK_MIN
        });
        if let Some(j) = found {
            st.pair(i, j);
        }
    }

    // 7. leftovers in the same gap between matched pairs.
    let mut gap_old: Vec<usize> = Vec::new();
    let mut last_new: Option<usize> = None;
    let mut i = 0;
    while i <= old.len() {
        let matched = st.a.old_to_new.get(i).copied().flatten();
        if i < old.len() && matched.is_none() {
            if !old.get(i).is_some_and(|o| o.deleted) {
                gap_old.push(i);
            }
            i += 1;
            continue;
        }
        // The gap closes at old i (matched, or the end).
        let hi = matched.unwrap_or(new.len());
        let lo = last_new.map_or(0, |j| j + 1);
        if !gap_old.is_empty() && lo < hi {
            let gap_new: Vec<usize> =
                (lo..hi).filter(|&j| st.new_free(j) && !new.get(j).is_some_and(|n| n.deleted)).collect();
            if !gap_new.is_empty() && gap_old.len() * gap_new.len() <= SMALL {
                let mut scored: Vec<(f64, usize, usize)> = Vec::new();
                for &a in &gap_old {
                    for &b in &gap_new {
                        if old.get(a).map(|o| o.class) == new.get(b).map(|n| n.class) {
                            let s = sim(a, b);
                            if s >= GAP_MIN {
                                scored.push((s, a, b));
                            }
                        }
                    }
                }
                scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
                for (_, a, b) in scored {
                    if st.old_free(a) && st.new_free(b) {
                        st.pair(a, b);
                    }
                }
            }
        }
        gap_old.clear();
        if matched.is_some() {
            last_new = matched;
        }
        i += 1;
    }
    st.a
}

/// For each old index: where its new partner should be, from the nearest matched
/// predecessor.
fn expected_positions(a: &Alignment, n_old: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(n_old);
    let mut last: Option<(usize, usize)> = None;
    for i in 0..n_old {
        if let Some(Some(j)) = a.old_to_new.get(i) {
            last = Some((i, *j));
        }
        out.push(match last {
            Some((pi, pj)) => pj + (i - pi),
            None => i,
        });
    }
    out
}

/// An `(old, new)` pair of indices in merged order.
pub(crate) type Slot = (Option<usize>, Option<usize>);

/// Merged document order of both lists: new items in order, each old-only item right
/// after the new partner of its nearest matched predecessor. Returns `(old, new)` pairs.
pub(crate) fn merged_order(a: &Alignment) -> Vec<Slot> {
    let mut keyed: Vec<((usize, usize, usize), Slot)> = Vec::new();
    for (j, o) in a.new_to_old.iter().enumerate() {
        keyed.push(((j + 1, 0, 0), (*o, Some(j))));
    }
    let mut anchor = 0; // new position + 1 of the last matched old item
    for (i, n) in a.old_to_new.iter().enumerate() {
        match n {
            Some(j) => anchor = j + 1,
            None => keyed.push(((anchor, 1, i), (Some(i), None))),
        }
    }
    keyed.sort_by_key(|k| k.0);
    keyed.into_iter().map(|k| k.1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_values() {
        // The thresholds the module documentation describes.
        assert_eq!((SAME_NUM_MIN, MOVE_MIN, WEAK_MIN, GAP_MIN), (0.5, 0.6, 0.2, 0.3));
        assert_eq!((MIN_EXACT_CHARS, WINDOW, MAX_POSTING), (4, 3, 32));
        assert_eq!(similarity("本法施行", "本法施行"), 1.0);
        assert!(similarity("本法自公布日施行。", "本辦法自發布日施行。") > 0.5);
        assert!(similarity("甲乙丙丁", "子丑寅卯") < 0.1);
    }

    fn item(num: u32, text: &str) -> Item {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        Item { class: 0, num: Some(num.into()), hash: h.finish(), text: text.into(), deleted: text == "（刪除）" }
    }

    #[test]
    fn thresholds() {
        // Same number, half the bigrams kept: a modification.
        assert!(similarity("本辦法所稱主管機關為示範部", "本辦法所稱主管機關為交通部") >= SAME_NUM_MIN);
        // Different topics never move.
        assert!(similarity("委員任期二年，期滿得續聘", "本要點自發布日施行") < WEAK_MIN);
        const { assert!(WEAK_MIN < GAP_MIN && GAP_MIN < SAME_NUM_MIN && SAME_NUM_MIN < MOVE_MIN) };
    }

    #[test]
    fn renumbering_after_insertion() {
        let old = [item(1, "甲甲甲甲甲"), item(2, "乙乙乙乙乙之規定"), item(3, "丙丙丙丙丙之規定如下")];
        let new = [
            item(1, "甲甲甲甲甲"),
            item(2, "新增子丑寅卯"),
            item(3, "乙乙乙乙乙之規定"),
            item(4, "丙丙丙丙丙之規定如下：甲"),
        ];
        let a = align(&old, &new);
        assert_eq!(a.old_to_new, [Some(0), Some(2), Some(3)]);
        assert_eq!(merged_order(&a), [(Some(0), Some(0)), (None, Some(1)), (Some(1), Some(2)), (Some(2), Some(3))]);
    }

    #[test]
    fn repeal_keeps_number() {
        let old = [item(1, "甲甲甲甲"), item(2, "乙乙乙乙")];
        let new = [item(1, "甲甲甲甲"), item(2, "（刪除）")];
        assert_eq!(align(&old, &new).old_to_new, [Some(0), Some(1)]);
    }

    #[test]
    fn same_number_rewrite_without_moves_is_modified() {
        let old = [item(1, "甲甲甲甲"), item(2, "乙乙乙乙")];
        let new = [item(1, "甲甲甲甲"), item(2, "子丑寅卯")];
        assert_eq!(align(&old, &new).old_to_new, [Some(0), Some(1)]);
    }

    #[test]
    fn one_move_does_not_stop_same_number_pairing() {
        // Unit 2 is rewritten beyond recognition; unit 4 moved up to 3. Numbers still pair 2.
        let old = [item(1, "甲甲甲甲"), item(2, "乙乙乙乙"), item(3, "丙丙丙丙"), item(4, "丁丁丁丁戊")];
        let new = [item(1, "甲甲甲甲"), item(2, "子丑寅卯"), item(3, "丁丁丁丁戊")];
        let a = align(&old, &new);
        assert_eq!(a.old_to_new, [Some(0), Some(1), None, Some(2)]);
    }

    #[test]
    fn heavy_renumbering_needs_similarity_for_same_numbers() {
        let old = [item(1, "甲甲甲甲"), item(2, "乙乙乙乙"), item(3, "丙丙丙丙")];
        let new = [item(1, "子丑寅卯"), item(2, "甲甲甲甲"), item(3, "乙乙乙乙")];
        let a = align(&old, &new);
        // 2 of 2 pairs moved: old 3 and new 1 are unrelated and stay apart.
        assert_eq!(a.old_to_new, [Some(1), Some(2), None]);
    }

    #[test]
    fn deleted_item_is_placed_after_its_predecessor() {
        let old = [item(1, "甲甲甲甲"), item(2, "乙乙乙乙"), item(3, "丙丙丙丙")];
        let new = [item(1, "甲甲甲甲"), item(3, "丙丙丙丙")];
        let a = align(&old, &new);
        assert_eq!(merged_order(&a), [(Some(0), Some(0)), (Some(1), None), (Some(2), Some(1))]);
    }

    #[test]
    fn large_lists_use_the_index() {
        let old: Vec<Item> = (0..200).map(|k| item(k, &format!("第{k}號條文內容規定事項{}", k * 7919))).collect();
        let mut new = old.clone();
        let moved = new.remove(10);
        new.insert(150, Item { text: format!("{}。", moved.text), hash: 1, ..moved });
        for (k, n) in (0..).zip(new.iter_mut()) {
            n.num = Some(Num::from(k));
        }
        let a = align(&old, &new);
        assert_eq!(a.old_to_new.get(10), Some(&Some(150)));
    }
}
