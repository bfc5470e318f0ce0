//! Diffs of the corpus amendment pairs: classification as documented in
//! `corpus/pairs/README.md`, `--stat`, apply, snapshots of every output, and a property
//! test of random edits.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, clippy::type_complexity)]

use std::path::{Path, PathBuf};

use fagui::diff::{self, Op, render};
use fagui::{Document, Node, Num};
use proptest::prelude::*;

fn pairs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pairs")
}

fn read(path: &Path) -> Document {
    let text = fagui::decode::read_path(path, &Default::default()).unwrap();
    fagui::parse(&text)
}

fn pair(name: &str) -> (Document, Document) {
    let dir = pairs_dir();
    (read(&dir.join(format!("{name}.old.txt"))), read(&dir.join(format!("{name}.new.txt"))))
}

const PAIRS: [&str; 5] =
    ["seed-partial", "award-renumber", "instrument-loan-5-1", "harbor-survey-permit", "archives-act-move"];

/// `(op, old_num, new_num, text_changed)` of every unit.
fn ops(d: &diff::Diff) -> Vec<(Op, Option<Num>, Option<Num>, bool)> {
    d.changes.iter().map(|c| (c.op, c.old_num, c.new_num, c.text_changed)).collect()
}

/// A number written in the `num` form.
fn n(s: &str) -> Option<Num> {
    Some(s.parse().unwrap())
}

fn same(s: &str) -> (Op, Option<Num>, Option<Num>, bool) {
    (Op::Unchanged, n(s), n(s), false)
}
fn modified(s: &str) -> (Op, Option<Num>, Option<Num>, bool) {
    (Op::Modified, n(s), n(s), true)
}

#[test]
fn seed_partial_classification() {
    let (old, new) = pair("seed-partial");
    let d = diff::diff(&old, &new);
    let mut want = vec![same("1"), same("2"), modified("3"), same("4"), same("5"), same("6"), same("7"), modified("8")];
    want.push(same("9"));
    want.push((Op::Deleted, n("10"), n("10"), true));
    want.extend([same("11"), same("12"), same("13")]);
    want.push((Op::Added, None, n("14"), true));
    assert_eq!(ops(&d), want);
    assert!(d.changes[9].repealed);
    assert_eq!(d.old_title, d.new_title);
    // Point 8: only item (二) changed.
    let p8 = &d.changes[7].children[0];
    let items: Vec<_> = p8.children.iter().map(|c| (c.op, c.new_num)).collect();
    assert_eq!(items, [(Op::Unchanged, n("1")), (Op::Modified, n("2")), (Op::Unchanged, n("3"))]);
    // Point 3: exactly the two 五 deleted.
    let dels: Vec<_> = d.changes[2].children[0]
        .inline
        .iter()
        .filter(|p| p.op != diff::InlineOp::Equal)
        .map(|p| (p.op, p.text.as_str()))
        .collect();
    assert_eq!(dels, [(diff::InlineOp::Delete, "五"), (diff::InlineOp::Delete, "五")]);
}

#[test]
fn seed_partial_stat_names_exactly_the_changed_points() {
    let (old, new) = pair("seed-partial");
    let d = diff::diff(&old, &new);
    assert_eq!(d.summary.stat, "修正第三點、第八點；增訂第十四點；刪除第十點");
    // The history parser reads the line back to the same units.
    let entry =
        format!("示範要點\n中華民國一百十五年一月二日示範部示資字第1150000001號函{}\n一、甲。\n", d.summary.stat);
    let h = &fagui::parse(&entry).history[0];
    let named: Vec<(&str, Vec<String>)> =
        h.actions.iter().map(|a| (a.action.as_str(), a.units.iter().map(ToString::to_string).collect())).collect();
    assert_eq!(
        named,
        [
            ("修正", vec!["3".to_string(), "8".to_string()]),
            ("增訂", vec!["14".to_string()]),
            ("刪除", vec!["10".to_string()])
        ]
    );
}

#[test]
fn award_renumber_classification() {
    let (old, new) = pair("award-renumber");
    let d = diff::diff(&old, &new);
    let r = |a: &str, b: &str, m: bool| (Op::Renumbered, n(a), n(b), m);
    assert_eq!(
        ops(&d),
        [
            same("1"),
            same("2"),
            same("3"),
            (Op::Added, None, n("4"), true),
            r("4", "5", false),
            r("5", "6", true),
            r("6", "7", false),
            r("7", "8", true),
            r("8", "9", false),
            r("9", "10", false),
            r("10", "11", false),
        ]
    );
    // In point 七→八, items (一) and (二) changed, (三) did not.
    let items: Vec<_> = d.changes[7].children[0].children.iter().map(|c| c.op).collect();
    assert_eq!(items, [Op::Modified, Op::Modified, Op::Unchanged]);
    assert_eq!(d.summary.stat, "全文修正");
    assert_eq!(new.history.last().unwrap().action.as_deref(), Some("全文修正"));
}

#[test]
fn instrument_loan_classification() {
    let (old, new) = pair("instrument-loan-5-1");
    let d = diff::diff(&old, &new);
    assert_eq!(
        ops(&d),
        [
            same("1"),
            same("2"),
            modified("3"),
            same("4"),
            same("5"),
            (Op::Added, None, n("5-1"), true),
            same("6"),
            same("7"),
            same("8")
        ]
    );
    let paras: Vec<_> = d.changes[2].children.iter().map(|c| (c.op, c.new_num)).collect();
    assert_eq!(paras, [(Op::Modified, n("1")), (Op::Added, n("2"))]);
    assert_eq!(d.summary.stat, "修正第三條；增訂第五條之一");
    let h = fagui::parse(&format!(
        "示範辦法\n第 1 條\n甲。\n1.中華民國一百十三年四月二十二日示範部示字第1130000001號令{}\n",
        d.summary.stat
    ));
    let named: Vec<_> = h.history[0].actions.iter().map(|a| (a.action.as_str(), a.units.clone())).collect();
    assert_eq!(named, [("修正", vec![fagui::Num::from(3)]), ("增訂", vec![fagui::Num::new(5, Some(1))])]);
}

#[test]
fn harbor_survey_classification() {
    let (old, new) = pair("harbor-survey-permit");
    let d = diff::diff(&old, &new);
    assert_eq!(
        ops(&d),
        [
            same("1"),
            same("2"),
            same("3"),
            modified("4"),
            same("5"),
            (Op::Deleted, n("6"), n("6"), true),
            same("7"),
            modified("8"),
            same("9")
        ]
    );
    let kuan: Vec<_> = d.changes[7].children[0].children.iter().map(|c| (c.op, c.old_num, c.new_num)).collect();
    assert_eq!(
        kuan,
        [
            (Op::Unchanged, n("1"), n("1")),
            (Op::Unchanged, n("2"), n("2")),
            (Op::Deleted, n("3"), None),
            (Op::Renumbered, n("4"), n("3")),
        ]
    );
    assert!(!d.changes[7].children[0].children[3].text_changed);
    assert_eq!(d.summary.stat, "修正第四條、第八條；刪除第六條");
    let h = fagui::parse(&format!(
        "示範辦法\n第 1 條\n甲。\n1.中華民國一百十三年一月三十一日示範部示字第1130000001號令{}\n",
        d.summary.stat
    ));
    let named: Vec<_> = h.history[0].actions.iter().map(|a| (a.action.clone(), a.units.clone())).collect();
    assert_eq!(
        named,
        [
            ("修正".to_string(), vec![fagui::Num::from(4), fagui::Num::from(8)]),
            ("刪除".to_string(), vec![fagui::Num::from(6)])
        ]
    );
}

#[test]
fn archives_move_classification() {
    let (old, new) = pair("archives-act-move");
    let d = diff::diff(&old, &new);
    let mut want: Vec<_> = (1..=11).map(|n| n.to_string()).collect::<Vec<_>>();
    let want_ops: Vec<_> = want.iter_mut().map(|n| if n == "10" { modified(n) } else { same(n) }).collect();
    assert_eq!(ops(&d), want_ops);
    let moved: Vec<_> = d.changes.iter().filter(|c| c.moved).map(|c| c.new_id.as_deref().unwrap()).collect();
    assert_eq!(moved, ["chap_3__art_7"]);
    assert!(d.headings.iter().all(|h| h.change.op == Op::Unchanged));
    assert_eq!(d.summary.stat, "修正第十條");
}

/// ids, numbers, labels, captions, texts and deleted flags of every node.
fn shape(doc: &Document) -> Vec<(String, Option<Num>, Option<fagui::Label>, Option<String>, String, bool)> {
    let mut v = Vec::new();
    doc.walk(&mut |n: &Node| {
        v.push((n.id.clone(), n.num, n.label.clone(), n.caption.clone(), n.text.clone(), n.deleted))
    });
    v
}

fn assert_apply(old: &Document, new: &Document) {
    let d = diff::diff(old, new);
    let got = d.apply(old).unwrap();
    assert_eq!(got.title, new.title);
    assert_eq!(got.kind, new.kind);
    let (a, b) = (shape(&got), shape(new));
    if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
        panic!("first difference at node {i}:\n  applied: {:?}\n  new:     {:?}", a.get(i), b.get(i));
    }
    // The JSON round-trips and applies the same way.
    let back: diff::Diff = serde_json::from_str(&d.to_json().unwrap()).unwrap();
    assert_eq!(shape(&back.apply(old).unwrap()), b);
}

#[test]
fn apply_reproduces_every_pair_both_ways() {
    for name in PAIRS {
        let (old, new) = pair(name);
        assert_apply(&old, &new);
        assert_apply(&new, &old);
        assert_apply(&old, &old);
    }
}

#[test]
fn repeal_written_as_caption_is_a_deletion() {
    let opts = fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute));
    let old = fagui::parse_with("示範法\n第一條　　甲甲甲甲。\n第二條　　乙乙乙乙。\n", &opts);
    let new = fagui::parse_with("示範法\n第一條　　甲甲甲甲。\n第二條　　（刪除）\n", &opts);
    let d = diff::diff(&old, &new);
    assert_eq!((d.changes[1].op, d.changes[1].new_id.as_deref()), (Op::Deleted, Some("art_2")));
    assert_eq!(d.summary.stat, "刪除第二條");
    assert_apply(&old, &new);
}

#[test]
fn formatting_only_changes_are_left_out_of_stat_and_table() {
    let opts = fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute));
    let old = fagui::parse_with("示範辦法\n第 1 條\n本校 (以下簡稱本校) 隸屬示範部。\n第 2 條\n甲乙丙丁。\n", &opts);
    let new = fagui::parse_with("示範辦法\n第 1 條\n本校（以下簡稱本校）隸屬示範部。\n第 2 條\n甲乙丙戊。\n", &opts);
    let d = diff::diff(&old, &new);
    assert_eq!((d.changes[0].op, d.changes[0].cosmetic), (Op::Modified, true));
    assert!(!d.changes[1].cosmetic);
    assert_eq!(d.summary.stat, "修正第二條");
    let md = render::table_md(&d, Default::default());
    assert!(!md.contains("第一條"), "{md}");
    assert_apply(&old, &new);
}

#[test]
fn stat_names_a_renumbering_like_an_agency() {
    // 刪除第八條；原第九條遞減為第八條 (a real history entry says it this way).
    let opts = fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute));
    let arts = |n: &[&str]| {
        let mut s = String::from("示範辦法\n");
        for (i, t) in n.iter().enumerate() {
            s.push_str(&format!("第 {} 條\n{t}\n", i + 1));
        }
        fagui::parse_with(&s, &opts)
    };
    let old = arts(&["本辦法依示範法訂定之。", "委員會置委員九人。", "委員任期二年。", "本辦法自發布日施行。"]);
    let new = arts(&["本辦法依示範法訂定之。", "委員會置委員十一人。", "本辦法自發布日施行。"]);
    let d = diff::diff(&old, &new);
    assert_eq!(d.summary.stat, "修正第二條；刪除第三條；原第四條移列為第三條");
    assert_apply(&old, &new);
}

#[test]
fn a_chapter_inserted_before_others_moves_nothing() {
    let old = fagui::parse("示範法\n第一章 總則\n第一條\n本法依憲法制定之。\n第二章 罰則\n第二條\n違反者處罰鍰。\n");
    let new = fagui::parse(
        "示範法\n第一章 總則\n第一條\n本法依憲法制定之。\n第二章 監督\n第一條之一\n主管機關得檢查之。\n第三章 罰則\n第二條\n違反者處罰鍰。\n",
    );
    let d = diff::diff(&old, &new);
    assert_eq!(d.changes[2].new_id.as_deref(), Some("chap_3__art_2"));
    assert!(d.changes.iter().all(|c| !c.moved), "{:#?}", d.changes);
    let heads: Vec<_> = d.headings.iter().map(|h| (h.change.op, h.change.new_caption.as_deref())).collect();
    assert_eq!(heads, [(Op::Unchanged, Some("總則")), (Op::Added, Some("監督")), (Op::Renumbered, Some("罰則"))]);
    let md = render::table_md(&d, Default::default());
    assert!(md.contains("| 第三章　罰則 | 第二章　罰則 | 原第二章移列為第三章，章名未修正。 |"), "{md}");
    assert_apply(&old, &new);
}

#[test]
fn apply_refuses_another_document() {
    let (old, new) = pair("seed-partial");
    let d = diff::diff(&old, &new);
    let (other, _) = pair("harbor-survey-permit");
    assert!(d.apply(&other).is_err());
}

#[test]
fn snapshots_of_every_output() {
    for name in PAIRS {
        let (old, new) = pair(name);
        let d = diff::diff(&old, &new);
        let plain = render::Options::default();
        let all = render::Options::default().with_all(true);
        insta::assert_json_snapshot!(format!("{name}.json"), d);
        insta::assert_snapshot!(format!("{name}.table.md"), render::table_md(&d, plain));
        insta::assert_snapshot!(format!("{name}.table.html"), render::table_html(&d, plain));
        insta::assert_snapshot!(format!("{name}.all.table.md"), render::table_md(&d, all));
        insta::assert_snapshot!(format!("{name}.text"), render::text(&d, plain));
        insta::assert_snapshot!(format!("{name}.stat"), d.summary.stat.clone());
    }
}

#[test]
fn table_phrasing() {
    let (old, new) = pair("seed-partial");
    let md = render::table_md(&diff::diff(&old, &new), Default::default());
    assert!(md.contains("| 修正規定 | 現行規定 | 說明 |"));
    assert!(
        md.contains("| <u>十四、民間諮詢委員會委員之人數") || md.contains("| 十四、<u>民間諮詢委員會委員之人數"),
        "{md}"
    );
    assert!(md.contains("本點新增。"));
    assert!(md.contains("本點刪除。"));
    assert!(md.contains("酌作文字修正。"));
    // A new unit has an empty 現行規定 cell.
    assert!(md.lines().any(|l| l.contains("十四、") && l.contains("|  | 本點新增。 |")), "{md}");
    let (old, new) = pair("award-renumber");
    let md = render::table_md(&diff::diff(&old, &new), Default::default());
    assert!(md.contains("原第四點移列為第五點，內容未修正。"));
    assert!(md.contains("原第五點移列為第六點，並酌作文字修正。"));
    let (old, new) = pair("instrument-loan-5-1");
    let md = render::table_md(&diff::diff(&old, &new), Default::default());
    assert!(md.contains("| 修正條文 | 現行條文 | 說明 |"));
    assert!(md.contains("本條新增。"));
    assert!(md.contains("第五條之一"));
}

#[test]
fn title_change_is_the_first_row() {
    let old = fagui::parse("示範資料治理要點\n一、甲乙丙丁。\n");
    let new = fagui::parse("示範資料治理及開放要點\n一、甲乙丙丁。\n");
    let d = diff::diff(&old, &new);
    assert_eq!(d.summary.stat, "修正名稱");
    let md = render::table_md(&d, Default::default());
    let rows: Vec<_> = md.lines().filter(|l| l.starts_with("| ")).skip(2).collect();
    assert_eq!(rows, ["| 示範資料治理<u>及開放</u>要點 | 示範資料治理要點 | 名稱修正。 |"]);
}

#[test]
fn unchanged_units_only_with_all() {
    let (old, new) = pair("seed-partial");
    let d = diff::diff(&old, &new);
    let few = render::table_md(&d, Default::default());
    let all = render::table_md(&d, render::Options::default().with_all(true));
    assert_eq!(few.lines().filter(|l| l.starts_with("| ")).count(), 2 + 4);
    assert_eq!(all.lines().filter(|l| l.starts_with("| ")).count(), 2 + 14);
}

#[test]
fn text_colour_only_when_asked() {
    let (old, new) = pair("seed-partial");
    let d = diff::diff(&old, &new);
    assert!(!render::text(&d, Default::default()).contains('\x1b'));
    assert!(render::text(&d, render::Options::default().with_color(true)).contains("\x1b[31"));
}

#[test]
fn html_escapes_and_is_self_contained() {
    let old = fagui::parse("要點\n一、<script>alert(1)</script>。\n");
    let new = fagui::parse("要點\n一、<b>&</b>。\n");
    let html = render::table_html(&diff::diff(&old, &new), Default::default());
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("&lt;"));
    assert!(!html.contains("http"), "no external resources");
    assert!(html.contains("table-layout: fixed"));
    assert!(html.contains("word-break: break-all"));
}

#[test]
fn log_across_versions() {
    let (v1, v2) = pair("seed-partial");
    let v3 = fagui::parse(&fagui::render::to_text(&v2).replace("本院另定之。", "本院另以辦法定之。"));
    let log = diff::log::log(&[v1, v2, v3]);
    assert_eq!(log.len(), 14);
    let get = |s: &str| log.iter().find(|u| u.num == n(s)).unwrap();
    assert!(get("1").events.is_empty());
    let ops = |n: &str| get(n).events.iter().map(|e| (e.version, e.op)).collect::<Vec<_>>();
    assert_eq!(ops("3"), [(1, Op::Modified)]);
    assert_eq!(ops("10"), [(1, Op::Deleted)]);
    assert_eq!(get("14").introduced, 1);
    assert_eq!(ops("14"), [(1, Op::Added), (2, Op::Modified)]);
}

#[test]
fn schema_file_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/diff.schema.json");
    let want = fagui::schema::diff_schema_json();
    if std::env::var_os("FAGUI_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, format!("{want}\n")).unwrap();
    }
    let got = std::fs::read_to_string(&path).unwrap();
    assert_eq!(got.trim_end(), want.trim_end(), "run `fagui schema --diff > schema/diff.schema.json`");
}

// ---------------------------------------------------------------------------
// Property test: random edits of a generated directive.

#[derive(Debug, Clone)]
enum Edit {
    Modify(usize, usize),
    Insert(usize, usize),
    Delete(usize),
    Repeal(usize),
    AddItem(usize, usize),
}

fn phrase(k: usize) -> String {
    const WORDS: [&str; 12] =
        ["本小組", "委員", "任期", "二年", "會議", "召集人", "主管機關", "申請", "許可", "通報", "資料", "審查"];
    (0..6).map(|i| WORDS[(k * 7 + i * 5 + i * i) % WORDS.len()]).collect::<String>() + &format!("第{k}項事務。")
}

fn directive(points: &[(String, Vec<String>)]) -> String {
    let mut s = String::from("示範要點\n");
    for (i, (text, items)) in points.iter().enumerate() {
        s.push_str(&format!("{}、{}\n", fagui::numeral::to_cjk(i as u32 + 1), text));
        for (k, it) in items.iter().enumerate() {
            s.push_str(&format!("（{}）{}\n", fagui::numeral::to_cjk(k as u32 + 1), it));
        }
    }
    s
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..20usize, 0..1000usize).prop_map(|(a, b)| Edit::Modify(a, b)),
        (0..20usize, 0..1000usize).prop_map(|(a, b)| Edit::Insert(a, b)),
        (0..20usize).prop_map(Edit::Delete),
        (0..20usize).prop_map(Edit::Repeal),
        (0..20usize, 0..1000usize).prop_map(|(a, b)| Edit::AddItem(a, b)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]
    #[test]
    fn apply_after_random_edits(n in 3..15usize, edits in proptest::collection::vec(edit_strategy(), 0..8)) {
        let mut points: Vec<(String, Vec<String>)> = (0..n)
            .map(|i| (format!("{}：", phrase(i)), if i % 3 == 0 { vec![phrase(i + 100), phrase(i + 200)] } else { vec![] }))
            .collect();
        let old_text = directive(&points);
        for e in edits {
            let len = points.len();
            match e {
                Edit::Modify(i, k) if len > 0 => { points[i % len].0 = format!("{}{}", phrase(k), "並得延長。"); }
                Edit::Insert(i, k) => points.insert(i % (len + 1), (phrase(k + 1000), vec![])),
                Edit::Delete(i) if len > 1 => { points.remove(i % len); }
                Edit::Repeal(i) if len > 0 => points[i % len] = ("（刪除）".to_string(), vec![]),
                Edit::AddItem(i, k) if len > 0 => points[i % len].1.push(phrase(k + 2000)),
                _ => {}
            }
        }
        let old = fagui::parse(&old_text);
        let new = fagui::parse(&directive(&points));
        let d = diff::diff(&old, &new);
        let got = d.apply(&old).unwrap();
        prop_assert_eq!(shape(&got), shape(&new));
        // One entry per unit of either version.
        let n_old = d.changes.iter().filter(|c| c.old_id.is_some()).count();
        let n_new = d.changes.iter().filter(|c| c.new_id.is_some()).count();
        prop_assert_eq!((n_old, n_new), (old.top_units().len(), new.top_units().len()));
    }
}

fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("一、".to_string()),
        Just("二、".to_string()),
        Just("三、".to_string()),
        Just("（一）".to_string()),
        Just("（二）".to_string()),
        Just("1.".to_string()),
        Just("第一條".to_string()),
        Just("第二條".to_string()),
        Just("第 3-1 條".to_string()),
        Just("第一章 總則".to_string()),
        Just("（刪除）".to_string()),
        Just("\n".to_string()),
        Just("。".to_string()),
        Just("　".to_string()),
        "[甲乙丙丁之及或a-z0-9<>&|*_ ]{1,8}",
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]
    /// Any two inputs: the diff, every rendering and apply work without panicking, and
    /// apply gives the new tree back.
    #[test]
    fn any_input_diffs_renders_and_applies(a in messy_text(), b in messy_text()) {
        let old = fagui::parse(&a);
        let new = fagui::parse(&b);
        let d = diff::diff(&old, &new);
        let all = render::Options::default().with_all(true).with_color(true);
        let _ = (render::text(&d, all), render::table_md(&d, all), render::table_html(&d, all), d.to_json().unwrap());
        let got = d.apply(&old).unwrap();
        prop_assert_eq!(shape(&got), shape(&new));
    }
}

// ---------------------------------------------------------------------------
// Property test: random edits of a generated statute with chapters.

#[derive(Debug, Clone)]
enum StatuteEdit {
    Reword(usize, usize),
    Insert(usize, usize),
    Remove(usize),
    Repeal(usize),
    AddKuan(usize, usize),
    RenameChapter(usize, usize),
    SplitChapter(usize),
    MergeChapter(usize),
}

/// Chapters of (name, articles), each article a list of paragraphs, the first of which
/// may carry 款.
type Statute = Vec<(String, Vec<(String, Vec<String>)>)>;

fn statute_text(chapters: &Statute, numbered_chapters: bool) -> String {
    let mut s = String::from("示範管理法\n");
    let mut art = 0u32;
    for (ci, (name, arts)) in chapters.iter().enumerate() {
        if numbered_chapters {
            s.push_str(&format!("第{}章 {}\n", fagui::numeral::to_cjk(ci as u32 + 1), name));
        }
        for (para, kuan) in arts {
            art += 1;
            s.push_str(&format!("第{}條\n{}\n", fagui::numeral::to_cjk(art), para));
            for (k, text) in kuan.iter().enumerate() {
                s.push_str(&format!("{}、{}\n", fagui::numeral::to_cjk(k as u32 + 1), text));
            }
        }
    }
    s
}

fn statute_edit() -> impl Strategy<Value = StatuteEdit> {
    prop_oneof![
        (0..40usize, 0..1000usize).prop_map(|(a, b)| StatuteEdit::Reword(a, b)),
        (0..40usize, 0..1000usize).prop_map(|(a, b)| StatuteEdit::Insert(a, b)),
        (0..40usize).prop_map(StatuteEdit::Remove),
        (0..40usize).prop_map(StatuteEdit::Repeal),
        (0..40usize, 0..1000usize).prop_map(|(a, b)| StatuteEdit::AddKuan(a, b)),
        (0..5usize, 0..1000usize).prop_map(|(a, b)| StatuteEdit::RenameChapter(a, b)),
        (0..5usize).prop_map(StatuteEdit::SplitChapter),
        (0..5usize).prop_map(StatuteEdit::MergeChapter),
    ]
}

fn locate(chapters: &Statute, k: usize) -> Option<(usize, usize)> {
    let total: usize = chapters.iter().map(|c| c.1.len()).sum();
    if total == 0 {
        return None;
    }
    let mut k = k % total;
    for (ci, c) in chapters.iter().enumerate() {
        if k < c.1.len() {
            return Some((ci, k));
        }
        k -= c.1.len();
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]
    #[test]
    fn statute_apply_after_random_edits(
        sizes in proptest::collection::vec(1..6usize, 1..4),
        edits in proptest::collection::vec(statute_edit(), 0..10),
    ) {
        let names = ["總則", "申請及許可", "監督", "罰則", "附則", "管理", "費用"];
        let mut n = 0;
        let mut chapters: Statute = sizes
            .iter()
            .enumerate()
            .map(|(ci, &k)| {
                let arts = (0..k)
                    .map(|_| {
                        n += 1;
                        (phrase(n), if n % 4 == 0 { vec![phrase(n + 300), phrase(n + 400)] } else { vec![] })
                    })
                    .collect();
                (names[ci % names.len()].to_string(), arts)
            })
            .collect();
        let old_text = statute_text(&chapters, true);
        for e in edits {
            match e {
                StatuteEdit::Reword(k, w) => if let Some((c, a)) = locate(&chapters, k) {
                    chapters[c].1[a].0 = format!("{}並公告之。", phrase(w));
                },
                StatuteEdit::Insert(k, w) => if let Some((c, a)) = locate(&chapters, k) {
                    chapters[c].1.insert(a, (phrase(w + 500), vec![]));
                },
                StatuteEdit::Remove(k) => if let Some((c, a)) = locate(&chapters, k)
                    && chapters[c].1.len() > 1
                {
                    chapters[c].1.remove(a);
                },
                StatuteEdit::Repeal(k) => if let Some((c, a)) = locate(&chapters, k) {
                    chapters[c].1[a] = ("（刪除）".into(), vec![]);
                },
                StatuteEdit::AddKuan(k, w) => if let Some((c, a)) = locate(&chapters, k) {
                    chapters[c].1[a].1.push(phrase(w + 700));
                },
                StatuteEdit::RenameChapter(c, w) => {
                    let len = chapters.len();
                    chapters[c % len].0 = names[w % names.len()].to_string();
                }
                StatuteEdit::SplitChapter(c) => {
                    let len = chapters.len();
                    let c = c % len;
                    if chapters[c].1.len() > 1 {
                        let tail = chapters[c].1.split_off(1);
                        chapters.insert(c + 1, ("新增".into(), tail));
                    }
                }
                StatuteEdit::MergeChapter(c) => {
                    let len = chapters.len();
                    if len > 1 {
                        let c = c % (len - 1);
                        let next = chapters.remove(c + 1);
                        chapters[c].1.extend(next.1);
                    }
                }
            }
        }
        let opts = fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute));
        let old = fagui::parse_with(&old_text, &opts);
        let new = fagui::parse_with(&statute_text(&chapters, true), &opts);
        let d = diff::diff(&old, &new);
        prop_assert_eq!(shape(&d.apply(&old).unwrap()), shape(&new));
        prop_assert_eq!(shape(&d.apply(&old).unwrap()).len(), shape(&new).len());
        // Without chapters in the new version, too.
        let flat = fagui::parse_with(&statute_text(&chapters, false), &opts);
        prop_assert_eq!(shape(&diff::diff(&old, &flat).apply(&old).unwrap()), shape(&flat));
        let _ = render::table_html(&d, render::Options::default().with_all(true).with_color(false));
    }
}
