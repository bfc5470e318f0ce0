//! Checks the diff's amendment summary (`fagui diff --stat`) against the history block
//! the agency wrote for the same amendment.
//!
//! ```sh
//! cargo run --release --example eval_stat -- DATA_DIR/history
//! ```
//!
//! Each `*.json` file holds two consecutive versions of one regulation in the national
//! database's own fields (`old` / `new`, `articles`: `{"條號", "條文內容"}` or
//! `{"編章節"}`). When the new version carries its history (`meta.沿革內容`), the entry
//! dated like the new version names the articles the amendment changed (修正 / 增訂 /
//! 刪除 … 第 N 條). Both versions are built with `fagui::moj::from_units`, diffed, and
//! the articles the diff reports as amended, added and deleted are compared with the
//! entry's lists, as read by fagui's own history parser. Entries that rewrite the
//! whole text (全文) are counted apart, and compared with a stat line of `全文修正`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use fagui::DocKind;
use fagui::diff::Op;
use fagui::moj::UnitSource;
use serde_json::Value;

fn units(v: &Value) -> Vec<UnitSource> {
    v["articles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| {
            if let Some(h) = a.get("編章節").and_then(Value::as_str) {
                return Some(UnitSource::Heading(h.to_string()));
            }
            let label = a.get("條號")?.as_str()?.to_string();
            let content = a.get("條文內容").and_then(Value::as_str).unwrap_or("").to_string();
            Some(UnitSource::Article { label, content })
        })
        .collect()
}

type Sets = (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>);

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from).filter(|d| d.is_dir()) else {
        println!("eval_stat: no data directory given or found; nothing to evaluate.");
        println!("usage: cargo run --release --example eval_stat -- DATA_DIR/history");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let (mut with_history, mut no_entry, mut full, mut exact) = (0, 0, 0, 0);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut shown = 0;
    let mut full_agree: std::collections::BTreeMap<(bool, bool), usize> = Default::default();
    for f in &files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let Some(hist) = v["new"]["meta"]["沿革內容"].as_str() else { continue };
        with_history += 1;
        let title = v["law"].as_str().unwrap_or("").to_string();
        let label = v["new"]["label"].as_str().unwrap_or("");
        let date = format!("{}-{}-{}", &label[..4], &label[4..6], &label[6..8]);
        // Ranges are often written with a wave dash (第 9～16 條); read them as 至.
        let hist = hist.replace(['～', '~'], "至");
        let history = fagui::parse(&format!("{title}\n{hist}\n")).history;
        let Some(entry) = history.iter().rev().find(|e| e.date.as_deref() == Some(date.as_str())) else {
            no_entry += 1;
            continue;
        };
        let is_full = entry.raw.contains("全文") || entry.actions.iter().any(|a| a.action == "全文修正");
        let old = fagui::moj::from_units(DocKind::Statute, Some(title.clone()), &units(&v["old"]), None);
        let new = fagui::moj::from_units(DocKind::Statute, Some(title.clone()), &units(&v["new"]), None);
        let d = fagui::diff::diff(&old, &new);
        let says_full = d.summary.stat == "全文修正";
        *full_agree.entry((is_full, says_full)).or_insert(0usize) += 1;
        if is_full {
            full += 1;
            continue;
        }
        let mut truth: Sets = Default::default();
        for a in &entry.actions {
            let set = match a.action.as_str() {
                "修正" => &mut truth.0,
                "增訂" | "增定" => &mut truth.1,
                "刪除" => &mut truth.2,
                _ => continue,
            };
            set.extend(a.units.iter().map(ToString::to_string));
        }
        let mut mine: Sets = Default::default();
        for c in &d.changes {
            match c.op {
                Op::Modified if c.cosmetic => {}
                Op::Renumbered if !c.text_changed => {}
                Op::Modified | Op::Renumbered => mine.0.extend(c.new_num.map(|n| n.to_string())),
                Op::Added => mine.1.extend(c.new_num.map(|n| n.to_string())),
                Op::Deleted => mine.2.extend(c.old_num.map(|n| n.to_string())),
                Op::Unchanged => {}
            }
        }
        for (t, m) in [(&truth.0, &mine.0), (&truth.1, &mine.1), (&truth.2, &mine.2)] {
            tp += t.intersection(m).count();
            fp += m.difference(t).count();
            fn_ += t.difference(m).count();
        }
        if truth == mine {
            exact += 1;
        } else if shown < 15 {
            shown += 1;
            println!("{}: history {:?}", f.file_stem().unwrap().to_string_lossy(), entry.raw);
            println!("    history: 修正 {:?} 增訂 {:?} 刪除 {:?}", truth.0, truth.1, truth.2);
            println!("    diff:    修正 {:?} 增訂 {:?} 刪除 {:?}  ({})", mine.0, mine.1, mine.2, d.summary.stat);
        }
    }
    let partial = with_history - no_entry - full;
    let agree = |h: bool, m: bool| full_agree.get(&(h, m)).copied().unwrap_or(0);
    println!(
        "全文修正: history says whole text and stat says 全文修正 {}, history whole text but stat lists articles {}, history lists articles but stat says 全文修正 {}, both list articles {}",
        agree(true, true),
        agree(true, false),
        agree(false, true),
        agree(false, false)
    );
    println!(
        "pairs with a history block: {with_history}; no entry dated like the new version: {no_entry}; whole-text entries: {full}"
    );
    println!("partial amendments compared: {partial}; summary names exactly the same articles: {exact}");
    println!(
        "articles: {tp} named by both, {fp} only by the diff, {fn_} only by the history (precision {:.1}%, recall {:.1}%)",
        100.0 * tp as f64 / (tp + fp).max(1) as f64,
        100.0 * tp as f64 / (tp + fn_).max(1) as f64
    );
}
