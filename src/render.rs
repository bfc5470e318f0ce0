//! Rendering (the last phase): the tree back to text.
//!
//! [`to_text`] writes canonical clean text (style 1a for directives, 2a for statutes)
//! that parses back to the same tree: same ids, numbers and texts.

use crate::ast::{DocKind, Document, Node, NodeKind};
use crate::marker;
use crate::numeral::to_cjk;

/// Writes a document as clean text: title, history, then one line per paragraph or
/// list item; statutes put `第 N 條` on its own line (as on the national database's
/// web page), directives put the point label before its first paragraph.
///
/// ```
/// let src = "示範要點\n一、本要點依示範法訂定。\n二、本小組任務如下：\n（一）研議。\n前項研議，每年辦理一次。\n";
/// let doc = fagui::parse(src);
/// assert_eq!(fagui::render::to_text(&doc), src);
/// assert_eq!(fagui::parse(&fagui::render::to_text(&doc)), doc);
/// ```
pub fn to_text(doc: &Document) -> String {
    let mut out = String::new();
    let from_header = doc.meta.contains_key("法規名稱");
    for (k, v) in &doc.meta {
        out.push_str(k);
        out.push('：');
        out.push_str(v);
        out.push('\n');
    }
    if let (Some(t), false) = (&doc.title, from_header) {
        out.push_str(t);
        out.push('\n');
    }
    for h in &doc.history {
        out.push_str(&h.raw);
        out.push('\n');
    }
    for u in &doc.units {
        node(&mut out, u, doc.kind);
    }
    out
}

fn label_of(n: &Node) -> String {
    let Some(label) = n.label.as_deref() else { return String::new() };
    // Old-style labels without a separator (`一  text`) are written canonically.
    if n.kind == NodeKind::Article {
        return label.to_string();
    }
    let probe = format!("{label}甲");
    match marker::marker(&probe) {
        Some(m) if Some(m.num_string()) == n.num && m.label == label => label.to_string(),
        _ => {
            let num = n.num.as_deref().unwrap_or("1");
            let (main, sub) = match num.split_once('-') {
                Some((a, b)) => (a.parse().unwrap_or(1), b.parse().ok()),
                None => (num.parse().unwrap_or(1), None),
            };
            match sub {
                Some(s) => format!("{}之{}、", to_cjk(main), to_cjk(s)),
                None => format!("{}、", to_cjk(main)),
            }
        }
    }
}

fn node(out: &mut String, n: &Node, kind: DocKind) {
    match n.kind {
        k if k.is_heading() => {
            out.push_str(n.label.as_deref().unwrap_or(""));
            if let Some(c) = &n.caption {
                out.push(' ');
                out.push_str(c);
            }
            out.push('\n');
            for c in &n.children {
                node(out, c, kind);
            }
        }
        NodeKind::Article => {
            out.push_str(&label_of(n));
            if let Some(c) = &n.caption {
                out.push_str(c);
            }
            out.push('\n');
            for c in &n.children {
                node(out, c, kind);
            }
        }
        NodeKind::Point => {
            out.push_str(&label_of(n));
            let mut first = true;
            for c in &n.children {
                if first && c.kind == NodeKind::Paragraph {
                    paragraph(out, c, kind);
                    first = false;
                } else {
                    node(out, c, kind);
                }
            }
            if first {
                out.push('\n');
            }
        }
        NodeKind::Paragraph => paragraph(out, n, kind),
        NodeKind::Preamble => {
            for c in &n.children {
                node(out, c, kind);
            }
        }
        _ => {
            out.push_str(&label_of(n));
            out.push_str(&n.text);
            out.push('\n');
            for c in &n.children {
                node(out, c, kind);
            }
        }
    }
}

fn paragraph(out: &mut String, p: &Node, kind: DocKind) {
    out.push_str(&p.text);
    out.push('\n');
    for c in &p.children {
        node(out, c, kind);
    }
}
