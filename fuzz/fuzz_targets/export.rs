//! Text → parse → references, terms → JSON export, with two oracles:
//!
//! - output size: the JSON is at most a fixed multiple of the text (plus a constant for
//!   the document's frame), on the input and on the input repeated to a larger size;
//! - time: on one input in eight, the input repeated to ≥ 32 KiB and the same text
//!   eight times longer are timed one after the other; a linear pipeline takes about
//!   eight times as long, a quadratic one 64 times: more than 24 times (plus 20 ms of
//!   slack for a noisy machine) is a failure. A run over 2 s on one input fails too.
//!   On a machine shared with other work one timing can be many times too slow, so a
//!   failing ratio is measured again (up to four times, the fastest of each kept) before
//!   it counts: a real quadratic stays above the bound, a stall does not repeat.
#![no_main]

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;

/// JSON bytes allowed per input byte, and the frame of a document with no text.
///
/// The densest output is a paragraph per three-byte line: a control character (escaped
/// as six bytes) and a colon that closes a lead-in (`\x1a:` over `\x1a:` …). Each such
/// paragraph's node (id, kind, number, text, span) takes about 120 bytes, and more as its
/// number and offsets grow: 32 bytes per input byte was found too tight by this target
/// (32.5 at 256 KiB), 64 leaves room for a million such lines. Growth faster than linear
/// is caught by the repetition below, not by this constant.
const PER_BYTE: usize = 64;
const FRAME: usize = 16 * 1024;

fn export(text: &str) -> (usize, Duration) {
    let start = Instant::now();
    let doc = fagui::parse(text);
    let json = fagui::query::Export::new(&doc, text).to_json();
    let elapsed = start.elapsed();
    let Ok(json) = json else { panic!("export failed") };
    let limit = PER_BYTE * text.len() + FRAME;
    assert!(json.len() <= limit, "output {} bytes for {} bytes of input", json.len(), text.len());
    (json.len(), elapsed)
}

fn repeat_to(text: &str, min: usize) -> String {
    let n = min.div_ceil(text.len().max(1));
    let mut s = String::with_capacity(n * (text.len() + 1));
    for _ in 0..n {
        s.push_str(text);
        if !text.ends_with('\n') {
            s.push('\n');
        }
    }
    s
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (_, t) = export(text);
    assert!(t < Duration::from_secs(2), "{t:?} for {} bytes", text.len());
    let hash = data.iter().fold(0u32, |h, &b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
    if text.trim().is_empty() || hash % 8 != 0 {
        return;
    }
    let small = repeat_to(text, 32 * 1024);
    let large = small.repeat(8);
    let (_, mut t1) = export(&small);
    let (_, mut t8) = export(&large);
    let bound = |t1: Duration| t1 * 24 + Duration::from_millis(20);
    for _ in 0..3 {
        if t8 <= bound(t1) {
            break;
        }
        t1 = t1.min(export(&small).1);
        t8 = t8.min(export(&large).1);
    }
    assert!(
        t8 <= bound(t1),
        "{t8:?} for {} bytes, {t1:?} for {} bytes",
        large.len(),
        small.len()
    );
});
