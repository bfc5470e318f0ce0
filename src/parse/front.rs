//! Front matter and history: the metadata header block (`法規名稱：` …), the title, and
//! history blocks (沿革) at the start and at the end of a text.

use std::collections::BTreeMap;

use crate::ast::{Debris, HistoryEntry, Span};
use crate::diagnostic::{DiagCode, Diagnostic, Severity};
use crate::marker::{self, Style};
use crate::normalize::{self, Line};

use super::history;
use super::lines::line_debris;

pub(super) const HEADER_KEYS: [&str; 56] = [
    "聯絡人",
    "資料提供單位",
    "立法理由",
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
    // Further fields of the law systems of cities, counties and ministries.
    "公(發)布日期",
    "公發布日期",
    "公布日期",
    "發布單位",
    "發文字號",
    "資料來源",
    "主管機關",
    "主管單位",
    "訂定日期",
    "公告日期",
    "法規沿革",
    "制定機關",
    // A law system's news page announcing an amendment (c-mof-fia-admin-rules-news-
    // headings in corpus/real).
    "發文機關",
    "發文日期",
    "異動性質",
    // A repealed directive's fields (t-taichung-shalu-child-center-venue-table in
    // corpus/real).
    "廢止/停止適用日期",
    "廢止/停止日期",
    // A news page's date above the text (l-yilan-emergency-relief-jiaosi-indented in
    // corpus/real).
    "日期",
    // A page's footer stamp (c-cga-coastal-zone-entry-procedure-two-points-template-
    // debris, c-moi-household-registration-point3-amended-yilan-site in corpus/real).
    "更新日期",
    "上版日期",
    // A county site's contact field among the page's fields over the text (l-miaoli-
    // longcare-day-care-service-page-metadata-bullets-bracket-caption-paren-arabic-items
    // in corpus/real).
    "聯絡資訊",
    // A fire department's page fields over its list (l-nantou-fire-lpg-storage-
    // certificate-notes-metadata-fields-arabic-points-paren-digit-items in corpus/real).
    "承辦單位",
    "聯絡電話",
    // A notice's closing date among its fields (c-yushan-np-closure-notice-hiking-portal-
    // fields in corpus/real).
    "截止日期",
    // A news page's footer, its fields on one line (`發佈日期:2021-07-09       更新日期:…
    // 發佈單位:本處       瀏覽人次:1384`: l-taichung-mortuary-letter-nested-html-list in
    // corpus/real).
    "發佈日期",
    // A school post's author over its date and the rule's full title (`作者 : 實習處01` /
    // `發佈日期 : 2014-06-25 10:56:45`: s-clvsc-new-club-rules-flattened-one-line-table-
    // bars in corpus/real).
    "作者",
    "發佈單位",
    // A school bulletin's post fields (`公告單位: 課程研發組`, `發布時間: 2023-09-22 09:50`:
    // s-hsinchu-chenggong-junior-high-public-lessons-plan-notice-arabic-items-bullets-fields-
    // chrome, c-k12-student-council-president-eligibility-letter-yljh-relay-chrome-inline-
    // items in corpus/real).
    "公告單位",
    "發布時間",
    "發佈時間",
    // (s-vghtpe-library-interlibrary-card-rules-dot-numerals in corpus/real.)
    "最後更新",
    // (A township's relay page: l-dacun-township-cemetery-relocation-notice-relayed-
    // funeral-site in corpus/real.)
    "最後更新日期",
    // The defence ministry's database, over one point's text (c-mnd-reservist-disaster-
    // relief-rules-point7-only-wrapped-time in corpus/real).
    "現行條文",
    // The health and welfare ministry's page fields, over the text or under it, their
    // values empty on a press page (`  • 建檔日期:` / `  • 更新時間:` / `  • 資料來源:衛生
    // 福利部` after the last point: c-nhi-bureau-premium-arrears-explanation-press-page-
    // mohw-site-points-chrome, c-mohw-health-grants-site in corpus/real).
    "建檔日期",
    "更新時間",
    // The forestry agency's site (`發佈日期:102-07-04編修日期:102-07-04發文字號:…`: c-coa-
    // forest-products-disposal-points-on-pingtung-forest-site-nested-items-qianxiang-
    // indented-like-wrap-truncated in corpus/real).
    "編修日期",
    // Who posted a page, beside its edit date (`  • 編修日期:2020/08/13` / `  • 上稿單位:
    // 高雄分局度量衡科` under the answer: c-bsmi-kaohsiung-branch-faq-verification-applicant-
    // question-caption-paren-items-counter-bullets in corpus/real).
    "上稿單位",
    // A service card's time limit under its last item (`處理期限:隨到隨辦,市府審核約50~75
    // 天`: l-kaohsiung-lujhu-district-office-unemployed-parents-childcare-allowance-arabic-
    // items-bulleted-lines-chrome in corpus/real) and a press release's date under its text
    // (l-kaohsiung-election-commission-by-election-candidate-documents-news-inline-paren-
    // items-closing-paragraph).
    "處理期限",
    "發稿日期",
];
/// True for a character that starts one of [`HEADER_KEYS`].
fn is_key_start(c: char) -> bool {
    matches!(
        c,
        '法' | '修'
            | '公'
            | '發'
            | '生'
            | '廢'
            | '施'
            | '英'
            | '異'
            | '最'
            | '資'
            | '主'
            | '訂'
            | '制'
            | '立'
            | '聯'
            | '日'
            | '更'
            | '上'
            | '現'
            | '承'
            | '截'
            | '作'
            | '建'
            | '編'
            | '處'
    )
}

/// True for the field names of a header block copied from the database page
/// (`法規名稱：`, `修正日期：`, `法規類別：` …), which fill the document's metadata.
pub fn is_header_key(key: &str) -> bool {
    HEADER_KEYS.contains(&key)
}

/// True for a line that is only a web address (`http://www.example.gov.tw/laws.aspx?id=20`).
fn is_url_line(line: &str) -> bool {
    let rest = line.strip_prefix("https://").or_else(|| line.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_graphic()))
}

pub(super) fn header_field(line: &str) -> Option<(&str, &str)> {
    // Keys are short: look for the colon among the first few characters only (this runs
    // on every line of a compilation).
    // The first characters of the keys (a unit test keeps this in step with the list).
    if !line.chars().next().is_some_and(is_key_start) {
        return None;
    }
    key_value(line, 10).map(|(k, v)| (k.trim(), v)).filter(|(k, _)| is_header_key(k))
}

/// `key：value` with the colon among the first `within` characters: the key as written and
/// the value trimmed.
fn key_value(line: &str, within: usize) -> Option<(&str, &str)> {
    let (at, colon) = line.char_indices().take(within).find(|(_, c)| matches!(c, '：' | ':'))?;
    let (k, v) = (line.get(..at)?, line.get(at + colon.len_utf8()..)?);
    Some((k, v.trim_matches(normalize::is_space)))
}

/// The parts of a metadata value that may hold further fields: split at wide gaps, at
/// a cell's bar or a slash before a field name (when `bars`; their places and lengths
/// are returned), and at a single space before a field name of the block and its colon.
fn field_parts(value: &str, bars: bool) -> (Vec<&str>, Vec<(usize, usize)>) {
    let opens_field =
        |r: &str| key_value(r.trim_start_matches(normalize::is_space), 7).is_some_and(|(k, _)| is_header_key(k));
    let (mut cuts, mut cut_bars) = (Vec::new(), Vec::new());
    for (at, c) in value.char_indices() {
        let next = at + c.len_utf8();
        // (A slash set off by spaces before a field name is a separator too: `發佈單位:藝術
        // 文化科 / 發佈時間:2015-02-09`, l-hualien-indigenous-ritual-priest-consolation-
        // directive-ab-site-fields-points-note-line in corpus/real.)
        let separator = matches!(c, '|' | '｜')
            || (matches!(c, '/' | '／')
                && value.get(..at).is_some_and(|b| b.is_empty() || b.ends_with(normalize::is_space))
                && value.get(next..).is_some_and(|r| r.starts_with(normalize::is_space) && opens_field(r)));
        if bars && separator {
            cut_bars.push((at, c.len_utf8()));
            cuts.push((at, next));
        } else if normalize::is_space(c)
            && value.get(next..).is_some_and(|r| r.starts_with(normalize::is_space) || opens_field(r))
        {
            cuts.push((at, next));
        } else if c.is_ascii_digit() && value.get(next..).is_some_and(|r| r.starts_with(is_key_start) && opens_field(r))
        {
            // (A date's last digit runs into the next field when the page's clean text
            // dropped the gap: `建檔日期:109-01-10更新時間:109-01-10`, c-mohw-1966-ltc-faq-
            // how-to-apply-disability-assessment-indented-arabic-units-metadata-source-line
            // in corpus/real.)
            cuts.push((next, next));
        }
    }
    let mut from = 0;
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    for (at, next) in cuts {
        parts.push(value.get(from..at).unwrap_or_default());
        from = next;
    }
    parts.push(value.get(from..).unwrap_or_default());
    let mut parts: Vec<&str> =
        parts.into_iter().map(|f| f.trim_matches(normalize::is_space)).filter(|f| !f.is_empty()).collect();
    // (An empty value before a separator and the next field stays: `聯絡人: / 聯絡電話:`.
    // A value in a cell's bars, `法規名稱:| …辦法 |`, is the text inside them.)
    if value.starts_with(['|', '｜', '/', '／']) && parts.first().is_some_and(|f| opens_field(f)) {
        parts.insert(0, "");
    }
    (parts, cut_bars)
}

/// A date field written without its colon (`發文日期2013-05-16 10:38:37`, a news page's
/// footer: t-joseph-hospital-library-rules-wraps in corpus/real): a key naming a date,
/// then a Western date. Such a line is chrome (no field: the key is not set apart).
pub(super) fn glued_date_field(line: &str) -> Option<(&str, &str)> {
    // A school database's footer field, with a space (`更新日期 2009-05-12 10:34:06 文號
    // 單位 北港分部`: s-cmu-freshman-dorm-number-alone in corpus/real).
    let keys = HEADER_KEYS.iter().filter(|k| k.ends_with("日期")).chain(&["更新日期"]);
    keys.into_iter().find_map(|&k| {
        let v = line.strip_prefix(k)?.trim_start_matches(normalize::is_space);
        let digits = v.bytes().take_while(u8::is_ascii_digit).count();
        (digits == 4 && v.get(digits..).is_some_and(|r| r.starts_with(['-', '/', '.'])))
            .then(|| (k, v.trim_matches(normalize::is_space)))
    })
}

/// Reads a metadata block from `idx` on: `key：value` lines, and `key：` lines whose value
/// stands on the next line (as the law systems' pages print them). A field seen before
/// goes to `debris` (a page that prints the block twice). Returns the index after it.
pub(super) fn read_meta(
    lines: &[Line<'_>],
    mut idx: usize,
    end: usize,
    meta: &mut std::collections::BTreeMap<String, String>,
    debris: &mut Vec<crate::ast::Debris>,
) -> usize {
    while idx < end {
        let Some(l) = lines.get(idx) else { break };
        if is_url_line(l.content) {
            // The page's address printed under the title (a law page reposted by an
            // association: s-kenting-reserve-research-points in corpus/real): no text of
            // the document.
            debris.push(line_debris(l));
            idx += 1;
            continue;
        }
        if related_articles(l.content) {
            // A law site's field of the articles a letter relates to, one law a line
            // (`相關法條 行政程序法 第 1 條` over `訴願法 第 1 條`: l-tainan-county-letter-
            // relaying-document-handling-manual-revision-ntpc-interpretation-database-
            // chapter-attachment-truncated in corpus/real): no text of the letter. Its key
            // is not set apart by a colon: chrome, as a date field without its colon is.
            let below = lines.get(idx + 1..end).unwrap_or(&[]).iter().take_while(|l| cites_article(l.content)).count();
            debris.extend(lines.get(idx..idx + 1 + below).unwrap_or(&[]).iter().map(line_debris));
            idx += 1 + below;
            continue;
        }
        let Some((k, v)) = header_field(l.content) else { break };
        let mut used = 1;
        let mut value = v.to_string();
        if v.is_empty() {
            let below = value_lines(lines.get(idx + 1..end).unwrap_or(&[]));
            for next in lines.get(idx + 1..idx + 1 + below).unwrap_or(&[]) {
                normalize::join(&mut value, next.content);
            }
            used += below;
        }
        if meta.contains_key(k) {
            for d in lines.get(idx..idx + used).unwrap_or(&[]) {
                debris.push(line_debris(d));
            }
        } else {
            // Further fields on the same line, each after a wide gap, a cell's bar or a
            // space before a field name of the block (`發布日期:2005-03-07 | 更新日期:
            // 2005-03-07 發布單位:醫療器材及化粧品組`: c-doh-fda-site-cosmetics-aha-ph-draft-
            // notice-flattened-points-paren-items-one-line-qrcode-chrome in corpus/real) —
            // when every part after the first is a field; otherwise the gap is the value's
            // own (`廢/停臺灣基隆監獄(含臺灣基隆戒     管。`, a cut-off name: text the `parse`
            // fuzz target found lost).
            // (A bar is split at only in a value on the field's own line, where its place
            // is known: it goes to `debris`.)
            let (parts, bars) = field_parts(&value, used == 1);
            let mut parts = parts.into_iter();
            let first = parts.next().unwrap_or_default();
            fn field(f: &str) -> Option<(&str, &str)> {
                key_value(f, 7).filter(|(key, _)| !key.is_empty() && key.chars().all(normalize::is_ideograph))
            }
            let rest: Vec<_> = parts.map(field).collect();
            // (Each a key of its own: a key read before, or twice in the line, would drop
            // its value.)
            let mut seen = std::collections::BTreeSet::from([k]);
            let fresh = rest.iter().all(|f| f.is_some_and(|(key, _)| !meta.contains_key(key) && seen.insert(key)));
            if fresh {
                for (key, val) in rest.into_iter().flatten() {
                    meta.insert(key.to_string(), val.to_string());
                }
                let at = l.content_start + (v.as_ptr() as usize).wrapping_sub(l.content.as_ptr() as usize);
                for (bar, len) in bars {
                    let text = value.get(bar..bar + len).unwrap_or_default().to_string();
                    debris.push(crate::ast::Debris { text, span: Span(at + bar, at + bar + len) });
                }
                meta.insert(k.to_string(), first.to_string());
            } else {
                meta.insert(k.to_string(), value.trim_matches(normalize::is_space).to_string());
            }
        }
        idx += used;
    }
    idx
}

pub(super) const TITLE_SUFFIXES: [&str; 28] = [
    "編制表",
    "手冊",
    "規範",
    "要領",
    "基準",
    "規約",
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

/// A title without the note that some sites print after it
/// (`…作業要點 (民國 113 年 04 月 29 日修正)`).
/// A fuller title read from the lines `at.0..at.1` takes the place of the title read
/// before: the lines that one was read from go to `debris`. Returns where the front goes
/// on.
fn adopt_title(
    lines: &[Line<'_>],
    debris: &mut Vec<Debris>,
    (title, title_lines): (&mut Option<String>, &mut Option<(usize, usize)>),
    full: String,
    at: (usize, usize),
) -> usize {
    if let Some((a, b)) = title_lines.take() {
        debris.extend(lines.get(a..b).unwrap_or(&[]).iter().map(line_debris));
    }
    *title = Some(full);
    *title_lines = Some(at);
    at.1
}

/// The longest line (in characters) of an issuer's name over a title set on three lines.
const ISSUER_LINE_CHARS: usize = 32;

/// True for a short key, its colon and a number such as a telephone's (`警用:049-2205632`,
/// `傳真:049-2244516` among a page's contact fields: l-nantou-fire-lpg-storage-certificate-
/// notes-metadata-fields-arabic-points-paren-digit-items in corpus/real): no title.
fn number_field(c: &str) -> bool {
    let Some(at) = c.find([':', '：']) else { return false };
    let (key, value) = (c.get(..at).unwrap_or_default(), c.get(at..).unwrap_or_default());
    let value = value.get(1..).unwrap_or_default().trim_start_matches([':', '：']);
    // (The number opens the value; a clean text runs the next field on after it.)
    let number = value
        .chars()
        .take_while(|&ch| ch.is_ascii_digit() || normalize::is_space(ch) || "-()#~,/、轉分機".contains(ch));
    (1..=6).contains(&key.chars().count()) && number.filter(char::is_ascii_digit).count() >= 6
}

/// True for a line opening with an official letter's key and its colon (`主旨:`, `主 旨：`),
/// after a table's cell bar if any.
fn letter_key(c: &str) -> bool {
    letter_key_in(c.chars().filter(|&ch| !matches!(ch, '|' | '｜'))).is_some()
}

/// The official letter's key (`主旨`, `說明`, `公告事項`, `依據`) that `chars` open with,
/// before its colon, spaces skipped (`主 旨：`).
pub(super) fn letter_key_in(chars: impl Iterator<Item = char>) -> Option<&'static str> {
    let head: String = chars.filter(|&ch| !normalize::is_space(ch)).take(5).collect();
    ["主旨", "說明", "公告事項", "依據"]
        .into_iter()
        .find(|k| head.strip_prefix(k).is_some_and(|r| r.starts_with([':', '：'])))
}

pub(super) fn without_note(t: &str) -> &str {
    let t = t.trim_end();
    if t.ends_with([')', '）'])
        && let Some(open) = t.rfind(['(', '（'])
        && open > 0
    {
        return t.get(..open).unwrap_or(t).trim_end();
    }
    t
}

pub(super) fn has_title_suffix(t: &str) -> bool {
    // The last characters of the suffixes first (a unit test keeps them in step).
    t.chars().next_back().is_some_and(|c| is_suffix_end(traditional(c))) && ends_with_kind(t, &TITLE_SUFFIXES)
}

/// True when `t` ends with one of `kinds` (`細則`, `辦法`), written in traditional or
/// simplified characters: Taiwanese rules reposted in simplified characters end their
/// titles `…施行细则`, `…办法` (c-notary-act-enforcement-rules-articles-simplified-doc-site-
/// one-line-english-prefix-lost-item-commas-truncated in corpus/real).
pub(super) fn ends_with_kind(t: &str, kinds: &[&str]) -> bool {
    kinds.iter().any(|k| {
        let mut tail = t.chars().rev();
        k.chars().rev().all(|c| tail.next().is_some_and(|d| traditional(d) == c))
    })
}

/// The traditional form of a simplified character found in the names of kinds of rule
/// ([`TITLE_SUFFIXES`], [`STATUTE_SUFFIXES`]); any other character as it is.
fn traditional(c: char) -> char {
    match c {
        '条' => '條',
        '规' => '規',
        '则' => '則',
        '细' => '細',
        '办' => '辦',
        '纲' => '綱',
        '标' => '標',
        '准' => '準',
        '宪' => '憲',
        '编' => '編',
        '册' => '冊',
        '范' => '範',
        '领' => '領',
        '约' => '約',
        '点' => '點',
        '项' => '項',
        '须' => '須',
        '计' => '計',
        '划' => '畫',
        '业' => '業',
        _ => c,
    }
}

/// True for the last character of one of [`TITLE_SUFFIXES`].
fn is_suffix_end(c: char) -> bool {
    matches!(
        c,
        '點' | '項'
            | '表'
            | '定'
            | '知'
            | '畫'
            | '案'
            | '則'
            | '法'
            | '例'
            | '程'
            | '要'
            | '準'
            | '序'
            | '施'
            | '冊'
            | '範'
            | '領'
            | '約'
    )
}

pub(super) const STATUTE_SUFFIXES: [&str; 12] =
    ["法", "條例", "通則", "規程", "規則", "細則", "辦法", "綱要", "標準", "準則", "律", "憲法"];

/// The article a page of one article is about, when its label stands outside the text:
/// in a metadata field of its own (`法規章節: 第114條`: c-moea-salt-personnel-rules-
/// article114-law-site-inline-paren-grades in corpus/real), or closing a line that names
/// the law (`行政院所屬各機關委託研究計畫管理辦法-第13條`: c-ey-commissioned-research-rules-
/// article13-blog-title-line). Returns the number, with the index of that line in `lines`
/// (`None` for a metadata field).
pub(super) fn lone_article(
    meta: &std::collections::BTreeMap<String, String>,
    title: Option<&str>,
    lines: &[Line<'_>],
) -> Option<(super::numbering::Num, Option<usize>)> {
    if let Some(n) = meta.values().find_map(|v| whole_article_label(v)) {
        return Some((n, None));
    }
    if let Some(n) = title.and_then(law_article_label) {
        return Some((n, None));
    }
    // Before the text, within the first lines; never a line that opens with a marker,
    // which is text citing the article (`一、本要點依…施行細則第七條、公務人員考績法第十五條`
    // hard-wrapped before `規定訂定之。`: l-yunlin-ethics-dept-selection-appraisal-committee-
    // points-2016-rootlaw-bar-lines-hard-wraps-truncated in corpus/real).
    const LOOK: usize = 3;
    lines
        .iter()
        .take(LOOK)
        .enumerate()
        .filter(|(_, l)| marker::marker(l.content).is_none())
        .find_map(|(i, l)| law_article_label(l.content).map(|n| (n, Some(i))))
}

/// The name of a law site's field listing the articles a letter or an interpretation
/// relates to.
const RELATED_ARTICLES: &str = "相關法條";

/// True for a law site's field of related articles with its first value on the line
/// (`相關法條 地方制度法 第 2 條`): a law's name and an article. (Alone on its line, the
/// name is the heading of a page showing one article: c-moj-parking-points-related-
/// article-view-point8-only-number-alone-before-marker in corpus/real.)
fn related_articles(content: &str) -> bool {
    let Some(rest) = content.strip_prefix(RELATED_ARTICLES) else { return false };
    let value = rest.trim_start_matches(|c| normalize::is_space(c) || matches!(c, ':' | '：'));
    value.len() < rest.len() && cites_article(value)
}

/// The longest law's name (in characters) a line citing its articles may hold.
const LAW_NAME_CHARS: usize = 60;

/// True for a line that names a law and articles of it, and nothing else (`訴願法 第 1
/// 條`, `中華民國刑法 第 315-1 條`, `個人資料保護法 第 33、34、35 條`).
fn cites_article(content: &str) -> bool {
    let Some(at) = content.rfind('第') else { return false };
    let (name, label) = content.split_at(at);
    let name = name.trim_end_matches(normalize::is_space);
    let numbers = label.strip_prefix('第').and_then(|l| l.strip_suffix('條')).unwrap_or_default();
    !numbers.trim().is_empty()
        && numbers.chars().all(|c| {
            c.is_ascii_digit()
                || crate::numeral::is_cjk_numeral_char(c)
                || matches!(c, '、' | '-' | '之')
                || normalize::is_space(c)
        })
        && name.chars().count() <= LAW_NAME_CHARS
        && !name.contains(['。', '，', ',', '；', ';', ':', '：'])
        && !name.starts_with(['依', '按', '根'])
        && (ends_with_kind(name, &STATUTE_SUFFIXES) || has_title_suffix(name))
}

/// The article label closing a line that names a law (`…辦法-第13條`, `…條例 第5條`).
fn law_article_label(content: &str) -> Option<(u32, Option<u32>)> {
    if content.contains(['。', '，', ',', '；', ';']) {
        return None;
    }
    // A field naming where the page is in the law (`法規章節: 第114條`, left in the text
    // where the page's fields were not read as metadata); no other field (`依據:某某法第5條`
    // over a directive's points names its legal basis).
    if let Some((name, value)) = content.split_once([':', '：']) {
        let name = name.trim_matches(normalize::is_space);
        return whole_article_label(value).filter(|_| matches!(name, "法規章節" | "章節" | "條號" | "條次"));
    }
    // Nor a sentence citing an article (`依據某某辦法第5條`), nor a law site's field of the
    // articles a letter relates to (`相關法條 地方制度法 第 2 條`, the page of an
    // interpretation letter: l-tainan-county-temporary-works-road-use-notice-ntpc-law-
    // site-first-point-after-caption-hanging-indent-lone-word-line in corpus/real).
    if content.starts_with(['依', '按', '根']) || content.starts_with(RELATED_ARTICLES) {
        return None;
    }
    let at = content.rfind('第')?;
    let n = whole_article_label(content.get(at..)?)?;
    let name =
        content.get(..at)?.trim_end_matches(|c: char| normalize::is_space(c) || matches!(c, '-' | '–' | '—' | '－'));
    ends_with_kind(name, &STATUTE_SUFFIXES).then_some(n)
}

/// The number of an article label that is the whole of `s` (`第114條`, ` 第 13 條 `).
fn whole_article_label(s: &str) -> Option<(u32, Option<u32>)> {
    marker::marker(s.trim_matches(normalize::is_space))
        .filter(|m| m.style == Style::Article && m.rest.is_empty())
        .map(|m| (m.num, m.sub))
}

pub(super) fn starts_unit(content: &str) -> bool {
    match marker::marker(content) {
        Some(m) => match m.style {
            Style::Article | Style::Heading(_) => true,
            // No title starts with `三、…`: a point of any number with text after it.
            Style::CjkComma => m.num == 1 || !m.rest.is_empty(),
            _ => false,
        },
        None => false,
    }
}

/// True for a line that opens a numbered list with text (`1.本校在學舊生申請住宿者…`,
/// `（一）…`): no title starts so (a page copied from its first rule on:
/// s-tsu-dorm-rules-arabic-hard-wraps in corpus/real).
fn opens_list(content: &str) -> bool {
    first_item(content).is_some_and(|m| !m.rest.is_empty())
}

/// The marker of a line that opens with the first item of a list or a text (number 1,
/// no sub-number), with its text or alone.
fn first_item(content: &str) -> Option<marker::Marker<'_>> {
    marker::marker(content).filter(|m| (m.num, m.sub) == (1, None))
}

/// True for a line that opens a list's item with its text: a first item of any style
/// (as [`opens_list`]) or an Arabic item of any number (`3. 聯絡…`). One lexing of the line.
fn list_item(content: &str) -> bool {
    marker::marker(content)
        .is_some_and(|m| (m.num == 1 || m.style == Style::Arabic) && m.sub.is_none() && !m.rest.is_empty())
}

/// Reads a whole history block (沿革): every line belongs to it. Lines that do not start
/// an entry continue the one before; a first line that is no entry becomes a raw entry
/// with a diagnostic. Spans index `text`.
pub fn history_block(text: &str, diags: &mut Vec<Diagnostic>) -> Vec<HistoryEntry> {
    let lines = normalize::lines(text);
    if let Some(first) = lines.first().filter(|l| !history::is_entry_start(l.content)) {
        diags.push(Diagnostic {
            severity: Severity::Warning,
            code: DiagCode::HistoryUnparsed,
            message: "history line without a date kept as raw text".into(),
            line: first.number,
            column: first.column(),
            span: Span(first.content_start, first.content_end()),
        });
    }
    history_lines(&lines)
}

/// A history block closing the text: as [`history_lines`], but a line that starts no
/// entry continues no bare date (`109/02/25`, a letter's date under its signature): it
/// is a closing line, debris (`附件:公告` under the date: s-hungkuang-online-sign-in-
/// attendance-notice-points-paren-items-spaced-fields-blank-lines in corpus/real).
pub(super) fn closing_history(lines: &[Line<'_>], debris: &mut Vec<Debris>) -> Vec<HistoryEntry> {
    let mut kept = Vec::with_capacity(lines.len());
    let mut bare = false;
    for l in lines {
        if history::is_entry_start(l.content) {
            bare = history::is_bare_date(l.content);
            kept.push(*l);
        } else if bare {
            debris.push(line_debris(l));
        } else {
            kept.push(*l);
        }
    }
    history_lines(&kept)
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

/// True for an article's or a point's label written with `第` (`第 3 條`, `第七點`): a
/// unit's, never a history entry's wrapped object (which lists its units).
fn unit_label(m: &marker::Marker<'_>) -> bool {
    matches!(m.style, Style::CjkComma | Style::Article) && m.label.starts_with('第')
}

/// True for a line that opens with a list of unit numbers (`第 8、13、14條條文;增訂…`): the
/// object of an entry's action wrapped onto the next line (s-cshs-handbook-compilation in
/// corpus/real).
fn lists_units(content: &str) -> bool {
    let Some(rest) = content.strip_prefix('第') else { return false };
    let mut listed = false;
    for c in rest.chars().take(40) {
        match c {
            '條' | '点' | '點' => return listed,
            '、' | ',' | '，' | '-' | '及' | '至' => listed = true,
            c if c.is_ascii_digit()
                || normalize::is_space(c)
                || crate::numeral::is_cjk_numeral_char(c)
                || c == '之' => {}
            _ => return false,
        }
    }
    false
}

pub(super) fn read_history(lines: &[Line<'_>], mut idx: usize, end: usize, out: &mut Vec<HistoryEntry>) -> usize {
    let mut cur: Option<(String, Span)> = None;
    while idx < end {
        let Some(l) = lines.get(idx) else { break };
        let dated = || {
            cur.is_some() && (history::starts_with_roc_date(l.content) || history::starts_with_plain_date(l.content))
        };
        // A first entry hard-wrapped before its action (`中華民國八十五年十二月十三日行政院
        // 公共工程委` / `員會(八五)工程管字第二七二一號函頒行`: c-pcc-construction-quality-
        // points-scribd-pdf-hardwrap-history in corpus/real).
        let wrapped_first = || {
            cur.is_none()
                && history::starts_with_roc_date(l.content)
                && lines.get(idx + 1).filter(|_| idx + 1 < end).is_some_and(|n| {
                    let mut both = String::new();
                    normalize::push_folded(&mut both, l.content);
                    normalize::join(&mut both, n.content);
                    !starts_unit(n.content) && history::is_entry_start(&both)
                })
        };
        if history::is_entry_start(l.content) || dated() || wrapped_first() {
            if let Some((raw, span)) = cur.take() {
                out.push(history::parse_entry(&raw, span));
            }
            let mut raw = String::new();
            normalize::push_folded(&mut raw, l.content);
            cur = Some((raw, Span(l.content_start, l.content_end())));
        } else if let Some((raw, span)) = cur.as_mut() {
            // Judged on the entry's text, not on line widths, so that a rendered entry
            // (one line) reads back the same.
            // (So does the entry's version in another language under it: `民國97年1月16日
            // …行政會議通過` over `Được hội nghị hành chính thông qua…`: s-isu-foreign-
            // student-scholarship-articles-vietnamese-bilingual-spaced-labels in corpus/real.)
            // (Not a bulleted line, indented as a page's list: `  • 依據:` under
            // `115年1月21日校務會議修訂`, s-thes-dress-code-committee-points-bullet-first-
            // point-glued-four in corpus/real.)
            let continues = (l.indent > 0 && !l.content.starts_with(super::lines::is_bullet))
                || l.continues
                || super::outline::is_latin_line(l.content)
                || (l.content.starts_with(['（', '(']) && marker::marker(l.content).is_none())
                || (!history::entry_complete(raw) && !starts_unit(l.content))
                || (lists_units(l.content) && !starts_unit(l.content));
            // A title printed again under the history line is no part of it.
            let title_like = !l.ends_sentence && l.indent == 0 && has_title_suffix(without_note(l.content));
            // Nor does a label alone, set apart by a blank line under a whole entry
            // (`…令訂定` / blank / `    第七點` over the point's text, as an agricultural-
            // finance law system's history page shows one point: c-coa-farm-disaster-
            // recovery-loan-points-point-seven-history-page-bullet-metadata in
            // corpus/real). A wrapped entry's object has no blank line before it.
            let label_alone = history::entry_complete(raw)
                && idx.checked_sub(1).and_then(|p| lines.get(p)).is_some_and(|p| l.number > p.number + 1)
                && marker::marker(l.content).is_some_and(|m| m.rest.is_empty() && unit_label(&m));
            // Nor does a numbered list's first item with its text (`1.澎湖縣政府…`).
            if !continues || starts_unit(l.content) || opens_list(l.content) || title_like || label_alone {
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
        } else if starts_unit(l.content)
            // (Also a point's label alone, `第七點` over its indented text under a history
            // line, as an agricultural-finance law system's page shows one point:
            // c-coa-farm-disaster-recovery-loan-points-point-seven-history-page-bullet-
            // metadata in corpus/real.)
            || marker::marker(l.content).is_some_and(|m| unit_label(&m))
        {
            break;
        } else if l.ends_sentence && l.indent == 0 {
            // an ordinary sentence: only history entries may follow it in the block
            break;
        } else if l.content.starts_with(super::lines::is_bullet) || list_item(l.content) {
            // A list's item is text, however set (a page's points that lost their numerals
            // to bullets, `  • 本要點適用對象如下:`, under its adoption line: s-nttu-student-
            // health-exam-points-bulleted-lost-numbers-truncated in corpus/real), and so is
            // an Arabic-numbered item after the first, with its text (`  3. 聯絡臺南市開口契約
            // 廠商…` under `  2. 111 年 6 月 1 日經臨時校務會議表決過半數通過(…),決議將…移除。`,
            // which is no history entry either: s-tainan-yhps-fallen-araucaria-removal-notice-
            // post-chrome-menu-bullets-arabic-points in corpus/real).
            break;
        }
        i -= 1;
    }
    start
}

/// Index of the first line of a metadata block that closes the document
/// (`資料來源:臺中市政府主管法規共用系統` under the text), or `lines.len()`. Fields
/// whose value stands on the next line (`法規名稱:` then `臺北市…要點`) are read in
/// pairs (t-taipei-activity-center-point3-oneline in corpus/real).
/// Where a closing run of at least two fields written with a space for a colon starts
/// (`主辦單位 延平鄉公所`, `受理單位 延平鄉公所`, `相關連結 http://…`: a welfare portal's
/// record, l-yanping-birth-grant-plan-welfare-portal in corpus/real); `lines.len()` when
/// there is none. The key is a short name of a contact field.
pub(super) fn tail_fields_start(lines: &[Line<'_>], from: usize) -> usize {
    let mut i = lines.len();
    while i > from && lines.get(i - 1).is_some_and(|l| spaced_field(l.content)) {
        i -= 1;
    }
    if lines.len() - i >= 2 { i } else { lines.len() }
}

/// Keys of a contact field end with one of these.
const FIELD_KEY_ENDS: [&str; 8] = ["單位", "連結", "電話", "窗口", "機關", "來源", "網址", "信箱"];

fn spaced_field(content: &str) -> bool {
    let Some(at) = content.find(normalize::is_space) else { return false };
    let (key, value) = content.split_at(at);
    let value = value.trim_matches(normalize::is_space);
    (2..=6).contains(&key.chars().count())
        && key.chars().all(normalize::is_ideograph)
        && FIELD_KEY_ENDS.iter().any(|e| key.ends_with(e))
        && !value.is_empty()
        && value.chars().count() <= 80
        && !value.contains(['。', '，', '；'])
}

/// How many closing lines are searched for an official letter's distribution list.
const RECIPIENTS_SEARCH: usize = 16;

/// Where an official letter's distribution list closing the text starts (`正    本:貼本會、
/// 本會證券期貨局公告欄` / `副    本:本會法律事務處…`, then further notes such as `不再援用:
/// 依據…` wrapped over two lines: an order printed by a ministry's law system,
/// c-fsc-futures-protection-fund-print-recipient-lines in corpus/real), or `lines.len()`.
/// Only fields and their wrapped lines may follow the first recipient line; no unit starts
/// among them.
pub(super) fn tail_recipients_start(lines: &[Line<'_>], from: usize) -> usize {
    let low = lines.len().saturating_sub(RECIPIENTS_SEARCH).max(from);
    let mut start = lines.len();
    for k in (low..lines.len()).rev() {
        let Some(l) = lines.get(k) else { break };
        if starts_unit(l.content) || marker::marker(l.content).is_some_and(|m| !m.rest.is_empty()) {
            break;
        }
        if recipient_field(l.content) {
            start = k;
        }
    }
    start
}

/// `正本：…` or `副本：…`, the key often spaced out to the width of other keys (`正    本:`).
fn recipient_field(content: &str) -> bool {
    key_value(content, 12).is_some_and(|(k, _)| {
        let mut key = k.chars().filter(|c| !normalize::is_space(*c));
        matches!((key.next(), key.next(), key.next()), (Some('正' | '副'), Some('本'), None))
    })
}

pub(super) fn tail_meta_start(lines: &[Line<'_>], from: usize) -> usize {
    let mut i = lines.len();
    'up: while i > from {
        if lines.get(i - 1).is_some_and(|l| header_field(l.content).is_some()) {
            i -= 1;
            continue;
        }
        // A key alone over its value's lines (one or two).
        for below in 1..=VALUE_LINES {
            let Some(key) = i.checked_sub(below + 1).filter(|&k| k >= from) else { break };
            let empty_key = lines.get(key).and_then(|l| header_field(l.content)).is_some_and(|(_, v)| v.is_empty());
            if empty_key && value_lines(lines.get(key + 1..i).unwrap_or(&[])) == below {
                i = key;
                continue 'up;
            }
        }
        break;
    }
    i
}

/// How many lines a field's value may take under its key alone.
const VALUE_LINES: usize = 2;

/// How many of `lines`, under a key alone (`承辦單位:`), are its value: one line, or two
/// where the first ends no sentence (`教務處課程發展組 王雅駿組長 04-27016473#716` over
/// `行政助理: 尹姿懿 04-27016473#816`: s-sysh-english-test-fee-subsidy-notice-paren-arabic-
/// sections-comma-items in corpus/real, whose clean text runs them into one line), up to
/// 80 characters in all; none where the line under the key is a field of its own, a
/// marker's or longer.
fn value_lines(lines: &[Line<'_>]) -> usize {
    const VALUE_CHARS: usize = 80;
    let value = |l: &Line<'_>| header_field(l.content).is_none() && marker::marker(l.content).is_none();
    let Some(first) = lines.first().filter(|l| value(l) && l.content.chars().count() <= VALUE_CHARS) else {
        return 0;
    };
    // (Not another key alone: `法規名稱:` over the name and `時間:`.)
    let second = lines.get(1).filter(|l| {
        !first.ends_sentence
            && !l.content.ends_with([':', '：'])
            && !starts_unit(l.content)
            && marker::marker(l.content).is_none()
            && first.content.chars().count() + l.content.chars().count() <= VALUE_CHARS
    });
    if second.is_some() && lines.len() == 2 { 2 } else { 1 }
}

/// How far from the end a history label closing the page (`沿 革:`) is looked for.
const TAIL_HISTORY_LABEL_SEARCH: usize = 16;

/// Index of a history label (`沿革:`, `沿 革:`, `法規沿革:`) among the last lines of a
/// page, when only history entries follow it (a law system's print view closes with
/// `法規名稱:` / `修正日期:` / `沿 革:` and the entries under the label).
pub(super) fn tail_history_label(lines: &[Line<'_>], from: usize) -> Option<usize> {
    let low = lines.len().saturating_sub(TAIL_HISTORY_LABEL_SEARCH).max(from);
    let k = (low..lines.len()).rev().find(|&k| lines.get(k).is_some_and(|l| is_history_label(l.content)))?;
    let after = lines.get(k + 1..)?;
    (after.first().is_some_and(|l| history::is_entry_start(l.content))
        && after.iter().all(|l| !starts_unit(l.content) && header_field(l.content).is_none()))
    .then_some(k)
}

/// True for a label that stands over a history block: `沿革:`, spaced or not.
fn is_history_label(content: &str) -> bool {
    let Some(key) = content.strip_suffix([':', '：']) else { return false };
    let mut folded = key.chars().filter(|c| !normalize::is_space(*c));
    matches!(
        (folded.next(), folded.next(), folded.next(), folded.next(), folded.next()),
        (Some('沿'), Some('革'), None, None, None) | (Some('法'), Some('規'), Some('沿'), Some('革'), None)
    )
}

/// How many lines at the start of a document may stand before its title (site chrome).
const TITLE_SEARCH: usize = 6;

/// What comes before the body of a document.
pub(super) struct Front {
    /// Metadata fields (`法規名稱：…`).
    pub(super) meta: BTreeMap<String, String>,
    /// The title, from the metadata or a title line.
    pub(super) title: Option<String>,
    /// History entries read before the body.
    pub(super) history: Vec<HistoryEntry>,
    /// Index of the first line of the body.
    pub(super) start: usize,
}

/// True for a line that reads as the name of a rule: no sentence end, no marker, ending
/// in a kind of rule (`…設置要點`, `…作業要點 (民國 113 年 04 月 29 日修正)`).
/// Not a bulleted line: a post's date and author joined to the rule's full name in one
/// paragraph (`• 2019-12-04•詹明達國立交通大學…工作守則`, as the clean text of s-nctu-
/// animal-center-lab-safety-rules-bulleted-meta-arabic in corpus/real writes them) are
/// no title.
/// The longest line (in characters) read as a rule's name under a title.
const TITLE_CHARS: usize = 120;

fn title_like(l: &Line<'_>) -> bool {
    !l.ends_sentence
        // (No rule's name runs to a paragraph: a page's joined table cells that end with
        // the caption over the next list, `月份| 11月~12月|…領獎注意事項`, are no title:
        // o-blog-invoice-draw-table-bars-prize-claim-notes-inline-arabic-points-truncated
        // in corpus/real, as its clean text reads back.)
        && l.content.chars().count() <= TITLE_CHARS
        && !starts_unit(l.content)
        && !l.content.starts_with(super::lines::is_bullet)
        // (Nor an item of a list naming rules, `1.行政院人事行政總處選拔模範公務人員要點`
        // under `法源依據`: l-chiayi-county-personnel-platform-model-civil-servant-page-
        // counter-chrome-paren-arabic-comma-items in corpus/real.)
        && !marker::marker(l.content).is_some_and(|m| {
            !m.rest.is_empty() && matches!(m.style, Style::Arabic | Style::ParenArabic | Style::ParenCjk)
        })
        // (Nor a page's lines joined with a bullet inside, as the clean text joins them:
        // `液化石油氣瓦斯車萬能工業首頁>加氣站程序&設置■加氣站規劃程序`, o-lpg-maker-gas-
        // station-planning-procedure-parts-indented-arabic-items-truncated in corpus/real.
        // Not `○`, a template's blank: `○○國民小學…要點`; nor `・`, a Japanese name's dot.)
        && !l.content.contains(['■', '●', '◆', '□', '◇', '•'])
        // (A title may stand in lenticular brackets under a page's caption, `指定送達地址`
        // over `【戶政機關受理申請指定送達地址作業要點】`: c-moi-household-designated-service-
        // address-points-tainan-office-relay-lost-paren-numerals-history-lines-truncated in
        // corpus/real.)
        && has_title_suffix(without_draft(without_note(
            l.content.strip_prefix('【').and_then(|c| c.strip_suffix('】')).unwrap_or(l.content),
        )))
}

/// A draft's title without the word `草案` and the quotes round the rule's name before it
/// (`公告「修正化妝品中含果酸…之pH值及注意事項」草案` over the page's date fields: c-doh-fda-
/// site-cosmetics-aha-ph-draft-notice-flattened-points-paren-items-one-line-qrcode-chrome
/// in corpus/real), so that the name's kind of rule is its suffix.
fn without_draft(t: &str) -> &str {
    t.strip_suffix("草案").map_or(t, |name| name.trim_end_matches(['」', '』']))
}

/// A title line without the field name a news or document template prints before it
/// (`標題 中央政府附屬單位預算執行要點`: c-ey-attached-budget-execution-points-university-
/// relay-one-line-chapters, l-taichung-east-district-gallery-form-fields, s-zjps-after-
/// school-club-registration-notes-arabic-points-lost-char-truncated in corpus/real).
/// Also without what a page prints before the title on its line (each read as part of
/// the title by the pages named, all in corpus/real): the skip anchor `:::`
/// (s-ntut-ee-ncl-similarity-system-notice-…, l-chiayi-city-police-impound-lot-notes-…),
/// an emoji or a bullet (`🚩財產保管人注意事項`: s-tcu-property-custodian-notes-flag-html-…),
/// a breadcrumb's path (`現在位置:首頁/竹南國小…規範`: s-junanes-wireless-network-rules-…;
/// `:::政風室>公開資訊>廉政法規>本院…規定`: c-vghtc-gift-registration-rules-…; `法令規章/
/// 天主教振聲高中…要點`: s-taoyuan-zhensheng-high-procurement-repair-points-…) and a
/// template's field name for the title (`法規名稱(Title) 行政院所屬…要點`, `名稱:…`,
/// `公告主旨 …`, `消息主題:…`). The rest must hold two characters at least.
fn without_title_key(content: &str) -> &str {
    let mut t = content.strip_prefix(":::").map_or(content, |r| r.trim_start_matches(normalize::is_space));
    // (Not before a field, `• 法規生效日期:104-07-01`, which the bullet keeps from reading as
    // one: l-taoyuan-funeral-facilities-paragraphs-one-line in corpus/real.)
    let bare = t.trim_start_matches(|c: char| title_ornament(c) || normalize::is_space(c));
    if !bare.contains([':', '：']) {
        t = bare;
    }
    if let Some(at) = breadcrumb_tail(t) {
        t = t.get(at..).unwrap_or(t);
    }
    if let Some(rest) = strip_title_field(t) {
        t = rest;
    }
    // (Nothing that would read otherwise on a line of its own, so that a clean text reads
    // back the same: not a metadata field, `• 法規生效日期:104-07-01` over the rule's name,
    // l-taoyuan-funeral-facilities-paragraphs-one-line; nor a line of chrome, the path's
    // last name `檔案下載`, l-taichung-city-health-check-subsidy-paren-units-arabic-comma-
    // items-breadcrumb-chrome-truncated in corpus/real.)
    if t.chars().nth(1).is_none() || header_field(t).is_some() || super::lines::is_chrome(t) { content } else { t }
}

/// True for a title joined from lines that reads the same on one line: nothing of it is
/// set aside as [`without_title_key`] sets aside a page's prefix (a breadcrumb's `>` on a
/// line of its own over the rule's name, `- >` / `- 校務基金…設置要點`: s-npu-school-fund-
/// committee-points-article-labels-history-lines-doubled-bullets in corpus/real), so that
/// its clean text reads back the same.
fn unprefixed(joined: &str) -> bool {
    without_title_key(joined).len() == joined.len()
}

/// An emoji or a bullet set before a title (`🚩`, `💧`, `●`, `•`, `*`, `~`); not an
/// enclosed numeral of the dingbats (`❶`), which is a marker.
fn title_ornament(c: char) -> bool {
    matches!(c, '●' | '•' | '*' | '~' | '～')
        || ('\u{1F300}'..='\u{1FAFF}').contains(&c)
        || ('\u{2600}'..='\u{27BF}').contains(&c) && !crate::marker::is_enclosed(c)
}

/// The field names templates print before a title, with a colon or a space after them.
const TITLE_FIELDS: [&str; 14] = [
    "標題",
    "标题",
    "網站標題",
    "名稱",
    "法規名稱(Title)",
    "法規名稱",
    "詞條名稱",
    "公告主旨",
    "公告標題",
    "消息主題",
    "消息標題",
    "[消息標題]",
    "titleFull",
    "全文",
];

/// `t` after a title's field name ([`TITLE_FIELDS`]) and its colon or spaces.
fn strip_title_field(t: &str) -> Option<&str> {
    let sep = |c: char| normalize::is_space(c) || matches!(c, ':' | '：');
    TITLE_FIELDS.iter().find_map(|k| {
        let rest = strip_spaced(t, k)?;
        let after = rest.trim_start_matches(sep);
        let separated = after.len() < rest.len();
        // (`全文` only with its colon: `全文修正…` is no field.)
        let ok = if *k == "全文" { rest.starts_with([':', '：']) } else { separated };
        (ok && !after.is_empty()).then_some(after)
    })
}

/// `t` after `key`, spaces between its characters allowed (`名 稱`, as the city's law
/// system spaces a two-character key: l-taipei-gender-office-metadata-twice in corpus/real).
fn strip_spaced<'t>(t: &'t str, key: &str) -> Option<&'t str> {
    let mut rest = t;
    for (n, c) in key.chars().enumerate() {
        if n > 0 {
            rest = rest.trim_start_matches(normalize::is_space);
        }
        rest = rest.strip_prefix(c)?;
    }
    Some(rest)
}

/// The separators of a breadcrumb's path: a page's path to the text, its names between
/// them, the text's own name last.
/// (Not `::`: `考生專區` over ` ::試場規則` reads as one title, s-ncku-twl-taigi-test-room-rules-
/// captions-arabic-units-truncated in corpus/real, and must read the same on one line.)
const BREADCRUMB_SEPARATORS: [&str; 8] = ["»", ">>", ">", "＞", "〉", "keyboard_arrow_right", "navigate_next", "/"];

/// Where the last name of a breadcrumb's path starts in `t` (see [`without_title_key`]), if
/// `t` reads as one. A slash separates names only after a path's first word (`首頁`,
/// `現在位置:`, `HOME`) or after a section of rules (`法規辦法/`, `法令規章/`), never between
/// digits (`2020/01/15`): a title may hold slashes (`土地/建築改良物繼承/分割繼承登記申請須知`).
fn breadcrumb_tail(t: &str) -> Option<usize> {
    if t.len() > 360 {
        return None;
    }
    // (Not a link's address, `https://docs.google.com/…`.)
    if t.contains("://") {
        return None;
    }
    let mut last: Option<(usize, &str)> = None;
    let mut i = 0;
    while i < t.len() {
        let rest = t.get(i..)?;
        let Some(sep) = BREADCRUMB_SEPARATORS.iter().find(|s| rest.starts_with(**s)) else {
            i += rest.chars().next()?.len_utf8();
            continue;
        };
        let digits_around = t.get(..i).and_then(|b| b.chars().next_back()).is_some_and(|c| c.is_ascii_digit())
            && rest.get(sep.len()..).and_then(|a| a.chars().next()).is_some_and(|c| c.is_ascii_digit());
        // (Nor `>` closing an angle bracket, `…第一學期<試卷印製>申請流程…`.)
        let closes = *sep == ">" && t.get(..i).is_some_and(|b| b.contains('<'));
        if *sep == "/" && digits_around || closes {
            i += sep.len();
            continue;
        }
        last = Some((i + sep.len(), sep));
        i += sep.len();
    }
    let (at, sep) = last?;
    // (A path's names are short and hold no sentence: `〉` closing a quote inside a sentence,
    // `…簡稱"義警〉;…`, is none.)
    let path = t.get(..at)?;
    if path.contains(['，', ',', '。', '；', ';']) || path.chars().count() > 120 {
        return None;
    }
    if sep == "/" {
        let head = t.split('/').next().unwrap_or_default();
        let head = head.trim_start_matches("現在位置").trim_start_matches([':', '：']).trim();
        let path_start = super::lines::PATH_HOMES.iter().any(|w| head.starts_with(w));
        // The name right before the text's own: a section of rules (`法令規章/`, `…/規則辦法/`).
        let section = path.trim_end_matches('/').rsplit('/').next().map(str::trim).is_some_and(|s| {
            s.chars().count() <= 6 && ["法規", "辦法", "規章", "法令", "規則"].iter().any(|w| s.ends_with(w))
        });
        if !path_start && !section {
            return None;
        }
    }
    let tail = t.get(at..)?;
    let start = at + (tail.len() - tail.trim_start_matches(normalize::is_space).len());
    (t.get(start..)?.chars().nth(1).is_some()).then_some(start)
}

/// A line holding only a Western date written with dashes or slashes (`2020-11-06`,
/// `2019/08/21`), as news and blog pages stamp a post.
pub(super) fn is_post_date(c: &str) -> bool {
    let parts: Vec<&str> = c.split(['-', '/']).collect();
    matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
            && (1..=2).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit())
            && (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// A line holding only a post's date and time: a four-digit year, a time `17:38`, and
/// no more than a weekday's and a month's names in ideographs (`週三, 18 八月 2021 17:38`).
fn is_post_stamp(c: &str) -> bool {
    let b = c.as_bytes();
    let time = b.windows(4).any(|w| matches!(w, [h, b':', m1, m2] if [h, m1, m2].iter().all(|d| d.is_ascii_digit())));
    let year = b.windows(4).any(|w| w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20")));
    time && year && c.chars().filter(|ch| !ch.is_ascii()).count() <= 6 && c.chars().count() <= 40
}

/// True when `full` is a fuller form of the short title `short`: it ends with it (`臺北市…
/// 設置要點` under a breadcrumb `…設置要點`), or it keeps the short title's characters in
/// their order and ends with the same two (`東河國小學校場所開放管理要點` above
/// `台東縣東河鄉東河國民小學學校場所開放使用管理要點`: s-thps-venue-rules-articles-bullets
/// in corpus/real).
fn fuller_title(full: &str, short: &str) -> bool {
    // No Latin words: a file's download box joined to the title printed again
    // (`Download243 Stock File Size52.63 KB … 國立交通大學書卷獎實施辦法`: s-nctu-book-award-
    // history-lines-paren-space in corpus/real) is no fuller title.
    if full.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // Nor two titles run into one line, as the clean text joins a preamble's lines
    // (`學生宿舍網路使用與管理辦法國立臺灣體育大學(桃園)學生宿舍網路使用與管理辦法` under
    // `國立體育大學學生宿舍網路使用與管理辦法`: s-ntsu-dorm-network-rules-arabic-units-inline-
    // captions-indented-wraps-letter-items-truncated in corpus/real).
    if names_kind_again(full) {
        return false;
    }
    if full.ends_with(short) {
        return true;
    }
    let tail = |s: &str| s.chars().rev().take(2).collect::<Vec<_>>();
    if short.chars().count() < 6 || tail(full) != tail(short) {
        return false;
    }
    let mut rest = full.chars();
    short.chars().all(|c| rest.any(|f| f == c))
}

/// True when `head` is the first line of a title whose kind of rule wrapped onto `tail`
/// (`臺北市…校園場地開放使用` / `管理辦法`): `head` is only ideographs, names no rule itself,
/// and `tail` is short.
fn wrapped_title_head(head: &Line<'_>, tail: &Line<'_>) -> bool {
    let n = head.content.chars().count();
    (4..=40).contains(&n)
        && tail.content.chars().count() <= 12
        && title_like(tail)
        && header_field(tail.content).is_none()
        && head.content.chars().all(normalize::is_ideograph)
        && !title_like(head)
        && !head.ends_sentence
}

/// True for a line that is only a short note in parentheses (`(11 30401 縣府核定)`).
fn title_note(content: &str) -> bool {
    content.chars().count() <= 30
        && content.starts_with(['(', '（'])
        && content.ends_with([')', '）'])
        && !content.contains(['。', '：', ':'])
        && marker::marker(content).is_none()
}

/// True for a short title read first that a longer title on the next line replaces: a
/// site's menu heading (`協會章程` above `世界華人…聯合會章程(草案)`: t-fuxi-association-
/// charter-draft-chapters; `場地租借辦法` above `新竹縣立…管理規則`: s-hpjh-campus-opening-
/// rules-repeated-line in corpus/real).
/// (Not a menu's items joined into one line, which names a kind of rule again and again:
/// `各類繳費方式報名須知學員須知學員須知` under `延、轉、退費規定`, the clean text of s-pccu-
/// extension-student-notes-numeral-alone-on-line-trailing-spaces-nav-chrome-excerpt.)
fn site_heading(title: &str, next: &str) -> bool {
    let (n, m) = (title.chars().count(), next.chars().count());
    // (No menu run into the title, as a clean text joins them: `登記表格經營位置Q & A國立
    // 政治大學員生消費合作社合作經營辦法` under `合作經營辦法`, o-nccu-coop-consignment-rules-
    // point-labels-captions-chrome-truncated in corpus/real.)
    n <= 8 && m >= 10 && m >= 2 * n && !names_kind_again(next) && !next.contains(" & ")
}

/// True when `t` ends with a kind of rule (`須知`) that it names before as well.
fn names_kind_again(t: &str) -> bool {
    // (The longest kind it ends with: `法` of `醫療財團法人…防治辦法` is no second `辦法`.)
    TITLE_SUFFIXES.iter().filter(|s| t.ends_with(*s)).max_by_key(|s| s.len()).is_some_and(|s| t.matches(s).count() >= 2)
}

/// How far a title standing right above the first unit is looked for.
const TITLE_ABOVE_UNIT_SEARCH: usize = 64;

/// The line right above the first unit, when it reads as a title: a page with a long
/// run of chrome before the title (a forum post's profile sidebar, its edit notice and
/// the order that announced the text, then `…修正規定` and `一、`: s-shei-pa-forum-
/// amended-noise in corpus/real).
fn title_above_first_unit(lines: &[Line<'_>]) -> Option<usize> {
    let first_unit = lines.iter().take(TITLE_ABOVE_UNIT_SEARCH).position(|l| starts_unit(l.content))?;
    let mut j = first_unit.checked_sub(1)?;
    // Over a first point numbered in another style (` 1. 嘉義縣政府…` then `二、`: l-chiayi-
    // county-student-counselling-centre-points-arabic-first-point-intro-bullets-truncated
    // in corpus/real).
    if j > 0 && lines.get(j).is_some_and(|l| opens_list(l.content)) {
        j -= 1;
    }
    // Over its adoption lines (a school's menu of 30 offices, the title, three dated
    // lines, `一、`: s-ttu-research-center-funds-nav-paren-dunhao in corpus/real).
    while j > 0 && lines.get(j).is_some_and(|l| history::is_entry_start(l.content)) {
        j -= 1;
    }
    (j >= TITLE_SEARCH && lines.get(j).is_some_and(title_like)).then_some(j)
}

/// Reads the front matter in the order pages print it: site chrome, a metadata block,
/// the title, metadata again, a history block (沿革) or adoption line, the title printed
/// again. Lines that are no part of the document go to `debris`.
pub(super) fn read_front(
    lines: &[Line<'_>],
    marks: &[Option<super::marks::Mark>],
    want_title: bool,
    with_history: bool,
    debris: &mut Vec<Debris>,
) -> Front {
    // A Q&A page's question read as its unit (`Q4.教職員工離職時,財產如何處理?` over its
    // answer's list, the page's only text under a skip link: s-ncnu-leaving-staff-
    // property-qa-bulleted-arabic-items in corpus/real) is no title, nor a worded label's
    // unit (`步驟一、 | 由疾病診斷組…收件` opening a flattened table: c-nvri-disease-
    // diagnosis-steps-bilingual-table-rows-step-one-repeated).
    let question = |i: usize| {
        marks
            .get(i)
            .and_then(Option::as_ref)
            .zip(lines.get(i))
            .is_some_and(|(m, l)| super::qa::is_own_unit_label(m, l.content))
    };
    let mut idx = 0;
    let mut meta = BTreeMap::new();
    let mut history = Vec::new();
    if want_title {
        // Site chrome before the title or the metadata block: the document starts at the
        // first of its first few lines that is a metadata field or names a kind of rule.
        let front = lines.get(..TITLE_SEARCH.min(lines.len())).unwrap_or(&[]);
        // (A field after a list's first item is no metadata block over the text: it closes
        // a short notice numbered `1、` `2、`, c-landbank-recusal-application-notice-arabic-
        // comma-items in corpus/real; a title may come after a list of the page's chrome,
        // t-tainan-yongkang-center-fees-glued.)
        let mut listed = false;
        let found = front
            .iter()
            .enumerate()
            .take_while(|&(i, l)| !starts_unit(l.content) && !history::is_entry_start(l.content) && !question(i))
            .position(|(_, l)| {
                listed |= opens_list(l.content);
                (!listed && header_field(l.content).is_some()) || title_like(l)
            })
            .or_else(|| title_above_first_unit(lines));
        // A title wrapped before its kind of rule (`…校園場地開放使用` / `管理辦法`): its
        // first line, all ideographs, starts it (s-ltes-campus-opening-articles-dash-items
        // in corpus/real).
        let found = found.map(|j| match (j.checked_sub(1).and_then(|i| lines.get(i)), lines.get(j)) {
            (Some(head), Some(tail)) if wrapped_title_head(head, tail) => j - 1,
            _ => j,
        });
        if let Some(j) = found {
            debris.extend(lines.get(..j).unwrap_or(&[]).iter().map(line_debris));
            idx = j;
        }
    }
    idx = read_meta(lines, idx, lines.len(), &mut meta, debris);
    // A post's date and time stamp above the title, as a news module prints it (`週三, 18
    // 八月 2021 17:38` over `僑生居留證(ARC)申請`: s-yuntech-overseas-student-arc-
    // application-documents-arabic-caption-paren-items-bullets-truncated in corpus/real).
    if want_title
        && let Some(l) = lines.get(idx)
        && is_post_stamp(l.content)
    {
        debris.push(line_debris(l));
        idx += 1;
    }
    let mut title = meta.get("法規名稱").filter(|t| !t.is_empty()).cloned();
    // Where the title was read from a title line (to move it to debris if a fuller title
    // follows).
    let mut title_lines: Option<(usize, usize)> = None;
    if want_title
        && title.is_none()
        && let Some(l) = lines.get(idx)
        && !starts_unit(l.content)
        && !question(idx)
        // (Nor a point whose lost numeral a repair restored: a letter's basis sentence over
        // its point `二、`, see `repair::basis_as_first_point`.)
        && !marks.get(idx).and_then(Option::as_ref).is_some_and(|m| m.lost && m.style == Style::CjkComma)
        // (Nor a list's first item, with its text or its label alone on the line, the
        // text below: `1. |` over `本館依據…` in a table flattened one cell a line, s-yzu-
        // library-outside-reader-card-notes-arabic-numbers-alone-table-bars-bullets in
        // corpus/real.)
        && !first_item(l.content)
            .is_some_and(|m| !m.rest.is_empty() || !matches!(m.style, Style::Heading(_) | Style::Article))
        && !history::is_entry_start(l.content)
        // (Not a field's key over its value: `主旨: |`, l-yunlin-disaster-center-print-
        // paren-wraps in corpus/real; nor a letter's subject with its key, as a clean text
        // writes the two cells on one line: `|主旨: |檢送…`, l-taichung-school-portal-flu-
        // vaccine-letter-table-bars-numerals-alone-in-cells-file-lines.)
        && !super::lines::without_cell_bar(l.content).ends_with([':', '：'])
        && !letter_key(l.content)
        && !number_field(l.content)
        // (Nor a table's header cell, `| 內容 |` under a post's date line: l-changhua-
        // special-ed-cross-stage-placement-letter-table-flattened-points in corpus/real.)
        && !l.content.starts_with(['|', '｜'])
        // (Nor a line of symbols alone, with no letter, digit or ideograph: `~~~|\ ~|` in
        // junk bytes, a title that lost its leading marks on every render round, as fuzzing
        // found; such a line is text, not a name.)
        && l.content.chars().any(char::is_alphanumeric)
        // (Nor a line longer than a title, such as a news report's paragraph: o-pharmacists-
        // news-taoyuan-pharmacy-inspection-points-arabic-items-violations-table-article-
        // cells-quoted-kuan-truncated.)
        && l.content.chars().nth(TITLE_CHARS).is_none()
        // (Nor sentences run together, a full stop inside: a page's lead-in joined with the
        // caption under it, `…尋求奧援。流程如下:召開社區會議流程圖`, as the clean text of
        // c-npa-community-meeting-flow-arabic-steps-nested-bullets-js-chrome-truncated in
        // corpus/real joins them.)
        && !l.content.trim_end_matches(['。', '.']).contains('。')
        // (Nor fields run together, a colon after each key: `綜合球場l收費標準:離峰時段:1400
        // 元/小時/面尖峰時段:…`, a fee list's lines as the clean text of o-civic-sports-
        // centre-court-rules-bilingual-zero-padded-markers-lost-bullets in corpus/real
        // joins them above a note.)
        // (A breadcrumb's doubled colon, `考生專區::試場規則`, is one.)
        && l.content.split([':', '：']).filter(|f| !f.trim().is_empty()).nth(2).is_none()
    {
        let mut t = String::new();
        normalize::push_folded(&mut t, without_title_key(l.content));
        let first = idx;
        idx += 1;
        // A title wrapped onto a second line (PDF extractions); not one complete before a
        // note (`…保管辦法(111年10月)` over the title printed again: s-hualien-lsps-learning-
        // device-loan-rules-parts-indented-points-slider-truncated in corpus/real).
        if let Some(l2) = lines.get(idx)
            && !has_title_suffix(without_note(&t))
            && !starts_unit(l2.content)
            // (Nor a list's first item naming a law, `(一)公職人員利益衝突迴避法` under a
            // form's name: c-taipower-branch-conflict-of-interest-flattened-quoted-items
            // in corpus/real.)
            && !opens_list(l2.content)
            && header_field(l2.content).is_none()
            && !history::is_entry_start(l2.content)
            && !normalize::ends_sentence(l2.content)
            && l2.content.chars().count() <= 20
        {
            let mut t2 = t.clone();
            normalize::join(&mut t2, l2.content);
            if has_title_suffix(&t2) && unprefixed(&t2) {
                t = t2;
                idx += 1;
            }
        }
        title = Some(t);
        title_lines = Some((first, idx));
    }
    loop {
        let before = idx;
        idx = read_meta(lines, idx, lines.len(), &mut meta, debris);
        // The rule's official name in the metadata under a short title read from a line
        // (`三峽校區學生會社團活動大型補助規則` over `法規名稱:國立臺北大學三峽校區學生會社團
        // 活動大型補助評選委員會組織及運作規則`: s-ntpu-student-union-club-grant-committee-
        // rules-arabic-articles-chapters-truncated in corpus/real) is the title, as it is
        // where the metadata comes first.
        if want_title
            && let (Some(t), Some((a, b))) = (title.as_deref(), title_lines)
            && let Some(name) = meta.get("法規名稱")
            && name.len() > t.len()
            && fuller_title(name, without_note(t))
        {
            debris.extend(lines.get(a..b).unwrap_or(&[]).iter().map(line_debris));
            title = Some(name.clone());
            title_lines = None;
        }
        if with_history {
            idx = read_history(lines, idx, lines.len(), &mut history);
        }
        // The title printed again, or a fuller form of a short title read first (a
        // breadcrumb `…設置要點` above `臺北市…設置要點`).
        if let (Some(t), Some(l)) = (title.as_deref(), lines.get(idx))
            && title_like(l)
        {
            let again = without_note(l.content);
            if again == without_note(t) {
                debris.push(line_debris(l));
                idx += 1;
            } else if want_title
                && again.len() > t.len()
                && (fuller_title(again, without_note(t)) || (title_lines.is_some() && site_heading(t, l.content)))
            {
                let mut full = String::new();
                normalize::push_folded(&mut full, without_title_key(l.content));
                idx = adopt_title(lines, debris, (&mut title, &mut title_lines), full, (idx, idx + 1));
            }
        } else if want_title
            && let (Some(t), Some(head), Some(tail)) = (title.as_deref(), lines.get(idx), lines.get(idx + 1))
            && wrapped_title_head(head, tail)
        {
            // The fuller title wrapped before its kind of rule (`生環學程課程委員會設置辦法`
            // over `國立臺灣海洋大學…國際碩士學位學程` / `課程委員會設置辦法`: s-ntou-imme-
            // curriculum-committee-articles-dash-items-english-version-truncated in
            // corpus/real).
            let mut full = String::new();
            normalize::push_folded(&mut full, without_title_key(head.content));
            normalize::join(&mut full, tail.content);
            if full.len() > t.len() && fuller_title(&full, without_note(t)) && unprefixed(&full) {
                idx = adopt_title(lines, debris, (&mut title, &mut title_lines), full, (idx, idx + 2));
            }
        }
        // A post's date stamp under the title, before the title printed again (`2020-11-06`:
        // l-kaohsiung-building-construction-notes-prefab-company-from-point12 in
        // corpus/real).
        if title.is_some()
            && let Some(l) = lines.get(idx)
            && is_post_date(l.content)
        {
            debris.push(line_debris(l));
            idx += 1;
        }
        // Two lines under the title that read as one rule's name (wrapped: the first no
        // name of its own and no sentence, the second a name).
        if let (Some(t), Some(l), Some(l2)) = (title.as_deref(), lines.get(idx), lines.get(idx + 1))
            && !title_like(l)
            && title_like(l2)
            && !l.ends_sentence
        {
            // The title printed again as a template's field under its section's caption
            // (`機關法令規章` / `標題 臺中市東區區公所藝文走廊管理使用要點`: l-taichung-east-
            // district-gallery-form-fields in corpus/real).
            let keyed = without_title_key(l2.content);
            if keyed.len() < l2.content.len() && without_note(keyed) == without_note(t) {
                debris.extend([line_debris(l), line_debris(l2)]);
                idx += 2;
                continue;
            }
            let mut full = String::new();
            normalize::push_folded(&mut full, without_title_key(l.content));
            normalize::join(&mut full, l2.content);
            let mut once = String::new();
            normalize::push_folded(&mut once, without_note(t));
            // The title printed again over two lines (`文藻外語大學應用華語文系暨華語文教學研究所`
            // / `實習施行要點` under the one-line title: s-wzu-chinese-dept-internship-points-
            // long-history-hard-wraps-excerpt in corpus/real).
            if full == once {
                debris.extend([line_debris(l), line_debris(l2)]);
                idx += 2;
                continue;
            }
            // A fuller title wrapped onto two lines on a cover page (`基隆市正濱國民小學` /
            // `資通安全維護計畫` under `資通安全維護計畫`: s-keelung-school-cybersecurity-plan-
            // chapters-excerpt in corpus/real), as its one-line form is read above; or a
            // site's heading over the rule's name, as its one-line form is: `租借辦法` over
            // `國立雲林科技大學校友終身學習中心` / `場地設備管理使用辦法` (s-yuntech-alumni-
            // centre-venue-rules-points-paren-comma-markers-excerpt).
            if want_title
                && title_lines.is_some()
                && l.content.chars().count() <= 20
                && !starts_unit(l.content)
                && header_field(l.content).is_none()
                && !history::is_entry_start(l.content)
                && full.len() > t.len()
                && unprefixed(&full)
                && (fuller_title(&full, without_note(t)) || site_heading(t, &full))
            {
                idx = adopt_title(lines, debris, (&mut title, &mut title_lines), full, (idx, idx + 2));
            }
        }
        // A fuller title over three lines under the short title: two issuers' names, then
        // the rule's name (`東基醫療財團法人台東基督教醫院` / `東基醫療財團法人附設…服務機構` /
        // `工作場所性騷擾防治措施申訴及懲戒辦法` under `性騷擾防治措施申訴及懲戒辦法`:
        // o-taitung-christian-hospital-harassment-rules-articles-alone-on-lines-lost-paren-
        // item-truncated in corpus/real), as its one-line form is read above.
        if want_title
            && title_lines.is_some()
            && let (Some(t), Some(l), Some(l2), Some(l3)) =
                (title.as_deref(), lines.get(idx), lines.get(idx + 1), lines.get(idx + 2))
            && [l, l2].iter().all(|x| {
                !title_like(x)
                    && !x.ends_sentence
                    && x.content.chars().count() <= ISSUER_LINE_CHARS
                    && x.content.chars().all(normalize::is_ideograph)
            })
            && title_like(l3)
        {
            let mut full = String::new();
            normalize::push_folded(&mut full, without_title_key(l.content));
            normalize::join(&mut full, l2.content);
            normalize::join(&mut full, l3.content);
            if fuller_title(&full, without_note(t)) && unprefixed(&full) {
                idx = adopt_title(lines, debris, (&mut title, &mut title_lines), full, (idx, idx + 3));
            }
        }
        // The title's note on a line of its own (`(11 30401 縣府核定)` under the title, set
        // to the right: s-hpjh-campus-opening-rules-repeated-line in corpus/real), as a
        // note on the title's line is part of it.
        if let (Some(t), Some((a, b))) = (title.as_mut(), title_lines)
            && b == idx
            && let Some(l) = lines.get(idx)
            && title_note(l.content)
            // (Not a unit's caption above it, `(法 源)` then `第一條`, unless it is dated or
            // names an act, as a caption does not.)
            && (!lines.get(idx + 1).is_some_and(|n| starts_unit(n.content))
                || l.content.contains(|c: char| c.is_ascii_digit())
                || ["核定", "修正", "通過", "訂定", "發布"].iter().any(|w| l.content.contains(w)))
        {
            normalize::join(t, l.content);
            idx += 1;
            title_lines = Some((a, idx));
        }
        if idx == before {
            break;
        }
    }
    // When a field names the rule (`法規名稱:`), the title is the field's and the lines
    // read as the title go to debris: a line that names no rule (a news page's subject
    // line between its fields), and a title line the field names again, the page's heading
    // (`土壤及地下水污染整治法` over `法規名稱:土壤及地下水污染整治法`: l-taichung-epb-soil-
    // groundwater-act-page-breadcrumb-bullets-chapter-heading-wrapped-items-truncated in
    // corpus/real), as the title printed again under the fields does.
    if let (Some(name), Some((a, b))) = (meta.get("法規名稱"), title_lines)
        && (title.as_deref() == Some(name.as_str()) || !lines.get(a..b).unwrap_or(&[]).iter().any(title_like))
    {
        debris.extend(lines.get(a..b).unwrap_or(&[]).iter().map(line_debris));
        title = Some(name.clone());
        title_lines = None;
    }
    // The field name a template printed before the title line read goes to debris.
    if let Some(l) = title_lines.and_then(|(a, _)| lines.get(a)) {
        let key = l.content.len() - without_title_key(l.content).len();
        if key > 0 {
            let text = l.content.get(..key).unwrap_or_default().trim_end_matches(normalize::is_space);
            debris.push(Debris { text: text.to_string(), span: Span(l.content_start, l.content_start + text.len()) });
        }
    }
    Front { meta, title, history, start: idx }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_page_prints_before_the_title_on_its_line() {
        // See without_title_key: each was read as part of a page's title in corpus/real.
        for (line, title) in [
            (":::移置保管場注意事項", "移置保管場注意事項"),
            ("🚩財產保管人注意事項", "財產保管人注意事項"),
            ("現在位置:首頁/竹南國小校園無線網路使用管理規範", "竹南國小校園無線網路使用管理規範"),
            (":::政風室>公開資訊>廉政法規>本院知會報備登錄作業規定", "本院知會報備登錄作業規定"),
            ("本館導覽>>規則辦法>>圖書借書期限計算標準", "圖書借書期限計算標準"),
            ("首頁navigate_next相關法規navigate_next受贈收入收支管理要點", "受贈收入收支管理要點"),
            ("法令規章/天主教振聲高中採購暨營繕作業管理要點", "天主教振聲高中採購暨營繕作業管理要點"),
            ("認識圖書館/規則辦法/圖書館閱覽空間使用要點", "圖書館閱覽空間使用要點"),
            ("法規名稱(Title) 海外僑民團體聯繫登記作業要點", "海外僑民團體聯繫登記作業要點"),
            ("名 稱: 臺北市性別平等辦公室設置要點", "臺北市性別平等辦公室設置要點"),
            ("名稱:卡蹓馬悠媽祖在馬祖生態旅遊行銷獎助要點", "卡蹓馬悠媽祖在馬祖生態旅遊行銷獎助要點"),
            ("公告主旨 臺北市國際交換學生學習實施計畫", "臺北市國際交換學生學習實施計畫"),
            ("標題 中央政府附屬單位預算執行要點", "中央政府附屬單位預算執行要點"),
        ] {
            assert_eq!(without_title_key(line), title, "{line}");
        }
        // Slashes, brackets and addresses inside a title are its own.
        for line in [
            "土地/建築改良物繼承/分割繼承登記申請須知",
            "114學年度第1學期/日間部/進修部碩博學位考試及畢業離校程序",
            "109學年度第一學期<試卷印製>申請流程暨相關注意事項",
            "依內政部要點,警方可遴選義勇警察〈一般簡稱義警〉;義警有一定服裝",
            "2020/01/15【農機補助】109年小型農機補助計畫",
            "全文修正之作業要點",
            "名稱變更登記須知",
            "❶申請書須知",
            // (A field name written solid with the name is left: `法規名稱` alone on a line
            // over the name joins it so, and both must read the same.)
            "法規名稱行政院及所屬各機關資訊安全管理要點",
            // (Nor a bullet before a field, nor a path's last name that is chrome.)
            "• 法規生效日期:104-07-01",
            "現在位置 首頁 > 便民服務 > 檔案下載",
        ] {
            assert_eq!(without_title_key(line), line);
        }
        // The part set aside goes to debris, so nothing is lost.
        let src = "法令規章/振聲高中採購管理要點\n一、甲。\n二、乙。\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("振聲高中採購管理要點"));
        assert!(doc.debris.iter().any(|d| d.text == "法令規章/"));
        assert!(crate::conserve::check(src, &doc).is_balanced());
    }

    #[test]
    fn menu_heading_then_title_and_a_note_under_the_title() {
        // t-fuxi-association-charter-draft-chapters, s-hpjh-campus-opening-rules-repeated-line.
        let doc = crate::parse("協會章程\n某某聯合會章程(草案)\n第一條 甲。\n第二條 乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某某聯合會章程(草案)"));
        let doc = crate::parse(
            "場地租借辦法\n某某國民中學校園開放及使用管理規則\n      (11 30401 縣府核定)\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某某國民中學校園開放及使用管理規則(11 30401縣府核定)"));
        assert_eq!(doc.units[0].caption, None);
        // A caption above the first article stays the article's.
        let doc = crate::parse("某某獎學金發放辦法\n(法 源)\n第一條 甲。\n第二條 乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某某獎學金發放辦法"));
        assert!(doc.units[0].caption.is_some());
    }

    #[test]
    fn closing_fields_with_a_space_for_a_colon() {
        let doc = crate::parse("某實施計畫\n一、甲。\n二、乙。\n主辦單位 某鄉公所\n相關連結 http://example.gov.tw/a\n");
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.debris.len(), 2);
        // One such line alone, or a table row, stays text.
        let doc = crate::parse("某實施計畫\n一、甲。\n二、乙:\n大禮堂 5000元\n會議室 2000元\n");
        assert!(doc.debris.is_empty());
    }

    #[test]
    fn date_field_without_colon() {
        assert_eq!(glued_date_field("發文日期2013-05-16 10:38:37"), Some(("發文日期", "2013-05-16 10:38:37")));
        assert!(super::super::lines::is_chrome("發文日期2013-05-16 10:38:37"));
        assert_eq!(glued_date_field("發布日期起施行"), None);
        assert!(super::super::lines::is_chrome("更新日期 2009-05-12 10:34:06 文號 單位 北港分部"));
        assert_eq!(glued_date_field("發布日期2013年"), None);
    }

    #[test]
    fn title_wrapped_before_its_kind_of_rule() {
        // s-ltes-campus-opening-articles-dash-items in corpus/real.
        let doc = crate::parse("某某國民小學校園場地開放使用\n管理辦法\n106年11月1日訂\n第一條 甲。\n第二條 乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某某國民小學校園場地開放使用管理辦法"));
        assert_eq!(doc.history.len(), 1);
        assert_eq!(doc.units.len(), 2);
        // A site's name above a title is no part of it.
        let doc = crate::parse("首頁 > 法規\n某某管理辦法\n第一條 甲。\n第二條 乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某某管理辦法"));
        // A breadcrumb of two steps is chrome, and a title in lenticular brackets under the
        // page's caption replaces it (c-moi-household-designated-service-address-points-
        // tainan-office-relay-lost-paren-numerals-history-lines-truncated in corpus/real).
        let doc =
            crate::parse("首頁 > 便民服務\n指定送達地址\n【某某受理申請指定送達地址作業要點】\n一、甲。\n二、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("【某某受理申請指定送達地址作業要點】"), "{doc:#?}");
        assert!(doc.debris.iter().any(|d| d.text == "首頁 > 便民服務"), "{:#?}", doc.debris);
        // A title complete before its note takes no second line: the title printed again
        // (s-hualien-lsps-learning-device-loan-rules-parts-indented-points-slider-truncated).
        let doc = crate::parse("某國小載具保管辦法(111年10月)\n某國小載具保管辦法\n壹、甲。\n貳、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某國小載具保管辦法(111年10月)"));
        assert_eq!(doc.debris.len(), 1);
        // The title over its adoption lines and a first point numbered in another style,
        // below a page's introduction (l-chiayi-county-student-counselling-centre-points-
        // arabic-first-point-intro-bullets-truncated in corpus/real).
        let page = "• slider image 57\n:::\n中心組織介紹\n某中心設置於本府。\n服務宗旨\n》提供輔導。\n》整合資源。\n本中心遵守倫理。\n某縣學生輔導諮商中心設置要點\n中華民國97年04月09日府教學字第0970056563號函發布\n中華民國100年09月16日府教學字第1000164638號函修訂\n 1. 本府為健全輔導體制,特設本中心。\n  二、本中心之任務如下:\n";
        let doc = crate::parse(page);
        assert_eq!(doc.title.as_deref(), Some("某縣學生輔導諮商中心設置要點"));
        assert_eq!(doc.history.len(), 2);
        // A short title over the fuller one wrapped before its kind of rule (s-ntou-imme-
        // curriculum-committee-articles-dash-items-english-version-truncated).
        let doc = crate::parse(
            "生環學程課程委員會設置辦法\n國立臺灣海洋大學生命科學院海洋生物科技及環境生態永續國際碩士學位學程\n課程委員會設置辦法\n中華民國112年05月05日學程籌備委員會議訂定\n第一條 甲。\n第二條 乙。\n",
        );
        assert_eq!(
            doc.title.as_deref(),
            Some("國立臺灣海洋大學生命科學院海洋生物科技及環境生態永續國際碩士學位學程課程委員會設置辦法")
        );
        assert!(doc.units.iter().all(|u| u.kind != crate::ast::NodeKind::Preamble));
        // A template's field name before the title (s-zjps-after-school-club-registration-
        // notes-arabic-points-lost-char-truncated, l-taichung-east-district-gallery-form-
        // fields).
        let doc = crate::parse("行政公告\n標題 107學年度第二學期課後社團報名注意事項\n1. 甲。\n2. 乙。\n3. 丙。\n");
        assert_eq!(doc.title.as_deref(), Some("107學年度第二學期課後社團報名注意事項"));
        let doc = crate::parse(
            "某區公所藝文走廊管理使用要點\n機關法令規章\n標題 某區公所藝文走廊管理使用要點\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某區公所藝文走廊管理使用要點"));
        assert_eq!(doc.debris.len(), 2);
        // A post's author and date fields between the short title and the full one
        // (s-clvsc-new-club-rules-flattened-one-line-table-bars).
        let doc = crate::parse(
            "|\n成立社團實施辦法\n作者 : 實習處01\n發佈日期 : 2014-06-25 10:56:45\n某市立某高級中等學校學生成立社團實施辦法\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某市立某高級中等學校學生成立社團實施辦法"));
        assert_eq!(doc.meta.get("作者").map(String::as_str), Some("實習處01"));
    }

    #[test]
    fn a_closing_key_over_two_lines_of_its_value() {
        // s-sysh-english-test-fee-subsidy-notice-paren-arabic-sections-comma-items in
        // corpus/real: the organiser's key alone, its value on two lines, then the page's
        // counter; the clean text runs the value into one line.
        let tail = "承辦單位:\n教務處課程發展組 王雅駿組長 04-27016473#716\n行政助理: 尹姿懿 04-27016473#816\n";
        let doc = crate::parse(&format!("某公告\n一、甲。\n二、乙。\n{tail}瀏覽數:\n分享\n"));
        let want = "教務處課程發展組王雅駿組長04-27016473#716行政助理:尹姿懿04-27016473#816";
        assert_eq!(doc.meta.get("承辦單位").map(String::as_str), Some(want));
        assert_eq!(doc.units[1].paragraphs().count(), 1);
        // Nor does a name over another key alone (c-ey-attendance-manuscript-fee-points-
        // wenews-relay-snippet-header-twice).
        let doc = crate::parse("某頁\n法規名稱:\n某某支給要點\n時間:\n一、甲。\n二、乙。\n");
        assert_eq!(doc.meta.get("法規名稱").map(String::as_str), Some("某某支給要點"));
        // A value's first line that ends a sentence takes no second line.
        let doc = crate::parse("某公告\n一、甲。\n二、乙。\n備註:\n本案已結案。\n另行公告。\n");
        assert!(doc.meta.get("備註").is_none_or(|v| !v.contains("另行公告")), "{:?}", doc.meta);
    }

    #[test]
    fn a_ministry_page_s_empty_date_fields_under_the_last_point() {
        // c-nhi-bureau-premium-arrears-explanation-press-page-mohw-site-points-chrome in
        // corpus/real: a press page's bulleted fields under its last point, the two dates
        // empty; they were read as a second paragraph of the point.
        let tail = "  • 建檔日期:\n  • 更新時間:\n  • 資料來源:衛生福利部\n";
        let doc = crate::parse(&format!("某新聞稿\n一、甲。\n二、健保局呼籲,請撥打免費服務電話。\n{tail}"));
        assert_eq!(doc.top_units().len(), 2);
        assert_eq!(doc.top_units()[1].paragraphs().count(), 1, "{:#?}", doc.units);
        assert_eq!(doc.meta.get("建檔日期").map(String::as_str), Some(""));
        assert_eq!(doc.meta.get("資料來源").map(String::as_str), Some("衛生福利部"));
        // A standards bureau's answer, its edit date and who posted it under it (c-bsmi-
        // kaohsiung-branch-faq-verification-applicant-question-caption-paren-items-counter-
        // bullets).
        let doc = crate::parse("某問答\n一、甲。\n二、乙。\n  • 編修日期:2020/08/13\n  • 上稿單位:高雄分局度量衡科\n");
        assert_eq!(doc.top_units()[1].paragraphs().count(), 1, "{:#?}", doc.units);
        assert_eq!(doc.meta.get("上稿單位").map(String::as_str), Some("高雄分局度量衡科"));
        // Two on one line, the gap between them lost (c-mohw-1966-ltc-faq-how-to-apply-
        // disability-assessment-indented-arabic-units-metadata-source-line).
        let doc = crate::parse("某頁\n\n建檔日期:109-01-10更新時間:109-01-12\n\n一、甲。\n二、乙。\n");
        assert_eq!(doc.meta.get("建檔日期").map(String::as_str), Some("109-01-10"), "{:?}", doc.meta);
        assert_eq!(doc.meta.get("更新時間").map(String::as_str), Some("109-01-12"));
        // Over the text, with their dates (c-mohw-health-grants-site).
        let doc = crate::parse("某要點\n  • 建檔日期:109-09-29\n  • 更新時間:110-03-09\n\n一、甲。\n二、乙。\n");
        assert_eq!(doc.meta.get("更新時間").map(String::as_str), Some("110-03-09"), "{:?}", doc.meta);
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn a_service_card_s_time_limit_and_a_press_release_s_date_close_the_text() {
        // l-kaohsiung-lujhu-district-office-unemployed-parents-childcare-allowance-arabic-
        // items-bulleted-lines-chrome in corpus/real: how long the office takes, under the
        // last item of a service card; l-kaohsiung-election-commission-by-election-candidate-
        // documents-news-inline-paren-items-closing-paragraph: the release's date, on one
        // line with the contact fields.
        for tail in
            ["處理期限:隨到隨辦,市府審核約50~75天\n", "發稿日期:109年7月24日 聯絡電話:07-799-9388 聯絡人:第四組\n"]
        {
            let doc = crate::parse(&format!("某頁\n1. 甲。\n2. 乙。\n{tail}"));
            assert_eq!(doc.top_units().len(), 2, "{tail}");
            assert_eq!(doc.top_units()[1].paragraphs().count(), 1, "{tail}: {:#?}", doc.units);
        }
        let doc =
            crate::parse("某新聞\n一、甲。\n二、乙。\n發稿日期:109年7月24日 聯絡電話:07-799-9388 聯絡人:第四組\n");
        assert_eq!(doc.meta.get("聯絡人").map(String::as_str), Some("第四組"), "{:?}", doc.meta);
    }

    #[test]
    fn a_title_line_the_name_field_repeats_loses_nothing() {
        // l-taichung-epb-soil-groundwater-act-page-breadcrumb-bullets-chapter-heading-
        // wrapped-items-truncated in corpus/real: a city's page of a statute, its heading
        // over the law site's fields; the heading was dropped.
        for src in [
            "土壤及地下水污染整治法\n\n法規名稱:土壤及地下水污染整治法\n\n修正日期:民國 99 年 02 月 03 日\n\n第 1 條\n甲。\n第 2 條\n乙。\n",
            "某法\n法規名稱:某法\n第 1 條\n甲。\n第 2 條\n乙。\n",
        ] {
            let doc = crate::parse(src);
            assert!(crate::conserve::check(src, &doc).is_balanced(), "{src}");
            assert_eq!(doc.title, doc.meta.get("法規名稱").cloned());
            assert_eq!((doc.debris.len(), doc.top_units().len()), (1, 2), "{src}: {:#?}", doc.debris);
        }
    }

    #[test]
    fn a_first_label_alone_is_no_title() {
        // s-yzu-library-outside-reader-card-notes-arabic-numbers-alone-table-bars-bullets in
        // corpus/real: a table flattened one cell a line, with no title.
        let doc = crate::parse("1. |\n本館依據辦法辦理。\n|\n2. |\n借書證申請流程。\n|\n3. |\n第一次申請者請選點。\n");
        assert_eq!((doc.title.as_deref(), doc.units.len()), (None, 3));
    }

    #[test]
    fn a_line_of_symbols_is_no_title() {
        // Found by fuzzing: junk bytes whose symbols-only first line was read as a title,
        // which lost its leading marks on every render round.
        let src = ")~>~~~|\\\u{c}~|";
        let doc = crate::parse(src);
        assert_eq!(doc.title, None);
        assert_eq!(crate::testing::round_trip(src), None);
        // A title with a letter or a digit keeps it (`ISO 27001 作業規定`).
        assert!(crate::parse("ISO 27001 作業規定\n一、甲。\n二、乙。\n").title.is_some());
    }

    #[test]
    fn a_draft_named_above_its_date_fields_is_the_title() {
        // c-doh-fda-site-cosmetics-aha-ph-draft-notice-flattened-points-paren-items-one-line-
        // qrcode-chrome in corpus/real: the draft's name over a line of date fields, then
        // the notice; under it the page's QR code, feedback widget and captcha.
        let src = "跳到主要內容區塊\n\n公告「修正化妝品中含果酸及其相關成分製品之注意事項」草案\n| 發布日期:2005-03-07 | 更新日期:2005-03-07\n\n一、主管機關:行政院衛生署。\n二、訂定依據:化粧品衛生管理條例。\n三、草案內容:詳如附件。\n公告「修正化妝品中含果酸及其相關成分製品之注意事項」草案 Qrcode\n資訊內容對您是否有幫助:\n驗證碼\n請輸入圖形認證碼內之文字\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("公告「修正化妝品中含果酸及其相關成分製品之注意事項」草案"));
        assert!(doc.meta.contains_key("發布日期"), "{:?}", doc.meta);
        assert_eq!(doc.top_units().len(), 3);
        assert_eq!(doc.top_units()[2].children.len(), 1, "{:#?}", doc.units);
        // A draft naming no kind of rule is no title.
        assert_eq!(crate::parse("預算草案\n| 發布日期:2005-03-07\n\n一、甲。\n二、乙。\n").title, None);
    }

    #[test]
    fn a_long_first_line_is_no_title() {
        // o-pharmacists-news-taoyuan-pharmacy-inspection-points-arabic-items-violations-
        // table-article-cells-quoted-kuan-truncated in corpus/real: a news report's first
        // paragraph.
        let src = format!("{}。\n一、甲。\n二、乙。\n", "日前藥局稽查違規頻傳".repeat(13));
        let doc = crate::parse(&src);
        assert_eq!(doc.title, None);
        assert_eq!(doc.top_units().len(), 2);
        assert!(crate::parse("某某要點\n一、甲。\n二、乙。\n").title.is_some());
    }

    #[test]
    fn sentences_run_together_are_no_title() {
        // c-npa-community-meeting-flow-arabic-steps-nested-bullets-js-chrome-truncated in
        // corpus/real, as its clean text joins the lead-in and the caption under it.
        let doc = crate::parse(
            "更新日期:113-06-20\n社區會議主要目的是凝聚大家的共識。流程如下:召開社區會議流程圖\n1.召集會議。\n2.辦理社區治安會議。\n",
        );
        assert_eq!(doc.title, None, "{:?}", doc.title);
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn contact_fields_are_no_title() {
        // l-nantou-fire-lpg-storage-certificate-notes-metadata-fields-arabic-points-paren-
        // digit-items in corpus/real: the page's fields over its list.
        let doc =
            crate::parse("承辦單位:火災調查科\n聯絡電話:\n自動:049-2226119轉5400\n警用:049-2205632\n1.甲。\n2.乙。\n");
        assert_eq!(doc.title, None);
        assert_eq!(doc.meta.get("承辦單位").map(String::as_str), Some("火災調查科"));
        // A telephone number run into the next field, as a clean text writes it
        // (l-miaoli-city-park-rental-caption-lists-flowchart).
        assert!(number_field("服務電話:(037)331915依據:某自治條例"));
        // A title's date is no telephone number.
        assert!(!number_field("法規:天然災害停止辦公及上課作業辦法 (民國 96 年 09 月 05 日 修正)"));
    }

    #[test]
    fn a_fuller_title_over_three_lines() {
        // o-taitung-christian-hospital-harassment-rules-articles-alone-on-lines-lost-paren-
        // item-truncated in corpus/real: two issuers' names over the rule's name.
        let src = "性騷擾防治辦法\n\n某某醫療財團法人某某醫院\n\n某某醫療財團法人附設某某機構\n\n工作場所性騷擾防治辦法\n\n第一條 甲。\n第二條 乙。\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_deref(),
            Some("某某醫療財團法人某某醫院某某醫療財團法人附設某某機構工作場所性騷擾防治辦法")
        );
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn a_letter_s_subject_is_no_title() {
        // l-taichung-school-portal-flu-vaccine-letter-table-bars-numerals-alone-in-cells-
        // file-lines as its clean text writes it, and l-suao-hakka-grant-notice-bullet-
        // lost-numeral with its key spaced.
        for src in [
            "|主旨: |檢送某計畫1份,請查照。\n一、甲。\n二、乙。\n",
            "主 旨:公告某業務,請依照辦理。\n一、甲。\n二、乙。\n",
        ] {
            let doc = crate::parse(src);
            assert_eq!(doc.title, None, "{src}");
            assert_eq!(doc.top_units().len(), 2);
        }
    }

    #[test]
    fn a_first_history_entry_wrapped_before_its_action() {
        // c-pcc-construction-quality-points-scribd-pdf-hardwrap-history in corpus/real.
        let doc = crate::parse(
            "某要點\n\n中華民國八十五年十二月十三日行政院公共工程委\n員會(八五)工程管字第二七二一號函頒行\n中華民國八十七年五月二十九日行政院公共工程委\n員會(八七)工程管字第八七○六二六○號函修正\n\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.history.len(), 2, "{:#?}", doc.units);
        assert!(doc.units.iter().all(|u| u.kind != crate::NodeKind::Preamble));
    }

    #[test]
    fn a_fuller_title_wrapped_on_a_cover_page() {
        // s-keelung-school-cybersecurity-plan-chapters-excerpt in corpus/real.
        let doc = crate::parse(
            "資通安全維護計畫\n某市某國民小學\n資通安全維護計畫\n中華民國113年10月18日\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某市某國民小學資通安全維護計畫"));
        assert!(doc.units.iter().all(|u| u.kind != crate::NodeKind::Preamble), "{:#?}", doc.units);
    }

    #[test]
    fn post_dates() {
        assert!(is_post_date("2020-11-06") && is_post_date("2019/8/21"));
        assert!(!is_post_date("2020-11") && !is_post_date("108-11-06") && !is_post_date("2020-11-06 公告"));
        // A news module's stamp above the title (s-yuntech-overseas-student-arc-application-
        // documents-arabic-caption-paren-items-bullets-truncated in corpus/real).
        assert!(is_post_stamp("週三, 18 八月 2021 17:38") && is_post_stamp("2021-08-18 17:38"));
        assert!(!is_post_stamp("109年5月1日 14:00 開會") && !is_post_stamp("2021 年度 17:38 補助申請須知"));
        let doc = crate::parse("週三, 18 八月 2021 17:38\n\n僑生居留證(ARC)申請\n\n1. 甲\n(1)乙\n(2)丙\n");
        assert_eq!(doc.title.as_deref(), Some("僑生居留證(ARC)申請"));
        // The title, the post's date, the title again (l-kaohsiung-building-construction-
        // notes-prefab-company-from-point12 in corpus/real).
        let doc = crate::parse("某市施工注意事項\n\n2020-11-06\n\n某市施工注意事項\n\n十二、甲。\n十三、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某市施工注意事項"));
        assert_eq!(doc.debris.len(), 2, "{:?}", doc.debris);
        assert!(doc.units.iter().all(|u| u.kind != crate::NodeKind::Preamble));
    }

    #[test]
    fn fuller_titles() {
        assert!(fuller_title("台東縣東河鄉東河國民小學學校場所開放使用管理要點", "東河國小學校場所開放管理要點"));
        assert!(fuller_title("臺北市政府法規委員會設置要點", "法規委員會設置要點"));
        assert!(!fuller_title("臺北市政府法規委員會設置要點", "訴願審議委員會設置要點"));
        assert!(!fuller_title("Download243 Stock File Size52.63 KB 某大學書卷獎實施辦法", "某大學書卷獎實施辦法"));
        // Two titles run into one line (s-ntsu-dorm-network-rules-arabic-units-inline-
        // captions-indented-wraps-letter-items-truncated in corpus/real).
        assert!(!fuller_title(
            "學生宿舍網路使用與管理辦法國立臺灣體育大學(桃園)學生宿舍網路使用與管理辦法",
            "國立體育大學學生宿舍網路使用與管理辦法"
        ));
    }

    #[test]
    fn title_above_its_adoption_lines_after_a_long_menu() {
        // s-ttu-research-center-funds-nav-paren-dunhao in corpus/real.
        let menu: String = (0..12).map(|k| format!("學系{k}\n")).collect();
        let src = format!(
            "title\n{menu}某大學補助研究中心經費報支作業要點\n民國99年12月9日 行政會議通過\n民國103年4月17日 行政會議修正通過\n一、甲。\n二、乙。\n"
        );
        let doc = crate::parse(&src);
        assert_eq!(doc.title.as_deref(), Some("某大學補助研究中心經費報支作業要點"));
        assert_eq!(doc.history.len(), 2);
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn the_official_name_under_a_short_title() {
        // s-ntpu-student-union-club-grant-committee-rules-arabic-articles-chapters-truncated
        // in corpus/real: the page's heading, then the rule's name in its metadata.
        let doc = crate::parse(
            "某校區學生會補助規則\n\n法規名稱:某大學某校區學生會補助評選委員會組織及運作規則\n訂定日期:113年2月22日\n第1條\n甲。\n第2條\n乙。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某大學某校區學生會補助評選委員會組織及運作規則"));
        assert_eq!(doc.debris.len(), 1);
        assert_eq!(doc.units.len(), 2);
        // Not a different rule's name.
        let doc = crate::parse("某校區學生會補助規則\n法規名稱:某大學場地借用辦法\n第1條\n甲。\n第2條\n乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某校區學生會補助規則"));
    }

    #[test]
    fn an_item_naming_a_rule_is_no_title() {
        // l-chiayi-county-personnel-platform-model-civil-servant-page-counter-chrome-paren-
        // arabic-comma-items in corpus/real, as its clean text reads back: the site's name,
        // its menu joined into one line, then the rules a page is based on.
        let doc = crate::parse(
            "某某人事服務平台\n主要選單首頁人事宅急便最新消息\n1.某某選拔要點\n2.某某激勵辦法\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某某人事服務平台"));
        assert_eq!(doc.units.len(), 3);
        assert!(doc.debris.is_empty());
        // Nor the second line of a title wrapped onto two (c-taipower-branch-conflict-of-
        // interest-flattened-quoted-items in corpus/real).
        let doc =
            crate::parse("利害關係人申請迴避申請書\n(一)公職人員利益衝突迴避法\n(二)公職人員及關係人身分關係揭露表\n");
        assert_eq!(doc.title.as_deref(), Some("利害關係人申請迴避申請書"));
    }

    #[test]
    fn kinds_of_rule_in_simplified_characters() {
        assert!(has_title_suffix("某法施行细则"));
        assert!(has_title_suffix("某某补助作业要点"));
        assert!(ends_with_kind("某某管理办法", &STATUTE_SUFFIXES));
        assert!(!ends_with_kind("某某管理办", &STATUTE_SUFFIXES));
        // c-notary-act-enforcement-rules-articles-simplified-doc-site-one-line-english-
        // prefix-lost-item-commas-truncated in corpus/real: a rule's name in simplified
        // characters over its first article written solid.
        let doc = crate::parse("某法施行细则\n第1条本细则依某法订定之。\n第2条本法所称事务,系指公证事务。\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn suffix_ends_follow_the_suffixes() {
        for t in TITLE_SUFFIXES {
            assert!(t.chars().next_back().is_some_and(is_suffix_end), "{t}");
        }
    }

    #[test]
    fn key_starts_follow_the_keys() {
        for k in HEADER_KEYS {
            assert!(k.chars().next().is_some_and(is_key_start), "{k}");
        }
    }
}

/// The examples of this module's documentation, as unit tests (the module is
/// private, so rustdoc cannot compile them).
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
mod doc_examples {
    #[test]
    fn a_law_site_s_related_articles_field_is_chrome() {
        // l-tainan-county-letter-relaying-document-handling-manual-revision-ntpc-
        // interpretation-database-chapter-attachment-truncated in corpus/real: the field
        // over a letter's subject, one law a line; read before as a page of one article.
        let src = "發文日期: 民國 93 年 07 月 07 日\n相關法條 行政程序法 第 1 條\n訴願法 第 1 條\n個人資料保護法 第 33、34、35 條\n旨:\n修正手冊規定\n說    明:一、依據行政院函辦理。\n          二、檢附規定一份。\n";
        let doc = crate::parse(src);
        assert_eq!(crate::testing::top_nums(src), ["1", "2"], "{:#?}", doc.units);
        let debris: Vec<_> = doc.debris.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(debris, ["相關法條 行政程序法 第 1 條", "訴願法 第 1 條", "個人資料保護法 第 33、34、35 條"]);
        assert_eq!(doc.title, None);
        assert_eq!(crate::testing::round_trip(src), None);
        // The name alone heads a page of one article; a line citing a law in a sentence
        // is no field.
        use crate::parse::front::{cites_article, related_articles};
        assert!(!related_articles("相關法條"));
        assert!(!related_articles("相關法條 依地方制度法第2條辦理。"));
        assert!(!cites_article("依地方制度法 第 2 條"));
        assert!(cites_article("中華民國刑法 第 315-1 條"));
    }

    #[test]
    fn a_point_citing_a_law_s_article_at_its_line_end_is_no_law_name() {
        // l-yunlin-ethics-dept-selection-appraisal-committee-points-2016-rootlaw-bar-lines-
        // hard-wraps-truncated in corpus/real: the first point's line, hard-wrapped after
        // the article it cites, was read as a law's name over a page of article 15, and
        // all seven points became its paragraphs.
        let src = "一、本要點依公務人員陞遷法施行細則第七條、公務人員考績法第十五條\n規定訂定之。\n|\n二、本處為公開評審所屬政風人員之陞遷特設本委員會。\n|\n三、本委員會設委員七人。\n";
        let doc = crate::parse(src);
        assert_eq!(doc.kind, crate::DocKind::Directive);
        assert_eq!(crate::testing::top_nums(src), ["1", "2", "3"], "{:#?}", doc.units);
        assert_eq!(crate::testing::round_trip(src), None);
        // A law's name alone over the text still heads a page of one article.
        let page = "公務人員考績法 第 15 條\n各機關考績委員會之組織規程，由考試院定之。\n";
        assert_eq!(crate::testing::top_nums(page), ["15"]);
    }

    #[test]
    fn is_header_key() {
        assert!(crate::parse::is_header_key("修正日期"));
        assert!(!crate::parse::is_header_key("第一條"));
    }
    #[test]
    fn history_block() {
        let mut diags = Vec::new();
        let h = crate::parse::history_block(
            "1.中華民國七十九年十二月二十一日內政部（79）台內社字第 849335 號\r\n  令訂定發布全文 27 條\r\n2.中華民國八十八年十二月八日內政部（88）台內社字第 8814434  號令\r\n  修正發布第 3  條條文",
            &mut diags,
        );
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].action.as_deref(), Some("訂定"));
        assert_eq!(h[1].actions[0].units.iter().map(ToString::to_string).collect::<Vec<_>>(), vec!["3"]);
        assert!(diags.is_empty());
    }
}
