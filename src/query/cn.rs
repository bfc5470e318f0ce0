//! Mainland citations: the same addresses as Taiwanese ones, with the mainland names of
//! the levels (立法法): 条 article, 款 paragraph, 项 subparagraph (`（一）`), 目 item.
//!
//! A Taiwanese citation names the paragraph 項 and the subparagraph 款; a mainland one
//! names the paragraph 款 and the subparagraph 项. Reading a mainland citation swaps the
//! two words (and takes the simplified forms 条, 节, 编, 两) before the Taiwanese
//! grammar reads it; writing one swaps them back.
//!
//! ```
//! use fagui::Jurisdiction;
//! use fagui::query::Address;
//! let doc = fagui::parse("示范条例\n第十条 下列事项由国务院审批：\n（一）甲；\n（二）乙。\n前款第二项的事项，另行规定。\n");
//! assert_eq!(doc.jurisdiction, Jurisdiction::Cn);
//! let addr = Address::parse_in("第十条第一款第二项", Jurisdiction::Cn).unwrap();
//! assert_eq!(doc.get(&addr).unwrap().text, "乙。");
//! assert_eq!(addr.to_string_in(Jurisdiction::Cn), "第十条第一款第二项");
//! assert_eq!(addr.to_string_in(Jurisdiction::Tw), "第十條第一項第二款");
//! assert_eq!(fagui::query::citation_of(&doc, "art_10__para_2").unwrap(), "第十条第二款");
//! ```

use crate::ast::{Document, Jurisdiction, Node, NodeKind, Span};
use crate::label::Label;

use super::address::{Address, AddressError};
use super::{DebrisIndex, Reference, Term, TextMap, Walk, path_of, source_span};

/// A mainland citation in the words of the Taiwanese grammar: 款 ↔ 项 swapped to 項/款,
/// simplified level words to traditional ones, `两` to `二` (`前两款`).
fn to_taiwan_words(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '条' => '條',
            '款' => '項',
            '项' => '款',
            '节' => '節',
            '编' => '編',
            '两' => '二',
            c => c,
        })
        .collect()
}

/// A citation in Taiwanese words rewritten in mainland words.
fn to_mainland_words(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '條' => '条',
            '項' => '款',
            '款' => '项',
            '節' => '节',
            '編' => '编',
            '點' => '点',
            c => c,
        })
        .collect()
}

impl Address {
    /// Parses a citation in the words of a jurisdiction: for [`Jurisdiction::Cn`], 款
    /// is a paragraph and 项 a subparagraph (`第十条第二款第三项`, `前两款`, `本条第一款`);
    /// for [`Jurisdiction::Tw`] this is [`Address::parse`].
    ///
    /// ```
    /// use fagui::{Jurisdiction, NodeKind};
    /// let a = fagui::query::Address::parse_in("第十条第二款第三项", Jurisdiction::Cn).unwrap();
    /// let kinds: Vec<NodeKind> = a.steps.iter().map(|s| s.kind).collect();
    /// assert_eq!(kinds, [NodeKind::Article, NodeKind::Paragraph, NodeKind::Subparagraph]);
    /// ```
    pub fn parse_in(input: &str, jurisdiction: Jurisdiction) -> Result<Address, AddressError> {
        match jurisdiction {
            Jurisdiction::Tw => Address::parse(input),
            Jurisdiction::Cn => Address::parse(&to_taiwan_words(input)).map_err(|e| match e {
                AddressError::Syntax { at, .. } => {
                    AddressError::Syntax { input: input.to_string(), at, rest: input.chars().skip(at).collect() }
                }
                e => e,
            }),
        }
    }

    /// The citation in the words of a jurisdiction: `第十条第二款第三项` (cn) or
    /// `第十條第二項第三款` (tw, as [`ToString`]).
    ///
    /// ```
    /// use fagui::Jurisdiction;
    /// let a: fagui::query::Address = "前二項".parse().unwrap();
    /// assert_eq!(a.to_string_in(Jurisdiction::Cn), "前二款");
    /// ```
    pub fn to_string_in(&self, jurisdiction: Jurisdiction) -> String {
        match jurisdiction {
            Jurisdiction::Tw => self.to_string(),
            Jurisdiction::Cn => to_mainland_words(&self.to_string()),
        }
    }
}

/// [`super::citation`] in the words of a jurisdiction: `第十条第二款第三项` for a
/// mainland document, `第十條第二項第三款` for a Taiwanese one.
///
/// ```
/// use fagui::Jurisdiction;
/// let doc = fagui::parse("示范法\n第三条 甲：\n（一）乙；\n（二）丙。\n前款丁。\n");
/// let chain = fagui::query::locate(&doc, "art_3__para_1__subpara_2").unwrap();
/// assert_eq!(fagui::query::citation_in(&chain, Jurisdiction::Cn), "第三条第一款第二项");
/// assert_eq!(fagui::query::citation_in(&chain, Jurisdiction::Tw), "第三條第一項第二款");
/// ```
pub fn citation_in(chain: &[&Node], jurisdiction: Jurisdiction) -> String {
    let tw = super::citation(chain);
    match jurisdiction {
        Jurisdiction::Tw => tw,
        Jurisdiction::Cn => to_mainland_words(&tw),
    }
}

/// [`super::node_to_text`] with the citation in the words of a jurisdiction.
///
/// ```
/// use fagui::Jurisdiction;
/// let doc = fagui::parse("示范法\n第三条 甲。\n乙。\n");
/// let chain = fagui::query::locate(&doc, "art_3__para_2").unwrap();
/// assert_eq!(fagui::query::node_to_text_in(&chain, Jurisdiction::Cn), "第三条第二款\n乙。\n");
/// ```
pub fn node_to_text_in(chain: &[&Node], jurisdiction: Jurisdiction) -> String {
    let text = super::node_to_text(chain);
    match jurisdiction {
        Jurisdiction::Tw => text,
        Jurisdiction::Cn => {
            let tw = super::citation(chain);
            let mut out = to_mainland_words(&tw);
            out.push_str(text.get(tw.len()..).unwrap_or_default());
            out
        }
    }
}

/// A character of a mainland text in the words the citation and definition grammars
/// read: 款 ↔ 项 swapped to 項/款, `两` to `二`, and the simplified forms of the level
/// words, law suffixes and verbs they look for (条, 节, 编, 点, 办法, 规则, 细则, 标准,
/// 准则, 规程, 纲要, 所称, 简称, 违反, 适用, 依据 …). Every character keeps its UTF-8
/// length, so byte offsets into the text stay the same.
const GRAMMAR_CHARS: [(char, char); 31] = [
    ('条', '條'),
    ('款', '項'),
    ('项', '款'),
    ('节', '節'),
    ('编', '編'),
    ('两', '二'),
    ('点', '點'),
    ('办', '辦'),
    ('规', '規'),
    ('则', '則'),
    ('细', '細'),
    ('标', '標'),
    ('准', '準'),
    ('纲', '綱'),
    ('称', '稱'),
    ('简', '簡'),
    ('违', '違'),
    ('适', '適'),
    ('据', '據'),
    ('约', '約'),
    ('该', '該'),
    ('为', '為'),
    ('设', '設'),
    ('对', '對'),
    ('并', '並'),
    ('于', '於'),
    ('将', '將'),
    ('经', '經'),
    ('会', '會'),
    ('参', '參'),
    ('订', '訂'),
];

fn grammar_char(c: char) -> char {
    if c < '\u{4e00}' {
        return c;
    }
    GRAMMAR_CHARS.iter().find(|(m, _)| *m == c).map_or(c, |(_, g)| *g)
}

fn in_grammar_words(s: &str) -> String {
    let out: String = s.chars().map(grammar_char).collect();
    debug_assert_eq!(out.len(), s.len());
    out
}

/// A mainland document and its source in the words of the Taiwanese grammars (see
/// [`grammar_char`]), marked Taiwanese so that they read it as it is.
fn for_the_grammar(doc: &Document, src: &str) -> (Document, String) {
    let mut d = doc.clone();
    d.jurisdiction = Jurisdiction::Tw;
    d.title = d.title.as_deref().map(in_grammar_words);
    fn go(n: &mut Node) {
        n.text = in_grammar_words(&n.text);
        n.caption = n.caption.as_deref().map(in_grammar_words);
        n.label = n.label.as_ref().map(|l| Label::read(&in_grammar_words(l), l.style(), l.is_bare(), l.is_lost()));
        n.children.iter_mut().for_each(go);
    }
    d.units.iter_mut().for_each(go);
    (d, in_grammar_words(src))
}

/// `found`, read in the grammar's words from `written` (the source of its span), as
/// `written` has it: the characters whose grammar form they are, in order, with the
/// line breaks and spaces of a wrapped source skipped. `None` when they do not line up.
fn align(found: &str, written: &str) -> Option<String> {
    let mut chars = written.chars();
    let mut out = String::with_capacity(found.len());
    for f in found.chars() {
        loop {
            let c = chars.next()?;
            if grammar_char(c) == f {
                out.push(c);
                break;
            }
            if !c.is_whitespace() {
                return None;
            }
        }
    }
    Some(out)
}

/// The grammar's words taken back where they are not ambiguous (`二` stays: it may have
/// been `两`).
fn back_to_mainland_words(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '二' {
                return c;
            }
            GRAMMAR_CHARS.iter().find(|(_, g)| *g == c).map_or(c, |(m, _)| *m)
        })
        .collect()
}

/// `found` (in the grammar's words) as the source writes it at `span`, or else as the
/// grammar's words taken back.
fn as_written(found: &str, span: Span, src: &str) -> String {
    src.get(span.0..span.1).and_then(|w| align(found, w)).unwrap_or_else(|| back_to_mainland_words(found))
}

/// `part` of `whole` (both in the grammar's words), as `written` (`whole` as written)
/// has it: the same bytes, since the grammar's words keep every offset.
fn part_as_written(part: &str, whole: &str, written: &str) -> String {
    whole
        .find(part)
        .and_then(|at| written.get(at..at + part.len()))
        .map_or_else(|| back_to_mainland_words(part), str::to_string)
}

/// [`super::extract_terms`] on a mainland document: `本法所称…，是指…`,
/// `（以下简称…）`, with the terms and meanings as the text writes them.
pub(super) fn terms(doc: &Document, src: &str) -> Vec<Term> {
    let (g, gsrc) = for_the_grammar(doc, src);
    let mut out = super::extract_terms(&g, &gsrc);
    for t in &mut out {
        t.term = as_written(&t.term, t.span, src);
        t.meaning = back_to_mainland_words(&t.meaning);
        // `由国务院邮政管理部门（以下简称邮政部门）`: a preposition is not part of the name.
        if let Some(rest) = t.meaning.strip_prefix(['由', '经', '向', '在', '从'])
            && rest.chars().nth(1).is_some()
        {
            t.meaning = rest.to_string();
        }
    }
    out
}

/// [`super::refs::extract_refs_with_terms`] on a mainland document: 款 read as a
/// paragraph and 项 as a subparagraph, the citation, law name and relative word given as
/// the text writes them.
pub(super) fn refs(doc: &Document, src: &str, terms: &[Term]) -> Vec<Reference> {
    let (g, gsrc) = for_the_grammar(doc, src);
    let gterms: Vec<Term> = terms
        .iter()
        .map(|t| Term { term: in_grammar_words(&t.term), meaning: in_grammar_words(&t.meaning), ..t.clone() })
        .collect();
    let mut out = super::refs::extract_refs_with_terms(&g, &gsrc, &gterms);
    for r in &mut out {
        let written = as_written(&r.text, r.span, src);
        r.law = r.law.as_deref().map(|l| part_as_written(l, &r.text, &written));
        r.relative = r.relative.as_deref().map(|w| part_as_written(w, &r.text, &written));
        r.text = written;
    }
    let mut headings = this_heading(doc, src);
    if !headings.is_empty() {
        out.append(&mut headings);
        out.sort_by_key(|r| r.span.0);
    }
    out
}

/// `本章`, `本节`, `本编`: the chapter, section or part that holds the citing text.
fn this_heading(doc: &Document, src: &str) -> Vec<Reference> {
    let debris = DebrisIndex::new(doc);
    let mut out = Vec::new();
    let mut walk = Walk::new(doc);
    while let Some((path, node)) = walk.advance() {
        let mut map: Option<Option<TextMap>> = None;
        for word in ["本章", "本节", "本编"] {
            let kind = match word {
                "本章" => NodeKind::Chapter,
                "本节" => NodeKind::Section,
                _ => NodeKind::Part,
            };
            for (at, _) in node.text.match_indices(word) {
                let Some(at_chain) = path.iter().rposition(|n| n.kind == kind) else { continue };
                let chain = path.get(..=at_chain).unwrap_or_default();
                let Some(heading) = chain.last() else { continue };
                let map = map.get_or_insert_with(|| TextMap::new(src, &debris, node));
                out.push(Reference {
                    from: node.id.clone(),
                    text: word.to_string(),
                    span: source_span(map.as_ref(), node, at, at + word.len()),
                    law: None,
                    path: path_of(chain),
                    to: None,
                    relative: Some(word.to_string()),
                    targets: vec![heading.id.clone()],
                    ranges: Vec::new(),
                });
            }
        }
    }
    out
}

impl Document {
    /// Parses a citation in this document's words ([`Address::parse_in`] with its
    /// jurisdiction).
    ///
    /// ```
    /// let doc = fagui::parse("示范法\n第一条 甲。\n乙。\n");
    /// let a = doc.address("第一条第二款").unwrap();
    /// assert_eq!(doc.get(&a).unwrap().text, "乙。");
    /// ```
    pub fn address(&self, input: &str) -> Result<Address, AddressError> {
        Address::parse_in(input, self.jurisdiction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAW: &str = "# 示范法\n\n## 第一章 总则\n\n第一条 为了规范示范工作，制定本法。\n\n第二条 下列事项由国务院审批：\n\n（一）省的设立；\n\n（二）县的设立：\n\n1.甲；\n\n2.乙。\n\n前款规定的事项，另行规定。\n\n有前两款规定情形的，依照本法处理。\n\n第二条之一 本条第一款不适用于乡。\n\n## 第二章 附则\n\n第三条 本法自公布之日起施行。\n";

    fn id_of(doc: &Document, cite: &str, context: Option<&str>) -> String {
        let a = doc.address(cite).unwrap_or_else(|e| panic!("{cite}: {e}"));
        let nodes = doc.resolve(&a, context).unwrap_or_else(|e| panic!("{cite}: {e}"));
        nodes.iter().map(|n| n.id.as_str()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn mainland_citations_resolve_with_the_mainland_meaning() {
        let doc = crate::parse(LAW);
        assert_eq!(doc.jurisdiction, Jurisdiction::Cn);
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("第一条", None, "chap_1__art_1"),
            ("第二条", None, "chap_1__art_2"),
            ("第二条第一款", None, "chap_1__art_2__para_1"),
            ("第二条第二款", None, "chap_1__art_2__para_2"),
            ("第二条第三款", None, "chap_1__art_2__para_3"),
            ("第二条第一款第二项", None, "chap_1__art_2__para_1__subpara_2"),
            ("第二条第一款第一项", None, "chap_1__art_2__para_1__subpara_1"),
            ("第二条第一款第二项第一目", None, "chap_1__art_2__para_1__subpara_2__item_1"),
            ("第二条第一款第二项第二目", None, "chap_1__art_2__para_1__subpara_2__item_2"),
            ("第二条之一", None, "chap_1__art_2-1"),
            ("第三条", None, "chap_2__art_3"),
            ("第二章", None, "chap_2"),
            ("第一章第二条", None, "chap_1__art_2"),
            ("本法第三条", None, "chap_2__art_3"),
            ("前款", Some("chap_1__art_2__para_2"), "chap_1__art_2__para_1"),
            ("前两款", Some("chap_1__art_2__para_3"), "chap_1__art_2__para_1 chap_1__art_2__para_2"),
            ("前款第二项", Some("chap_1__art_2__para_2"), "chap_1__art_2__para_1__subpara_2"),
            ("本条第一款", Some("chap_1__art_2-1__para_1"), "chap_1__art_2-1__para_1"),
            ("本条", Some("chap_1__art_2__para_2"), "chap_1__art_2"),
            ("前条", Some("chap_2__art_3__para_1"), "chap_1__art_2-1"),
            ("第二项", Some("chap_1__art_2__para_1"), "chap_1__art_2__para_1__subpara_2"),
            ("第三款", Some("chap_1__art_2__para_1"), "chap_1__art_2__para_3"),
            ("本款", Some("chap_1__art_2__para_2"), "chap_1__art_2__para_2"),
            ("第 2 条", None, "chap_1__art_2"),
            ("第2条第1款第2项", None, "chap_1__art_2__para_1__subpara_2"),
        ];
        for (cite, context, want) in cases {
            assert_eq!(&id_of(&doc, cite, *context), want, "{cite}");
        }
    }

    #[test]
    fn citations_print_in_the_mainland_words() {
        let doc = crate::parse(LAW);
        for (id, want) in [
            ("chap_1__art_2__para_1__subpara_2", "第二条第一款第二项"),
            ("chap_1__art_2__para_1__subpara_2__item_1", "第二条第一款第二项第一目"),
            ("chap_1__art_2__para_3", "第二条第三款"),
            ("chap_1__art_2-1", "第二条之一"),
            ("chap_2", "第二章"),
        ] {
            assert_eq!(super::super::citation_of(&doc, id).unwrap(), want, "{id}");
        }
        let a = Address::parse_in("第十条第二款第三项", Jurisdiction::Cn).unwrap();
        assert_eq!(a.steps[1].kind, NodeKind::Paragraph);
        assert_eq!(a.to_string_in(Jurisdiction::Cn), "第十条第二款第三项");
        assert_eq!(a.to_string_in(Jurisdiction::Tw), "第十條第二項第三款");
        // Taiwanese documents keep their words.
        let tw = crate::parse("示範法\n第 7-1 條\n甲。\n乙。\n");
        assert_eq!(super::super::citation_of(&tw, "art_7-1__para_2").unwrap(), "第7條之1第2項");
    }

    /// A law shaped as mainland laws are, its citations written as the laws of the data
    /// set write them.
    const REGULATION: &str = "# 示范邮政条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了保障邮政普遍服务，根据《中华人民共和国邮政法》第十五条的规定，制定本条例。\n\n第二条 邮政企业提供下列服务：\n\n（一）邮件寄递；\n\n（二）邮政汇兑；\n\n（三）机要通信。\n\n前款第二项规定的服务，由国务院邮政管理部门（以下简称邮政部门）规定。\n\n有前两款规定情形的，依照本条例第五条的规定处理。\n\n第三条 邮政企业不得有下列行为：\n\n（一）擅自停止服务；\n\n（二）减少服务项目；\n\n（三）降低服务标准。\n\n违反本条第一款第三项规定的，依照本章规定处罚。\n\n本条第一款、第二款规定的措施，适用第二条第一款第一项至第三项的规定。\n\n第四条 依照前条第一款规定处理的，适用前两条的规定。\n\n## 第二章 管理\n\n### 第一节 许可\n\n第五条 实施本节规定的许可，依照本条例第七条至第八条的规定。\n\n第六条 有第五条、第七条所列行为之一的，依照本条例第三条第一项、第二项规定处理。\n\n### 第二节 监督\n\n第七条 监督检查应当依照本条例第二条第一款规定进行。\n\n监督检查人员不得少于二人。\n\n第八条 有下列情形之一的，责令改正：\n\n（一）违反第七条第二款规定的；\n\n（二）违反第六条规定的。\n\n有前款第一项至第二项情形的，依照《中华人民共和国行政处罚法》第三十二条第一款第三项的规定处理。\n\n## 第三章 附则\n\n第九条 本条例所称邮件，是指邮政企业寄递的信件、印刷品和包裹。\n\n第十条 本条例第二条第三款和前条的规定，自公布之日起施行。\n";

    #[test]
    fn mainland_references_resolve_with_the_mainland_meaning() {
        let doc = crate::parse(REGULATION);
        assert_eq!(doc.jurisdiction, Jurisdiction::Cn);
        let refs = crate::query::extract_refs(&doc, REGULATION);
        let got: Vec<(String, String)> =
            refs.iter().map(|r| (r.text.clone(), r.target_ids().collect::<Vec<_>>().join(" "))).collect();
        let (c1, s1, s2) = ("chap_1", "chap_2__sec_1", "chap_2__sec_2");
        let want: Vec<(String, String)> = [
            ("中华人民共和国邮政法》第十五条", String::new()),
            ("前款第二项", format!("{c1}__art_2__para_1__subpara_2")),
            ("前两款", format!("{c1}__art_2__para_1 {c1}__art_2__para_2")),
            ("本条例第五条", format!("{s1}__art_5")),
            ("本条第一款第三项", format!("{c1}__art_3__para_1__subpara_3")),
            ("本章", c1.to_string()),
            ("本条第一款", format!("{c1}__art_3__para_1")),
            ("第二款", format!("{c1}__art_3__para_2")),
            (
                "第二条第一款第一项至第三项",
                format!("{c1}__art_2__para_1__subpara_1 {c1}__art_2__para_1__subpara_2 {c1}__art_2__para_1__subpara_3"),
            ),
            ("前条第一款", format!("{c1}__art_3__para_1")),
            ("前两条", format!("{c1}__art_2 {c1}__art_3")),
            ("本节", s1.to_string()),
            ("本条例第七条至第八条", format!("{s2}__art_7 {s2}__art_8")),
            ("第五条", format!("{s1}__art_5")),
            ("第七条", format!("{s2}__art_7")),
            ("本条例第三条第一项", format!("{c1}__art_3__para_1__subpara_1")),
            ("第二项", format!("{c1}__art_3__para_1__subpara_2")),
            ("本条例第二条第一款", format!("{c1}__art_2__para_1")),
            ("第七条第二款", format!("{s2}__art_7__para_2")),
            ("第六条", format!("{s1}__art_6")),
            ("前款第一项至第二项", format!("{s2}__art_8__para_1__subpara_1 {s2}__art_8__para_1__subpara_2")),
            ("中华人民共和国行政处罚法》第三十二条第一款第三项", String::new()),
            ("本条例第二条第三款", format!("{c1}__art_2__para_3")),
            ("前条", "chap_3__art_9".to_string()),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b))
        .collect();
        assert_eq!(got, want);
        // Other laws keep their names as written, and their 款/项 the mainland meaning.
        let ext: Vec<&Reference> = refs.iter().filter(|r| r.law.is_some()).collect();
        assert_eq!(ext.len(), 2);
        assert_eq!(ext[0].law.as_deref(), Some("中华人民共和国邮政法"));
        assert_eq!(ext[1].law.as_deref(), Some("中华人民共和国行政处罚法"));
        let kinds: Vec<NodeKind> = ext[1].path.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [NodeKind::Article, NodeKind::Paragraph, NodeKind::Subparagraph]);
        // Every reference points at its text in the source.
        for r in &refs {
            assert_eq!(REGULATION.get(r.span.0..r.span.1), Some(r.text.as_str()), "{r:?}");
        }
    }

    #[test]
    fn mainland_terms() {
        let doc = crate::parse(REGULATION);
        let terms = crate::query::extract_terms(&doc, REGULATION);
        let pairs: Vec<(&str, &str)> = terms.iter().map(|t| (t.term.as_str(), t.meaning.as_str())).collect();
        assert_eq!(pairs, [("邮政部门", "国务院邮政管理部门"), ("邮件", "邮政企业寄递的信件、印刷品和包裹")]);
    }
}
