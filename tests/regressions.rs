//! Inputs the fuzzers found. Each must parse without panicking and keep every
//! character; for input read without diagnostics, render → parse is stable from the
//! second round on.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

fn shape(doc: &fagui::Document) -> Vec<(String, Option<fagui::Num>, String, bool)> {
    let mut v = Vec::new();
    doc.walk(&mut |n| v.push((n.id.clone(), n.num, n.text.clone(), n.deleted)));
    v
}

fn holds(text: &str) {
    let doc = fagui::parse(text);
    let balance = fagui::conserve::check(text, &doc);
    assert!(balance.is_balanced(), "{text:?}: {balance:?}");
    if !doc.diagnostics.is_empty() || !doc.history.is_empty() {
        return;
    }
    let opts = fagui::ParseOptions::default().with_kind(Some(doc.kind));
    let d2 = fagui::parse_with(&fagui::render::to_text(&doc), &opts);
    let d3 = fagui::parse_with(&fagui::render::to_text(&d2), &opts);
    assert_eq!(shape(&d3), shape(&d2), "{text:?}");
}

/// A header field given twice lost the first value (the map kept one).
#[test]
fn repeated_header_field() {
    holds("修正日期：賙\n修正日期：");
}

/// A closing history block stopped before the last line, which then belonged nowhere.
#[test]
fn history_block_followed_by_text() {
    holds("䠅\n笝\n2.三年八月五日\n文");
}

/// A dated list item at the end became a closing history block after one round.
#[test]
fn dated_item_at_the_end() {
    holds("2篨之\n第。\n1.中華民國九十六年六月十二日示範魗.\n2中菉");
}

/// A history entry's continuation was judged by line width, which rendering changes.
#[test]
fn history_continuation_by_width() {
    holds("1.中華民國九十六年六月十二日示範發布全文\n則\n䀂\n1.");
}

/// `一 .` was no marker, but folded to `一.`, which is one.
#[test]
fn space_before_separator() {
    holds("一 .\t5");
}

/// A dated line without a document number was a history entry until a wrapped comma
/// joined it; unnumbered entries now need 字第…號.
#[test]
fn dated_lines_without_document_number() {
    holds("洚\n民國一百年六月三十日發布7\n民國一年六月三日0發布\n，依");
    let doc = fagui::parse("洚\n民國一百年六月三十日發布7\n");
    assert!(doc.history.is_empty());
}

/// `一. 6…` wrote back as `一.6…`, which reads as a decimal number, not a marker:
/// a label ending `.` now keeps a space before a digit.
#[test]
fn dot_label_before_a_digit() {
    holds("一 \u{c}. 666666666660/");
    holds("一、甲。\n二. 5人以上。\n三、丙。\n");
    for style in fagui::render::TextStyle::ALL {
        let doc = fagui::parse("一. 5人以上。\n");
        let again = fagui::parse(&fagui::render::to_style(&doc, style));
        assert_eq!(again.units.len(), 1, "{style:?}");
    }
}

/// The address fuzzer: an id whose last number is `usize::MAX` overflowed the guess of
/// the child's position (`n - 1 + 3`) when resolving it.
#[test]
fn id_with_the_largest_number() {
    let doc = fagui::parse("示範辦法\n第 1 條\n本辦法依示範法訂定之。\n");
    for id in ["z_18446744073709551615", "art_18446744073709551615", "art_1__para_18446744073709551615"] {
        let addr = fagui::query::Address::parse(id).expect("an id is an address");
        // No such unit: an error, not a panic and not some other node.
        assert!(doc.get(&addr).is_err(), "{id}");
        assert!(doc.resolve(&addr, Some("art_1__para_1")).is_err(), "{id}");
    }
}

/// `參\t.?` was text, but the tab next to the wide numeral was folded away on output and
/// the next read took `參.?` for a heading. Spacing before a financial numeral's
/// separator now reads as no spacing, as it already did for `一 、`.
#[test]
fn spaced_financial_heading() {
    let text = "一.:\r參\t.?\r參\t.╰";
    holds(text);
    let spaced = fagui::testing::marker("參\t.?").map(|m| (m.style, m.num));
    assert!(spaced.is_some());
    assert_eq!(spaced, fagui::testing::marker("參.?").map(|m| (m.style, m.num)));
    // The round trip is stable here although the input raises diagnostics.
    let doc = fagui::parse(text);
    let opts = fagui::ParseOptions::default().with_kind(Some(doc.kind));
    let d2 = fagui::parse_with(&fagui::render::to_text(&doc), &opts);
    let d3 = fagui::parse_with(&fagui::render::to_text(&d2), &opts);
    assert_eq!(shape(&d3), shape(&d2));
    assert_eq!(shape(&d2), shape(&doc));
}

/// A header field's value with a wide gap inside it, the part after the gap no field of
/// its own (a name cut off, then `管。`): that part was dropped as a field it was not.
#[test]
fn header_value_with_a_gap_that_is_no_field() {
    holds(
        "法條內容\n\n法規名稱: 廢/停臺灣基隆監獄(含臺灣基隆戒     管。\n (七) 考核期間,不得攜入。\n (八) 不得吼叫。\n",
    );
    // A key twice on one line (a page's footer printed twice into one line): the second
    // value was dropped.
    holds(
        "某公告\n發佈日期:2021-07-09       更新日期:2021-07-14       瀏覽人次:138421-07-09       更新日期:2021-07-14\n一、甲。\n二、乙。\n",
    );
    // Fields on one line after wide gaps are still read as fields.
    let doc = fagui::parse("某公告\n發佈日期:2021-07-09       更新日期:2021-07-14\n一、甲。\n二、乙。\n");
    assert_eq!(doc.meta.get("更新日期").map(String::as_str), Some("2021-07-14"));
}

/// The densest JSON: a paragraph per three-byte line (a control character, escaped as six
/// bytes, and a lead-in's colon), repeated to 256 KiB, gave 32.5 bytes of JSON per byte of
/// input, over the `export` target's old bound of 32. Linear, with a large constant: the
/// bound is now 64, and the output per byte does not grow with the input.
#[test]
fn a_paragraph_per_three_byte_line() {
    let per_byte = |n: usize| {
        let text = "\u{1a}::\n".repeat(n);
        holds(&text);
        let doc = fagui::parse(&text);
        let json = fagui::query::Export::new(&doc, &text).to_json().unwrap();
        assert_eq!(doc.units.first().map(|u| u.children.len()), Some(n));
        json.len() as f64 / text.len() as f64
    };
    let (small, large) = (per_byte(1 << 12), per_byte(1 << 16));
    assert!(large < 64.0, "{large} bytes of JSON per byte");
    assert!(large < small * 1.25, "{small} then {large} bytes per byte");
}

/// A line of symbols read as the title (`~~~|\ ~|`) lost its leading marks on every render
/// round. Such a line is no title now.
#[test]
fn a_line_of_symbols_read_as_a_title() {
    holds(")~>~~~|\\\u{c}~|");
}

/// Found at the end of a stop and not yet mended: rendered junk reads differently on the
/// second reading (part of a line goes to debris, or to the preamble), so the third round
/// differs from the second. Run with `--ignored`.
#[test]
#[ignore = "known render round-trip instability on junk input, not yet mended"]
fn junk_lines_settle_only_after_a_third_round() {
    for text in [
        "L\t\t;\t\tLL+L\u{a9},",
        "~=><<>?>>\t\t\t\t\t qights res~=><<",
        "第 b[)\n([\u{bb}(()\n",
        // (Found by the fuzzer at the end of the next stop; the binary of the stop before
        // reads it the same way.)
        "L\t\t;\t\tL####>>>>L3L\u{a7}#####$#E######>>>>>>>>>.=>>>>>>#####,",
    ] {
        holds(text);
    }
}
