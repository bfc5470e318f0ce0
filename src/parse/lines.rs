//! Lines as users paste them: what is not text of the document comes off before the
//! structure is read, and is kept as debris.
//!
//! - page numbers of a PDF extraction (`- 3 -`, `第 2 頁`);
//! - decoration of a web page flattened to text: bullets and table bars before a marker
//!   (`- 一、`, `  • 第 8 條`, `| 三、… |`) and lines made only of them (`|`, `-`, `:::`);
//! - site chrome: navigation and tool links (`跳到主要內容區塊`, `列印`, `另存PDF`,
//!   `播放模式`, `快速回到頁首按鈕`), counters (`瀏覽數:1024`), print stamps (`列印時間:…`),
//!   pager links (`下一個 >`) and unrendered template placeholders (`{{ $t('FEZ003') }}`);
//! - the rest of the page after the last unit once chrome or an English footer came
//!   ([`page_tail`]).
//!
//! Every rule was met in published pages of the real-directive corpus (`corpus/real`):
//! bars between points in the pages of the Taipei City and county law systems, bullets in
//! the ministries' article views, chrome around every stored page.

use super::marks::Mark;
use crate::ast::{Debris, Span};
use crate::marker::Style;
use crate::normalize::{self, Line};

/// Characters that decorate a line of a flattened web page: list bullets and table bars.
pub(super) fn is_decoration(c: char) -> bool {
    is_bullet(c) || matches!(c, '|' | '｜' | '-' | '－' | '▪' | '►' | '▶' | '*' | '＊') || is_pictograph(c)
}

/// An emoji set before a point as its bullet (`🔹 一、管理分工`: s-tcu-drinking-fountain-
/// points-emoji-bullets-before-markers in corpus/real): the pictograph planes, and the
/// selector that asks for a character's emoji form.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0xFE0F)
}

/// `s` without a table's cell bar after it (`法規內文: |`).
pub(super) fn without_cell_bar(s: &str) -> &str {
    s.trim_end_matches(|ch: char| matches!(ch, '|' | '｜') || normalize::is_space(ch))
}

/// The bullets of an unnumbered list (`• 家境清寒`), one kind of decoration. All are
/// encoded from a 0xE2 lead byte but `・` (U+30FB).
pub(super) fn is_bullet(c: char) -> bool {
    // (`◦` rings a list's items under a point's lead-in: s-nkfust-semester-start-notice-
    // arabic-points-ring-bullets-js-chrome in corpus/real.)
    matches!(c, '•' | '・' | '‧' | '●' | '○' | '■' | '□' | '◆' | '◇' | '◦')
}

/// True for a label that is a bullet alone (`•`, `-`): one printed in a first point's
/// numeral's place (see `bullet_points` in the repair module).
pub(crate) fn is_bullet_label(text: &str) -> bool {
    matches!(text, "-" | "－") || text.chars().count() == 1 && text.starts_with(is_bullet)
}

/// Whole lines of site chrome (navigation, tool buttons) seen in published pages.
const CHROME: [&str; 90] = [
    ":::",
    "分享",
    "分享到",
    "跳到主要內容",
    "跳到主要內容區",
    "跳到主要內容區塊",
    "跳至主要內容",
    "跳至主要內容區",
    "跳转到内容",
    "列印",
    "友善列印",
    "另存PDF",
    "播放模式",
    "語音選擇",
    "手機睡眠",
    "回上頁",
    "回上一頁",
    // A news page's link back to its list (l-hsinchu-wufeng-township-holiday-garbage-
    // notice-points in corpus/real).
    "回列表",
    "回列表頁",
    // (l-new-taipei-xizhi-household-office-new-household-certificate-notice-points-
    // caption-lines-fields in corpus/real.)
    "回公告列表",
    // A law site's link back to its chapter index, where a chapter's heading would be
    // (c-dgbas-statistics-act-enforcement-rules-law-repost-article-labels-lost-bracket-
    // paragraph-marks-truncated in corpus/real).
    "回索引〉〉",
    "回上方",
    "回頁首",
    // (s-vghtpe-library-interlibrary-card-rules-dot-numerals in corpus/real.)
    "回到最上",
    "回首頁",
    "快速回到頁首按鈕",
    "網站導覽",
    "法規功能按鈕區",
    "Facebook Line Twitter",
    "Facebook(另開新視窗) PRINT",
    "PRINT",
    "登入成功",
    "所有條文",
    "歷史法規",
    "歷史法條",
    "歷史異動條文",
    "列印本頁",
    // A forum's header (c-wranb-shimen-reservoir-water-use-forum-numbered-history in
    // corpus/real).
    "會員登入",
    "搜尋",
    // A download link's caption over the title (s-ncyu-sports-grounds-rules-download-
    // caption in corpus/real).
    "檔案下載",
    // So in a city's page template, under the last point (l-taichung-epb-banner-flag-
    // advertising-ban-notice-points-paren-items-breadcrumb-metadata-bullets-truncated in
    // corpus/real).
    "檔案下載(或附件)",
    // A list of downloads under the text (s-tyhs-library-rules-fifteen-points-no-title
    // in corpus/real).
    "相關檔案",
    // (l-taichung-mortuary-letter-nested-html-list in corpus/real.)
    "相關附件",
    // The caption of a download table (l-kinmen-land-bureau-boundary-sop-parts-lists in
    // corpus/real).
    "附件檔案",
    // A school database's caption above the text (s-cmu-freshman-dorm-number-alone in
    // corpus/real).
    "內容",
    // A mainland document-sharing site's buttons over a preview (c-doh-infection-control-
    // inspection-rules-articles-doc-site-no-spaces in corpus/real).
    "下载本文档",
    "文档简介",
    // A download caption under a notice (l-kaohsiung-yanchao-shelter-notice-veterans-
    // home-page in corpus/real).
    "附件下載",
    // A view counter's caption alone, its number lost, over a page's share and captcha
    // widgets (s-tut-machine-room-access-points-simplified-chinese-paren-digit-items in
    // corpus/real).
    "瀏覽數",
    "浏览数",
    // A link back to the page's top (l-new-taipei-health-centre-ambulance-fee-table-
    // points-paren-items-cells-flattened-bulleted-notes in corpus/real).
    "gotop",
    "GoTop",
    // A page's caption over its links (l-new-taipei-sanzhi-district-disaster-community-
    // page-bulleted-fields-arabic-list in corpus/real).
    "相關連結",
    "相關連結:",
    // A law site's related-laws widget under each point, and its loading indicator
    // (l-hualien-public-land-led-urban-renewal-points-table-bars-related-laws-chrome-
    // items-lost, o-nhurc-rental-social-housing-entrusted-management-rules-articles-
    // related-laws-chrome-truncated in corpus/real).
    "相關法規",
    "讀取中...",
    "读取中...",
    "載入中...",
    "载入中...",
    // A library site's login and back-to-top links under the text (c-nlpi-misreturned-
    // books-points-blank-space-lines-chrome in corpus/real).
    "讀者登入",
    "回頂部",
    // A blog's tag caption and its pager (o-chunghwa-post-contract-staff-annual-review-
    // notice-blog-backup-spaced-paren-items, s-luoqing-es-health-centre-blog-je-
    // vaccination-notice-numerals-alone-on-lines-date-split-per-token in corpus/real).
    "Tags:",
    "較新的文章",
    "較舊的文章",
    // A download caption with its colon (s-yuntech-cross-school-course-notice-points-
    // paren-items-bracket-title-chrome in corpus/real).
    "附件檔案:",
    // Link captions and section names a page prints under the text (c-moe-campus-first-aid-
    // materials-fju-relay-points-paren-items, s-nycu-lab-chemical-reduction-paren-items-
    // only, o-tata-travel-association-letter-subsidy-fraud-table-bars-spaced-arabic-
    // numerals-paren-items (`公文 下載`), c-gio-film-market-show-grant-points-mainland-
    // relay-lost-point-numerals-paren-items, o-epochtimes-chianan-irrigation-association-
    // drought-decisions-simplified-points in corpus/real).
    "連結",
    "活動與新聞",
    "公文下載",
    "相關新聞",
    "圖片",
    "评论",
    // An attachment caption and the link back to the list under a notice (s-stust-ocee-
    // fee-waiver-notes-points-metadata-chrome), a blog's comment link (l-new-taipei-
    // kindergarten-general-entry-vacancies-blogger-relay-points-paren-arabic), a forum's
    // thread buttons (c-mohw-oral-preventive-care-notes-amendment-letter-cbes-relay-points-
    // paren-items-slider-chrome), an open-data page's rating widget (l-taoyuan-pet-
    // registration-notes-open-data-staging-page-points-one-line) and a school site's list
    // of popular notices (l-changhua-bicycle-safety-letter-fsjh-relay-lost-paren-numerals-
    // truncated, l-changhua-culture-bureau-poetry-call-esjh-post-points-blank-line-wrap-
    // inline-arabic-items) in corpus/real.
    "附檔:",
    "返回列表",
    "張貼留言",
    "發表者",
    "樹狀展開",
    "評分此資料集:",
    "近月內熱門公告",
    // A blog's comment count under a post, and its note on who may comment (s-stps-
    // academic-affairs-education-savings-account-notes-blog-arabic-items-paren-subitems,
    // o-school-cashier-blog-parking-fee-self-collected-receipts-steps-arabic-missing-5-
    // restarting-lists in corpus/real).
    "沒有留言:",
    "注意:只有此網誌的成員可以留言。",
    // A government site's feedback widget and its captcha under the text (c-doh-fda-site-
    // cosmetics-aha-ph-draft-notice-flattened-points-paren-items-one-line-qrcode-chrome;
    // c-moi-exemption-deferment-regulation-ukn-site-bare-article-numbers-jumps-blank-line-
    // wraps in corpus/real).
    "資訊內容對您是否有幫助:",
    "資訊內容對您是否有幫助",
    "驗證碼",
    "請輸入此驗證碼",
    "更換驗證碼",
    "請輸入圖形認證碼內之文字",
    // A law-notes site's empty notes widget under each article (c-motc-railway-
    // construction-maintenance-rules-article-150-bridge-inspection-lawplayer-text-
    // repeated-in-notes-chrome and six more in corpus/real), a township site's feedback
    // question (l-pingtung-township-elderly-housing-repair-grant-service-page-…) and a
    // film fund site's template link (c-bamid-next-feature-film-grant-points-excerpt-
    // taoyuan-film-fund-site-…).
    "這條法條還沒有人寫下共筆",
    "本頁對您有幫助嗎?",
    "本頁對您有幫助嗎？",
    "我是一個連結的展示",
];

/// Starts of notices that law systems print in the place of a table or above the text
/// (c-nfa-emergency-team-amended-notice, c-fnpa-integrity-council-amended in corpus/real).
const CHROME_NOTICES: [&str; 12] = [
    "(因條文排版無法完整呈現",
    "（因條文排版無法完整呈現",
    "法規資訊中央",
    // An editor's note of a law-reprint site (s-judicial-constitutional-court-seating-
    // articles in corpus/real).
    "【备注】",
    "【備註】",
    "【编注】",
    "【編註】",
    // (The same site's notices: c-doh-infection-control-inspection-rules-articles-doc-
    // site-no-spaces in corpus/real.)
    "免费预览已结束",
    "版权说明:本文档由用户提供并上传",
    // A site's footer (l-penghu-fireworks-night-parking-stalls-notice-local-news-arabic-
    // items in corpus/real; its copyright line is [`is_copyright_line`]'s).
    "隱私權保護政策",
    "隱私權政策",
    // A school site's footer with its address (`【校址】231319 新北市新店區三民路36號(位置圖)
    // |` after the points: l-new-taipei-social-epidemic-volunteers-video-letter-ccps-relay-
    // points in corpus/real).
    "【校址】",
];

/// Link texts of attachments, read as chrome after a bullet.
const ATTACHMENT_LINKS: [&str; 6] = ["附件", "附表", "附圖", "附件下載", "相關附件", "相關圖表"];

/// Counter and stamp prefixes: the line is chrome when the prefix is followed by a colon.
/// (`資料點閱次數:888`: c-mingde-prison-visits-letters-paren-top-level-indented in
/// corpus/real.) The first [`COUNTERS`] count a page's visits, and are chrome also with
/// their number alone after them ([`bare_counter`]); they come first, so that `點閱次數`
/// is found before the longer `資料點閱次數` it ends ([`counter_tail`]).
const CHROME_FIELDS: [&str; 20] = [
    "瀏覽數",
    "瀏覽人數",
    "瀏覽人次",
    "點閱數",
    "點閱次數",
    // (`瀏覽次數:` over its number: s-uch-added-course-fee-notice-points-arabic-paren-items
    // in corpus/real.)
    "瀏覽次數",
    "人氣",
    // A visitor counter (`參觀人數:56170`: o-neihu-sports-association-grant-application-
    // documents-paren-units-html-arabic-lists-truncated in corpus/real).
    "參觀人數",
    // A school template's post date (`張貼日期: 2024-10-27 10:10:35  點閱:576`).
    "張貼日期",
    "列印時間",
    "瀏覽路徑",
    "資料點閱次數",
    // A district office's page footer (`負責課室:民政課 負責人員:…`: l-taipei-datong-
    // district-typhoon-precautions-preamble-indented-arabic-list-closing-slogan in
    // corpus/real).
    "負責課室",
    "負責人員",
    // A city site's bulleted page fields under the text (`• 市府分類: 財政稅務`: l-taichung-
    // finance-bureau-faq-scrapped-property-points-paren-items-bulleted-fields in
    // corpus/real), a library site's footer (`維護單位:嘉義市政府文化局`: l-chiayi-city-
    // culture-bureau-library-loan-rules-markers-lost-after-two) and a news item's writer
    // (`撰稿人:危險物品管理科 …`: l-kaohsiung-fire-co-poisoning-five-musts-school-site-
    // repost-writer-line).
    "市府分類",
    "維護單位",
    "撰稿人",
    // A news item's editor (`編輯:賀晨曦`, `责任编辑:王愉悦`: the two news pages above).
    "編輯",
    "責任編輯",
    "责任编辑",
];

/// How many of [`CHROME_FIELDS`], from the first, are visit counters.
const COUNTERS: usize = 7;

/// Section labels of the law systems' pages (`法規內容:` before the text).
const SECTION_LABELS: [&str; 7] =
    ["法規內容", "法條內容", "條文內容", "圖表附件", "所有條文", "法規功能按鈕區", "法規內文"];

/// A section label before the first marker on its line, with its English name on a
/// bilingual page (`法規內文(Content) 一、…`: c-ocac-overseas-groups-bilingual-print in
/// corpus/real): where the text starts.
fn label_before_marker(c: &str) -> Option<usize> {
    let label = SECTION_LABELS.iter().find(|l| c.starts_with(*l))?;
    let mut rest = c.get(label.len()..)?;
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        if !inner.get(..close)?.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
            return None;
        }
        rest = inner.get(close + 1..)?;
    }
    let rest = rest.strip_prefix([':', '：']).unwrap_or(rest);
    let after = rest.trim_start_matches(normalize::is_space);
    crate::marker::marker(after)
        .is_some_and(|m| matches!(m.style, crate::marker::Style::CjkComma | crate::marker::Style::Article))
        .then_some(c.len() - after.len())
}

/// `s` after its leading decoration and spaces.
fn after_decoration(s: &str) -> &str {
    s.trim_start_matches(|ch: char| is_decoration(ch) || normalize::is_space(ch))
}

/// An amendment tag of a law system's "amended contents" view (`[修正]`, `[增訂]`), or
/// an attachment link (`[附表]`), possibly after a bullet.
fn tag_len(content: &str) -> Option<usize> {
    let t = after_decoration(content);
    let inner = t.strip_prefix(['[', '［'])?;
    let close = inner.find([']', '］'])?;
    let word = inner.get(..close)?;
    let bracket = inner.get(close..)?.chars().next()?.len_utf8();
    let open = t.chars().next()?.len_utf8();
    (word.chars().count() <= 4 && !word.is_empty()).then_some(content.len() - t.len() + open + close + bracket)
}

/// True for a character that starts a line of [`CHROME`], [`CHROME_FIELDS`],
/// [`SECTION_LABELS`], a tag or the script notice (a unit test keeps it in step).
fn is_chrome_start(c: char) -> bool {
    matches!(
        c,
        ':' | '跳'
            | '分'
            | '按'
            | '負'
            | '發'
            | '更'
            | '內'
            | '【'
            | '('
            | '（'
            | '北'
            | '行'
            | '自'
            | '委'
            | '列'
            | '友'
            | '另'
            | '播'
            | '語'
            | '手'
            | '回'
            | '快'
            | '網'
            | '法'
            | 'F'
            | 'P'
            | '登'
            | '所'
            | '歷'
            | '瀏'
            | '浏'
            | '讀'
            | '读'
            | '張'
            | '參'
            | '載'
            | '载'
            | 'g'
            | 'G'
            | '點'
            | '人'
            | '條'
            | '圖'
            | '您'
            | '期'
            | '檢'
            | '文'
            | '字'
            | '['
            | '［'
            | '{'
            | '會'
            | '搜'
            | '檔'
            | '相'
            | '免'
            | '版'
            | 'C'
            | '隱'
            | '附'
            | '資'
            | '驗'
            | '請'
            | '上'
            | '下'
            | '詳'
            | '<'
            | '«'
            | '這'
            | '本'
            | '我'
            | 'a'
            ..='z'
                | 'T'
                | 'Y'
                | '較'
                | '市'
                | '維'
                | '撰'
                | '連'
                | '活'
                | '公'
                | '评'
                | '編'
                | '責'
                | '责'
                | '返'
                | '樹'
                | '評'
                | '近'
                | '沒'
                | '注'
                | '最'
    )
}

/// Pager links of a news or content page (`下一個 >`, `« 上一則`, `詳細閱讀`:
/// s-ck-library-reading-rules-arabic-chrome in corpus/real), compared without their
/// arrows and spaces.
const PAGER: [&str; 9] = ["上一個", "下一個", "上一篇", "下一篇", "上一則", "下一則", "上一筆", "下一筆", "詳細閱讀"];

/// True for a table's row (a line with a cell's bar) whose cells, one at least, each hold
/// a word `is_word` accepts, spaces aside.
fn row_of(content: &str, is_word: impl Fn(&str) -> bool) -> bool {
    if !content.contains(['|', '｜']) {
        return false;
    }
    let mut cells =
        content.split(['|', '｜']).map(|w| w.trim_matches(normalize::is_space)).filter(|w| !w.is_empty()).peekable();
    cells.peek().is_some() && cells.all(is_word)
}

/// True for a pager link (see [`PAGER`]).
fn is_pager(content: &str) -> bool {
    // (A news list's pager in table cells, `| 上一則 | 回列表 | 下一則 |`: o-people-finder-
    // site-police-missing-person-report-procedure-paren-items-only-blank-lines in
    // corpus/real.)
    if content.len() <= 80 && row_of(content, |w| PAGER.contains(&w) || w == "回列表") {
        return true;
    }
    content.len() <= 32 && {
        let word =
            content.trim_matches(|c: char| matches!(c, '<' | '>' | '«' | '»' | '‹' | '›') || normalize::is_space(c));
        PAGER.contains(&word)
            // (A school template's pair of post links, `上一則公告 下一則公告`: ten files in
            // corpus/real, s-chash-health-centre-rules-points-second-run-arabic-truncated
            // among them.)
            || matches!(word, "上一則公告" | "下一則公告" | "上一則公告 下一則公告")
    }
}

/// The same template's line of a post's category and poster (`學生手冊 / 張貼者 訓育組長`).
fn posted_by(content: &str) -> bool {
    content.len() <= 64
        && content.split_once('/').is_some_and(|(category, rest)| {
            rest.trim_start_matches(normalize::is_space).starts_with("張貼者")
                && !category.trim().is_empty()
                && !category.contains(['。', '，', ','])
        })
}

/// An unrendered template placeholder of a page (`{{ $t('FEZ003') }}2023-03-02`:
/// c-k12ea-foreign-hk-macao-scholarship-school-repost in corpus/real): a line that opens
/// with `{{` and closes the placeholder with `}}` holds no text of the rule.
fn is_template(content: &str) -> bool {
    content.starts_with("{{") && content.contains("}}")
}

/// Fields of a law system's search form left under the text, compared with their spaces
/// folded away (`期  間 自民國 日 至`, `檢索字詞`: t-mol-job-redesign-plan-point6 in
/// corpus/real).
const SEARCH_FORM: [&str; 3] = ["期間自民國日至", "檢索字詞", "期間自民國年月日至民國年月日"];

fn is_search_form(content: &str) -> bool {
    content.len() <= 90 && {
        let folded: String = content.chars().filter(|c| !normalize::is_space(*c)).collect();
        SEARCH_FORM.contains(&folded.as_str())
    }
}

/// A page's text-size buttons (`文字-A A +A`, `字級:A A A`: t-ipcf-grants-peopo-part-
/// numerals-pdf-page; `字級大小:大 | 中(預設) | 小 | |`: s-nutn-distinguished-alumni-
/// selection-rules-flattened-articles-history-lines-truncated in corpus/real): a short
/// caption, then only `A`, `-`, `+` (or `大`, `中`, `小` with the default's note), cell
/// bars and spaces.
fn is_font_size_bar(content: &str) -> bool {
    let rest = ["文字", "字級大小", "字級", "字體大小", "字型大小", "字體"]
        .iter()
        .find_map(|w| content.strip_prefix(w))
        .map(|r| r.trim_start_matches([':', '：']));
    rest.is_some_and(|r| {
        let r = r.replace("(預設)", "").replace("（預設）", "");
        r.contains(['A', '中'])
            && r.chars().all(|c| {
                matches!(c, 'A' | 'a' | '-' | '+' | '－' | '＋' | '大' | '中' | '小' | '|' | '｜')
                    || normalize::is_space(c)
            })
    })
}

/// A page's help on printing or on the font size with the keyboard (`請利用鍵盤按住Ctrl + P
/// 開啟列印功能`, `IE6請利用鍵盤按住ALT鍵 + V → X → …`: c-cpc-consumer-law-faq-paren-top-
/// level-inline-arabic in corpus/real).
fn is_keyboard_help(content: &str) -> bool {
    content.contains("鍵盤") && (content.contains("Ctrl") || content.contains("ALT")) && content.contains("利用")
}

/// True for a line of site chrome.
/// A post's machine time stamp, after a short Latin caption if any (`Q&A 2018-04-10T17:08:
/// 06+08:00`: o-taoyuan-building-renovation-subsidy-qa-arcade-leveling-table-rows-arabic-
/// lists-truncated in corpus/real).
fn iso_stamp(content: &str) -> bool {
    let (caption, stamp) = content.rsplit_once(' ').unwrap_or(("", content));
    let b = stamp.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    caption.len() <= 12
        && caption.is_ascii()
        && b.len() >= 16
        && digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && b.get(10) == Some(&b'T')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && stamp
            .get(14..)
            .is_some_and(|t| t.bytes().all(|c| c.is_ascii_digit() || matches!(c, b':' | b'+' | b'-' | b'Z' | b'.')))
}

/// The words of a page's stamp of its last change (`最後更新日期:113/08/13`).
/// (`最後異動時間2019-07-08 上午 08:33:53` under a township's notice: l-yunlin-erlun-
/// township-cabbage-planting-registration-notice-points-lost-label-chrome in corpus/real.)
const UPDATE_STAMPS: [&str; 6] =
    ["最後更新日期", "最後修改日期", "最後異動日期", "最後更新時間", "最後修改時間", "最後異動時間"];

/// A page's stamp of its last change under the text written with no colon (with one, it
/// is a field of the page's metadata), its caption alone or with a date and at most a
/// link back after it (`最後更新日期111-05-04 回首頁`: c-nfa-taichung-harbour-fire-volunteer-
/// recruitment-points-flattened-paren-items-quoted-paragraphs-bulleted-contacts;
/// `最後更新日期` over the date: s-csmu-academic-ethics-office-rules-points-spaced-comma-
/// flattened-paren-items-update-date in corpus/real). No rule's text opens so.
/// So is a date with the word after it (`2025/11/26 更新` under the last point: c-nmns-
/// locker-rules-spaced-points-paren-comma-items-update-date-line in corpus/real).
fn update_stamp(content: &str) -> bool {
    if let Some(date) = content.strip_suffix("更新") {
        return date_stamp(date.trim_end_matches(normalize::is_space));
    }
    let Some(rest) = UPDATE_STAMPS.iter().find_map(|w| content.strip_prefix(w)) else { return false };
    let rest = rest.trim_start_matches(normalize::is_space);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = rest.get(digits..).unwrap_or_default();
    rest.is_empty()
        || ((2..=4).contains(&digits)
            && (tail.starts_with(['-', '/', '.', '年']))
            && rest.chars().count() <= 32
            && !rest.contains(['，', ',', '。', '；']))
}

/// A page's line of category, date and view counter between slashes (`資安專區 / 2025-02-14
/// / 點閱數: 1525`: s-tainan-cces-computer-classroom-rules-points-arabic-comma-items-
/// slider-chrome in corpus/real) or bars (`法規辦法 生教組 - 學生 | 2020-08-20 | 點閱數:
/// 1239`: s-csjhs-tainan-phone-rules-flattened-dot-points-arabic-items): its last part a
/// counter's field.
fn counter_path(content: &str) -> bool {
    content.len() <= SHORT_CHROME
        && content.rsplit_once(['/', '|']).is_some_and(|(_, last)| {
            chrome_field_value(last.trim_matches(normalize::is_space)).is_some_and(|n| {
                let n = n.trim();
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
            })
        })
}

/// A line of a law site's chapter index, a heading with the section sign and number of
/// its first article (`第二章 公務統計 §5`, over the chapters themselves or in their
/// place: c-mine-safety-act-articles-law-site-paragraph-marks-chapter-index-truncated in
/// corpus/real): a link, no heading of the text.
fn is_chapter_index(content: &str) -> bool {
    let Some((heading, number)) = content.rsplit_once('§') else { return false };
    let number = number.trim_matches(normalize::is_space);
    !number.is_empty()
        && number.len() <= 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && crate::marker::marker(heading.trim_end_matches(normalize::is_space))
            .is_some_and(|m| matches!(m.style, Style::Heading(_)))
}

/// True for a law system's note under an article: that no interpretive letter cites it
/// (c-coa-farm-disaster-recovery-loan-points-point-seven-history-page-bullet-metadata in
/// corpus/real), or that it has an attachment, the national law database's `本條文有附件`
/// (c-ntmofa-venue-fee-standard-2023-moj-law-page-heavy-chrome-attachment-note-line-
/// truncated on a line of its own; c-ntsec-fee-standard-2019-listenlaw-blog-copy-player-
/// chrome-attachment-note-glued-article before the next article's label, in corpus/real).
pub(super) fn law_note(content: &str) -> bool {
    matches!(content.trim_start_matches('※'), "查無相關函令" | "查無相關函釋" | "本條文有附件")
}

pub(super) fn is_chrome(content: &str) -> bool {
    if content.len() > 240 {
        return false;
    }
    // A table's cell bar after a caption (`法規內文: |`: l-yunlin-disaster-center-print-
    // paren-wraps in corpus/real) is no part of it.
    let content = without_cell_bar(content);
    if (content.as_bytes().contains(&b'/') && is_category_path(content))
        || is_breadcrumb(content)
        || ((content.ends_with("列印") || content.ends_with("print")) && is_tool_bar(content))
    {
        return true;
    }
    // The line without the bullet or dash before it, for the tests below that read an
    // item's own text.
    let bare = after_decoration(content);
    if image_caption(content)
        || image_file(content)
        || image_row(content)
        || category_tag(content)
        || goal_tag(bare)
        || qr_code_caption(content)
        || attachment_file(bare)
        || download_row(content)
        || download_link(content)
        || file_table_header(bare)
        || file_link(content)
        || slider_image(bare)
        || image_credit(content)
        || icon_caption(content)
        || is_skip_link(content)
        || widget_caption(bare)
        || is_page_numbers(content)
        || is_keyboard_help(content)
        || is_chapter_index(content)
        || counter_path(content)
        || iso_stamp(content)
        || update_stamp(bare)
        || signature_line(content)
        || content == TEMPLATE_CAPTION
        || posted_by(content)
        || post_stats(content)
        || law_note(content)
    {
        return true;
    }
    // A tool's caption over its help (`友善列印 :`, `字級設定 :`: c-cpc-consumer-law-faq-
    // paren-top-level-inline-arabic in corpus/real).
    if let Some(label) = content.strip_suffix([':', '：'])
        && matches!(label.trim_end_matches(normalize::is_space), "友善列印" | "字級設定" | "列印")
    {
        return true;
    }
    if is_copyright_line(content) {
        return true;
    }
    if script_note(content) {
        return true;
    }
    // Every rule below needs one of these first characters.
    let Some(first) = content.chars().next() else { return false };
    if !is_chrome_start(first) && !is_decoration(first) {
        return false;
    }
    if matches!(first, '發' | '更') && super::front::glued_date_field(content).is_some() {
        return true;
    }
    // The notice of a law system's one-article view, and its section caption.
    if CHROME_NOTICES.iter().any(|n| content.starts_with(n)) {
        return true;
    }
    if tag_len(content).is_some_and(|n| {
        content.get(n..).is_some_and(|r| r.chars().all(|ch| is_decoration(ch) || normalize::is_space(ch)))
    }) {
        return true;
    }
    if CHROME.contains(&content) || (matches!(first, '期' | '檢') && is_search_form(content)) {
        return true;
    }
    // A table's row of such captions, one to a cell (a forum's thread buttons `發表者 |
    // 樹狀展開 |` under the last point: l-taoyuan-staff-childcare-services-letter-school-
    // relay-subject-points-space-after-comma-table-chrome, s-ip-host-earthquake-drill-
    // notice-paren-items-table-bars-cut-start in corpus/real).
    if row_of(content, |c| CHROME.contains(&c)) {
        return true;
    }
    if is_region_anchor(content) {
        return true;
    }
    // Spaced as a page spreads a short heading (`內 容` over the text: s-tcu-page-teaching-
    // practice-base-call-english-glued-after-five in corpus/real).
    if content.len() <= 24 && content.contains(normalize::is_space) {
        let solid: String = content.chars().filter(|&c| !normalize::is_space(c)).collect();
        if solid.chars().all(normalize::is_ideograph) && CHROME.contains(&solid.as_str()) {
            return true;
        }
    }
    if is_pager(content) || is_template(content) || is_font_size_bar(content) {
        return true;
    }
    // An attachment link in a bulleted list of the page (`• 附件` between two points:
    // t-ey-agency-heads-leave-amended in corpus/real).
    if is_decoration(first) {
        let rest = after_decoration(content);
        // (Also a download table's row, `| 附加檔案 | 申請表.odt …`: l-changhua-special-ed-
        // cross-stage-placement-letter-table-flattened-points in corpus/real.)
        if ATTACHMENT_LINKS.contains(&rest) || rest.starts_with("附加檔案") {
            return true;
        }
    }
    let label = content.trim_end_matches([':', '：']);
    if label.len() < content.len() && SECTION_LABELS.contains(&label) || SECTION_LABELS.contains(&content) {
        return true;
    }
    // (In English too, the first line of many university pages' stored text: `Your
    // browser does not support JavaScript!` over s-nkfust-semester-start-notice-arabic-
    // points-ring-bullets-js-chrome and eleven more in corpus/real.)
    if content.starts_with("您的瀏覽器") && content.contains("JavaScript")
        || content.starts_with("Your browser does not support JavaScript")
    {
        return true;
    }
    if is_law_code(content) {
        return true;
    }
    // A law system's class of the rule (`行政規則:屬行政程序法第159條第2項第1款`).
    if RULE_CLASSES
        .iter()
        .any(|f| content.strip_prefix(f).is_some_and(|rest| rest.starts_with([':', '：']) && rest.contains('屬')))
    {
        return true;
    }
    // (Also in a bulleted block of the page's fields: `• 資料點閱次數:888`.)
    chrome_field_value(after_decoration(content)).is_some() || bare_counter(content)
}

/// A blog post's counters, each number before its word (`14 次查看0 則留言` under the text:
/// c-nia-overseas-student-arc-extension-notice-alumni-site-paren-points-arabic-wix-chrome
/// in corpus/real).
fn post_stats(content: &str) -> bool {
    const WORDS: [&str; 4] = ["次查看", "則留言", "次瀏覽", "則回應"];
    let mut rest = content;
    let mut counters = 0;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = rest.get(digits..).unwrap_or_default().trim_start_matches(normalize::is_space);
        let Some(word) = WORDS.iter().find(|w| after.starts_with(**w)) else { return false };
        if digits == 0 {
            return false;
        }
        rest = after.get(word.len()..).unwrap_or_default().trim_start_matches(normalize::is_space);
        counters += 1;
    }
    counters > 0
}

/// A page's counter with its number right after the word (`人氣177`: s-taoyuan-ip-host-cap-
/// exam-violation-points-notice-lost-first-points in corpus/real; `瀏覽人次 1,384`).
fn bare_counter(content: &str) -> bool {
    CHROME_FIELDS.iter().take(COUNTERS).any(|w| {
        content.strip_prefix(w).map(|n| n.trim_start_matches(normalize::is_space)).is_some_and(|n| {
            n.bytes().next().is_some_and(|b| b.is_ascii_digit()) && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
        })
    })
}

/// The value after one of [`CHROME_FIELDS`] and its colon opening `s`.
fn chrome_field_value(s: &str) -> Option<&str> {
    CHROME_FIELDS.iter().find_map(|f| s.strip_prefix(f)?.trim_start().strip_prefix([':', '：']))
}

/// A page's accessibility anchor naming a region of the page (`:::左側選單`, `:::右側選單`,
/// `::: 中央內容區`: l-newtaipei-riverside-hand-cycle-lending-notes-date-in-title-blank-line-
/// wraps-truncated in corpus/real).
fn is_region_anchor(content: &str) -> bool {
    let Some(name) = content.strip_prefix(":::") else { return false };
    let name = name.trim_matches(normalize::is_space);
    (2..=8).contains(&name.chars().count())
        && name.chars().all(normalize::is_ideograph)
        && ["選單", "區", "區塊", "內容", "導覽", "功能"].iter().any(|e| name.ends_with(e))
}

/// A site's copyright footer: `版權所有 新竹縣政府環境保護局 ©2020 All Rights Reserved`
/// (l-hsinchucounty-epb-scooter-grant-notice-lost-numerals in corpus/real), `Copyright ©
/// 澎湖日報 All rights reserved.`, `© 2024 vocus All rights reserved.`: a short line with
/// the sign or the English formula and no sentence of its own (a rule's text that speaks
/// of 版權所有 ends in `。`).
fn is_copyright_line(c: &str) -> bool {
    c.len() <= 200
        && !c.contains(['。', '；', ';'])
        && (c.contains('©') || c.to_ascii_lowercase().contains("all rights reserved"))
}

/// A site's copyright notice in words, a sentence or more (`本網站為農業部版權所有,所刊載之內容均受
/// 著作權法保護,歡迎連結使用。`: c-fisheries-research-institute-eel-stocking-report-reminder-two-
/// points-breadcrumb-footer-chrome; `© © 企業財庫網版權所有,請尊重智慧財產權,…`: o-caishen-company-
/// travel-expense-model-points-duplicated-tenth in corpus/real): 版權所有 with the site
/// speaking of itself, the sign, or a plea to respect it. A rule's own words on copyright
/// name no site.
fn site_copyright(c: &str) -> bool {
    c.contains("版權所有")
        && (c.contains("本網站")
            || c.contains('©')
            || c.contains("請尊重")
            || c.to_ascii_lowercase().contains("rights reserved"))
}

/// A school site's footer naming the allergens its lunches hold (`本校營養午餐有供應甲殼類、芒果、
/// 花生…等11種及其製品,不適合對其過敏體質者食用`), which the schools of a city print under every
/// page, under a relayed letter too (c-nstm-underwater-heritage-exhibition-letter-tainan-
/// school-relay-allergen-footer, c-moe-animal-adoption-platform-hces-relay-points-lunch-
/// allergy-lines in corpus/real). Read only after the last unit.
fn allergen_footer(c: &str) -> bool {
    c.starts_with("本校") && c.contains("午餐") && c.contains("過敏")
}

/// Classes of rules a law system prints before the class's legal basis.
const RULE_CLASSES: [&str; 5] = ["行政規則", "法規命令", "自治條例", "自治規則", "委辦規則"];

/// A city law system's code of a rule (`北市18-05-2001`): a short place name, then
/// numbers between dashes (l-taipei-housing-fund-procedure-ch1 in corpus/real).
fn is_law_code(c: &str) -> bool {
    let digits = c.trim_start_matches(normalize::is_ideograph);
    let place = c.len() - digits.len();
    (3..=9).contains(&place)
        && digits.len() >= 8
        && digits.split('-').count() == 3
        && digits.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Takes page debris, decoration and chrome out of `lines` (into `debris`), in place.
/// `pasted` is false for text built from open data, where only page debris is looked for.
pub(super) fn clean<'a>(lines: &mut Vec<Line<'a>>, debris: &mut Vec<Debris>, pasted: bool) {
    clean_page(lines, debris, &mut Vec::new(), pasted);
}

/// [`clean`], adding the line starts of the chrome lines taken out to `chrome`.
pub(super) fn clean_page<'a>(
    lines: &mut Vec<Line<'a>>,
    debris: &mut Vec<Debris>,
    chrome: &mut Vec<usize>,
    pasted: bool,
) {
    // Whether the page numbers a list of its own with `1. ` before plain text: then a list
    // number before a point marker (`  1. 一.教職員…` under `貳、`, after `  1. 本校…`
    // under `壹、`: s-taian-vs-network-notes-chapters-doubled-markers-excerpt in
    // corpus/real) is that list's number, not an anchor to drop.
    // (At the same indent: items `1. ` under a point set deeper are another list,
    // s-ntut-intl-agreement-notes.)
    let mut own_list: Vec<u32> = Vec::new();
    if pasted {
        for l in lines.iter().filter(|l| list_number_before_text(l.content)) {
            if !own_list.contains(&l.indent) && own_list.len() < 8 {
                own_list.push(l.indent);
            }
        }
    }
    let ordered = if pasted { ordered_list_run(lines) } else { Vec::new() };
    // In place: lines kept are moved down over the ones dropped.
    let mut kept = 0;
    for i in 0..lines.len() {
        let Some(&l) = lines.get(i) else { break };
        let c = l.content;
        // A line copied twice in a row (a wrapped line repeated by the page's markup:
        // s-hpjh-campus-opening-rules-repeated-line in corpus/real) is text once.
        if pasted && kept > 0 && lines.get(kept - 1).is_some_and(|p| p.content == c) && repeated_text(c) {
            debris.push(line_debris(&l));
            continue;
        }
        if plain_line(c) {
            if let Some(slot) = lines.get_mut(kept) {
                *slot = l;
            }
            kept += 1;
            continue;
        }
        let page_debris = normalize::is_page_debris(c);
        let page_chrome = !page_debris && pasted && is_chrome(c);
        if page_chrome {
            chrome.push(l.start);
        }
        let drop = page_debris
            || page_chrome
            || (pasted
                && (is_page_anchor(c, lines.get(i + 1))
                    || (c.len() <= 64 && c.chars().all(|ch| is_decoration(ch) || normalize::is_space(ch)))
                    // (A Markdown heading's marks left alone on a line, `##` under the last
                    // point: s-chihlee-document-section-mail-reminders-points-hash-line in
                    // corpus/real.)
                    || (c.len() <= 6 && c.bytes().all(|b| b == b'#'))
                    // A line of nothing but anti-copy noise (`5 F( G- W) X9 I, R<P> </P>`:
                    // s-taichung-port-breakwater-fishing-plan-forum-tags-scramble in
                    // corpus/real), as it comes off before text on a line of its own.
                    || ascii_noise(c) == Some(c.len())
                    // So is a line of literal HTML tags alone (`<P> </P>` between the points
                    // of the same page).
                    || tags_only(c)));
        if drop {
            debris.push(line_debris(&l));
            continue;
        }
        let l = if pasted {
            strip_decoration(l, own_list.contains(&l.indent), ordered.binary_search(&i).is_ok(), debris)
        } else {
            l
        };
        if let Some(slot) = lines.get_mut(kept) {
            *slot = l;
        }
        kept += 1;
    }
    lines.truncate(kept);
}

/// Where the page after the last unit begins: the first line after the last line that
/// opens a unit (`unit_style`) which follows a chrome line taken out (`chrome`: line
/// starts, sorted) or which holds only Latin text in a page with no such line before
/// (a site footer: `Links booklink`, l-hualien-scholarship-forum-repost; a pager and a
/// teaser, s-ck-library-reading-rules-arabic-chrome in corpus/real). `body.len()` when
/// the page ends with the text. A bilingual page, whose English lines come throughout,
/// is left alone.
pub(super) fn page_tail(body: &[Line<'_>], marks: &[Option<Mark>], chrome: &[usize], unit_style: Style) -> usize {
    // (A unit of an English version after the text is no unit of the text: `1. To make
    // the selection…` under `Notice of Course Selection`, s-ncut-course-selection-notes-
    // arabic-points-nested-lists-caption-mid-list-english-list-restart-truncated in
    // corpus/real, as the clean text runs the caption and the item into one line.)
    let Some(last) = marks
        .iter()
        .zip(body)
        .rposition(|(m, l)| m.is_some_and(|m| m.style == unit_style) && !is_latin_only(l.content))
    else {
        return body.len();
    };
    // Asked at most once: whether English lines come before the last unit.
    let mut bilingual = None;
    // Lines before this one are Latin lines a marked line comes after: each run is
    // scanned once.
    let mut list_until = 0;
    for k in last + 1..body.len() {
        let (Some(prev), Some(l)) = (body.get(k - 1), body.get(k)) else { break };
        let i = chrome.partition_point(|&at| at <= prev.start);
        let after_chrome = chrome.get(i).is_some_and(|&at| at < l.start);
        // (A link alone on its line under an item that announces it, `1、「校園著作權」專區:`
        // then `https://…`, is the item's text: s-nuk-copyright-letter-relay-items-urls in
        // corpus/real.)
        // (Nor one the list goes on after, `…郵寄申請單.pdf或連結如下)。` over `https://…` over
        // `(二)郵件整理:…`: s-isu-registered-mail-rules-point-paren-items-url-lines-arabic-
        // comma-list in corpus/real.)
        const LINK_LOOKAHEAD: usize = 2;
        let link = l.content.starts_with("http")
            && (prev.final_char.is_some_and(|c| matches!(c, ':' | '：'))
                || marks.iter().skip(k + 1).take(LINK_LOOKAHEAD).any(Option::is_some));
        // (Nor Latin lines the text's list goes on after, a list of coordinates under an
        // item: `A(120°09'49.48733",22°59'54.18576"),` … `D(…)。` over `(三)上述…`,
        // l-tainan-canal-water-recreation-limit-notice-basis-one-point-paren-items-
        // coordinate-lines in corpus/real.)
        let mut list_goes_on = || {
            if k < list_until {
                return true;
            }
            let latin = |l: &Line<'_>| is_latin_only(l.content.trim_end_matches(['。', '，', '；', '、']));
            let next = body.iter().skip(k).position(|l| !latin(l)).map_or(body.len(), |j| k + j);
            let goes_on = marks.get(next).is_some_and(Option::is_some);
            if goes_on {
                list_until = next;
            }
            goes_on
        };
        if after_chrome
            || (is_latin_only(l.content)
                && !link
                && !*bilingual.get_or_insert_with(|| body.iter().take(last).any(|l| is_latin_only(l.content)))
                && !list_goes_on())
        {
            return k;
        }
    }
    body.len()
}

/// The English version of a text's units in the page after them (`tail`, from
/// [`page_tail`]): a run of Latin lines numbered `1.`, `2.`, … in one style, each with
/// the Latin lines under it, after the Chinese units it translates (`1. Payment Deadline:
/// …` under `1. 繳費期限:…`–`7.`: s-ntnu-aa-registration-payment-notes-bilingual-arabic-
/// lists; `1. According to the Nursing Mothers law…`: o-yangmei-sports-centre-
/// breastfeeding-room-rules-intro-html-list-english-list-truncated; after `Subject:` and
/// `Description:`, which stay the page's: s-tku-ocac-youth-overseas-emissary-relay-points-
/// signature-english-version-truncated in corpus/real). Each entry: the number and the
/// lines it spans, each entry's lines right after the one before. Empty unless two
/// entries or more open with a sentence's words.
pub(super) fn english_version(tail: &[Line<'_>], marks: &[Option<Mark>]) -> Vec<(u32, std::ops::Range<usize>)> {
    const MIN_WORDS: usize = 3;
    let opens = |k: usize, n: u32, style: Option<Style>| {
        let (Some(l), Some(Some(m))) = (tail.get(k), marks.get(k)) else { return false };
        (m.num, m.sub) == (n, None)
            && style.is_none_or(|s| s == m.style)
            && is_latin_only(l.content)
            && l.content.get(m.rest_start as usize..).is_some_and(|r| r.split_whitespace().count() >= MIN_WORDS)
    };
    let Some(first) = (0..tail.len()).find(|&k| opens(k, 1, None)) else { return Vec::new() };
    let style = marks.get(first).copied().flatten().map(|m| m.style);
    let mut out: Vec<(u32, std::ops::Range<usize>)> = vec![(1, first..first + 1)];
    for k in first + 1..tail.len() {
        let Some((n, range)) = out.last_mut() else { break };
        let next = *n + 1;
        if opens(k, next, style) {
            out.push((next, k..k + 1));
        } else if tail.get(k).is_some_and(|l| is_latin_only(l.content)) {
            range.end = k + 1;
        } else {
            break;
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The closing block after the last unit (`unit_style`) of `body`: where an attachment
/// list starts (`附件:112學年度書卷獎學金申請表`, s-nhu-book-award-scholarship-paren-dot in
/// corpus/real), read as an appendix, and where the lines that are no text at all start;
/// `body.len()` for either when there is none. No text are:
/// - an opening bracket alone on the last line: a stored copy cut off as the next item
///   began (l-taoyuan-funeral-facilities-paragraphs-one-line, s-hpjh-campus-opening-
///   rules-repeated-line);
/// - a notice set apart by a blank line that closes the page and that no marker follows
///   (`※如申請補助者為公職人員…`, the notice grant pages carry: l-tungshiau-temple-grant-
///   notice-arabic-items, l-tainan-epb-air-quality-grants-notice), or after `△` or `◎`
///   (`△花火節施放日開放…`, a newspaper's note under a county notice: l-penghu-fireworks-
///   night-parking-stalls-notice-local-news-arabic-items), `▲` or `★` (`★相關網址1:…`:
///   s-wnvs-qingbao-low-income-scholarship-notice-points-paren-arabic-items-field-chrome).
pub(super) fn closing(body: &[Line<'_>], marks: &[Option<Mark>], unit_style: Style) -> (usize, usize) {
    let n = body.len();
    let Some(last) = marks.iter().rposition(|m| m.is_some_and(|m| m.style == unit_style)) else {
        return (n, n);
    };
    let mut end = n;
    if end > last + 1 && body.get(end - 1).is_some_and(|l| is_lone_opening(l.content)) {
        end -= 1;
    }
    let prev = |k: usize| k.checked_sub(1).and_then(|j| body.get(j));
    let set_apart = |k: usize| set_apart(body, k);
    // No marker from line `k` to `end`, told from the last marker before `end`, found once
    // so that the searches below stay linear. (It stays the last one when `end` moves up
    // to a notice below: no marker stands from there on.)
    let marked = marks.get(..end).and_then(|m| m.iter().rposition(Option::is_some));
    let unmarked_from = |k: usize| marked.is_none_or(|j| k > j);
    // (Not under a lead-in's colon, where such marks set off the point's own notes.)
    let after_colon = |k: usize| prev(k).is_some_and(|p| matches!(p.final_char, Some(':' | '：')));
    // A question read as the last unit, asked again in another language (`Q3:` twice:
    // s-ntue-mandarin-summer-camp-faq-bilingual-questions-truncated in corpus/real).
    let last_question =
        marks.get(last).and_then(Option::as_ref).filter(|m| m.written == Some(crate::LabelStyle::Other)).map(|m| m.num);
    let repeats_last = |c: &str| last_question.is_some_and(|n| super::qa::qa_label(c).is_some_and(|(_, k, _)| k == n));
    if let Some(k) = (last + 1..end).find(|&k| {
        body.get(k).is_some_and(|l| l.content.starts_with(['※', '△', '◎', '▲', '★']))
            && set_apart(k)
            && !after_colon(k)
            && unmarked_from(k)
    }) {
        end = k;
    }
    if let Some(k) = leftover_after_blank(body, marks, unit_style, last, end, &unmarked_from) {
        end = k;
    }
    // A site's copyright notice and the footer under it; a school site's notice of the
    // allergens its lunches hold, which its every page prints.
    if let Some(k) = (last + 1..end).find(|&k| {
        body.get(k).is_some_and(|l| site_copyright(l.content) || allergen_footer(l.content)) && unmarked_from(k)
    }) {
        end = k;
    }
    // Where the contact lines that close the text start: with a notice's posting fields
    // among them, the units named over those too.
    // (Over an attachments caption that closes the page with nothing under it, `附加檔案`
    // under `聯繫人:…分機:2343。`: s-isu-registered-mail-rules-point-paren-items-url-lines-
    // arabic-comma-list in corpus/real.)
    let tail =
        if end > last + 1 && body.get(end - 1).is_some_and(|l| attachment_caption(l.content)) { end - 1 } else { end };
    let block_from = |field: &dyn Fn(&str) -> bool| {
        tail - body.get(..tail).map_or(0, |ls| ls.iter().rev().take_while(|l| field(l.content)).count())
    };
    let posted = |c: &str| contact_field(c) || posting_field(c, &POSTED_BY);
    let contact_from = block_from(&posted);
    let contact_from =
        if body.get(contact_from..tail).is_some_and(|ls| ls.iter().any(|l| posting_field(l.content, &POSTED_BY))) {
            block_from(&|c| posted(c) || posting_field(c, &POSTING_UNITS))
        } else {
            contact_from
        };
    // The marks the page set before the captions of its sections above the last unit
    // (`◆申請人資格:` and `◆應繳證件及注意事項` over their lists): a line after the last
    // unit so marked is the page's next section (`◆申請期限:三十日內`: l-tainan-guantian-
    // household-office-address-change-arabic-lists-restarting-diamond-captions in
    // corpus/real), no text of that unit. (A few signs; one pass over the text above.)
    let mut signs: Vec<char> = Vec::new();
    for (l, m) in body.iter().zip(marks).take(last) {
        // (Not a reference mark, which sets off a unit's notes as much as a caption:
        // s-yuntech-property-inventory-notice-paren-steps-reference-marks.)
        if let Some(c) = l.content.chars().next().filter(|&c| super::outline::CAPTION_SIGNS.contains(&c) && c != '※')
            && m.is_none()
            && !signs.contains(&c)
        {
            signs.push(c);
        }
    }
    let page_section = |c: &str| c.chars().next().is_some_and(|ch| signs.contains(&ch));
    let appendix = (last + 1..end)
        .find(|&k| {
            let ends = prev(k).is_some_and(|p| p.ends_sentence);
            // (Not after a lead-in's colon: `二、聯絡窗口:` over `教務處註冊組`.)
            let full_stop =
                |k: usize| prev(k).is_some_and(|p| matches!(p.final_char, Some('。' | '！' | '？' | '!' | '?')));
            // (A caption only after a finished sentence, judged without blank lines, so that
            // the clean text, which has none, reads back the same.)
            body.get(k).is_some_and(|l| {
                (is_appendix_line(l.content) && (set_apart(k) || ends))
                    || (closing_caption(l.content) && full_stop(k) && unmarked_from(k))
                    || (bracket_caption(l.content) && unmarked_from(k) && !after_colon(k))
                    || (question_label(l.content) && unmarked_from(k) && !repeats_last(l.content))
                    || (full_stop(k) && k >= contact_from)
                    || (page_section(l.content) && unmarked_from(k))
            })
        })
        .unwrap_or(end);
    (appendix, end)
}

/// True when a blank line stands between line `k` of `body` and the line before it.
fn set_apart(body: &[Line<'_>], k: usize) -> bool {
    match (k.checked_sub(1).and_then(|j| body.get(j)), body.get(k)) {
        (Some(p), Some(l)) => l.number > p.number + 1,
        _ => false,
    }
}

/// The first of the page's leftovers after the last unit (at `last`) of a text whose units
/// run on without blank lines: a block of lines set apart by a blank line after a finished
/// sentence, that ends no sentence itself and after which no marker comes, up to `end` (a date,
/// `2017-11-03`: l-changkang-township-office-citrus-grading-relay-two-points-heading-twice-
/// date; a counter, `人氣177`: s-taoyuan-ip-host-cap-exam-violation-points; a site's stamp,
/// `發布時間: 2023-09-22 09:50`: c-k12-student-council-president-eligibility-letter-yljh-relay-
/// chrome-inline-items; a link's caption: s-mcu-campus-snake-season-notice-bilingual-paren-
/// items in corpus/real). A last unit's own further paragraph is a sentence, and it keeps
/// to the text's spacing.
fn leftover_after_blank(
    body: &[Line<'_>],
    marks: &[Option<Mark>],
    unit_style: Style,
    last: usize,
    end: usize,
    unmarked_from: &impl Fn(usize) -> bool,
) -> Option<usize> {
    // (Units over a few lines at least, nearly all of them without a blank line between.)
    const MIN_LINES: usize = 3;
    const MAX_BLANK_SHARE: usize = 4;
    let first = marks.iter().position(|m| m.is_some_and(|m| m.style == unit_style))?;
    let set_apart = |k: usize| set_apart(body, k);
    let k = (last + 1..end).find(|&k| set_apart(k))?;
    let prev = body.get(k - 1)?;
    // (Its block's last line, as a hard-wrapped paragraph ends its sentence on the last:
    // `常備役體位役男因前項各款以外情形,家庭發` over `經報請內政部核定者,得申請服補充兵役。`, l-taichung-
    // daan-district-supplementary-service-faq-points-hard-wraps-paragraphs-truncated.)
    let block_end = (k + 1..end).find(|&j| set_apart(j)).unwrap_or(end);
    let block = body.get(k..block_end)?;
    let lines = k - first;
    let blanks = (first + 1..k).filter(|&j| set_apart(j)).count();
    let single_spaced = lines >= MIN_LINES && blanks * MAX_BLANK_SHARE < lines;
    ((single_spaced || block.iter().all(|l| date_stamp(l.content)))
        && matches!(prev.final_char, Some('。' | '！' | '？' | '!' | '?'))
        && !block.iter().any(|l| l.ends_sentence)
        && unmarked_from(k))
    .then_some(k)
}

/// A page's date alone on its line, Western and by digits, a time after it if any
/// (`2017-11-03`: l-changkang-township-office-citrus-grading-relay-two-points-heading-
/// twice-date in corpus/real; `2023/09/22 09:50`).
fn date_stamp(c: &str) -> bool {
    let (date, time) = c.split_once(' ').unwrap_or((c, ""));
    super::front::is_post_date(date) && time.trim().bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// A question's label opening a line (`Q3:為了配合電子公文交換,…`, `Q2:如何規劃…`): after
/// the last unit, the next question of a Q&A page, whose answer belongs to no unit
/// (s-mcu-secretariat-e-document-qa-points-space-lines-truncated, c-naer-archives-
/// transfer-qa-ans-labels-arabic-answers-js-chrome-truncated in corpus/real).
fn question_label(c: &str) -> bool {
    super::qa::qa_label(c).is_some_and(|(letter, _, _)| letter == 'Q')
}

/// A page's section caption in lenticular brackets opening a line after the last unit
/// (`【聯絡電話】(06)7942104` after the last item: l-tainan-jiangjun-fallow-application-
/// bracket-captions-arabic-comma-items-paren-dates; `【實施場所】消防法施行細則第13條…` after
/// item 12: o-fire-training-org-fire-prevention-manager-duties-bracket-captions-arabic-
/// list-truncated in corpus/real): a section of the page, no text of that unit, though the
/// line before ends no sentence.
fn bracket_caption(c: &str) -> bool {
    let Some(inner) = c.strip_prefix('【') else { return false };
    let Some(close) = inner.find('】') else { return false };
    let name = inner.get(..close).unwrap_or_default();
    // (Not before a marker run into its line, `【社團指導老師】一、經公告…`, as the clean text
    // writes a caption over its numbered line: s-pu-new-club-howto-page-bracket-captions-
    // points-restarting in corpus/real.)
    let after = inner.get(close + '】'.len_utf8()..).unwrap_or_default().trim_start_matches(normalize::is_space);
    (2..=10).contains(&name.chars().count())
        && name.chars().all(normalize::is_ideograph)
        && !crate::marker::marker(after).is_some_and(|m| m.rest.starts_with(normalize::is_ideograph))
}

/// A section's caption after the last unit, over text that belongs to no unit: a short
/// name of ideographs, no marker, none of the particles a clause holds (`罰則`:
/// l-keelung-fire-equipment-inspection-points-arabic-items-sections; `回收區隊電話表`:
/// l-taichung-epb-bulky-waste-notes-one-paragraph; `個人資料保護實施情形`: s-ecpay-
/// personal-data-policy-arabic-list-then-prose in corpus/real). A request or a cut-off
/// sentence without its final stop (`如預申請請向資訊組提出繳交申請書`, `申請人檢附之資料
/// 如未`) is no caption.
/// (Judged without spaces, as the clean text writes it folded: `教研處研究發展組 敬上`.)
/// A colon may close it and a slash join two names (`需檢附資料:` after the last point:
/// s-stust-teacher-education-tutoring-service-notes-caption-points-trailing-caption;
/// `附件連結/檔案` over a page's files: l-miaoli-county-columbarium-ad-correction-notice-
/// tongxiao-relay-points-attachment-list in corpus/real).
fn closing_caption(c: &str) -> bool {
    let c = c.trim_end_matches([':', '：']);
    let n = c.chars().filter(|&ch| !normalize::is_space(ch)).count();
    (2..=16).contains(&n)
        && c.chars().all(|ch| normalize::is_ideograph(ch) || normalize::is_space(ch) || ch == '/')
        && !c.contains([
            '之', '如', '請', '應', '得', '未', '者', '於', '向', '為', '及', '或', '須', '並', '由', '將', '已', '可',
            '不', '與', '的',
        ])
        // (Nor a paragraph cut off as it cites another: `前項檔案危害`, c-archives-custody-
        // points-vocational-school-page-lost-numerals-blank-wraps in corpus/real.)
        && !c.starts_with('前')
        // (`事項` names matters, no paragraph: `確認己閱讀注意事項`, a form's checkbox under
        // the last item, l-taipei-education-bureau-digital-student-id-loss-report-notes-
        // arabic-numbers-alone-on-lines in corpus/real.)
        && !c.split("事項").any(|part| part.contains(['項', '條', '款']))
        && crate::marker::marker(c).is_none()
}

/// A contact line closing a page: `地址:臺北市中正區館前路465`, `電話:(02)2348-3184` (c-landbank-
/// recusal-application-notice-arabic-comma-items in corpus/real). A block of such lines
/// to the end of the text, after the last unit's full stop, is the issuer's address, not
/// a paragraph of that unit; under a lead-in's colon (`聯絡窗口:`) it stays the unit's text.
fn contact_field(c: &str) -> bool {
    // The longest key naming whom to call, in characters (`能源局發言人`).
    const PERSON_KEY_CHARS: usize = 8;
    // (Also as an item of a bulleted list, `• 聯絡電話:9271839` over `• 電子信箱:…`: l-penghu-
    // police-guard-duty-clarification-bulleted-fields-bullet-before-first-point-indented-
    // wraps in corpus/real; and an e-mail address alone under the telephone's line,
    // `聯繫方式: 04-22183428` over `ord3429@gm.ntcu.edu.tw`: s-ntcu-ord-english-test-progress-
    // award-points-dotted-paren-items-contact-truncated.)
    let c = after_decoration(c);
    if email_address(c) {
        return true;
    }
    let Some((key, value)) = field(c) else { return false };
    // (Also whom to call, `聯絡人:`, `承辦人:`, `能源局發言人:` (c-moea-energy-bureau-lunar-new-
    // year-electricity-safety-news-caption-points-chrome-truncated), and a line to book on,
    // `來電預約專線:` (o-taipei-ch-hospital-flu-vaccine-second-phase-points-dash-bullets-
    // phone-line) in corpus/real.)
    // (A key of words only: not a lost item's `()第三層發言人:`, l-yilan-news-handling-lost-
    // numerals in corpus/real; and a value with no cell's bar: not a line the next
    // question's cells ran into, `承辦人:謝小姐校內分機:50340 Q-5 |如因故…`, as the clean text
    // of s-ncku-assistance-student-leave-qa-dash-q-labels-table-bars-arabic-lists-contact-
    // lines-truncated in corpus/real writes it.)
    let person = key.chars().count() <= PERSON_KEY_CHARS
        && key.chars().all(normalize::is_ideograph)
        && !value.contains('|')
        && ["聯絡人", "連絡人", "聯繫人", "承辦人", "發言人", "專線"].iter().any(|k| key.ends_with(k));
    (person
        || matches!(
            key.as_str(),
            "地址"
                | "電話"
                | "聯絡電話"
                | "連絡電話"
                // (An extension's number, `連絡分機: 2800` under `連絡人: 林小姐`: l-new-
                // taipei-kindergarten-meal-nutrition-standard-notice-kidedu-arabic-space-
                // points-inline-cited-markers in corpus/real.)
                | "分機"
                | "聯絡分機"
                | "連絡分機"
                | "聯繫方式"
                | "聯絡方式"
                | "連絡方式"
                | "傳真"
                | "傳真號碼"
                | "電子郵件"
                | "電子信箱"
                | "E-mail"
                | "Email"
                | "e-mail"
        ))
        && !value.is_empty()
}

/// The fields a bulletin board prints under a notice it posted: who posted it and when
/// (`發布者: 吳怡靜`, `公告時間: 2014-04-14 16:00:00`, `最後修改: …` under the last point,
/// after `主辦單位: 本府教育處`, `承辦單位: 社教科` and the telephone and fax: l-hualien-
/// education-dept-adult-basic-education-grant-notice-bulletin-chrome-spaced-markers in
/// corpus/real). With them, the units named ([`POSTING_UNITS`]) close the text too;
/// without, `主辦單位:…` is a rule's own text (an event's general rules name its
/// organisers so: o-nantou-sports-federation-all-people-cup-general-rules-article-
/// captions-excerpt-truncated).
const POSTED_BY: [&str; 9] =
    ["發布者", "發布人", "公告時間", "發布時間", "公告日期", "發布日期", "最後修改", "更新時間", "更新日期"];

/// The units a notice's posting fields name (see [`POSTED_BY`]).
const POSTING_UNITS: [&str; 4] = ["主辦單位", "承辦單位", "發布單位", "公告單位"];

/// True for a field `key: value` whose key (spaces aside) is one of `keys`, with a value.
fn posting_field(c: &str, keys: &[&str]) -> bool {
    field(c)
        .is_some_and(|(key, value)| keys.contains(&key.as_str()) && !value.trim_matches(normalize::is_space).is_empty())
}

/// An e-mail address alone on its line (`ord3429@gm.ntcu.edu.tw`): a local part and a
/// dotted domain of ASCII letters, digits and `._-`.
fn email_address(c: &str) -> bool {
    let Some((local, domain)) = c.split_once('@') else { return false };
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    plain(local) && plain(domain) && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

/// A line read as a field closing a page, `key: value` split at its first colon: the key
/// without its spaces (`傳 真` reads `傳真`), and the value as written.
fn field(c: &str) -> Option<(String, &str)> {
    let (key, value) = c.split_once([':', '：'])?;
    Some((key.chars().filter(|&ch| !normalize::is_space(ch)).collect(), value))
}

/// A line long enough that a copy of it right after it can only be a slip: eight
/// characters or more, Chinese, no marker (two list items may read alike), and not a
/// whole sentence (a text may say one thing twice; its clean text then shows it twice).
fn repeated_text(c: &str) -> bool {
    c.chars().nth(7).is_some()
        && c.chars().any(normalize::is_ideograph)
        && !c.ends_with(['。', '；', '.', ';'])
        && crate::marker::marker(c).is_none()
}

/// `(` or `（` alone, or with a numeral and no closing bracket (`(二`: c-chunghwa-post-
/// museum-stamp-show-points-forum-repost in corpus/real): a cut-off item label.
fn is_lone_opening(c: &str) -> bool {
    let Some(rest) = c.strip_prefix(['(', '（']) else { return false };
    let rest = rest.trim_matches(normalize::is_space);
    rest.chars().count() <= 3 && rest.chars().all(|ch| ch.is_ascii_digit() || crate::numeral::is_cjk_numeral_char(ch))
}

/// `附件`, `附件一：申請表`, `附表2 收費標準`, `附件:…`: a line that names an attachment, not a
/// sentence that starts with the word (`附件所列…`).
pub(super) fn is_appendix_line(c: &str) -> bool {
    appendix_label_len(c).is_some()
}

/// The length of an attachment line's label (`附件`, `附表二`), when it is one.
fn appendix_label_len(c: &str) -> Option<usize> {
    // (`相關附件:` over a page's files: l-hsinchu-city-hakka-certification-award-plan-lead-
    // paragraph-chrome in corpus/real.)
    let rest = c.strip_prefix("相關").unwrap_or(c);
    let rest = rest.strip_prefix("附件").or_else(|| rest.strip_prefix("附表"))?;
    let rest = rest.trim_start_matches(|ch: char| ch.is_ascii_digit() || "一二三四五六七八九十".contains(ch));
    (rest.is_empty() || rest.starts_with([':', '：', ' ', '\u{3000}', '(', '（', '、', '-', '.']))
        .then_some(c.len() - rest.len())
}

/// An attachment line's clean text: folded, but with one space kept after its label
/// where a space set the label apart (`附件  以上資訊與附件,…`: c-nstc-research-staff-
/// notes-point-four-amendment-hospital-relay-duplicated in corpus/real), so that the
/// clean text reads back as an attachment line.
pub(super) fn appendix_text(c: &str) -> String {
    let Some(n) = appendix_label_len(c) else { return normalize::folded(c) };
    let (label, rest) = c.split_at(n);
    if !rest.starts_with(normalize::is_space) {
        return normalize::folded(c);
    }
    let mut out = normalize::folded(label);
    let rest = normalize::folded(rest.trim_start_matches(normalize::is_space));
    if !rest.is_empty() {
        out.push(' ');
        out.push_str(&rest);
    }
    out
}

/// True for a line of Latin text with no Chinese character (a site's English footer).
fn is_latin_only(c: &str) -> bool {
    c.bytes().any(|b| b.is_ascii_alphabetic()) && c.chars().all(|ch| ch < '\u{2E80}')
}

/// A whole line kept as debris.
pub(super) fn line_debris(l: &Line<'_>) -> Debris {
    Debris { text: l.content.to_string(), span: Span(l.content_start, l.content_end()) }
}

/// True for a line none of the rules can touch: it starts with an ideograph that starts
/// no chrome and no page number (`第 2 頁`), and ends with no table bar. Most lines are
/// told here from two characters.
fn plain_line(c: &str) -> bool {
    let Some(first) = c.chars().next() else { return false };
    normalize::is_ideograph(first)
        && first != '第'
        && !is_chrome_start(first)
        && !c.ends_with(['|', '｜', '>'])
        // (A breadcrumb from the home page: see `is_breadcrumb`; a row of skip links: see
        // `is_skip_link`.)
        && !(c.starts_with("前往網頁頂端") || (c.starts_with("首頁") && c.contains(['>', '＞'])))
        // (Skip links and widget captions open with any ideograph: see `is_skip_link` and
        // `widget_caption`.)
        && !(c.len() <= 48 && (is_skip_link(c) || widget_caption(c)))
        // A short line with a slash may be a category path; one that ends with a print
        // button, a tool bar; one with bars, a line of category, date and counter.
        && (c.len() > SHORT_CHROME
            || !(c.as_bytes().contains(&b'/')
                || (c.as_bytes().contains(&b'|') && counter_path(c))
                || c.ends_with("列印")
                || c.ends_with("print")))
        && !image_caption(c)
        && !attachment_file(c)
        && !download_row(c)
        && !file_link(c)
        && !category_tag(c)
        && counter_tail(c).is_none()
        && !(c.len() <= SHORT_CHROME && signature_line(c))
        && !law_note(c)
        && !script_note(c)
        && noise_after_text(c).is_none()
}

/// A site's note on what its script does (`本Script功能提供瀏覽字級大小的變更,…`: c-moea-
/// business-name-precheck-instructions-arabic-items, l-changhua-county-mailbox-faq-
/// preschool-subsidies-inline-arabic-items in corpus/real): chrome, though it opens as a
/// plain line does.
fn script_note(c: &str) -> bool {
    c.starts_with("本Script功能")
}

/// An image's caption left in a page's text: a short name of ideographs ending in `圖`
/// and its number (`參訪區公所申辦流程圖1`: l-taipei-nangang-district-visits-plan-
/// flowchart-captions in corpus/real).
fn image_caption(c: &str) -> bool {
    let Some(name) = c.trim_end_matches(|ch: char| ch.is_ascii_digit()).strip_suffix('圖') else { return false };
    let digits = c.len() - name.len() - '圖'.len_utf8();
    (1..=2).contains(&digits) && (4..=20).contains(&name.chars().count()) && name.chars().all(normalize::is_ideograph)
}

/// An image's file name left as its alternative text (`04.jpg`, `taiwan.png`: s-yuntech-
/// overseas-student-arc-application-documents-arabic-caption-paren-items-bullets-truncated
/// in corpus/real), its size after it or not (`1131224.png (59 KB)` under the point that
/// shows it: o-wanfang-hospital-flu-vaccine-expansion-points-spaced-arabic-items-image-
/// line).
fn image_file(c: &str) -> bool {
    let c = without_file_size(c);
    let Some((name, ext)) = c.rsplit_once('.') else { return false };
    c.len() <= 120
        && !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        && ["jpg", "jpeg", "png", "gif", "webp", "svg"].iter().any(|e| ext.eq_ignore_ascii_case(e))
}

/// A row of images with no alternative text after a caption of a few words: a
/// visitor counter whose digits are pictures (`今天: | ![]() ![]() |`, `總計: | ![]() ![]()
/// ![]() |` under the points: l-covid-family-care-leave-kuhes-relay-points-paren-items-
/// counter-chrome in corpus/real).
fn image_row(c: &str) -> bool {
    // (Not a bare `![]() |`: a flattened download table's image cells, whose rows of file
    // names and sentences read with the item they follow, l-ntpc-xinzhuang-park-borrowing-
    // notes-table-debris in corpus/real.)
    let Some((caption, rest)) = c.split_once([':', '：']) else { return false };
    if !(1..=4).contains(&caption.chars().count()) || !caption.chars().all(normalize::is_ideograph) {
        return false;
    }
    let mut images = 0;
    for part in rest.split(|ch: char| ch == '|' || normalize::is_space(ch)).filter(|p| !p.is_empty()) {
        let Some(link) = part.strip_prefix("![](").and_then(|l| l.strip_suffix(')')) else { return false };
        if link.contains(['(', ')']) {
            return false;
        }
        images += 1;
    }
    images > 0
}

/// A post's category in square brackets under its text (`類別:[車輛管理]`: l-kaohsiung-aia-
/// guest-van-lending-notes-indented-points-paren-items; `類別:[國籍函釋令宣導]`: c-moi-
/// household-fee-standard-article-3-yilan-household-office-relay-items-garbled-heading-
/// chrome, both in corpus/real).
fn category_tag(c: &str) -> bool {
    let Some(value) = c.strip_prefix("類別").and_then(|r| r.trim_start().strip_prefix([':', '：'])) else {
        return false;
    };
    let Some(inner) = value.trim().strip_prefix(['[', '［']).and_then(|r| r.strip_suffix([']', '］'])) else {
        return false;
    };
    (1..=12).contains(&inner.chars().count()) && !inner.contains(['[', ']', '［', '］', '。'])
}

/// The alternative text of a page's QR code: its title and the word (`公告「修正化妝品中含
/// 果酸…」草案 Qrcode` under the text: c-doh-fda-site-cosmetics-aha-ph-draft-notice-
/// flattened-points-paren-items-one-line-qrcode-chrome in corpus/real).
fn qr_code_caption(c: &str) -> bool {
    let t = c.trim_end();
    ["Qrcode", "QRcode", "QR Code", "QRCode", "QR code"]
        .iter()
        .any(|w| t.strip_suffix(w).is_some_and(|head| head.ends_with(normalize::is_space) || head.is_empty()))
}

/// A site's tag naming one of the UN's sustainable development goals under a post
/// (`• SDGs8 就業與經濟成長促進包容且永續的經濟成長,…` after the post's `• 發布單位:` field:
/// l-yunlin-county-huwei-detailed-plan-comment-notice-sdg-tags-bullet-fields-indented-
/// points in corpus/real): the goal's number, then its name and its one-line gloss, no
/// sentence of the post's own.
fn goal_tag(c: &str) -> bool {
    const TAG_CHARS: usize = 80;
    let Some(rest) = c.strip_prefix("SDGs").or_else(|| c.strip_prefix("SDG")) else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && rest
            .get(digits..)
            .is_some_and(|r| r.starts_with(normalize::is_space) || r.starts_with(normalize::is_ideograph))
        && c.chars().count() <= TAG_CHARS
        && !c.contains('。')
}

/// An image's credit in brackets on a line of its own (`(圖片擷取自疾病管制署)` under a
/// list: o-shengai-care-institution-visiting-rules-covid-caption-arabic-list-image-credit
/// in corpus/real).
fn image_credit(c: &str) -> bool {
    let Some(inner) = c.strip_prefix(['(', '（']).and_then(|r| r.strip_suffix([')', '）'])) else { return false };
    inner.chars().count() <= 30
        && (inner.starts_with("圖片") || inner.starts_with("照片"))
        && ["擷取", "來源", "提供", "出處"].iter().any(|w| inner.contains(w))
        && !inner.contains(['。', '(', '（'])
}

/// A document's file name alone on its line, a download link under the text
/// (`校際選課.pdf` under `附件檔案:`: s-yuntech-cross-school-course-notice-points-paren-
/// items-bracket-title-chrome in corpus/real), numbered in the page's list of files or
/// not (`1) 各級學校115年寒假期間學生活動安全注意事項.pdf` under a bullet: l-tainan-winter-
/// break-safety-letter-asps-relay-points-paren-items-attachment in corpus/real).
fn attachment_file(c: &str) -> bool {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    let c = match c.get(digits..).and_then(|r| r.strip_prefix(')')) {
        Some(r) if (1..=2).contains(&digits) => r.trim_start_matches(normalize::is_space),
        _ => c,
    };
    let Some((name, ext)) = c.rsplit_once('.') else { return false };
    // (A space may stand before the extension: `商港法第36條第1項第3款第6點正式公告 .pdf`,
    // c-mpb-commercial-port-safety-acts-point-six-alone-paren-space-units-attachment-links
    // in corpus/real.)
    let name = name.trim_end_matches(normalize::is_space);
    c.len() <= 120
        && !name.is_empty()
        && !name.contains(['。', '，', ',', '；', ';', ':', '：'])
        && !name.contains(normalize::is_space)
        // (An attachment's own label, `附件1.pdf`, opens an appendix.)
        && appendix_label_len(c).is_none()
        && ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "zip"]
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e))
}

/// A download row: a form's name and `下載`, then the buttons of its file formats
/// (`申請表單下載  ODT  PDF word` under the last point: s-cufa-peer-tutoring-grant-page-
/// numbered-heading-arabic-comma-units-bullets in corpus/real).
fn download_row(c: &str) -> bool {
    if c.len() > 120 {
        return false;
    }
    let Some((name, buttons)) = c.split_once("下載") else { return false };
    let mut formats = buttons.split(|ch: char| normalize::is_space(ch) || matches!(ch, ':' | '：' | '|'));
    name.chars().count() <= 20
        && !name.contains(['。', '，', ',', '；', ';', ':', '：'])
        && buttons.bytes().any(|b| b.is_ascii_alphabetic())
        && formats.all(|f| f.is_empty() || FILE_FORMATS.iter().any(|e| f.eq_ignore_ascii_case(e)))
}

/// A link to download a file named in brackets after the button's caption, the window
/// it opens noted after it (`下載 Word 檔(2-社區申請補助成果報告範例(1).doc)_另開視窗`
/// under a bulleted file name: l-yunlin-huwei-community-associations-cleaning-grant-
/// notice-points-arabic-items-file-list-bullets-truncated in corpus/real).
fn download_link(c: &str) -> bool {
    let c = ["_另開視窗", "(另開視窗)", "（另開視窗）"].iter().find_map(|w| c.strip_suffix(w)).unwrap_or(c);
    let Some(rest) = c.strip_prefix("下載") else { return false };
    let Some((button, name)) = rest.split_once(['(', '（']) else { return false };
    let button = button.trim_matches(normalize::is_space);
    button.chars().count() <= 10
        && button.ends_with('檔')
        && name.strip_suffix([')', '）']).is_some_and(attachment_file)
}

/// The header row of a page's table of files (`檔案說明 下載檔案` over the files'
/// bulleted names: l-yunlin-huwei-community-associations-cleaning-grant-notice-points-
/// arabic-items-file-list-bullets-truncated in corpus/real): the columns' names alone.
fn file_table_header(c: &str) -> bool {
    let columns = || c.split(normalize::is_space).filter(|w| !w.is_empty());
    columns().count() >= 2 && columns().all(|w| FILE_TABLE_COLUMNS.contains(&w))
}

/// The names of the columns of a page's table of files.
const FILE_TABLE_COLUMNS: [&str; 8] =
    ["檔案說明", "下載檔案", "檔案名稱", "檔案下載", "檔案類型", "檔案大小", "下載次數", "檔案格式"];

/// The captions a page sets over its list of files.
const ATTACHMENT_CAPTIONS: [&str; 5] = ["附件檔案", "附加檔案", "相關附件", "附件下載", "檔案下載"];

/// True for a caption over a page's files with nothing else on its line (`附加檔案`,
/// `附件:`).
fn attachment_caption(c: &str) -> bool {
    let name = c.trim_end_matches([':', '：']).trim_end_matches(normalize::is_space);
    ATTACHMENT_CAPTIONS.contains(&name) || is_appendix_line(c) && name.chars().count() <= 4
}

/// The file formats a page's download links name.
const FILE_FORMATS: [&str; 10] = ["pdf", "doc", "docx", "odt", "ods", "xls", "xlsx", "word", "excel", "zip"];

/// A link in a page's list of files, its format's icon left as a word before the file's
/// name, under an attachment caption or not: `附件檔案 pdf檔案1.108契約(修) -v3` over
/// `pdf檔案2.108補充說明(修)-0515v3` (l-hsinchu-school-lunch-procurement-contract-notice-
/// points-paren-arabic-items-chrome in corpus/real); a file's line with its size, `docx
/// 新竹縣…申請書  17.35K  點閱圖案42` (l-hsinchu-jianshi-township-organic-fertilizer-rules-
/// paren-items-bopomofo-first-marker-arabic-subitems-chrome-truncated).
fn file_link(c: &str) -> bool {
    if c.len() > 240 || !c.bytes().next().is_some_and(|b| b.is_ascii_alphabetic()) && !c.starts_with(['附', '相', '檔'])
    {
        return false;
    }
    let rest = ATTACHMENT_CAPTIONS
        .iter()
        .find_map(|k| c.strip_prefix(k))
        .map_or(c, |r| r.trim_start_matches(|ch: char| normalize::is_space(ch) || matches!(ch, ':' | '：')));
    // (Formats named by a file's extension only: no icon is left as `word檔案`.)
    FILE_FORMATS.iter().filter(|f| !matches!(**f, "word" | "excel")).any(|f| {
        rest.get(..f.len()).is_some_and(|head| head.eq_ignore_ascii_case(f))
            && rest.get(f.len()..).is_some_and(|name| {
                name.strip_prefix("檔案").is_some_and(|n| !n.is_empty())
                    || name.trim_start_matches(normalize::is_space).starts_with(normalize::is_ideograph)
                        && file_size(name)
            })
    })
}

/// A file's name without the size written after it in brackets (`1131224.png (59 KB)`,
/// `表.pdf (617.70 KB)`).
fn without_file_size(c: &str) -> &str {
    let sized = c.strip_suffix(')').and_then(|r| r.rsplit_once('(')).and_then(|(name, size)| {
        let number = size.trim_end().strip_suffix(['B', 'b'])?.strip_suffix(['K', 'k', 'M', 'G'])?.trim_end();
        (!number.is_empty() && number.len() <= 10 && number.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
            .then(|| name.trim_end_matches(normalize::is_space))
    });
    sized.unwrap_or(c)
}

/// True when `s` holds a file's size (`17.35K`, `535 KB`, `1.2MB`).
fn file_size(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &d)| {
        d.is_ascii_digit()
            && b.get(i + 1..).is_some_and(|r| {
                let r = r.strip_prefix(b" ").unwrap_or(r);
                r.starts_with(b"K") || r.starts_with(b"M") || r.starts_with(b"k")
            })
    })
}

/// A carousel's image left as its alternative text, bulleted as the slides' list
/// (`• slider image 57` over the page: l-chiayi-county-student-counselling-centre-points-
/// arabic-first-point-intro-bullets-truncated in corpus/real).
fn slider_image(c: &str) -> bool {
    let Some(head) = c.get(..12).filter(|h| h.eq_ignore_ascii_case("slider image")) else { return false };
    let number = c.get(head.len()..).unwrap_or_default().trim_start_matches(' ');
    number.len() <= 4 && number.bytes().all(|b| b.is_ascii_digit())
}

/// An icon's class name left as text before a section's caption (`heart-title-icon 訊息
///內容`, `heart-title-icon 檔案下載`: c-tourism-alishan-nsa-volunteer-honour-card-notice-
/// points-icon-chrome in corpus/real): a lower-case name ending in `-icon`, then a few
/// words at most.
fn icon_caption(c: &str) -> bool {
    let name_len = c.bytes().take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-').count();
    let (name, rest) = c.split_at(name_len);
    name.len() > 5
        && name.ends_with("-icon")
        && rest.trim_start_matches(normalize::is_space).chars().count() <= 12
        && !rest.contains(['。', '，', ',', '；', ';'])
}

/// A page's link for keyboard users to the main content (`按 Enter 到主內容區`, as the
/// judicial and many government sites print it: c-taiwan-high-court-visit-programme-bar-
/// captions-bullet-fields-arabic-notes-truncated in corpus/real).
fn is_skip_link(c: &str) -> bool {
    // An English page's skip link (`Skip to content`, `Skip to main content`: o-socialcare-
    // home-services-page-arabic-aims-paren-conditions-paren-digit-items-amount-table-
    // flattened, c-moi-religious-charity-awards-points-bilingual-article-labels in
    // corpus/real).
    if c.len() <= 24 && c.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("skip to ")) {
        let rest = c.get(8..).unwrap_or_default().to_ascii_lowercase();
        return matches!(rest.trim_end(), "content" | "main content" | "the content" | "main");
    }
    // A row of a template's skip links (`前往網頁頂端 跳到主要內容`: l-taoyuan-arts-facilities-
    // centre-programme-faq-q-units-inline-answers-chrome-truncated in corpus/real): the link
    // to the page's top and skip links of the chrome list.
    if c.contains(normalize::is_space)
        && c.split(normalize::is_space)
            .filter(|w| !w.is_empty())
            .all(|w| w == "前往網頁頂端" || w.starts_with('跳') && CHROME.contains(&w))
    {
        return true;
    }
    // Further skip links and menu buttons of government and school templates, each read
    // as a title where it opened the page (l-hsinchu-school-dog-pet-registration-letter-
    // ttps-relay-…, l-kaohsiung-older-medical-care-subsidy-…, l-new-taipei-health-centre-
    // ambulance-fee-table-…, c-tourism-alishan-nsa-volunteer-honour-card-notice-points-
    // icon-chrome, c-nia-overseas-student-arc-extension-notice-alumni-site-… in
    // corpus/real).
    // (Also spaced, `跳到主要內容區塊 定位點`, as a clean text writes it solid:
    // l-tainan-water-recreation-limits-notice-basis-points-restarting-paren-arabic-comma-
    // items-chrome-truncated in corpus/real.)
    if c.len() <= 60 {
        let hit = if c.contains(normalize::is_space) {
            let solid: String = c.chars().filter(|&ch| !normalize::is_space(ch)).collect();
            SKIP_LINKS.contains(&solid.as_str())
        } else {
            SKIP_LINKS.contains(&c)
        };
        if hit {
            return true;
        }
    }
    if c.eq_ignore_ascii_case("jump to the main content block") || c == "top of page" {
        return true;
    }
    let Some(rest) = c.strip_prefix('按') else { return false };
    let solid: String = rest.chars().filter(|&ch| !normalize::is_space(ch)).collect();
    ["Enter到主內容區", "Enter到主要內容區", "Enter鍵到主內容區"].contains(&solid.as_str())
}

/// Skip links and menu buttons that [`CHROME`] does not list (see [`is_skip_link`]).
/// (`定位點` alone is the anchor a skip link leads to: c-tourism-alishan-nsa-volunteer-
/// honour-card-notice-points-icon-chrome in corpus/real. `前往主要內容區塊` opens the pages
/// of c-control-yuan-nhrc-about-page-caption-points-html-arabic-list-skip-link and
/// c-mnd-802-hospital-archives-faq-bullets-arabic-items-and-points-truncated, and a
/// bilingual one, `跳到主要內容 Jump to Content`, c-wra-drainage-zone-sign-bilingual-
/// vocabulary-circle-bullet-items-glued-first-point-english-lists in corpus/real: each was
/// read as the page's title.)
const SKIP_LINKS: [&str; 8] = [
    "移至網頁之主要內容區位置",
    "進入內容區塊",
    "跳到主要內容區塊定位點",
    "定位點",
    "手機選單",
    "選單按鈕",
    "前往主要內容區塊",
    "跳到主要內容JumptoContent",
];

/// The caption of a page's widget left alone on a line, after its bullet if any: a logo,
/// a banner, an image, a slider (`• Slider`, `• 滑動圖 (2019-10-03_083452.jpg)`), a menu,
/// a search box, a login or close button, a loading indicator, a messaging app's follow
/// button, an accessibility badge (c-urban-renewal-act-amendment-draft-explanation-blog-…,
/// s-chihlee-delivery-disposable-tableware-notice-points-chrome, c-moe-regional-indigenous-
/// resource-centre-call-letter-university-relay-pdf-wraps, c-ocac-overseas-youth-english-
/// camp-registration-page-…, c-moe-remote-substitute-teacher-years-salary-letter-kbes-
/// relay-trailing-spaces-aqi-chrome, l-tainan-community-building-grant-call-school-relay-
/// points-paren-items-slider-chrome, c-taipower-2018-saving-reward-lieyu-township-page-
/// caption-blocks, l-taipei-city-retiree-care-measures-paren-units-arabic-comma-items-
/// nested-paren-accessibility-chrome in corpus/real). Each was read as the page's title.
fn widget_caption(c: &str) -> bool {
    const ENGLISH: [&str; 9] = ["logo", "banner", "top-banner", "image", "slider", "orbit", "menu", "search", "close"];
    const CHINESE: [&str; 10] = [
        "登入",
        "選單",
        "主選單",
        "載入中",
        "資料處理中",
        "瀏覽人次",
        "加入好友",
        "字級大小",
        "站內搜尋",
        "手機掃描QR Code,可取得此頁連結。",
    ];
    let c = c.trim_matches(['☆', '★']);
    if c.len() <= 10 && ENGLISH.iter().any(|w| c.eq_ignore_ascii_case(w)) {
        return true;
    }
    // (An accessibility badge: `通過AA等級無障礙網頁檢測`, `通過A等級無障礙網頁檢測`.)
    if CHINESE.contains(&c) || c.starts_with("通過") && c.ends_with("等級無障礙網頁檢測") && c.len() <= 40 {
        return true;
    }
    // A link's caption marked as opening a new window (`• 我的E政府 [另開新視窗]`, `網路E櫃台
    // (另開新視窗)`: l-taipei-city-retiree-care-measures-…, c-taiwan-water-8th-district-water-
    // hygiene-page-flattened-points-arabic-items-chrome-truncated in corpus/real).
    if let Some(name) =
        ["[另開新視窗]", "(另開新視窗)", "（另開新視窗）", "【另開新視窗】"].iter().find_map(|w| c.strip_suffix(w))
        && name.chars().count() <= 24
        && !name.contains(['。', '，', ',', '；', ';', ':', '：'])
    {
        return true;
    }
    // A slider's image, named by its file (`滑動圖 (2019-10-03_083452.jpg)`).
    c.strip_prefix("滑動圖").is_some_and(|rest| {
        let rest = rest.trim_start_matches(normalize::is_space);
        rest.is_empty() || rest.starts_with('(') && rest.ends_with(')') && rest.len() <= 40
    })
}

/// The longest line (in bytes) read as a category path or a tool bar.
const SHORT_CHROME: usize = 120;

/// A law system's category path (`行政/財政/國有財產`): three or more short names of
/// ideographs between slashes (c-fnpa-integrity-council-amended in corpus/real).
/// Also a breadcrumb after the skip anchor, spaced around its slashes (`::: 首頁 / 借閱服務
/// / 借閱規定`: l-hualien-jian-library-loan-rules-paren-top-level in corpus/real).
/// Not the name of a rule that holds slashes, written solid (`土地/建築改良物繼承/分割繼承
/// 登記申請須知`, as the clean text of l-taichung-yatan-land-office-inheritance-notes-
/// table-cells in corpus/real writes its title); a breadcrumb ending in one is spaced or
/// follows the skip anchor.
fn is_category_path(c: &str) -> bool {
    let anchored = c.starts_with(":::");
    let c = c.strip_prefix(":::").unwrap_or(c);
    c.len() <= SHORT_CHROME
        && c.split('/').count() >= 3
        && !(!anchored && !c.contains([' ', '\u{3000}']) && super::front::has_title_suffix(c))
        && c.split('/')
            .map(|seg| seg.trim_matches(normalize::is_space))
            .all(|seg| (1..=12).contains(&seg.chars().count()) && seg.chars().all(normalize::is_ideograph))
}

/// The names a site's path starts with: its home page (`首頁`, `HOME`), read by
/// [`is_breadcrumb`] and by the title's reading of a path before it.
pub(super) const PATH_HOMES: [&str; 4] = ["首頁", "回首頁", "Home", "HOME"];

/// A breadcrumb from the site's home page, its steps between `>` (`Home > 選課注意事項 >
/// 學員須知`: s-pccu-extension-student-notes-numeral-alone-on-line-trailing-spaces-nav-chrome-
/// excerpt in corpus/real): three steps or more, the first the home page, each short and
/// with no sentence punctuation. From the Chinese home page two steps are enough (`首頁 >
/// 便民服務`, taken for the title of c-moi-household-designated-service-address-points-
/// tainan-office-relay-lost-paren-numerals-history-lines-truncated in corpus/real).
fn is_breadcrumb(c: &str) -> bool {
    c.len() <= SHORT_CHROME && {
        let mut steps = c.split(['>', '＞']).map(|s| s.trim_matches(normalize::is_space));
        let first = steps.next();
        let chinese = matches!(first, Some("首頁" | "回首頁"));
        let home = first.is_some_and(|f| PATH_HOMES.contains(&f));
        let rest: Vec<&str> = steps.collect();
        home && (rest.len() >= 2 || chinese && rest.len() == 1)
            && rest
                .iter()
                .all(|s| (1..=16).contains(&s.chars().count()) && !s.contains(['。', '，', ',', '；', ':', '：']))
    }
}

/// A tool bar flattened to one line (`臺北市編章節條文 text_rotate_vertical 另存PDF print
/// 友善列印`): two or more of its words are tool buttons (l-taipei-housing-fund-procedure-
/// ch1 in corpus/real).
fn is_tool_bar(c: &str) -> bool {
    c.len() <= SHORT_CHROME
        && c.split(normalize::is_space).filter(|w| CHROME.contains(w) || TOOL_WORDS.contains(w)).count() >= 2
}

/// A slider's or a list's pager flattened to one line: `1 2 3 4 5 6` (s-jente-library-
/// fines-notice-table-cells-pager-digits in corpus/real), three page numbers or more
/// counting up from 1.
fn is_page_numbers(c: &str) -> bool {
    if !c.starts_with("1 ") || c.len() > SHORT_CHROME {
        return false;
    }
    let mut n = 0u32;
    for w in c.split(' ').filter(|w| !w.is_empty()) {
        if w.parse::<u32>().ok() != Some(n + 1) {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// Words of tool buttons seen beside the [`CHROME`] lines in flattened tool bars.
const TOOL_WORDS: [&str; 4] = ["print", "text_rotate_vertical", "PDF", "分享"];

/// A bare number on its own line just before a point or an article (`3` before `三、`):
/// the anchor of a law system's one-article view.
fn is_page_anchor(content: &str, next: Option<&Line<'_>>) -> bool {
    // (With the link to the unit's files after it, `2  附件檔案` over `二、…`: a city law
    // system's article view, l-new-taipei-district-offices-mediation-points-sequence-
    // number-lines-lone-colon-truncated in corpus/real.)
    let content = match content.split_once(normalize::is_space) {
        Some((number, link)) if ATTACHMENT_CAPTIONS.contains(&link.trim_start_matches(normalize::is_space)) => number,
        _ => content,
    };
    if content.is_empty() || content.len() > 4 || !content.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // Before a unit or a heading of its number (`3` before `參、`), or before the notice
    // that stands for a table row.
    next.is_some_and(|n| {
        crate::marker::marker(n.content).is_some_and(|m| {
            matches!(
                m.style,
                crate::marker::Style::CjkComma | crate::marker::Style::Article | crate::marker::Style::Heading(_)
            ) && content.parse::<u32>().is_ok_and(|k| k == m.num)
        }) || CHROME_NOTICES.iter().any(|w| n.content.starts_with(w))
    })
}

/// An HTML ordered list's numbers run over lines that carry the text's own markers
/// (`1. 壹、申請期間:…`, `2. 貳、注意事項…:`, `3. 1、本次補助…` … `12. 【5】…`: s-nccu-club-
/// subsidy-notice-ol-numbers-over-stem-and-comma-markers in corpus/real): the indices of
/// the lines of a run of such numbers, 1, 2, 3 … in order, at least four long, with a
/// marker of the text's own after at least half of them. Those numbers are decoration.
fn ordered_list_run(lines: &[Line<'_>]) -> Vec<usize> {
    let mut best: Vec<usize> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut marked = 0usize;
    let mut close = |run: &mut Vec<usize>, marked: usize| {
        if run.len() >= 4 && 2 * marked >= run.len() && run.len() > best.len() {
            best = std::mem::take(run);
        }
        run.clear();
    };
    for (i, l) in lines.iter().enumerate() {
        let Some((n, rest)) = ordered_number(l.content) else { continue };
        if n as usize != run.len() + 1 {
            close(&mut run, marked);
            marked = 0;
            if n != 1 {
                continue;
            }
        }
        run.push(i);
        marked += usize::from(crate::marker::marker(rest).is_some());
    }
    close(&mut run, marked);
    best
}

/// A list number `12. ` opening a line, and the text after it.
fn ordered_number(c: &str) -> Option<(u32, &str)> {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = c.get(digits..)?.strip_prefix(". ")?.trim_start_matches(normalize::is_space);
    if rest.is_empty() {
        return None;
    }
    Some((c.get(..digits)?.parse().ok()?, rest))
}

/// A school web template's sample caption left on its pages (seven files in corpus/real,
/// s-csjhs-tainan-phone-rules-flattened-dot-points-arabic-items among them).
const TEMPLATE_CAPTION: &str = "This is an example of a HTML caption with a link.";

/// A notice's signature: the offices that send it, `啟` and a date (`總務處、會計處 啟
/// 114.5.5`: s-csu-year-end-expense-claims-deadline-notice-points-signature-line in
/// corpus/real).
fn signature_line(c: &str) -> bool {
    dated_office(c) || caring_office(c) || signed(c)
}

/// The kinds of office that sign a notice (`…處`, `…組`, `…中心`).
const OFFICE_KINDS: [&str; 12] = ["處", "室", "組", "局", "會", "中心", "所", "課", "科", "部", "府", "校"];

/// True when `names` is one office or a few (`學生事務處課外活動組`, `總務處、會計處`): short,
/// only ideographs, `、` or `/`, ending in an office's kind.
fn office_names(names: &str) -> bool {
    let n = names.chars().count();
    (2..=24).contains(&n)
        && names.chars().all(|ch| normalize::is_ideograph(ch) || matches!(ch, '、' | '/') || normalize::is_space(ch))
        && OFFICE_KINDS.iter().any(|o| names.ends_with(o))
}

/// An office's name and a date written solid after it, closing a notice
/// (`學生事務處課外活動組106年12月22日`: s-pccu-winter-venue-lending-notice-arabic-points-
/// signature in corpus/real), a sign-off word between them or not (`宿舍服務組敬告105年12月
/// 20日`: s-asia-winter-dorm-application-notice-points-arabic-items-bilingual-arabic-truncated).
fn dated_office(c: &str) -> bool {
    let Some(body) = c.strip_suffix('日') else { return false };
    let body = body.trim_end_matches(|ch: char| ch.is_ascii_digit());
    let Some(body) = body.strip_suffix('月') else { return false };
    let body = body.trim_end_matches(|ch: char| ch.is_ascii_digit());
    let Some(body) = body.strip_suffix('年') else { return false };
    let names = body.trim_end_matches(|ch: char| ch.is_ascii_digit());
    let year = body.len() - names.len();
    let names = names.trim_end_matches(normalize::is_space);
    let names = ["敬告", "敬啟", "謹啟", "敬上", "謹上"]
        .iter()
        .find_map(|w| names.strip_suffix(w))
        .map_or(names, |n| n.trim_end_matches(normalize::is_space));
    (2..=3).contains(&year) && office_names(names)
}

/// An office's closing greeting (`學生事務處/生活輔導組關心您~06-2757575…`, `環境保護暨職業安全
/// 衛生室關心您~`: s-ncku-phased-military-training-application-relay-points-paren-items-
/// signature, s-kmu-toxic-chemical-lab-floor-plan-notice-subject-points-signature in
/// corpus/real).
fn caring_office(c: &str) -> bool {
    c.len() <= 240 && c.split_once("關心您").is_some_and(|(names, _)| office_names(names))
}

/// The offices that send a notice, `啟` and a date.
fn signed(c: &str) -> bool {
    let body =
        c.trim_end_matches(|ch: char| ch.is_ascii_digit() || matches!(ch, '.' | '/' | '-') || normalize::is_space(ch));
    let Some(names) =
        body.strip_suffix("敬啟").or_else(|| body.strip_suffix("謹啟")).or_else(|| body.strip_suffix('啟'))
    else {
        return false;
    };
    let names = names.trim_end_matches(normalize::is_space);
    let n = names.chars().count();
    (2..=24).contains(&n)
        && names.chars().all(|ch| normalize::is_ideograph(ch) || ch == '、' || normalize::is_space(ch))
        && OFFICE_KINDS.iter().any(|o| names.contains(o))
}

/// A line that opens with a list number `1. ` and plain text (no marker after it).
fn list_number_before_text(c: &str) -> bool {
    ordered_number(c)
        .is_some_and(|(_, rest)| rest.starts_with(normalize::is_ideograph) && crate::marker::marker(rest).is_none())
}

/// A page anchor on the line of its point (`3 三、本會報…`), or a list number of its
/// number (`1. 一、…`) unless the page numbers plain text with such numbers too
/// (`own_list`): where the point starts. A table's row number stands so in its own cell
/// (`9 | 九、特約通譯…`: c-moj-prosecutors-special-interpreter-fee-points-2009-related-page-
/// table-bars-points-nine-to-twelve in corpus/real).
fn anchor_before_marker(c: &str, own_list: bool) -> Option<usize> {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    // An HTML ordered list's own number (`  1. 一、國名:…`: s-ntut-intl-agreement-notes in
    // corpus/real) stands where the anchor does.
    let rest = c.get(digits..)?;
    let rest = match rest.strip_prefix('.') {
        Some(_) if own_list => return None,
        Some(r) => r,
        None => rest,
    };
    let after = rest.trim_start_matches(normalize::is_space);
    let after = after.strip_prefix(['|', '｜']).map_or(after, |a| a.trim_start_matches(normalize::is_space));
    if after.len() == rest.len() {
        return None;
    }
    let m = crate::marker::marker(after)?;
    let n: u32 = c.get(..digits)?.parse().ok()?;
    // Not an item whose text opens with a range of numbers (`1. 一、二日以內由…批准。`:
    // s-tust-evening-leave-rules-arabic-under-points in corpus/real).
    let range = m.rest.chars().next().is_some_and(crate::numeral::is_cjk_numeral_char);
    (matches!(m.style, crate::marker::Style::CjkComma | crate::marker::Style::Article) && m.num == n && !range)
        .then_some(c.len() - after.len())
}

/// True when `s` opens with a forum's anti-copy noise (`5 t/ q8 x7 s# Q/ \$ P9 Q四、…`,
/// `L7 i, b# V1 [+ P" y`): a run of ASCII of at least 8 bytes with spaces and symbols
/// that no text or marker uses (s-shei-pa-forum-amended-noise in corpus/real). Returns
/// the run's length.
pub(super) fn ascii_noise(s: &str) -> Option<usize> {
    let n = s.bytes().take_while(u8::is_ascii).count();
    let noise = s.get(..n)?;
    let symbols = noise.bytes().filter(|b| b"!\"#$%&'*+/;<=>?@[\\]^`{|}~".contains(b)).count();
    let spaces = noise.bytes().filter(|&b| b == b' ').count();
    // Noise has no words: a page's Latin captions (`N/A N/A Protected Academic year: 2023
    // Membagikan "`: s-chsh-venue-points-doc-site-flattened in corpus/real) are text.
    let word = noise.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 4);
    (n >= 8 && symbols >= 2 && spaces >= 2 && !word).then_some(n)
}

/// Anti-copy noise glued before a line's text (a point, a title) comes off.
fn noise_before_text(c: &str) -> Option<usize> {
    let n = ascii_noise(c)?;
    // (The opening bracket of an item's label is no noise, though it is ASCII: `! l- C, i*
    // B9 D3 b2 I(一)油羅溪:`, l-hsinchu-county-jianshi-river-fishing-ban-notice-forum-
    // repost-noise-strings-second-block-cut-truncated in corpus/real.)
    if n > 0
        && c.get(n - 1..n) == Some("(")
        && c.get(n - 1..).is_some_and(|r| crate::marker::marker(r).is_some())
        && ascii_noise(c.get(..n - 1)?) == Some(n - 1)
    {
        return Some(n - 1);
    }
    c.get(n..).and_then(|r| r.chars().next()).is_some_and(|ch| !ch.is_ascii()).then_some(n)
}

/// Where anti-copy noise glued after a line's text starts (`一、隨地拋棄果皮、紙屑或其他廢棄
/// 物。' p, n5 ]7 g8 l( s& S$ [( w`, `…供公眾遊憩之場地。) x6 G6 k& n4 B1 v" a`: l-new-taipei-
/// parks-regulation-articles-2-and-11-forum-copy-anti-copy-garbage-user-fields in
/// corpus/real): the ASCII after the last other character, noise as [`ascii_noise`] has
/// it, with two Latin letters at least (not a date spaced around its slashes, `112 / 3 /
/// 1 ~ 112 / 3 / 31`, nor a table's bars). Hidden behind it, the sentence's end would not
/// show.
fn noise_after_text(c: &str) -> Option<usize> {
    const MIN_LETTERS: usize = 2;
    // (Most lines end in other characters: asked of every line, answered at once.)
    if !c.ends_with(|ch: char| ch.is_ascii_graphic()) {
        return None;
    }
    let at = c.char_indices().rev().find(|(_, ch)| !ch.is_ascii())?.0;
    let from = at + c.get(at..)?.chars().next()?.len_utf8();
    // (A colon or stop closing the text stays with it: `三、執行單位:</P>( q T# L0 m7 n,…`,
    // s-taichung-port-breakwater-fishing-plan-forum-tags-scramble in corpus/real.)
    let tail = c.get(from..)?;
    let tail = tail.trim_start_matches([':', ';', ',', '.']);
    let from = c.len() - tail.len();
    let start = from + (tail.len() - tail.trim_start_matches(normalize::is_space).len());
    let noise = c.get(start..)?;
    (ascii_noise(noise) == Some(noise.len()) && noise.bytes().filter(u8::is_ascii_alphabetic).count() >= MIN_LETTERS)
        .then_some(start)
}

/// The length of one literal HTML tag opening `s` (`<p>`, `<br />`, `</p>`): a short name
/// of Latin letters and digits, attributes of no angle brackets.
fn html_tag(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('<')?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name = inner.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let close = s.find('>')?;
    ((1..=10).contains(&name) && close <= 80 && !s.get(1..close)?.contains('<')).then_some(close + 1)
}

/// The length of the run of literal HTML tags opening `c` (`</p><p><span style="…">`).
pub(super) fn tags_run(c: &str) -> usize {
    let mut at = 0;
    while let Some(n) = c.get(at..).and_then(html_tag) {
        at += n;
    }
    at
}

/// True for a line of nothing but literal HTML tags and spaces (`<P> </P>`).
fn tags_only(c: &str) -> bool {
    let mut rest = c;
    while let Some(n) = html_tag(rest) {
        rest = rest.get(n..).unwrap_or_default().trim_start_matches(normalize::is_space);
    }
    rest.is_empty() && rest.len() < c.len()
}

/// Literal HTML tags before a marker (`<p>一、…`: l-taichung-qa-disaster-relief-payment-
/// points-literal-html-tags-closing-paragraph in corpus/real) come off.
fn tags_before_marker(c: &str) -> Option<usize> {
    let at = tags_run(c);
    let rest = c.get(at..)?.trim_start_matches(normalize::is_space);
    (at > 0 && crate::marker::marker(rest).is_some()).then(|| c.len() - rest.len())
}

/// Where literal HTML tags closing a line start (`…應繳還。<br />`, `…為之。</p>`), when
/// text stands before them.
pub(super) fn tags_after_text(c: &str) -> Option<usize> {
    let mut end = c.len();
    while let Some(open) = c.get(..end)?.rfind('<') {
        let tag = c.get(open..end)?;
        if html_tag(tag) != Some(tag.len()) {
            break;
        }
        end = open;
    }
    let text = c.get(..end)?.trim_end_matches(normalize::is_space);
    // (After Chinese text only: anti-copy noise ends in Latin letters and tags alike,
    // s-taichung-port-breakwater-fishing-plan-forum-tags-scramble.)
    (end < c.len() && text.chars().next_back().is_some_and(|ch| !ch.is_ascii())).then_some(text.len())
}

/// A bullet or bar before a marker, and a table bar closing the line, come off.
/// The length of a Markdown heading mark (`# `, `## `) before a line of Chinese text (a
/// notes site's page: s-ncyu-garbage-sorting-points-excerpt-notes-page-one-line-history in
/// corpus/real).
fn markdown_heading_mark(c: &str) -> Option<usize> {
    let hashes = c.bytes().take_while(|&b| b == b'#').count();
    let rest = c.get(hashes..)?;
    let text = rest.trim_start_matches(normalize::is_space);
    ((1..=6).contains(&hashes) && text.len() < rest.len() && text.starts_with(normalize::is_ideograph))
        .then(|| c.len() - text.len())
}

/// Where a page's counter run on after the last sentence of a line starts (`…/教育宣導。
/// 瀏覽數`, a flattened page: s-tust-ip-notice-flattened-items in corpus/real): one of
/// [`CHROME_FIELDS`] (with its number, if any) closing the line, set off by a space from a
/// full stop.
fn counter_tail(c: &str) -> Option<usize> {
    // (Also a law site's widget caption, `相關法規`, after a sentence or a lead-in's colon:
    // `…(以下簡稱本府)。 相關法規`, `…特殊原因如下: 相關法規`.)
    if let Some(before) = c.strip_suffix(RELATED_LAWS) {
        let text = before.trim_end_matches(normalize::is_space);
        return (text.len() < before.len() && text.ends_with(['。', '.', ':', '：'])).then_some(before.len());
    }
    let body =
        c.trim_end_matches(|ch: char| ch.is_ascii_digit() || matches!(ch, ':' | '：' | ',') || normalize::is_space(ch));
    let field = CHROME_FIELDS.iter().find(|f| body.ends_with(*f))?;
    let at = body.len() - field.len();
    let before = c.get(..at)?;
    let text = before.trim_end_matches(normalize::is_space);
    (text.len() < before.len() && text.ends_with(['。', '.'])).then_some(at)
}

/// A law site's caption of its related-laws widget.
const RELATED_LAWS: &str = "相關法規";

fn strip_decoration<'a>(l: Line<'a>, own_list: bool, ordered: bool, debris: &mut Vec<Debris>) -> Line<'a> {
    let c = l.content;
    let first = c.chars().next();
    let last = c.chars().next_back();
    let counter = counter_tail(c);
    let noise = noise_after_text(c);
    if !first.is_some_and(|ch| {
        is_decoration(ch) || ch.is_ascii_graphic() || matches!(ch, '[' | '［' | '法' | '條' | '所' | '圖')
    }) && !last.is_some_and(|ch| matches!(ch, '|' | '｜' | '>'))
        && counter.is_none()
        && noise.is_none()
    {
        return l;
    }
    // Leading decoration: only before a marker or a metadata field (`- 一、`, `• 第 8 條`,
    // `• 發布單位:民政課`), or an article label glued to its text (`- 第 1 條本規程…`).
    let lead = c.len() - after_decoration(c).len();
    let after = c.get(lead..).unwrap_or_default();
    let from = if lead > 0
        && (crate::marker::marker(after).is_some()
            || super::front::header_field(after).is_some()
            || crate::marker::glued_article(after).is_some())
    {
        lead
    } else if let Some(n) = tag_len(c)
        && let Some(rest) = c.get(n..)
        && crate::marker::marker(after_decoration(rest)).is_some()
    {
        // `• [修正] 四、…`: the tag and the bullet come off.
        c.len() - after_decoration(rest).len()
    } else if let Some(n) = markdown_heading_mark(c) {
        n
    } else if ordered && let Some((_, rest)) = ordered_number(c) {
        // The number of an ordered list run over the text's own markers.
        c.len() - rest.len()
    } else {
        anchor_before_marker(c, own_list)
            .or_else(|| tags_before_marker(c))
            .or_else(|| noise_before_text(c))
            .or_else(|| label_before_marker(c))
            .unwrap_or(0)
    };
    // Trailing bar: a table cell's closing bar, when the line holds no other bar.
    let body = c.get(from..).unwrap_or_default();
    let trimmed = without_cell_bar(body);
    let to = if trimmed.len() < body.len() && !trimmed.contains(['|', '｜']) { from + trimmed.len() } else { c.len() };
    let to = counter.filter(|&at| at > from).map_or(to, |at| to.min(at));
    let to = noise.filter(|&at| at > from).map_or(to, |at| to.min(at));
    let to = tags_after_text(c.get(..to).unwrap_or_default()).filter(|&at| at > from).unwrap_or(to);
    if from == 0 && to == c.len() {
        return l;
    }
    match normalize::part_of_line(&l, from, to) {
        Some(part) => {
            if from > 0 {
                debris.push(Debris {
                    text: c.get(..from).unwrap_or_default().trim_end().to_string(),
                    span: Span(l.content_start, l.content_start + from),
                });
            }
            if to < c.len() {
                debris.push(Debris {
                    text: c.get(to..).unwrap_or_default().trim().to_string(),
                    span: Span(l.content_start + to, l.content_end()),
                });
            }
            part
        }
        None => l,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn anti_copy_noise_has_no_words() {
        assert!(ascii_noise("5 t/ q8 x7 s# Q/ $ P9 Q四、").is_some());
        assert!(ascii_noise("N/A N/A Protected Academic year: 2023 Membagikan \"某要點").is_none());
        let (kept, debris) = cleaned("標題\n5 F( G- W) X9 I, R<P> </P>\n一、甲。\n");
        assert_eq!(kept, ["標題", "一、甲。"]);
        assert_eq!(debris, ["5 F( G- W) X9 I, R<P> </P>"]);
        // After a line's text too; not a date spaced around its slashes.
        let (kept, debris) = cleaned(
            "一、甲。' p, n5 ]7 g8 l( s& S$ [( w\n<P> </P>\n二、乙:</P>( q T# L0 m7 n, }\n三、期間:112 / 3 / 1 ~ 112 / 3 / 31\n",
        );
        assert_eq!(kept, ["一、甲。", "二、乙:", "三、期間:112 / 3 / 1 ~ 112 / 3 / 31"]);
        assert_eq!(debris, ["' p, n5 ]7 g8 l( s& S$ [( w", "<P> </P>", "</P>( q T# L0 m7 n, }"]);
        // Nor the opening bracket of an item's label after noise.
        let (kept, _) = cleaned("一、甲:\n! l- C, i* B9 D3 b2 I(一)乙。\n");
        assert_eq!(kept, ["一、甲:", "(一)乙。"]);
    }

    use super::*;

    fn cleaned(src: &str) -> (Vec<String>, Vec<String>) {
        let mut lines = normalize::lines(src);
        let mut debris = Vec::new();
        clean(&mut lines, &mut debris, true);
        (lines.iter().map(|l| l.content.to_string()).collect(), debris.into_iter().map(|d| d.text).collect())
    }

    #[test]
    fn a_law_system_s_sequence_numbers_over_its_units_are_anchors() {
        // l-new-taipei-district-offices-mediation-points-sequence-number-lines-lone-colon-
        // truncated in corpus/real: each point's number alone over it, or with the link to
        // its files.
        let (kept, debris) = cleaned("1  \n一、甲。\n2  附件檔案\n二、乙。\n");
        assert_eq!(kept, ["一、甲。", "二、乙。"]);
        assert_eq!(debris, ["1", "2  附件檔案"]);
        // Not over a unit of another number, nor with other words.
        let (kept, _) = cleaned("一、甲。\n3  附件檔案\n二、乙。\n2  申請表\n二、丙。\n");
        assert_eq!(kept, ["一、甲。", "3  附件檔案", "二、乙。", "2  申請表", "二、丙。"]);
        // A table's row number in its own cell, over points nine to ten.
        let (kept, debris) = cleaned("9 | 九、甲。\n10 | 十、乙。 |\n");
        assert_eq!(kept, ["九、甲。", "十、乙。"]);
        assert_eq!(debris, ["9 |", "10 |", "|"]);
    }

    #[test]
    fn literal_html_tags_come_off() {
        // l-taichung-qa-disaster-relief-payment-points-literal-html-tags-closing-paragraph in
        // corpus/real: an answer's markup left in its text.
        let (kept, debris) = cleaned("答覆\n<p>一、甲。<br />\n二、乙。<br />\n申領人得委託代理人為之。</p>\n");
        assert_eq!(kept, ["答覆", "一、甲。", "二、乙。", "申領人得委託代理人為之。"]);
        assert_eq!(debris, ["<p>", "<br />", "<br />", "</p>"]);
        // Angle brackets around words are no tags; a tag alone before text with no marker
        // stays.
        let (kept, _) = cleaned("依<某法>辦理。\n");
        assert_eq!(kept, ["依<某法>辦理。"]);
    }

    #[test]
    fn bullets_and_bars_come_off() {
        let (lines, debris) =
            cleaned("跳到主要內容區塊\n:::\n- 一、甲。 | \n|\n  • 第 8 條\n二、乙 | 丙 |\n• 成績優秀\n");
        assert_eq!(lines, ["一、甲。", "第 8 條", "二、乙 | 丙 |", "• 成績優秀"]);
        assert_eq!(debris, ["跳到主要內容區塊", ":::", "-", "|", "|", "•"]);
    }

    #[test]
    fn the_law_database_s_attachment_note_is_no_paragraph() {
        // c-ntmofa-venue-fee-standard-2023-moj-law-page-heavy-chrome-attachment-note-line-
        // truncated (on a line of its own) and c-ntsec-fee-standard-2019-listenlaw-blog-copy-
        // player-chrome-attachment-note-glued-article (before the next label) in corpus/real.
        for src in [
            "某收費標準\n第 1 條\n本標準依規費法第十條規定訂定之。\n本條文有附件\n第 2 條\n收費基準如附表。\n",
            "某收費標準\n第 1 條\n本標準依規費法第十條規定訂定之。\n本條文有附件 第 2 條\n收費基準如附表。\n",
        ] {
            let doc = crate::parse(src);
            let first = doc.units.first().expect("an article");
            assert_eq!(first.children.len(), 1, "{src}: {:#?}", first.children);
            assert_eq!(doc.debris.iter().map(|d| d.text.as_str()).collect::<Vec<_>>(), ["本條文有附件"], "{src}");
            assert_eq!(crate::testing::top_nums(src), ["1", "2"]);
        }
        // Only the note alone: a sentence that names an attachment is text.
        assert!(!law_note("本條文有附件一份"));
    }

    #[test]
    fn a_page_s_last_change_stamp_is_chrome() {
        // c-nfa-taichung-harbour-fire-volunteer-recruitment-points-flattened-paren-items-
        // quoted-paragraphs-bulleted-contacts and s-csmu-academic-ethics-office-rules-points-
        // spaced-comma-flattened-paren-items-update-date in corpus/real.
        // l-yunlin-erlun-township-cabbage-planting-registration-notice-points-lost-label-chrome:
        // the time of the last change, with the hour.
        for line in [
            "最後更新日期111-05-04 回首頁",
            "最後更新日期",
            "- 最後更新日期 2024-09-18",
            "最後異動時間2019-07-08 上午 08:33:53",
            // (c-nmns-locker-rules-spaced-points-paren-comma-items-update-date-line: a date
            // with the word after it.)
            "2025/11/26 更新",
            "2025-11-26更新",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        assert!(!is_chrome("本表自2025/11/26 更新"));
        assert!(!is_chrome("每年更新"));
        // Not with a colon (a field of the page's metadata), nor a sentence that opens with
        // the words.
        assert!(!is_chrome("最後更新日期:114-04-03"));
        assert!(!is_chrome("最後更新日期為本會公告之日,逾期不受理。"));
        assert!(!is_chrome("最後修改日期以郵戳為憑"));
        assert!(!is_chrome("最後異動時間應於申請書載明"));
    }

    #[test]
    fn a_school_site_s_allergen_footer_closes_the_text() {
        // c-nstm-underwater-heritage-exhibition-letter-tainan-school-relay-allergen-footer
        // in corpus/real: the relaying school's footer under the letter's last point.
        let doc = crate::parse(
            "某函\n一、甲。\n二、歡迎洽服務專線。\n本校營養午餐有供應甲殼類、芒果、花生等11種及其製品,不適合對其過敏體質者食用\n",
        );
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        assert_eq!(doc.debris.len(), 1);
        // A point of a lunch rule saying so is its text.
        let doc = crate::parse("某午餐要點\n一、甲。\n二、本校營養午餐有供應花生,不適合對其過敏體質者食用。\n");
        assert!(doc.top_units()[1].children[0].text.starts_with("本校營養午餐"));
    }

    #[test]
    fn a_download_row_is_chrome() {
        // s-cufa-peer-tutoring-grant-page-numbered-heading-arabic-comma-units-bullets in
        // corpus/real: a form's download buttons under the last point.
        let (lines, debris) = cleaned("1、 甲。\n2、 乙。\n申請表單下載  ODT  PDF word\n");
        assert_eq!(lines, ["1、 甲。", "2、 乙。"]);
        assert_eq!(debris, ["申請表單下載  ODT  PDF word"]);
        assert!(is_chrome("附件下載: PDF | DOCX"));
        // Not a sentence about downloading, nor a form's name alone.
        assert!(!is_chrome("請至網站下載 PDF 檔案") && !is_chrome("申請表下載"));
    }

    #[test]
    fn a_table_row_of_chrome_captions_is_chrome() {
        // l-taoyuan-staff-childcare-services-letter-school-relay-subject-points-space-after-
        // comma-table-chrome in corpus/real: a forum's thread buttons under the last point.
        let (lines, debris) = cleaned("一、甲。\n二、乙。\n發表者 | 樹狀展開 |\n");
        assert_eq!(lines, ["一、甲。", "二、乙。"]);
        assert_eq!(debris, ["發表者 | 樹狀展開 |"]);
        // Not a row holding text besides such captions, nor bars alone.
        assert!(!is_chrome("發表者 | 王小明 |"));
        assert!(!is_chrome("| |"));
    }

    #[test]
    fn a_file_link_is_chrome() {
        // l-hsinchu-school-lunch-procurement-contract-notice-points-paren-arabic-items-chrome
        // and l-hsinchu-jianshi-township-organic-fertilizer-rules-… in corpus/real.
        let (lines, debris) =
            cleaned("一、甲。\n二、乙。\n  附件檔案 pdf檔案1.108契約(修) -v3\npdf檔案2.108補充說明\n");
        assert_eq!(lines, ["一、甲。", "二、乙。"]);
        assert_eq!(debris.len(), 2, "{debris:?}");
        assert!(is_chrome("docx 新竹縣有機肥料發放規則  17.35K  點閱圖案42"));
        // Not a sentence naming a format, nor a format's name before a sentence.
        assert!(!is_chrome("PDF檔案") && !is_chrome("pdf格式請以A4列印"));
    }

    #[test]
    fn a_bulleted_table_of_files_is_chrome() {
        // l-yunlin-huwei-community-associations-cleaning-grant-notice-points-arabic-items-
        // file-list-bullets-truncated in corpus/real: the header row, each file's bulleted
        // name and its download button.
        let src = "五、核銷時應檢具下列資料:\n1.領據。\n2.成果照片。\n  • 檔案說明 下載檔案\n  • 1-社區申請補助提案計畫書範例(1).docx\n    下載 Word 檔(1-社區申請補助提案計畫書範例(1).docx)_另開視窗\n";
        let (lines, debris) = cleaned(src);
        assert_eq!(lines, ["五、核銷時應檢具下列資料:", "1.領據。", "2.成果照片。"]);
        assert_eq!(debris.len(), 3, "{debris:?}");
        // Not a sentence about a download, nor a caption naming one column.
        assert!(!is_chrome("下載 Word 檔(請填寫後寄回)"));
        assert!(!is_chrome("下載檔案後請填寫申請書。"));
        assert!(!is_chrome("檔案說明"));
        // A space before the extension (c-mpb-commercial-port-safety-acts-point-six-alone-
        // paren-space-units-attachment-links in corpus/real).
        assert!(is_chrome("商港法第36條第1項第3款第6點正式公告 .pdf"));
        assert!(!is_chrome("詳如附件一 .pdf檔,請下載填寫。"));
    }

    #[test]
    fn skip_links_and_image_file_names_are_chrome() {
        assert!(is_chrome("按 Enter 到主內容區"));
        assert!(is_chrome("按Enter到主內容區"));
        assert!(is_chrome("Skip to content") && is_chrome("Skip to Content") && is_chrome("Skip to main content"));
        assert!(is_chrome("Your browser does not support JavaScript!"));
        // s-nutn-distinguished-alumni-selection-rules-flattened-articles-history-lines-
        // truncated and s-sysh-english-test-fee-subsidy-notice-paren-arabic-sections-comma-
        // items in corpus/real.
        assert!(is_chrome("分享到") && is_chrome("分享"));
        assert!(is_chrome("字級大小:大 | 中(預設) | 小 | |"));
        assert!(!is_chrome("字級大小依本校規定辦理。"));
        assert!(is_chrome("您的瀏覽器似乎不支援JavaScript語法"));
        assert!(is_chrome("本Script功能提供設定表格點選一行產生連結,此項功能,不影響你閱讀本網站連結資訊。"));
        assert!(!is_chrome("Your browser settings are described in item 3."));
        assert!(!is_chrome("Skip to the rules"));
        assert!(is_chrome("04.jpg"));
        assert!(is_chrome("little-girl-running-pathway-sun-moon-lake-taiwan.jpg"));
        assert!(is_chrome("14 次查看0 則留言"));
        // With its size (o-wanfang-hospital-flu-vaccine-expansion-points-spaced-arabic-
        // items-image-line in corpus/real); brackets holding no size are no size.
        assert!(is_chrome("1131224.png (59 KB)") && is_chrome("map.jpg(1.2MB)"));
        assert!(!is_chrome("1131224.png (請見附件)") && !is_chrome("1131224.png (KB)"));
        // A numbered file name, spaced or not (l-tainan-winter-break-safety-letter-asps-
        // relay-points-paren-items-attachment in corpus/real).
        assert!(is_chrome("1) 各級學校115年寒假期間學生活動安全注意事項.pdf"));
        assert!(is_chrome("1)各級學校115年寒假期間學生活動安全注意事項.pdf"));
        assert!(!is_chrome("1) 請填寫申請表後寄至本處 form.pdf"));
        assert!(!is_chrome("按月繳交"));
        assert!(!is_chrome("附件1.pdf"));
        assert!(!is_chrome("1.jpg檔案請上傳"));
        assert!(is_chrome("• slider image 57") && is_chrome("Slider image"));
        assert!(!is_chrome("slider image of the hall"));
        assert!(is_chrome("heart-title-icon 訊息內容") && is_chrome("heart-title-icon檔案下載"));
        assert!(!is_chrome("tel-icon 本案依據某某法辦理,並請查照。"));
        assert!(is_chrome("【校址】231319 新北市新店區三民路36號(位置圖) |"));
        assert!(is_chrome("| 上一則 | 回列表 | 下一則 |"));
        assert!(is_chrome("編輯:賀晨曦") && is_chrome("公文 下載") && is_chrome("| 附加檔案 | 申請表.odt"));
        assert!(!is_chrome("編輯會議之決議,送本會備查。"));
        assert!(is_chrome("(圖片擷取自疾病管制署)") && !is_chrome("(圖片請依本校規定擷取。)"));
        assert!(is_chrome("校際選課.pdf") && is_chrome("• 市府分類: 財政稅務") && is_chrome("撰稿人:某科 某人 電話:1"));
        assert!(!is_chrome("依本要點第二點.pdf檔辦理") && !is_chrome("請參閱 附件 說明.pdf"));
        // Signatures: an office and a date, an office's greeting.
        assert!(signature_line("學生事務處 課外活動組 106年12月22日") && signature_line("總務處、會計處 啟 114.5.5"));
        assert!(signature_line("學生事務處/生活輔導組關心您~06-2757575#50340謝小姐114.9.15"));
        assert!(!signature_line("本辦法自106年12月22日") && !signature_line("請各位同學關心您的權益"));
        // A sign-off word before the date (s-asia-winter-dorm-application-notice-points-
        // arabic-items-bilingual-arabic-truncated in corpus/real).
        assert!(signature_line("宿舍服務組敬告105年12月20日") && signature_line("學務處 敬上 114年1月2日"));
        assert!(!signature_line("敬告105年12月20日") && !signature_line("請於敬告105年12月20日"));
        let (kept, debris) = cleaned("按 Enter 到主內容區\n04.jpg\n某要點\n一、甲。\n");
        assert_eq!(kept, ["某要點", "一、甲。"]);
        assert_eq!(debris, ["按 Enter 到主內容區", "04.jpg"]);
    }

    #[test]
    fn a_notes_widget_and_a_feedback_question_under_the_text_are_chrome() {
        for c in ["這條法條還沒有人寫下共筆", "本頁對您有幫助嗎?", "我是一個連結的展示"] {
            assert!(is_chrome(c), "{c}");
        }
        // (The page's last point keeps one paragraph: c-bamid-next-feature-film-grant-
        // points-excerpt-taoyuan-film-fund-site-… in corpus/real.)
        let doc = crate::parse("某要點\n一、甲。\n二、乙。\n我是一個連結的展示\n");
        assert_eq!(doc.units[1].children.len(), 1);
        assert!(!is_chrome("本頁對您有幫助嗎?請留言。"));
    }

    #[test]
    fn widget_captions_and_further_skip_links_are_chrome() {
        // Each was read as its page's title (see widget_caption and is_skip_link).
        for c in [
            "移至網頁之主要內容區位置",
            "跳到主要內容區塊 定位點",
            "前往主要內容區塊",
            "跳到主要內容 Jump to Content",
            "定位點",
            "進入內容區塊",
            "手機選單",
            "Jump to the main content block",
            "top of page",
            "Logo",
            "LOGO",
            "top-banner",
            "banner",
            "• Slider",
            "  • 滑動圖 (2019-10-03_082952.jpg)",
            "Menu",
            "close",
            "登入",
            "主選單",
            "• 我的E政府 [另開新視窗]",
            "網路E櫃台(另開新視窗)",
        ] {
            assert!(is_chrome(c), "{c}");
        }
        // A sentence or a caption that only starts so is text.
        for c in [
            "Logo design contest rules",
            "登入系統後,點選申請。",
            "滑動圖片以查看全部內容",
            "請至本府網站下載申請表,填妥後送件(另開新視窗)",
            "選單內容如下:",
        ] {
            assert!(!is_chrome(c), "{c}");
        }
    }

    #[test]
    fn skip_links_and_widget_captions_go_to_debris_wherever_they_open_a_page() {
        // A plain line (opening with an ideograph) skips the chrome tests unless it may be
        // one of these: each must still be dropped.
        for c in SKIP_LINKS.iter().copied().chain([
            "選單",
            "主選單",
            "資料處理中",
            "加入好友",
            "站內搜尋",
            "通過A等級無障礙網頁檢測",
        ]) {
            let src = format!("{c}\n示範要點\n一、甲。\n二、乙。\n");
            let doc = crate::parse(&src);
            assert_eq!(doc.title.as_deref(), Some("示範要點"), "{c}");
            assert!(doc.debris.iter().any(|d| d.text == c), "{c}");
        }
    }

    #[test]
    fn a_chapter_index_is_chrome() {
        // c-mine-safety-act-articles-law-site-paragraph-marks-chapter-index-truncated in
        // corpus/real: the index's links over the chapters themselves.
        assert!(is_chrome("第二章 安全設施 §10") && is_chrome("第六章 附則§46"));
        assert!(is_chrome("回索引〉〉"));
        assert!(is_chrome("資安專區 / 2025-02-14 / 點閱數: 1525"));
        assert!(!is_chrome("資安專區 / 點閱數說明"));
        assert!(is_chrome("Q&A 2018-04-10T17:08:06+08:00") && is_chrome("2018-04-10T17:08Z"));
        assert!(!is_chrome("2018-04-10 公告"));
        // Widgets' captions (s-tut-machine-room-access-points-simplified-chinese-paren-
        // digit-items, l-new-taipei-health-centre-ambulance-fee-table-points-paren-items-
        // cells-flattened-bulleted-notes).
        assert!(is_chrome("浏览数") && is_chrome("瀏覽數") && is_chrome("gotop") && is_chrome("相關連結:"));
        // A blog's comment count and note under the post (s-stps-academic-affairs-…).
        assert!(is_chrome("沒有留言:") && is_chrome("注意:只有此網誌的成員可以留言。"));
        assert!(!is_chrome("沒有留言者視同放棄。"));
        assert!(!is_chrome("第二章 安全設施") && !is_chrome("依第十條 §10"));
        let (kept, _) = cleaned("某法\n第一章 總則 §1\n第二章 附則 §3\n第一章 總則\n第1條 甲。\n");
        assert_eq!(kept, ["某法", "第一章 總則", "第1條 甲。"]);
    }

    #[test]
    fn emoji_bullets_come_off() {
        // s-tcu-drinking-fountain-points-emoji-bullets-before-markers in corpus/real.
        let (lines, debris) = cleaned("🔹 一、管理分工\n🔹️二、甲。\n📢 本要點經行政會議通過後實施。\n");
        assert_eq!(lines, ["一、管理分工", "二、甲。", "📢 本要點經行政會議通過後實施。"]);
        assert_eq!(debris, ["🔹", "🔹\u{FE0F}"]);
    }

    #[test]
    fn font_size_buttons_are_chrome() {
        assert!(is_chrome("文字-A A +A"));
        assert!(is_chrome("字級:A A A"));
        assert!(!is_chrome("文字說明"));
        assert!(!is_chrome("文字"));
    }

    #[test]
    fn chrome_starts_follow_the_lists() {
        for w in CHROME
            .iter()
            .chain(&CHROME_FIELDS)
            .chain(&SECTION_LABELS)
            .chain(&CHROME_NOTICES)
            .chain(&RULE_CLASSES)
            .chain(&SEARCH_FORM)
            .chain(&PAGER)
            .chain(&UPDATE_STAMPS)
        {
            assert!(w.chars().next().is_some_and(is_chrome_start), "{w}");
        }
    }

    #[test]
    fn an_ordered_list_s_numbers_over_the_text_s_own_markers() {
        // s-nccu-club-subsidy-notice-ol-numbers-over-stem-and-comma-markers in corpus/real.
        let doc = crate::parse(
            "公告\n  1. 壹、申請期間:自九月一日起。\n  2. 貳、注意事項:\n  3. 1、本次補助甲。\n  4. 2、輸入乙。\n  5. 【1】一般活動:丙。\n",
        );
        let numbers: Vec<_> = doc.debris.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(numbers, ["1.", "2.", "3.", "4.", "5."]);
        assert!(doc.units.iter().all(|u| u.label.as_ref().is_none_or(|l| !l.as_str().ends_with('.'))));
        // A list of the page's own, its text plain, keeps its numbers.
        let doc = crate::parse("公告\n  1. 本校甲。\n  2. 本校乙。\n  3. 本校丙。\n  4. 本校丁。\n");
        assert!(doc.debris.is_empty());
        assert_eq!(ordered_list_run(&normalize::lines("1. 壹、甲。\n2. 貳、乙。\n3. 1、丙。\n")), Vec::<usize>::new());
    }

    #[test]
    fn counters_are_chrome() {
        assert!(is_chrome("瀏覽數:1024"));
        assert!(is_chrome("人氣177") && is_chrome("瀏覽人次 1,384"));
        assert!(is_chrome("※查無相關函令") && !is_chrome("查無相關函令者,依本點辦理。"));
        assert!(date_stamp("2017-11-03") && date_stamp("2023/09/22 09:50"));
        assert!(!date_stamp("2017-11") && !date_stamp("2017-11-03-04") && !date_stamp("113/08/13"));
        assert!(!is_chrome("人氣") && !is_chrome("人氣商品") && !is_chrome("點閱數100次以上者"));
        // A counter whose digits are pictures, and no other row of images with words.
        assert!(is_chrome("今天: | ![]() ![]() |") && is_chrome("總計: | ![]() ![]() ![]() |"));
        assert!(!is_chrome("今天: | ![]() 開放 |") && !is_chrome("二、報名: ![]()") && !is_chrome("今天: |"));
        assert!(!is_chrome("![]() |"));
        // A post's category tag, and no category named in a sentence.
        assert!(is_chrome("類別:[車輛管理]") && is_chrome("類別：［國籍函釋令宣導］"));
        assert!(!is_chrome("類別:[甲類]及[乙類]") && !is_chrome("類別:甲類"));
        let (kept, debris) = cleaned("一、甲。\n類別:[車輛管理]\n");
        assert_eq!((kept, debris), (vec!["一、甲。".to_string()], vec!["類別:[車輛管理]".to_string()]));
        assert_eq!(counter_tail("二、請參考。 瀏覽數"), Some("二、請參考。 ".len()));
        assert_eq!(counter_tail("二、請參考。 瀏覽數:1,024"), Some("二、請參考。 ".len()));
        assert_eq!(counter_tail("二、請參考瀏覽數"), None);
        assert_eq!(counter_tail("二、主管機關為本府。 相關法規"), Some("二、主管機關為本府。 ".len()));
        assert_eq!(counter_tail("四、特殊原因如下: 相關法規"), Some("四、特殊原因如下: ".len()));
        assert_eq!(counter_tail("四、依下列相關法規"), None);
        assert!(is_chrome("相關法規") && is_chrome("讀取中..."));
        assert!(is_chrome("總務處、會計處 啟 114.5.5") && is_chrome("學務處 敬啟"));
        assert!(is_chrome("This is an example of a HTML caption with a link."));
        assert!(is_chrome("法規辦法 生教組 - 學生 | 2020-08-20 | 點閱數: 1239"));
        assert!(is_chrome("上一則公告 下一則公告") && is_chrome("學生手冊 / 張貼者 訓育組長"));
        assert!(is_chrome("張貼日期: 2024-10-27 10:10:35  點閱:576") && is_chrome("參觀人數:56170"));
        assert!(!is_chrome("本校/張貼公告之規定"));
        // A table's header cell under the post's date line is no title either.
        let doc = crate::parse("張貼日期: 2025-12-31 17:38:43 點閱:36\n| 內容 |\n一、甲。\n二、乙。\n");
        assert!(doc.title.is_none());
        let doc = crate::parse("公告事務組長-總務處| 2022-01-11 |點閱數: 268\n一、甲。\n二、乙。\n");
        assert_eq!(doc.debris.len(), 1);
        assert!(doc.title.is_none());
        assert!(!is_chrome("敬啟") && !is_chrome("請於期限內辦理,謝謝 啟"));
        // It closes the text: the page's category under it is no paragraph either.
        let doc = crate::parse("某通知\n一、甲。\n二、乙。\n總務處、會計處 啟 114.5.5\n分類: 公告\n");
        assert_eq!(doc.units.last().map(|u| u.children.len()), Some(1));
        assert_eq!(counter_tail("二、請參考。瀏覽數"), None);
        assert!(is_chrome("參訪區公所申辦流程圖1") && is_chrome("附件檔案") && is_chrome("相關檔案"));
        // l-taichung-epb-banner-flag-advertising-ban-notice-points-paren-items-breadcrumb-
        // metadata-bullets-truncated in corpus/real: a city template's caption.
        assert!(is_chrome("檔案下載(或附件)"));
        assert!(is_chrome("• 資料點閱次數:888") && !is_chrome("資料點閱次數統計表如附件。"));
        assert!(is_chrome("1 2 3 4 5 6") && !is_chrome("1 2 4") && !is_chrome("1 2") && !is_chrome("1 本要點"));
        assert!(!is_chrome("如附圖1") && !is_chrome("流程圖123") && !is_chrome("圖1"));
        assert!(is_chrome("期  間 自民國 日 至"));
        assert!(is_chrome("檢索字詞"));
        assert!(!is_chrome("期間自民國一百年一月一日至十二月三十一日止。"));
        assert!(is_chrome("列印時間:113.11.26 17:50"));
        assert!(!is_chrome("瀏覽數量之統計方法如下："));
    }

    #[test]
    fn spaced_chrome_words_and_slashed_rule_names() {
        // s-tcu-page-teaching-practice-base-call-english-glued-after-five in corpus/real.
        assert!(is_chrome("內 容") && is_chrome("內容") && !is_chrome("內 容 如 下 。"));
        // l-taichung-yatan-land-office-inheritance-notes-table-cells: a rule's name with
        // slashes is no category path.
        assert!(is_chrome("行政/財政/國有財產"));
        assert!(!is_chrome("土地/建築改良物繼承/分割繼承登記申請須知"));
    }

    #[test]
    fn attachment_lines_keep_the_space_after_their_label() {
        // c-nstc-research-staff-notes-point-four-amendment-hospital-relay-duplicated.
        assert_eq!(appendix_text("附件  以上資訊與附件,可查看於 Notes 公告"), "附件 以上資訊與附件,可查看於Notes公告");
        assert_eq!(appendix_text("附件:申請 表"), "附件:申請表");
        assert!(is_appendix_line(&appendix_text("附件  以上資訊")));
    }

    #[test]
    fn copyright_footers_are_chrome() {
        assert!(is_chrome("版權所有 新竹縣政府環境保護局 ©2020 All Rights Reserved"));
        assert!(is_chrome("Copyright © 澎湖日報 All rights reserved."));
        assert!(is_chrome("© 2024 vocus All rights reserved."));
        assert!(!is_chrome("本校版權所有之著作,應標示©及年份。"));
        assert!(!is_chrome("版權所有"));
    }

    #[test]
    fn goal_tags_under_a_post_are_chrome() {
        // l-yunlin-county-huwei-detailed-plan-comment-notice-sdg-tags-bullet-fields-indented-
        // points in corpus/real: the post's closing field goes to meta, its tags to debris,
        // and the clean text reads back the same.
        assert!(is_chrome("  • SDGs8 就業與經濟成長促進包容且永續的經濟成長,讓每個人都有一份好工作"));
        assert!(is_chrome("SDG11 永續城鄉"));
        assert!(!is_chrome("四、本案與聯合國永續發展目標SDG4(優質教育)相符。"));
        let src = "公告\n  • 內容:\n\n    一、公告期間:自113年1月30日起。\n\n    二、公告地點:本府城鄉發展處。\n\n  • 發布單位:城鄉發展處-都市計畫科\n  • SDGs8 就業與經濟成長促進包容且永續的經濟成長\n  • SDGs11 永續城鄉建構具包容、安全的城市與鄉村\n";
        let doc = crate::parse(src);
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        assert_eq!(doc.meta.get("發布單位").map(String::as_str), Some("城鄉發展處-都市計畫科"));
        assert_eq!(crate::testing::round_trip(src), None);
    }

    #[test]
    fn region_anchors_are_chrome() {
        // l-newtaipei-riverside-hand-cycle-lending-notes-date-in-title-blank-line-wraps-
        // truncated in corpus/real: the title printed again under the anchors is debris.
        assert!(is_chrome(":::左側選單"));
        assert!(is_chrome("::: 中央內容區"));
        assert!(!is_chrome(":::借用須知"));
        assert!(is_chrome("負責課室:民政課 負責人員:吳永誠"));
        assert!(!is_chrome("負責辦理本案之人員"));
        let doc = crate::parse(
            "某借用須知\n跳到主要內容區塊\n:::左側選單\n:::右側選單\n:::\n某借用須知\n一、甲。\n二、乙。\n",
        );
        assert_eq!(doc.units.len(), 2, "{:#?}", doc.units);
    }

    #[test]
    fn breadcrumbs_from_the_home_page_are_chrome() {
        // s-pccu-extension-student-notes-numeral-alone-on-line-trailing-spaces-nav-chrome-
        // excerpt in corpus/real.
        assert!(is_chrome("Home > 選課注意事項 > 學員須知"));
        assert!(is_chrome("首頁＞最新消息＞公告"));
        assert!(is_chrome("首頁 > 便民服務") && !plain_line("首頁 > 便民服務") && is_chrome("回公告列表"));
        assert!(!is_chrome("Home > 首頁"));
        assert!(!is_chrome("首頁 > 本校依規定辦理，並公告之。 > 其他"));
        // A menu over the text, and its clean text, read the same: the joined menu items
        // are no fuller title.
        let src = "延、轉、退費規定\n各類繳費方式\n報名須知\n學員須知\nHome > 選課注意事項 > 學員須知\n\n學員須知\n\n一、\n學員應攜帶學員證。\n二、\n上課當日請準時。\n";
        let doc = crate::parse(src);
        assert!(doc.debris.iter().any(|d| d.text.starts_with("Home")));
        let again = crate::parse(&crate::render::to_text(&doc));
        assert_eq!(again.title, doc.title);
        assert_eq!(again.units.len(), doc.units.len());
    }

    #[test]
    fn anti_copy_noise_before_a_point_comes_off() {
        let (kept, debris) = cleaned("標題\n5 t/ q8 x7 s# Q/ \\$ P9 Q四、禁止設置祭祀設施。\n1. (1) 校內單位：\n");
        assert_eq!(kept, ["標題", "四、禁止設置祭祀設施。", "1. (1) 校內單位："]);
        assert_eq!(debris, ["5 t/ q8 x7 s# Q/ \\$ P9 Q"]);
    }

    #[test]
    fn paths_and_tool_bars_are_chrome() {
        assert!(is_chrome("行政/財政/國有財產"));
        assert!(!is_chrome("甲/乙"));
        assert!(!is_chrome("營業額/資本額/員工人數之比率，依下列規定："));
        assert!(is_chrome("臺北市編章節條文 text_rotate_vertical 另存PDF print 友善列印"));
        assert!(is_chrome("友善列印 :") && is_chrome("字級設定:") && !is_chrome("字級設定說明:"));
        assert!(is_chrome("請利用鍵盤按住Ctrl + P開啟列印功能"));
        assert!(is_chrome("而IE7或Firefox瀏覽器則可利用鍵盤 Ctrl + (+)放大 (-)縮小來改變字型大小。"));
        assert!(!is_chrome("列印費用每張新臺幣二元"));
        assert!(is_chrome("(因條文排版無法完整呈現內容,請詳閱完整條文檔案。)"));
        assert!(is_chrome("北市18-05-2001"));
        assert!(is_chrome("• 附件"));
        assert!(!is_chrome("附件"));
        assert!(is_chrome("行政規則:屬行政程序法第159條第2項第1款"));
        assert!(!is_chrome("行政規則之訂定，依下列規定："));
    }
}
