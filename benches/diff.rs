//! Diff of a generated 1,000-article law against a version with 50 random edits
//! (modifications, 之一 insertions, repeals) and one renumbering.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use criterion::{Criterion, criterion_group, criterion_main};
use fagui::numeral::to_cjk;
use fagui::{DocKind, ParseOptions};

/// A small deterministic generator (linear congruential).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

const WORDS: [&str; 16] = [
    "主管機關",
    "申請人",
    "應檢具",
    "申請書",
    "許可",
    "登記",
    "變更",
    "廢止",
    "通知",
    "期限",
    "罰鍰",
    "改善",
    "資料",
    "審查",
    "公告",
    "辦理",
];

fn sentence(rng: &mut Lcg, len: usize) -> String {
    let mut s: String = (0..len).map(|_| WORDS[rng.next(WORDS.len())]).collect::<Vec<_>>().join("");
    s.push('。');
    s
}

/// Articles as (label, paragraphs).
fn law(rng: &mut Lcg) -> Vec<(String, Vec<String>)> {
    (1..=1000u32)
        .map(|n| {
            let paras = (0..1 + rng.next(3))
                .map(|_| {
                    let len = 6 + rng.next(10);
                    sentence(rng, len)
                })
                .collect();
            (format!("第{}條", to_cjk(n)), paras)
        })
        .collect()
}

fn render(arts: &[(String, Vec<String>)]) -> String {
    let mut s = String::from("示範產業管理法\n");
    for (i, (label, paras)) in arts.iter().enumerate() {
        if i % 100 == 0 {
            s.push_str(&format!("第{}章 通則\n", to_cjk(i as u32 / 100 + 1)));
        }
        s.push_str(label);
        s.push('\n');
        for p in paras {
            s.push_str(p);
            s.push('\n');
        }
    }
    s
}

fn versions() -> (fagui::Document, fagui::Document) {
    let mut rng = Lcg(20240501);
    let old = law(&mut rng);
    let mut new = old.clone();
    for _ in 0..30 {
        let k = rng.next(new.len());
        let p = rng.next(new[k].1.len());
        new[k].1[p] = format!("{}{}", new[k].1[p].trim_end_matches('。'), "，並得延長一次。");
    }
    for _ in 0..10 {
        let k = rng.next(new.len());
        new[k].1 = vec!["（刪除）".into()];
    }
    for i in 0..10 {
        let k = 50 + i * 90;
        let label = format!("{}之一", new[k].0);
        let text = sentence(&mut rng, 12);
        new.insert(k + 1, (label, vec![text]));
    }
    // One renumbering: article 300 moves to a new 第七百條之二 (300 no longer exists).
    let at = new.iter().position(|a| a.0 == "第三百條").unwrap();
    let moved = new.remove(at).1;
    let pos = new.iter().position(|a| a.0 == "第七百條").unwrap();
    new.insert(pos + 1, ("第七百條之二".into(), moved));
    let opts = ParseOptions::default().with_kind(Some(DocKind::Statute));
    (fagui::parse_with(&render(&old), &opts), fagui::parse_with(&render(&new), &opts))
}

/// The worst case for alignment: a new article 1 shifts every number and every article
/// is also reworded, so every pair is found by similarity (the bigram index).
fn rewrite() -> (fagui::Document, fagui::Document) {
    let mut rng = Lcg(7);
    let old = law(&mut rng);
    let mut new: Vec<(String, Vec<String>)> = vec![("".into(), vec![sentence(&mut rng, 10)])];
    for (_, paras) in &old {
        let mut p = paras.clone();
        p[0] = format!("{}並公告之。", p[0].trim_end_matches('。'));
        new.push((String::new(), p));
    }
    for (i, a) in new.iter_mut().enumerate() {
        a.0 = format!("第{}條", to_cjk(i as u32 + 1));
    }
    let opts = ParseOptions::default().with_kind(Some(DocKind::Statute));
    (fagui::parse_with(&render(&old), &opts), fagui::parse_with(&render(&new), &opts))
}

fn bench(c: &mut Criterion) {
    let (old, new) = versions();
    assert_eq!(old.top_units().len(), 1000);
    let d = fagui::diff::diff(&old, &new);
    assert_eq!(d.summary.renumbered, 1, "{:?}", d.summary);
    c.bench_function("diff 1000 articles, 50 edits + 1 renumbering", |b| {
        b.iter(|| fagui::diff::diff(std::hint::black_box(&old), std::hint::black_box(&new)))
    });
    let (o2, n2) = rewrite();
    let d2 = fagui::diff::diff(&o2, &n2);
    assert!(d2.summary.renumbered >= 990, "{:?}", d2.summary);
    c.bench_function("diff 1000 articles, all renumbered and reworded", |b| {
        b.iter(|| fagui::diff::diff(std::hint::black_box(&o2), std::hint::black_box(&n2)))
    });
    c.bench_function("diff + table-html, 1000 articles", |b| {
        b.iter(|| fagui::diff::render::table_html(&fagui::diff::diff(&old, &new), Default::default()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
