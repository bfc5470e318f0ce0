//! Mainland amendment decisions (修改决定), as the standing committee publishes them:
//!
//! ```text
//! 一、将第十条修改为：“第十条 …。”
//! 二、删去第五条。
//! 三、增加一条，作为第十一条：“第十一条 …。”
//! 四、将第二十条改为第二十一条。
//! ```
//!
//! read into the instructions [`super::apply`] follows: 修正 (with the article's new
//! text), 增訂 (with the added article), 刪除, and the renumberings. Changes inside an
//! article (`将第三条第二款修改为：…`, `在第八条中增加一款…`) give no whole article text:
//! they are not instructions here, and the listed units are the whole articles only.

use crate::ast::{DocKind, HistoryAction, Jurisdiction, Num};
use crate::numeral::cjk_value;
use crate::parse::{ParseOptions, parse_with};

use super::Amendment;

/// True when a text reads as a mainland amendment decision: one of its lines says
/// `将第N条修改为：`, `删去第N条`, `增加一条，作为第N条` or `第N条改为第M条`.
///
/// ```
/// assert!(fagui::apply::is_mainland_decision("一、将第十条修改为：“第十条 甲。”\n"));
/// assert!(!fagui::apply::is_mainland_decision("修正第二點\n二、委員任期三年。\n"));
/// ```
pub fn is_mainland_decision(text: &str) -> bool {
    text.lines().any(|l| read_line(l).is_some())
}

/// One instruction of a decision line (the line's `一、` number taken off).
enum Instruction {
    /// `将第N条修改为：“…”`: the new text follows.
    Modify(Num),
    /// `增加一条，作为第N条：“…”`.
    Add(Num),
    /// `删去第N条`.
    Delete(Num),
    /// `将第N条改为第M条`.
    Move(Num, Num),
}

/// `第十条`, `第十条之一` at the start of `s`: the number and the rest.
fn article(s: &str) -> Option<(Num, &str)> {
    let rest = s.strip_prefix('第')?;
    let at = rest.find('条')?;
    let main = cjk_value(rest.get(..at)?)?;
    let mut rest = rest.get(at + '条'.len_utf8()..)?;
    let mut sub = None;
    if let Some(r) = rest.strip_prefix('之') {
        let len: usize = r.chars().take_while(|c| cjk_value(&c.to_string()).is_some()).map(char::len_utf8).sum();
        sub = cjk_value(r.get(..len)?);
        rest = r.get(len..)?;
    }
    Some((Num::new(main, sub), rest))
}

/// The instruction of one line, and the text after it (the quoted new text, if any).
fn read_line(line: &str) -> Option<(Instruction, &str)> {
    let mut s = line.trim();
    // `一、`, `（一）`: the decision's own numbering.
    if let Some(at) = s.find('、').filter(|&at| s.get(..at).and_then(cjk_value).is_some()) {
        s = s.get(at + '、'.len_utf8()..)?;
    }
    let s = s.strip_prefix('将').unwrap_or(s);
    if let Some(r) = s.strip_prefix("删去").or_else(|| s.strip_prefix("删除")) {
        let (n, rest) = article(r)?;
        return matches!(rest.trim_end(), "" | "。" | "；").then_some((Instruction::Delete(n), ""));
    }
    if let Some(r) = s.strip_prefix("增加一条，作为").or_else(|| s.strip_prefix("增加一条,作为")) {
        let (n, rest) = article(r)?;
        let rest = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':'))?;
        return Some((Instruction::Add(n), rest));
    }
    let (n, rest) = article(s)?;
    if let Some(r) = rest.strip_prefix("修改为：").or_else(|| rest.strip_prefix("修改为:")) {
        return Some((Instruction::Modify(n), r));
    }
    if let Some(r) = rest.strip_prefix("改为") {
        let (m, rest) = article(r)?;
        return matches!(rest.trim_end(), "" | "。" | "；").then_some((Instruction::Move(n, m), ""));
    }
    None
}

/// Reads a mainland amendment decision into an [`Amendment`]: the articles it
/// rewrites or adds (their quoted texts, parsed as a mainland statute), and the
/// instructions 修正, 增訂 and 刪除 with the renumberings.
///
/// ```
/// use fagui::apply::{apply, mainland_decision};
/// let current = fagui::parse("示范法\n第一条 甲。\n第二条 乙。\n第三条 丙。\n");
/// let a = mainland_decision("一、将第一条修改为：“第一条 甲甲。”\n二、删去第二条。\n三、增加一条，作为第四条：“第四条 丁。”\n");
/// let done = apply(&current, &a);
/// let nums: Vec<String> = done.document.top_units().iter().map(|u| u.num.unwrap().to_string()).collect();
/// assert_eq!(nums, ["1", "3", "4"]);
/// assert_eq!(done.document.top_units()[0].children[0].text, "甲甲。");
/// ```
pub fn mainland_decision(text: &str) -> Amendment {
    let mut body = String::new();
    let (mut modified, mut added, mut deleted, mut moves) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // The quoted text being read: it runs to the closing `”` at a line's end.
    let mut quoting = false;
    for line in text.lines() {
        if quoting {
            let t = line.trim();
            let (t, closed) = match t.strip_suffix('”') {
                Some(t) => (t, true),
                None => (t, false),
            };
            body.push_str(t.strip_prefix('“').unwrap_or(t));
            body.push('\n');
            quoting = !closed;
            continue;
        }
        let Some((ins, rest)) = read_line(line) else { continue };
        let n = match ins {
            Instruction::Modify(n) => {
                modified.push(n);
                n
            }
            Instruction::Add(n) => {
                added.push(n);
                n
            }
            Instruction::Delete(n) => {
                deleted.push(n);
                continue;
            }
            Instruction::Move(a, b) => {
                moves.push((a, b));
                continue;
            }
        };
        let t = rest.trim();
        let t = t.strip_prefix('“').unwrap_or(t);
        let (t, closed) = match t.strip_suffix('”').or_else(|| t.strip_suffix("”。")) {
            Some(t) => (t, true),
            None => (t, false),
        };
        // The quoted text starts with the article's label, or is its content only.
        if article(t).is_none() {
            body.push_str(&format!("第{}条 ", crate::numeral::to_cjk(n.main)));
        }
        body.push_str(t);
        body.push('\n');
        quoting = !closed;
    }
    let opts = ParseOptions {
        kind: Some(DocKind::Statute),
        jurisdiction: Some(Jurisdiction::Cn),
        title: false,
        ..Default::default()
    };
    let document = parse_with(&body, &opts);
    let mut instructions = Vec::new();
    for (action, units) in [("修正", modified), ("增訂", added), ("刪除", deleted)] {
        if !units.is_empty() {
            instructions.push(HistoryAction { action: action.to_string(), units });
        }
    }
    Amendment { document, instructions, moves, entry: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_of_the_standing_committee() {
        let text = "全国人民代表大会常务委员会关于修改《中华人民共和国示范法》的决定\n\n第十四届全国人民代表大会常务委员会第十次会议决定对《中华人民共和国示范法》作如下修改：\n\n一、将第二条修改为：“第二条 国家建立示范制度。\n\n“国务院示范主管部门负责全国的示范工作。”\n\n二、删去第三条。\n\n三、增加一条，作为第四条之一：“第四条之一 示范单位应当依法登记。”\n\n四、将第五条改为第六条。\n\n本决定自2024年1月1日起施行。\n";
        assert!(is_mainland_decision(text));
        let a = mainland_decision(text);
        let acts: Vec<(&str, String)> = a
            .instructions
            .iter()
            .map(|x| (x.action.as_str(), x.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")))
            .collect();
        assert_eq!(acts, [("修正", "2".to_string()), ("增訂", "4-1".to_string()), ("刪除", "3".to_string())]);
        assert_eq!(a.moves, [(Num::from(5), Num::from(6))]);
        let units = a.document.top_units();
        assert_eq!(units.len(), 2, "{:#?}", a.document);
        assert_eq!(units[0].children.len(), 2);
        assert_eq!(units[0].children[1].text, "国务院示范主管部门负责全国的示范工作。");
        assert_eq!(units[1].num, Some(Num::new(4, Some(1))));

        let current = crate::parse(
            "示范法\n第一条 为了示范，制定本法。\n第二条 国家建立示范。\n第三条 示范甲。\n第四条 示范乙。\n第五条 本法自公布之日起施行。\n",
        );
        let done = super::super::apply(&current, &a);
        let nums: Vec<String> =
            done.document.top_units().iter().map(|u| u.num.map(|n| n.to_string()).unwrap_or_default()).collect();
        assert_eq!(nums, ["1", "2", "4", "4-1", "6"], "{:?}", done.findings);
    }
}
