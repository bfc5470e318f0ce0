//! Markers as kept for every line of the body until the tree is built.

use crate::marker::{Marker, Style};

/// A [`Marker`] as kept for every line of the body before the tree is built: offsets
/// into the line instead of string slices (under half the memory; a body can have
/// millions of lines). [`Mark::expand`] gives the marker back.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mark {
    pub(super) style: Style,
    pub(super) spaced: bool,
    pub(super) rest_empty: bool,
    pub(super) num: u32,
    pub(super) sub: Option<u32>,
    pub(super) label_end: u32,
    pub(super) rest_start: u32,
    pub(super) caption: Option<(u32, u32)>,
    pub(super) lost: bool,
    /// See [`Marker::written`].
    pub(super) written: Option<crate::LabelStyle>,
}

impl Mark {
    pub(super) fn new(m: &Marker<'_>, content: &str) -> Mark {
        // Every part of a marker is a slice of its line: its offset is the distance
        // between the two starts.
        let offset = |part: &str| (part.as_ptr() as usize).wrapping_sub(content.as_ptr() as usize) as u32;
        Mark {
            style: m.style,
            spaced: m.spaced,
            rest_empty: m.rest.is_empty(),
            num: m.num,
            sub: m.sub,
            label_end: m.label.len() as u32,
            rest_start: (content.len() - m.rest.len()) as u32,
            caption: m.caption.map(|c| (offset(c), c.len() as u32)),
            lost: m.lost,
            written: m.written,
        }
    }

    pub(super) fn expand<'a>(&self, content: &'a str) -> Marker<'a> {
        Marker {
            style: self.style,
            num: self.num,
            sub: self.sub,
            label: content.get(..self.label_end as usize).unwrap_or_default(),
            caption: self.caption.and_then(|(at, len)| content.get(at as usize..at as usize + len as usize)),
            rest: content.get(self.rest_start as usize..).unwrap_or_default(),
            spaced: self.spaced,
            lost: self.lost,
            written: self.written,
        }
    }
}
