//! PDF documents: the text layer, extracted by Poppler's `pdftotext` (Debian package
//! `poppler-utils`, with `poppler-data` for PDFs whose Chinese fonts are not embedded),
//! then with the running headers, running footers and page numbers of every page
//! dropped; the rest is repaired like any text pasted from a PDF (wrapped lines joined,
//! spacing folded) by the parser.
//!
//! `pdftotext` is run from the `PATH`, or as the program named by the environment
//! variable `FAGUI_PDFTOTEXT`. It reads the fonts' Unicode maps and the predefined
//! CJK encodings (Big5 `ETen-B5-H`, `UniCNS-UCS2-H` …) that older Taiwanese PDFs use.
//! A running header repeated on every page and the page numbers are dropped.

use std::collections::HashMap;
use std::io::Write;
use std::process::Command;

use crate::error::Error;

/// The environment variable that names the `pdftotext` program to run.
pub const PROGRAM_ENV: &str = "FAGUI_PDFTOTEXT";

/// Lines at the top and at the bottom of a page that may be a running header or footer.
const ZONE: usize = 3;

/// The text of a PDF: [`extract`], then the running headers and page numbers dropped. A PDF without a text
/// layer (a scan) is refused with [`Error::NoTextLayer`].
pub fn text(bytes: &[u8]) -> Result<String, Error> {
    let raw = extract(bytes)?;
    let pages: Vec<&str> = raw.split('\x0c').collect();
    let text = drop_page_furniture(&pages);
    if text.trim().is_empty() {
        return Err(Error::NoTextLayer);
    }
    Ok(text)
}

/// The raw text layer: `pdftotext` in reading order, UTF-8, pages separated by form feeds.
pub fn extract(bytes: &[u8]) -> Result<String, Error> {
    let program = std::env::var_os(PROGRAM_ENV).unwrap_or_else(|| "pdftotext".into());
    let bad = |message: String| Error::Document { format: "PDF", message };
    let mut file = tempfile::Builder::new()
        .prefix("fagui-")
        .suffix(".pdf")
        .tempfile()
        .map_err(|e| bad(format!("cannot write a temporary file: {e}")))?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(|e| bad(format!("cannot write a temporary file: {e}")))?;
    let output =
        Command::new(&program).args(["-enc", "UTF-8", "-eol", "unix"]).arg(file.path()).arg("-").output().map_err(
            |e| match e.kind() {
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => Error::PdfTool { data: false },
                _ => bad(format!("cannot run {}: {e}", program.to_string_lossy())),
            },
        )?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let why = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("pdftotext failed").trim();
        return Err(bad(why.to_string()));
    }
    // Fonts in a predefined CJK encoding need Poppler's CJK data: without it their text
    // is silently left out.
    if stderr.contains("Missing language pack") {
        return Err(Error::PdfTool { data: true });
    }
    String::from_utf8(output.stdout).map_err(|e| bad(format!("pdftotext wrote invalid UTF-8: {e}")))
}

/// Joins the pages of an extracted text, without what a printer repeats on every page:
/// the lines at the top and the bottom of a page that are a page number (`- 3 -`,
/// `第 3 頁`, `3/10`, `Page 3`, a bare `3`) or that come back on most pages (the same
/// line, page numbers aside: a running header or footer). Lines are dropped from the
/// edges of a page inwards and only while they are such lines, so a title that repeats
/// the running header under it stays. Nothing in the middle of a page is touched.
/// (What the text alone cannot tell: a title that is also the running header of the
/// next pages, on a first page without a header, is dropped as that header.)
pub(crate) fn drop_page_furniture(pages: &[&str]) -> String {
    let pages: Vec<Vec<&str>> = pages.iter().map(|p| p.lines().collect()).filter(|p: &Vec<&str>| !blank(p)).collect();
    // On how many pages each line (its key) is at the top or at the bottom.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        let mut keys: Vec<String> = edges(page).map(|i| key(page.get(i).copied().unwrap_or_default())).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let repeated = |line: &str| {
        let count = seen.get(&key(line)).copied().unwrap_or(0);
        count >= 2 && 2 * count > pages.len()
    };
    let mut out = String::new();
    for page in &pages {
        let content: Vec<usize> =
            (0..page.len()).filter(|&i| page.get(i).is_some_and(|l| !l.trim().is_empty())).collect();
        let mut drop = vec![false; page.len()];
        // From the top down, then from the bottom up, while the lines are furniture;
        // a line dropped once on a page is kept when it comes again.
        let mut dropped: Vec<String> = Vec::new();
        let top = content.iter().take(ZONE);
        let bottom = content.iter().rev().take(ZONE);
        for side in [top.copied().collect::<Vec<_>>(), bottom.copied().collect::<Vec<_>>()] {
            for i in side {
                let line = page.get(i).copied().unwrap_or_default().trim();
                let k = key(line);
                if drop.get(i).copied().unwrap_or(true) || dropped.contains(&k) {
                    break;
                }
                if is_page_number(line) || repeated(line) {
                    if let Some(d) = drop.get_mut(i) {
                        *d = true;
                    }
                    dropped.push(k);
                } else {
                    break;
                }
            }
        }
        for (i, line) in page.iter().enumerate() {
            if !drop.get(i).copied().unwrap_or(false) {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

fn blank(page: &[&str]) -> bool {
    page.iter().all(|l| l.trim().is_empty())
}

/// The indices of the lines at the top and at the bottom of a page (non-blank ones).
fn edges<'a>(page: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    let content: Vec<usize> = (0..page.len()).filter(|&i| page.get(i).is_some_and(|l| !l.trim().is_empty())).collect();
    let mut idx: Vec<usize> = content.iter().take(ZONE).chain(content.iter().rev().take(ZONE)).copied().collect();
    idx.sort_unstable();
    idx.dedup();
    idx.into_iter()
}

/// A line as compared across pages: without spaces, every run of digits as `#` (so
/// `第 1 頁，共 3 頁` and `第 2 頁，共 3 頁` are the same line).
fn key(line: &str) -> String {
    let mut out = String::new();
    let mut in_digits = false;
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
        if digit && !in_digits {
            out.push('#');
        } else if !digit {
            out.push(c);
        }
        in_digits = digit;
    }
    out
}

/// A page number: what the parser takes for page debris (`- 3 -`, `第 3 頁`, `3/10`,
/// `Page 3`), or a bare number of up to four digits.
fn is_page_number(line: &str) -> bool {
    let bare = line.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    crate::normalize::is_page_debris(line)
        || (!bare.is_empty()
            && bare.chars().count() <= 4
            && bare.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_and_page_numbers_go() {
        let pages = ["示範部\n示範要點\n一、甲。\n- 1 -\n", "示範部\n二、乙。\n- 2 -\n", "示範部\n三、丙。\n- 3 -\n"];
        assert_eq!(drop_page_furniture(&pages), "示範要點\n一、甲。\n二、乙。\n三、丙。\n");
    }

    #[test]
    fn drop_page_furniture_example() {
        use crate::decode::pdf::drop_page_furniture;
        let pages = ["示範要點\n示範要點\n一、甲。\n第 1 頁，共 2 頁\n", "示範要點\n二、乙。\n第 2 頁，共 2 頁\n"];
        assert_eq!(drop_page_furniture(&pages), "示範要點\n一、甲。\n二、乙。\n");
    }

    #[test]
    fn page_numbers_go_on_any_page_count() {
        assert_eq!(drop_page_furniture(&["一、甲。\n- 1 -\n"]), "一、甲。\n");
        assert_eq!(drop_page_furniture(&["一、甲。\n3\n", "二、乙。\n4\n", ""]), "一、甲。\n二、乙。\n");
        assert_eq!(drop_page_furniture(&["1/2\n一、甲。\n", "2/2\n二、乙。\n"]), "一、甲。\n二、乙。\n");
    }

    #[test]
    fn running_headers_go_only_when_on_most_pages() {
        let pages = ["機關名稱\n一、甲。\n", "機關名稱\n二、乙。\n", "三、丙。\n", "機關名稱\n四、丁。\n"];
        assert_eq!(drop_page_furniture(&pages), "一、甲。\n二、乙。\n三、丙。\n四、丁。\n");
        // On one page of two: body text, kept.
        let pages = ["機關名稱\n一、甲。\n", "二、乙。\n"];
        assert_eq!(drop_page_furniture(&pages), "機關名稱\n一、甲。\n二、乙。\n");
    }

    #[test]
    fn the_middle_of_a_page_is_untouched() {
        // The same line in the middle of each page is text.
        let pages = [
            "頁首\n一、甲。\n（刪除）\n二、乙。\n三、丙。\n四、丁。\n頁尾\n",
            "頁首\n五、甲。\n（刪除）\n六、乙。\n七、丙。\n八、丁。\n頁尾\n",
        ];
        assert_eq!(
            drop_page_furniture(&pages),
            "一、甲。\n（刪除）\n二、乙。\n三、丙。\n四、丁。\n五、甲。\n（刪除）\n六、乙。\n七、丙。\n八、丁。\n"
        );
    }

    #[test]
    fn keys_fold_spaces_and_digits() {
        assert_eq!(key("第 1 頁，共 12 頁"), "第#頁，共#頁");
        assert_eq!(key("- １２ -"), "-#-");
    }
}
