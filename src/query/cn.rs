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

use crate::ast::{Document, Jurisdiction, Node};

use super::address::{Address, AddressError};

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
    use crate::ast::NodeKind;

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
}
