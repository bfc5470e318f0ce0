//! History of units across many versions: for every article or point of the newest
//! version, the version that introduced it and the versions that changed it.
//!
//! ```
//! let v: Vec<_> = ["要點\n一、甲。\n", "要點\n一、甲。\n二、乙。\n"].iter().map(|s| fagui::parse(s)).collect();
//! let log = fagui::diff::log::log(&v);
//! assert_eq!((log[0].introduced, log[1].introduced), (0, 1));
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ast::{Document, Num};

use super::{Diff, Op};

/// One change of a unit in one version.
///
/// ```
/// let e = fagui::diff::log::Event { version: 2, op: fagui::diff::Op::Modified, old_num: Some(3.into()), num: Some(3.into()) };
/// assert_eq!(e.version, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// Index of the version (0 = oldest) in which the change appears.
    pub version: usize,
    /// `added`, `modified`, `renumbered` or `deleted` (repealed: `（刪除）`).
    pub op: Op,
    /// Number in the version before (`null` when added).
    pub old_num: Option<Num>,
    /// Number in this version.
    pub num: Option<Num>,
}

/// The history of one unit of the newest version.
///
/// ```
/// let v: Vec<_> = ["要點\n一、甲。\n", "要點\n一、乙。\n"].iter().map(|s| fagui::parse(s)).collect();
/// let h = &fagui::diff::log::log(&v)[0];
/// assert_eq!((h.introduced, h.events.len()), (0, 1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct UnitLog {
    /// Id in the newest version.
    pub id: String,
    /// Number in the newest version.
    pub num: Option<Num>,
    /// Index of the version that introduced the unit (0 when it is in the oldest one).
    pub introduced: usize,
    /// Every change, oldest first (the introduction included when it is not version 0).
    pub events: Vec<Event>,
}

/// Traces every article or point of the last version back through the versions
/// (oldest first), following renumberings.
///
/// ```
/// let v: Vec<_> = [
///     "要點\n一、甲甲甲甲。\n",
///     "要點\n一、甲甲甲甲。\n二、乙乙乙乙。\n",
///     "要點\n一、甲甲甲甲。\n二、乙乙乙丙。\n",
/// ].iter().map(|s| fagui::parse(s)).collect();
/// let log = fagui::diff::log::log(&v);
/// assert_eq!(log[0].events.len(), 0);
/// assert_eq!(log[1].introduced, 1);
/// let ops: Vec<_> = log[1].events.iter().map(|e| (e.version, e.op)).collect();
/// assert_eq!(ops, [(1, fagui::diff::Op::Added), (2, fagui::diff::Op::Modified)]);
/// ```
pub fn log(versions: &[Document]) -> Vec<UnitLog> {
    let diffs: Vec<Diff> = versions.windows(2).filter_map(|w| Some(super::diff(w.first()?, w.get(1)?))).collect();
    log_diffs(versions.last(), &diffs)
}

/// Like [`log`], from the diffs of consecutive versions already computed.
pub(crate) fn log_diffs(newest: Option<&Document>, diffs: &[Diff]) -> Vec<UnitLog> {
    let Some(newest) = newest else { return Vec::new() };
    let maps: Vec<std::collections::HashMap<&str, &super::Change>> =
        diffs.iter().map(|d| d.changes.iter().filter_map(|c| Some((c.new_id.as_deref()?, c))).collect()).collect();
    let mut out = Vec::new();
    for u in newest.top_units() {
        let mut events = Vec::new();
        let mut id = u.id.clone();
        let mut introduced = 0;
        for (k, m) in maps.iter().enumerate().rev() {
            let Some(c) = m.get(id.as_str()) else { break };
            if c.op != Op::Unchanged {
                events.push(Event { version: k + 1, op: c.op, old_num: c.old_num, num: c.new_num });
            }
            match &c.old_id {
                Some(o) => id = o.clone(),
                None => {
                    introduced = k + 1;
                    break;
                }
            }
        }
        events.reverse();
        out.push(UnitLog { id: u.id.clone(), num: u.num, introduced, events });
    }
    out
}

/// A plain-text rendering: one line per unit, `第三點  in v1; modified v3; renumbered (原第二點) v4`,
/// with `names` naming the versions (file names, dates; `v1`… when missing).
///
/// ```
/// let v: Vec<_> = ["要點\n一、甲。\n", "要點\n一、乙。\n"].iter().map(|s| fagui::parse(s)).collect();
/// let t = fagui::diff::log::to_text(fagui::DocKind::Directive, &fagui::diff::log::log(&v), &[]);
/// assert_eq!(t, "第一點\tin v1; modified v2\n");
/// ```
pub fn to_text(kind: crate::DocKind, log: &[UnitLog], names: &[String]) -> String {
    let name = |k: usize| names.get(k).cloned().unwrap_or_else(|| format!("v{}", k + 1));
    let mut out = String::new();
    for u in log {
        let cite = u.num.map(|n| super::render::cite(kind, n)).unwrap_or_else(|| u.id.clone());
        let mut parts =
            vec![if u.introduced == 0 { format!("in {}", name(0)) } else { format!("added {}", name(u.introduced)) }];
        for e in &u.events {
            let what = match e.op {
                Op::Added => continue,
                Op::Modified => "modified".to_string(),
                Op::Deleted => "deleted".to_string(),
                Op::Unchanged => "unchanged".to_string(),
                Op::Renumbered => {
                    let from = e.old_num.map(|n| super::render::cite(kind, n)).unwrap_or_default();
                    format!("renumbered (原{from})")
                }
            };
            parts.push(format!("{what} {}", name(e.version)));
        }
        out.push_str(&format!("{cite}\t{}\n", parts.join("; ")));
    }
    out
}

#[cfg(test)]
mod api_examples {
    #[test]
    fn log_diffs_example() {
        let a = crate::parse("要點\n一、甲。\n");
        let b = crate::parse("要點\n一、乙。\n");
        let d = crate::diff::diff(&a, &b);
        assert_eq!(crate::diff::log::log_diffs(Some(&b), &[d])[0].events.len(), 1);
    }
}
