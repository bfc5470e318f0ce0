//! Front matter and history: the metadata header block (`法規名稱：` …), the title, and
//! history blocks (沿革) at the start and at the end of a text.

use crate::ast::{HistoryEntry, Span};
use crate::diagnostic::{Diagnostic, Severity};
use crate::marker::{self, Style};
use crate::normalize::{self, Line};

use super::history;

pub(super) const HEADER_KEYS: [&str; 14] = [
    "法規名稱",
    "修正日期",
    "公發布日",
    "發布日期",
    "法規類別",
    "生效狀態",
    "廢止日期",
    "施行日期",
    "生效日期",
    "英文法規名稱",
    "異動日期",
    "法規體系",
    "最新異動日期",
    "法規性質",
];

/// True for the field names of a header block copied from the database page
/// (`法規名稱：`, `修正日期：`, `法規類別：` …), which fill the document's metadata.
///
/// ```
/// assert!(fagui::parse::is_header_key("修正日期"));
/// assert!(!fagui::parse::is_header_key("第一條"));
/// ```
pub fn is_header_key(key: &str) -> bool {
    HEADER_KEYS.contains(&key)
}

pub(super) fn header_field(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once(['：', ':'])?;
    let k = k.trim();
    is_header_key(k).then(|| (k, v.trim_matches(normalize::is_space)))
}

pub(super) const TITLE_SUFFIXES: [&str; 22] = [
    "要點",
    "注意事項",
    "作業規定",
    "規定",
    "須知",
    "計畫",
    "方案",
    "原則",
    "法",
    "條例",
    "通則",
    "規程",
    "規則",
    "細則",
    "辦法",
    "綱要",
    "標準",
    "準則",
    "章程",
    "守則",
    "程序",
    "措施",
];

pub(super) fn has_title_suffix(t: &str) -> bool {
    TITLE_SUFFIXES.iter().any(|s| t.ends_with(s))
}

pub(super) const STATUTE_SUFFIXES: [&str; 12] =
    ["法", "條例", "通則", "規程", "規則", "細則", "辦法", "綱要", "標準", "準則", "律", "憲法"];

pub(super) fn starts_unit(content: &str) -> bool {
    match marker::marker(content) {
        Some(m) => match m.style {
            Style::Article | Style::Heading(_) => true,
            Style::CjkComma => m.num == 1,
            _ => false,
        },
        None => false,
    }
}

/// Reads a whole history block (沿革): every line belongs to it. Lines that do not start
/// an entry continue the one before; a first line that is no entry becomes a raw entry
/// with a diagnostic. Spans index `text`.
///
/// ```
/// let mut diags = Vec::new();
/// let h = fagui::parse::history_block("1.中華民國七十九年十二月二十一日內政部（79）台內社字第 849335 號\r\n  令訂定發布全文 27 條\r\n2.中華民國八十八年十二月八日內政部（88）台內社字第 8814434  號令\r\n  修正發布第 3  條條文", &mut diags);
/// assert_eq!(h.len(), 2);
/// assert_eq!(h[0].action.as_deref(), Some("訂定"));
/// assert_eq!(h[1].actions[0].units, vec!["3"]);
/// assert!(diags.is_empty());
/// ```
pub fn history_block(text: &str, diags: &mut Vec<Diagnostic>) -> Vec<HistoryEntry> {
    let lines = normalize::lines(text);
    if let Some(first) = lines.first().filter(|l| !history::is_entry_start(l.content)) {
        diags.push(Diagnostic {
            severity: Severity::Warning,
            code: "history-unparsed".into(),
            message: "history line without a date kept as raw text".into(),
            line: first.number,
            column: first.column(),
        });
    }
    history_lines(&lines)
}

/// Every line belongs to the block: a line that starts no entry continues the one before
/// (or, first of all, is an entry of its own).
pub(super) fn history_lines(lines: &[Line<'_>]) -> Vec<HistoryEntry> {
    let mut out = Vec::new();
    let mut cur: Option<(String, Span)> = None;
    for l in lines {
        match cur.as_mut() {
            Some((raw, span)) if !history::is_entry_start(l.content) => {
                normalize::join(raw, l.content);
                span.1 = l.content_end();
            }
            _ => {
                if let Some((raw, span)) = cur.take() {
                    out.push(history::parse_entry(&raw, span));
                }
                let mut raw = String::new();
                normalize::push_folded(&mut raw, l.content);
                cur = Some((raw, Span(l.content_start, l.content_end())));
            }
        }
    }
    if let Some((raw, span)) = cur {
        out.push(history::parse_entry(&raw, span));
    }
    out
}

pub(super) fn read_history(lines: &[Line<'_>], mut idx: usize, end: usize, out: &mut Vec<HistoryEntry>) -> usize {
    let mut cur: Option<(String, Span)> = None;
    while idx < end {
        let Some(l) = lines.get(idx) else { break };
        if history::is_entry_start(l.content) {
            if let Some((raw, span)) = cur.take() {
                out.push(history::parse_entry(&raw, span));
            }
            let mut raw = String::new();
            normalize::push_folded(&mut raw, l.content);
            cur = Some((raw, Span(l.content_start, l.content_end())));
        } else if let Some((raw, span)) = cur.as_mut() {
            // Judged on the entry's text, not on line widths, so that a rendered entry
            // (one line) reads back the same.
            let continues = l.indent > 0
                || l.continues
                || l.content.starts_with(['（', '('])
                || (!history::entry_complete(raw) && !starts_unit(l.content));
            if !continues || starts_unit(l.content) {
                break;
            }
            normalize::join(raw, l.content);
            span.1 = l.content_end();
        } else {
            break;
        }
        idx += 1;
    }
    if let Some((raw, span)) = cur {
        out.push(history::parse_entry(&raw, span));
    }
    idx
}

/// Index of the first line of a history block that closes the document, or
/// `lines.len()` when there is none.
pub(super) fn tail_history_start(lines: &[Line<'_>], from: usize) -> usize {
    let mut start = lines.len();
    let mut i = lines.len();
    while i > from {
        let Some(l) = lines.get(i - 1) else { break };
        if history::is_entry_start(l.content) {
            start = i - 1;
        } else if starts_unit(l.content) || marker::marker(l.content).is_some_and(|m| m.style == Style::Article) {
            break;
        } else if l.ends_sentence && l.indent == 0 {
            // an ordinary sentence: only history entries may follow it in the block
            break;
        }
        i -= 1;
    }
    start
}
