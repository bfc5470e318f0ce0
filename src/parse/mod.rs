//! Parsing (phase 2 of the pipeline): from repaired lines to the typed tree.
//!
//! Markers are recognised by the nom rules of [`crate::marker`]; this module decides,
//! from the numbering sequence, whether a marker opens a unit or is plain text, and
//! whether a line break is a wrap (joined) or a structural break (a new paragraph).
//! Parsing never fails: odd input becomes diagnostics on a best-effort tree.

mod cn;
mod detect;
mod front;
pub mod history;
mod ids;
mod inline;
mod lines;
mod marks;
mod numbering;
mod opendata;
mod outline;
mod qa;
mod repair;
mod split;

use crate::ast::{Debris, DocKind, Document, Jurisdiction};
use crate::marker::{self, Style};
use crate::normalize::{self, Line};

pub use cn::detect_jurisdiction;
use detect::{detect_kind, detect_wrapped, full_width};
use front::{Front, history_lines, tail_history_start};
pub use front::{history_block, is_header_key};
use ids::dedupe_ids;
pub(crate) use lines::is_bullet_label;
use lines::line_debris;
use marks::Mark;
use opendata::{Role, is_label_line};
pub use opendata::{UnitSource, from_units};
use outline::Builder;
pub use outline::MAX_DIAGNOSTICS_PER_CODE;

/// How to parse.
///
/// ```
/// let opts = fagui::ParseOptions::default().with_kind(Some(fagui::DocKind::Statute));
/// let doc = fagui::parse_with("示範法\n第 1 條\n本法。\n", &opts);
/// assert_eq!(doc.kind, fagui::DocKind::Statute);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Force the document kind instead of detecting it.
    pub kind: Option<DocKind>,
    /// Force wrapped-text mode (`Some(true)`: lines are hard-wrapped and joined unless
    /// they end a sentence) or clean mode (`Some(false)`: every line break is kept).
    /// `None` detects it from the text.
    pub wrapped: Option<bool>,
    /// Maximum list nesting below a paragraph; deeper markers are read as text with a
    /// diagnostic.
    pub max_depth: usize,
    /// Read a title line (default). Off for fragments such as one article's content.
    pub title: bool,
    /// Force Taiwanese or mainland reading instead of detecting it from the content
    /// ([`detect_jurisdiction`]).
    pub jurisdiction: Option<Jurisdiction>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { kind: None, wrapped: None, max_depth: 32, title: true, jurisdiction: None }
    }
}

/// True when `src` is to be read as a mainland text.
fn is_mainland(src: &str, opts: &ParseOptions) -> bool {
    opts.jurisdiction.unwrap_or_else(|| detect_jurisdiction(src)) == Jurisdiction::Cn
}

/// The mainland reading of `src`, when it is to be read so. A text whose script alone
/// made it mainland, in which that reading finds no unit, is read the Taiwanese way: a
/// Taiwanese university's contest rules put in simplified characters by its site, points
/// `一、` to `八、` and no `条` (s-ncu-liberal-arts-short-film-contest-rules-simplified-
/// script-points-arabic-items-date-digit-lines in corpus/real), had no unit at all.
fn mainland(src: &str, opts: &ParseOptions) -> Option<Document> {
    if !is_mainland(src, opts) {
        return None;
    }
    let doc = cn::parse(src, opts);
    (opts.jurisdiction.is_some() || !doc.top_units().is_empty()).then_some(doc)
}

/// Parses a legal text with default options. Never fails.
///
/// ```
/// let doc = fagui::parse("示範要點\n一、本要點訂定。\n二、（刪除）\n");
/// assert_eq!(doc.kind, fagui::DocKind::Directive);
/// assert!(doc.units[1].deleted);
/// ```
pub fn parse(src: &str) -> Document {
    parse_with(src, &ParseOptions::default())
}

/// Parses a legal text with the given options. Never fails.
///
/// ```
/// let doc = fagui::parse_with("一、甲。\n二、乙。\n", &fagui::ParseOptions::default().with_title(false));
/// assert_eq!(doc.title, None);
/// assert_eq!(doc.units.len(), 2);
/// ```
pub fn parse_with(src: &str, opts: &ParseOptions) -> Document {
    parse_roles(src, opts, &[])
}

/// Parses a text that may hold several documents (a compilation of directives or laws,
/// or a page with two versions): a new title followed by numbering that starts again
/// begins a new document. Returns one document at least; a single document is what
/// [`parse_with`] returns.
///
/// ```
/// let docs = fagui::parse_all(
///     "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n",
///     &fagui::ParseOptions::default(),
/// );
/// assert_eq!(docs.len(), 2);
/// assert_eq!(docs[1].title.as_deref(), Some("乙要點"));
/// assert_eq!(docs[1].units.len(), 2);
/// ```
pub fn parse_all(src: &str, opts: &ParseOptions) -> Vec<Document> {
    parse_each(src, opts).collect()
}

/// [`parse_all`] one document at a time: the text is split first, then each document
/// is read when it is asked for, so that a caller writing each one out (as `fagui parse`
/// does) holds one document's tree at a time instead of all of them.
///
/// ```
/// let src = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";
/// let mut docs = fagui::parse_each(src, &fagui::ParseOptions::default());
/// assert_eq!(docs.next().unwrap().title.as_deref(), Some("甲要點"));
/// assert_eq!(docs.next().unwrap().title.as_deref(), Some("乙要點"));
/// assert!(docs.next().is_none());
/// ```
pub fn parse_each<'a>(src: &'a str, opts: &ParseOptions) -> Documents<'a> {
    if let Some(doc) = mainland(src, opts) {
        return Documents { inner: Inner::One(Some(doc)) };
    }
    let Prepared { lines, marks, debris, chrome } = prepare(src, true);
    let bounds = if opts.title { split::documents(&lines, &marks) } else { Vec::new() };
    let mut ends = bounds;
    ends.push(lines.len());
    Documents {
        inner: Inner::Split(Box::new(Split {
            lines,
            marks,
            debris: debris.into_iter().peekable(),
            chrome,
            ends: ends.into_iter(),
            from: 0,
            read: 0,
            opts: opts.clone(),
        })),
    }
}

/// The documents of a text, read one at a time: see [`parse_each`].
#[derive(Debug)]
pub struct Documents<'a> {
    inner: Inner<'a>,
}

#[derive(Debug)]
enum Inner<'a> {
    /// A mainland text: one document, read whole.
    One(Option<Document>),
    /// A text split into documents, each read when asked for.
    Split(Box<Split<'a>>),
}

/// The split text and how far it has been read.
#[derive(Debug)]
struct Split<'a> {
    lines: Vec<Line<'a>>,
    marks: Vec<Option<Mark>>,
    debris: std::iter::Peekable<std::vec::IntoIter<Debris>>,
    chrome: Vec<usize>,
    /// The line index each document ends at, the next first.
    ends: std::vec::IntoIter<usize>,
    /// The line index the next document starts at.
    from: usize,
    /// Documents read so far.
    read: usize,
    opts: ParseOptions,
}

impl Iterator for Documents<'_> {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        let s = match &mut self.inner {
            Inner::One(doc) => return doc.take(),
            Inner::Split(s) => s,
        };
        let doc = match s.ends.next() {
            Some(to) => match (s.lines.get(s.from..to), s.marks.get(s.from..to)) {
                (Some(seg), Some(seg_marks)) => {
                    // Debris before the next document's first line belongs to this one.
                    let end = s.lines.get(to).map_or(usize::MAX, |l| l.start);
                    let mut mine = Vec::new();
                    while let Some(d) = s.debris.next_if(|d| d.span.0 < end) {
                        mine.push(d);
                    }
                    s.from = to;
                    Some(read_document(seg, seg_marks, mine, &s.chrome, &s.opts, &[]))
                }
                _ => None,
            },
            None => None,
        };
        let doc = match doc {
            Some(d) => d,
            // A text always gives one document at least.
            None if s.read == 0 => {
                s.read = 1;
                let debris = s.debris.by_ref().collect();
                return Some(read_document(&[], &[], debris, &[], &s.opts, &[]));
            }
            None => {
                // Done: the line tables go now.
                self.inner = Inner::One(None);
                return None;
            }
        };
        s.read += 1;
        Some(doc)
    }
}

/// The lines of a text with page debris taken out, and the marker each line starts with.
struct Prepared<'a> {
    lines: Vec<Line<'a>>,
    marks: Vec<Option<Mark>>,
    debris: Vec<Debris>,
    /// Line starts of the chrome lines taken out, in order.
    chrome: Vec<usize>,
}

fn prepare(src: &str, pasted: bool) -> Prepared<'_> {
    let mut lines = normalize::lines(src);
    let mut debris = Vec::new();
    let mut chrome = Vec::new();
    lines::clean_page(&mut lines, &mut debris, &mut chrome, pasted);
    let mut marks = all_marks(&lines);
    if pasted {
        repair::marks(src, &mut lines, &mut marks, &mut debris);
    }
    // In the order of the text: several documents take theirs from it in turn, and the
    // passes above add debris of any line after the page's (a doubled label, a cell's
    // bar cut off inside a line).
    debris.sort_by_key(|d| d.span.0);
    Prepared { lines, marks, debris, chrome }
}

/// True for a label a unit keeps as written: a question's or an answer's (`Q1:`, `A10:`),
/// a worded label (`步驟一、`) or a colon label (`1:`) read as a unit's: see [`qa`].
pub(crate) fn keeps_own_label(label: &str) -> bool {
    qa::qa_label(label).is_some_and(|(_, _, len)| len == label.len())
        || qa::worded_label(label).is_some_and(|(_, _, len)| len == label.len())
        || qa::colon_label(label).is_some_and(|(_, len)| len == label.len())
}

/// The appendices closing a text: each attachment line opens one; the lines under it
/// are its paragraphs, one a line (a table flattened to text, a form's fields).
fn appendices(lines: &[Line<'_>]) -> Vec<crate::ast::Node> {
    use crate::ast::{Node, NodeKind, Num, Span};
    let mut out: Vec<Node> = Vec::new();
    for l in lines {
        match out.last_mut() {
            Some(app) if !lines::is_appendix_line(l.content) => {
                let n = app.children.len() as u32 + 1;
                let mut p =
                    Node::new(format!("{}__para_{n}", app.id), NodeKind::Paragraph, normalize::folded(l.content));
                p.num = Some(Num { main: n, sub: None });
                p.span = Span(l.content_start, l.content_end());
                app.span.1 = l.content_end();
                app.children.push(p);
            }
            _ => {
                let id = if out.is_empty() { "appendix".to_string() } else { format!("appendix_{}", out.len() + 1) };
                let mut n = Node::new(id, NodeKind::Appendix, lines::appendix_text(l.content));
                n.span = Span(l.content_start, l.content_end());
                out.push(n);
            }
        }
    }
    out
}

/// The marker each line starts with.
fn all_marks(lines: &[Line<'_>]) -> Vec<Option<Mark>> {
    lines.iter().map(|l| marker::marker(l.content).map(|m| Mark::new(&m, l.content))).collect()
}

/// `roles`: (byte offset of a line start, role); lines not listed are read as plain text.
fn parse_roles(src: &str, opts: &ParseOptions, roles: &[(usize, Role)]) -> Document {
    if roles.is_empty()
        && let Some(doc) = mainland(src, opts)
    {
        return doc;
    }
    let Prepared { lines, marks, debris, chrome } = prepare(src, roles.is_empty());
    read_document(&lines, &marks, debris, &chrome, opts, roles)
}

/// Reads one document from its lines (with their markers).
fn read_document(
    lines: &[Line<'_>],
    all_marks: &[Option<Mark>],
    mut debris: Vec<Debris>,
    chrome: &[usize],
    opts: &ParseOptions,
    roles: &[(usize, Role)],
) -> Document {
    let mut diags = Vec::new();
    let Front { mut meta, mut title, mut history, start: idx } =
        front::read_front(lines, all_marks, opts.title, roles.is_empty(), &mut debris);
    // Metadata closing the page, then a closing history block: it runs to the end, every
    // line after its first entry belongs to it (lines that start no entry continue the
    // one before).
    // A print view closes with the fields and then the history under a label (`沿 革:`).
    let label = if roles.is_empty() { front::tail_history_label(lines, idx) } else { None };
    let meta_end = label.unwrap_or(lines.len());
    // Closing contact fields (`主辦單位 …`) are no text of the last unit.
    let meta_end = if roles.is_empty() {
        let fields = front::tail_fields_start(lines.get(..meta_end).unwrap_or(&[]), idx);
        debris.extend(lines.get(fields..meta_end).unwrap_or(&[]).iter().map(line_debris));
        fields
    } else {
        meta_end
    };
    let (tail, end) = if roles.is_empty() {
        let end = front::tail_meta_start(lines.get(..meta_end).unwrap_or(&[]), idx);
        front::read_meta(lines, end, meta_end, &mut meta, &mut debris);
        // An official letter's distribution list is no text of the last unit.
        let recipients = front::tail_recipients_start(lines.get(..end).unwrap_or(&[]), idx);
        debris.extend(lines.get(recipients..end).unwrap_or(&[]).iter().map(line_debris));
        let end = recipients;
        let body = lines.get(..end).unwrap_or(&[]);
        (tail_history_start(body, idx), end)
    } else {
        (lines.len(), lines.len())
    };
    history.extend(front::closing_history(lines.get(tail..end).unwrap_or(&[]), &mut debris));
    if let Some(k) = label {
        debris.extend(lines.get(k).map(line_debris));
        history.extend(history_lines(lines.get(k + 1..).unwrap_or(&[])));
    }
    // A page that names its rule only in the closing fields.
    if title.is_none() && opts.title {
        title = meta.get("法規名稱").filter(|t| !t.is_empty()).cloned();
    }

    let body = lines.get(idx..tail).unwrap_or(&[]);
    let marks = all_marks.get(idx..tail).unwrap_or(&[]);
    // A page of one article with its label outside the text (in a field or after the
    // law's name) is that article, its `一、` lines 款.
    let lone = if roles.is_empty()
        && opts.kind != Some(DocKind::Directive)
        && !marks.iter().flatten().any(|m| m.style == Style::Article)
    {
        front::lone_article(&meta, title.as_deref(), body)
    } else {
        None
    };
    let kind = opts.kind.unwrap_or_else(|| match lone {
        Some(_) => DocKind::Statute,
        None => detect_kind(body, marks, title.as_deref()),
    });
    // (The line the article's text starts on.)
    let lone_at = lone.map(|(n, at)| (n, at.map_or(0, |i| i + 1)));
    let wrapped = opts.wrapped.unwrap_or_else(|| detect_wrapped(body, marks));
    let full_width = full_width(body, marks);

    let point_style = detect::point_style(body, marks);
    let unit_style = if kind == DocKind::Statute { Style::Article } else { point_style };
    // The rest of the page after the last unit, once chrome came, is not text.
    let cut = if roles.is_empty() { lines::page_tail(body, marks, chrome, unit_style) } else { body.len() };
    let (tail, tail_marks) = (body.get(cut..).unwrap_or(&[]), marks.get(cut..).unwrap_or(&[]));
    let english = lines::english_version(tail, tail_marks);
    // (Its entries follow one another: the lines from the first's to the last's end.)
    let version = english.first().zip(english.last()).map_or(0..0, |((_, a), (_, b))| a.start..b.end);
    debris.extend(tail.iter().enumerate().filter(|(k, _)| !version.contains(k)).map(|(_, l)| line_debris(l)));
    let chrome_after = cut < body.len();
    let (body, marks) = (body.get(..cut).unwrap_or(&[]), marks.get(..cut).unwrap_or(&[]));
    // Fields before that chrome (`• 更新日期:110/07/01` above `回頁首`: c-cga-coastal-zone-
    // entry-procedure-two-points-template-debris in corpus/real) close the text too.
    let cut = if roles.is_empty() && chrome_after {
        let from = front::tail_meta_start(body, 0);
        front::read_meta(body, from, body.len(), &mut meta, &mut debris);
        from
    } else {
        body.len()
    };
    let (body, marks) = (body.get(..cut).unwrap_or(&[]), marks.get(..cut).unwrap_or(&[]));
    // An attachment list closing the text is an appendix; a closing notice or a cut-off
    // bracket is no text of the last unit.
    let (appendix, end) =
        if roles.is_empty() { lines::closing(body, marks, unit_style) } else { (body.len(), body.len()) };
    debris.extend(body.get(end..).unwrap_or(&[]).iter().map(line_debris));
    let appendix = body.get(appendix..end).unwrap_or(&[]);
    let (body, marks) =
        (body.get(..end - appendix.len()).unwrap_or(&[]), marks.get(..end - appendix.len()).unwrap_or(&[]));
    // Every unit-style marker with its place, by number: a jump in the numbering is read
    // as a unit when the numbers it skips never come (a page of the first and last
    // points only).
    let mut unit_marks: Vec<(u32, usize)> = body
        .iter()
        .zip(marks)
        .filter_map(|(l, m)| {
            m.as_ref().filter(|m| m.style == unit_style && m.sub.is_none()).map(|m| (m.num, l.content_start))
        })
        .collect();
    unit_marks.sort_unstable();
    // For every marker, the number of the next of its style: a list item that skips one
    // number is an item when the list goes on from it. (One pass back; a handful of
    // styles.)
    let mut next_of_style = Vec::new();
    let mut seen: Vec<(Style, (u32, Option<u32>))> = Vec::new();
    for (l, m) in body.iter().zip(marks).rev() {
        let Some(m) = m else { continue };
        let slot = seen.iter_mut().find(|(s, _)| *s == m.style);
        next_of_style.push((l.content_start, slot.as_ref().map(|(_, n)| *n)));
        match slot {
            Some(s) => s.1 = (m.num, m.sub),
            None => seen.push((m.style, (m.num, m.sub))),
        }
    }
    next_of_style.reverse();
    let announced =
        if kind == DocKind::Directive { outline::announced_items(body, marks, unit_style) } else { Vec::new() };
    let mut b = Builder {
        kind,
        wrapped,
        clean: opts.wrapped == Some(false),
        full_width,
        max_depth: opts.max_depth,
        stack: Vec::new(),
        out: Vec::new(),
        diags: &mut diags,
        last_unit: None,
        sparse: false,
        point_style,
        unit_marks,
        next_of_style,
        broken_lists: Vec::new(),
        broken_paras: 0,
        bullets: 0,
        unit_under_heading: false,
        last_heading: [None; 5],
        prev: None,
        unparsed: 0,
        may_collide: false,
        section_start: false,
        quiet_preamble: false,
        diag_counts: Vec::new(),
        last_line: 1,
        last_end: 0,
        announced,
    };
    // Top-level nodes are the headings when there are any (the units go inside them),
    // else the units: room for them up front spares copying a long list of points as it
    // grows (the excess is given back below; capped, as marker-looking lines that open
    // nothing could ask for a lot). Not every `一、` of a statute (its 款, which would
    // reserve 152 bytes each for nothing while the tree is built).
    let (mut units, mut headings) = (0usize, 0usize);
    for m in marks.iter().flatten() {
        if matches!(m.style, Style::Heading(_)) {
            headings += 1;
        } else if m.style == unit_style {
            units += 1;
        }
    }
    let tops = if headings > 0 { headings } else { units };
    b.out.reserve(tops.min(1 << 20) + 1);
    let mut role_at = roles.iter().peekable();
    let mut current = None;
    let mut body_history = Vec::new();
    // A caption line waiting for the unit marker on the next line.
    let mut caption: Option<&Line<'_>> = None;
    // A section's caption waiting for the point that starts the numbering again, and the
    // caption under it, if any.
    let mut section: Option<(&Line<'_>, Option<&Line<'_>>)> = None;
    for (i, (line, mark)) in body.iter().zip(marks).enumerate() {
        if let Some(((num, sub), _)) = lone_at.filter(|&(_, at)| at == i) {
            b.lone_article(line, num, sub);
        }
        // An adoption or history line inside the body (after a chapter heading, between
        // two versions) is history, not text of the unit before it.
        if roles.is_empty()
            && mark.is_none_or(|m| matches!(m.style, Style::Arabic | Style::ParenArabic))
            // (A full line of wrapped text may be a wrap, unless it ends as an entry does.)
            && !(wrapped && line.width >= full_width && !history::entry_complete(line.content))
            // (Before the first unit any such line is history: a wiki page sets its
            // history lines under a title line with a download note, s-kmu-chiu-
            // scholarship-articles-diff-page in corpus/real.)
            && (b.prev.is_none_or(|p| p.ends_sentence) || b.last_unit.is_none())
            // (Not the next point of a text numbered `1.` `2.`: `2. 111 年 6 月 1 日經臨時校務
            // 會議表決過半數通過(…),決議將傾倒南洋杉移除。` after point 1, s-tainan-yhps-fallen-
            // araucaria-removal-notice-post-chrome-menu-bullets-arabic-points in corpus/real.)
            && !mark.is_some_and(|m| {
                m.style == unit_style
                    && m.sub.is_none()
                    && b.last_unit.is_some_and(|last| last.1.is_none() && numbering::follows(last, (m.num, m.sub)))
            })
            && history::is_entry_start(line.content)
        {
            body_history.push(*line);
            b.after_history();
            continue;
        }
        let mut mark = mark.map(|m| m.expand(line.content));
        // The marker of the next line, as the rules below look ahead to it.
        let next_mark = marks.get(i + 1).and_then(Option::as_ref);
        if let Some(m) = mark.as_mut().filter(|m| m.lost) {
            m.num = b.lost_number(m.style);
        }
        while let Some((off, role)) = role_at.peek() {
            if *off > line.start {
                break;
            }
            current = Some(*role);
            role_at.next();
        }
        if current.is_none() {
            let restarts_at = |j: usize| {
                marks.get(j).and_then(Option::as_ref).is_some_and(|m| {
                    m.style == unit_style && m.style == point_style && (m.num, m.sub) == (1, None) && !m.rest_empty
                })
            };
            // A caption under the section's caption (`※中文戶籍謄本及戶籍檔案原始資料` /
            // `申請人` over `1. 本人` after the lists of the English transcript's section:
            // l-tainan-guantian-household-office-household-transcript-application-arabic-
            // lists-restarting-captions-truncated in corpus/real).
            if let Some((cap, None)) = section
                && mark.is_none()
                && outline::is_section_caption(line.content)
                && restarts_at(i + 1)
            {
                section = Some((cap, Some(line)));
                continue;
            }
            if let Some((cap, under)) = section.take() {
                b.section_start = true;
                let opens = mark
                    .as_ref()
                    .is_some_and(|m| !line.continues && matches!(b.judge(m, line), numbering::Verdict::Unit { .. }));
                if opens {
                    b.line(line, mark.as_ref());
                    b.section_start = false;
                    b.set_unit_caption(cap, under);
                    continue;
                }
                b.section_start = false;
                b.caption_lines(cap, under);
            }
            let captioned = |j: usize| {
                marks.get(j).is_some_and(Option::is_none)
                    && body.get(j).is_some_and(|l| outline::is_section_caption(l.content))
            };
            if kind == DocKind::Directive
                && mark.is_none()
                && caption.is_none()
                && b.last_unit.is_some_and(|(n, _)| n >= 2)
                && ((outline::is_section_caption(line.content)
                    || outline::is_marked_lead_in(line.content)
                    || outline::is_caption_with_note(line))
                    && (b.prev_ends_sentence() || b.prev_is_short_value())
                    // (A caption over a caption is a heading marked as one, no field with its
                    // value: `可展演時段:11:00~21:00` over `場地管理規定:` is text of the unit
                    // before, o-tunghai-mall-busker-venue-rules-taichung-busker-platform-
                    // repeated-fields-arabic-lists-restarting in corpus/real; so is `隨到隨辦`
                    // under `作業時間`, over `注意事項`: l-taichung-beitun-household-office-seal-
                    // notes-captions-bullets.)
                    && (restarts_at(i + 1)
                        || !line.content.contains([':', '：'])
                            && line.content.starts_with(|c| outline::is_caption_mark(c) || c == '【')
                            && captioned(i + 1)
                            && restarts_at(i + 2))
                    // (Or a question over its answer's label: see `is_question_caption`.)
                    || b.prev_ends_sentence()
                        && outline::is_question_caption(line.content)
                        && marks.get(i + 1).is_some_and(Option::is_none)
                        && body.get(i + 1).is_some_and(|l| qa::answer_label_alone(l.content))
                        && restarts_at(i + 2))
            {
                section = Some((line, None));
                continue;
            }
            // A section whose caption was lost: numbering that starts again at `一、` set
            // apart by two blank lines or more after a finished sentence, its `二、` next
            // (s-ctu-incubator-review-rules-captions-lost-points-restart-four-times in
            // corpus/real: four lists, 一–四, 一–三, 一–二, 一–六). The clean text sets
            // such a section apart the same way (`render::section_breaks`).
            let set_apart = i.checked_sub(1).and_then(|p| body.get(p)).is_some_and(|p| line.number > p.number + 2);
            // Or, without blank lines, numbering that starts again at once after a full stop,
            // or under a short unnumbered caption with its colon (three runs of `(一)` whose
            // point headings were lost: s-taipei-primary-after-school-club-page-gu-host-lost-
            // point-numerals-paren-items; lists restarting under captions such as `申請資
            // 格:`: l-taoyuan-daxi-land-office-fee-refund-simplification-bulleted-fields-
            // star-captions-arabic-lists in corpus/real). Not under a unit's own lead-in
            // (`4.收費標準:` then `1. 報名費…`), where the list is the unit's.
            let after_full_stop_or_caption = |i: usize| {
                const CAPTION_WIDTH: u32 = 40;
                let caption = i.checked_sub(1).and_then(|k| marks.get(k)).is_some_and(Option::is_none);
                b.prev.is_some_and(|p| {
                    matches!(p.final_char, Some('。' | '！' | '？' | '!' | '?'))
                        || (matches!(p.final_char, Some(':' | '：')) && caption && p.width <= CAPTION_WIDTH)
                })
            };
            // (The next marker of the list's style, over the wrapped lines of this unit's text,
            // as the clean text joins them: s-hyes-child-self-government-election-plan-lost-
            // chapter-heading-table-bars-truncated, and over the unit's own items in another
            // style, `(一)成績單正本…` over `1.`, `2.` and `(二)身分證明:`: o-liming-foundation-
            // scholarship-nptu-relay-captions-paren-items-arabic-subitems-truncated in
            // corpus/real.)
            const SECOND_SEARCH: usize = 8;
            let second_next = || {
                marks
                    .get(i + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take(SECOND_SEARCH)
                    .flatten()
                    .find(|m| m.style == unit_style)
                    .is_some_and(|m| (m.num, m.sub) == (2, None) && !m.rest_empty)
            };
            // Or a single point opening the list again, a lead-in over its own items in
            // another style (`三、…平台」。` then `一、暑假期間…請注意下列交通安全注意事項:`
            // over `(一)`–`(三)`: s-yfsh-ebike-traffic-safety-notice-two-point-lists-
            // restarting in corpus/real). One colon only, the lead-in's: not a line of
            // fields (`1.當次測驗必備之應試用品:…有效身分證件規定:` over `(1) 本國籍考生:`,
            // as the clean text joins them: s-just-lc-toeic-campus-exam-notice-bullet-arabic-
            // lists-restarting-truncated in corpus/real).
            let lead_in_to_items = |line: &Line<'_>| {
                matches!(line.final_char, Some(':' | '：'))
                    && line.content.matches([':', '：']).count() == 1
                    && next_mark.is_some_and(|m| m.style != unit_style && (m.num, m.sub) == (1, None) && !m.rest_empty)
            };
            // Or under a short unnumbered caption with no final punctuation, between a unit
            // that finished its sentence and the fresh list (`申請加保應備證件 (須本人親自辦理)`
            // over `1、申請人國民身分證。` after `5.…審查。`: o-luzhou-farmers-association-farmer-
            // insurance-three-lists-arabic-dot-comma-paren-restarting-truncated; `…應填具【申請
            // 書】及檢附下列文件〈一份〉` over `1.…` after `10.…會勘簽單。`: l-kinmen-county-
            // construction-dept-livestock-farm-registration-service-arabic-lists-restarting-
            // run-on-fields in corpus/real). A caption announces its list: it closes with no
            // sentence, no colon. (Not a note's label in brackets, `〔立法理由〕` over the
            // reasons numbered as points are: c-motc-grant-oversight-reasons-rootlaw in
            // corpus/real.)
            let in_brackets = |s: &str| s.starts_with(['〔', '[']) && s.ends_with(['〕', ']']);
            let bare_caption = |i: usize| {
                const CAPTION_WIDTH: u32 = 80;
                i >= 2
                    && marks.get(i - 1).is_some_and(Option::is_none)
                    && body.get(i - 1).is_some_and(|c| {
                        c.width <= CAPTION_WIDTH
                            && !c.ends_sentence
                            && !c.continues
                            && !matches!(c.final_char, Some(':' | '：' | '，' | ',' | '、' | '；' | ';'))
                            && !c.content.contains('。')
                            && !in_brackets(c.content)
                    })
                    && body.get(i - 2).is_some_and(|l| matches!(l.final_char, Some('。' | '！' | '？' | '!' | '?')))
            };
            // Or a fresh list, with nothing after it going on with the list before it (not a
            // unit's own items in its style, which the next unit follows: `3.…如下:`, `1.`–`5.`,
            // then `4.`), where either
            // - it starts again after an unnumbered lead-in and runs past the number the list
            //   before it stands at: `1.`–`3.`, a paragraph `…且依下列原則辦理:`, then `1.`–`5.`
            //   (l-changhua-ethics-office-document-secrecy-notice-captions-arabic-lists-
            //   truncated in corpus/real), read as a fresh list, not as text whose `4.` and
            //   `5.` went on with the first one; or
            // - it starts again under a lead-in's colon, after other text that finished a
            //   sentence since the list before it: an FAQ page's `1.`–`5.` under its first
            //   question, then the next questions and their answers, then `…仍應準備:` over
            //   `1.`–`5.` (c-chiayi-motor-vehicle-office-faq-bulleted-questions-arabic-lists-
            //   counters-truncated in corpus/real). (A unit's own items under a lead-in that
            //   follows its first line straight away stay its items.)
            // The run it opens is counted once, after the cheaper checks.
            let fresh_list = |i: usize| {
                let lead_in = i.checked_sub(1).and_then(|k| marks.get(k)).is_some_and(Option::is_none);
                let colon = b.prev.is_some_and(|p| matches!(p.final_char, Some(':' | '：')))
                    && i >= 2
                    // (Not a statute's lead-in to its 款, `有左列各款情事之一者,…:`, `…記明
                    // 下列各項:`: c-pharmacists-act-1943-law-history-site-article-labels-
                    // lost-chapters-truncated, and a statute quoted in a flattened table,
                    // o-pharmacists-news-taoyuan-pharmacy-inspection-points-arabic-items-
                    // violations-table-article-cells-quoted-kuan-truncated in corpus/real.)
                    && body.get(i - 1).is_some_and(|l| !["各款", "各項", "左列"].iter().any(|w| l.content.contains(w)))
                    && body
                        .get(..i - 1)
                        .unwrap_or_default()
                        .iter()
                        .zip(marks.iter())
                        .rev()
                        .take_while(|(_, m)| !m.is_some_and(|m| m.style == unit_style))
                        .any(|(l, m)| m.is_none() && matches!(l.final_char, Some('。' | '？' | '?' | '！' | '!')));
                if !lead_in && !colon {
                    return false;
                }
                let last = b.last_unit.map_or(0, |(n, _)| n);
                let (run, after) = restarted_run(marks.get(i..).unwrap_or_default(), unit_style);
                after.is_none_or(|n| n != (last + 1, None)) && (colon || bare_caption(i) || (lead_in && run > last))
            };
            if kind == DocKind::Directive
                && caption.is_none()
                // (Not the text printed again from its first point on, which the numbering
                // reads with its warning.)
                && !mark.as_ref().is_some_and(|m| b.repeats_first_unit(m.rest))
                && !line.continues
                && mark.as_ref().is_some_and(|m| {
                    m.style == unit_style && m.style == point_style && (m.num, m.sub) == (1, None) && !m.rest.is_empty()
                })
                && b.last_unit.is_some_and(|(n, _)| n >= 2)
                && (b.prev_ends_sentence() || bare_caption(i))
                && (second_next() || lead_in_to_items(line))
                && (set_apart || after_full_stop_or_caption(i) || fresh_list(i))
            {
                b.section_start = true;
                b.line(line, mark.as_ref());
                b.section_start = false;
                continue;
            }
            if let Some(cap) = caption.take() {
                let opens = mark
                    .as_ref()
                    .is_some_and(|m| !line.continues && matches!(b.judge(m, line), numbering::Verdict::Unit { .. }));
                if opens {
                    b.line(line, mark.as_ref());
                    b.set_unit_caption(cap, None);
                    continue;
                }
                b.line(cap, None);
            }
            // (An article label may stand alone with its items below: `(獎學金之決定)` over
            // `第六條` over `1. 經本會…`, t-yamamoto-foundation-scholarship-articles-headings
            // in corpus/real.)
            let next_opens =
                || next_mark.is_some_and(|m| m.style == unit_style && (!m.rest_empty || m.style == Style::Article));
            // (Also a part's name whose numeral was lost, `() 總則` over `一、`: c-dgbas-2000-
            // agricultural-census-plan-lost-numerals-lost-date-characters-chapters-truncated
            // in corpus/real.)
            // Only over the next unit, so that the line keeps its marker otherwise.
            let next_unit = || {
                next_mark.is_some_and(|m| {
                    m.style == unit_style && numbering::follows(b.last_unit.unwrap_or((0, None)), (m.num, m.sub))
                })
            };
            let lost_caption =
                || mark.as_ref().is_some_and(|m| m.lost && outline::is_lost_part_name(m.rest)) && next_unit();
            if (mark.is_none() && outline::is_caption_line(line.content) || lost_caption())
                // (Not the text of a bare label above it: `十二、` alone, then `（刪除）`.)
                && b.prev_ends_sentence()
                && !b.awaits_text()
                && next_opens()
            {
                caption = Some(line);
                continue;
            }
        }
        match current {
            Some(Role::Label(num, sub)) if is_label_line(line, roles) => {
                b.forced_unit(line, num, sub);
            }
            Some(Role::Content) | Some(Role::Label(..)) => b.content_line(line, mark.as_ref()),
            Some(Role::Preamble) => {
                b.quiet_preamble = true;
                b.content_line(line, None);
            }
            _ => b.line(line, mark.as_ref()),
        }
    }
    if let Some(cap) = caption {
        b.line(cap, None);
    }
    if let Some((cap, under)) = section {
        b.caption_lines(cap, under);
    }
    b.finish();
    if let Some(first) = body_history.first() {
        let at = history.iter().position(|h| h.span.0 > first.content_start).unwrap_or(history.len());
        let entries: Vec<_> = body_history.iter().map(|l| history_lines(std::slice::from_ref(l))).collect();
        history.splice(at..at, entries.into_iter().flatten());
    }
    let mut units = std::mem::take(&mut b.out);
    attach_english(&mut units, &english, tail, &mut debris);
    units.extend(appendices(appendix));
    units.shrink_to_fit();
    if b.may_collide {
        dedupe_ids(&mut units);
    }

    // In the order of the text (the phases take debris off the page's start, its end and
    // its lines in turn).
    debris.sort_by_key(|d| d.span.0);
    Document { title, kind, jurisdiction: Jurisdiction::Tw, meta, history, units, debris, diagnostics: diags }
}

/// Each entry of the English version after the units ([`lines::english_version`]) as
/// one further paragraph of the unit with its number, its lines joined by spaces and
/// its numeral kept in its text (the README's labelling: the English version of a unit
/// is a paragraph of it). Where a number has no unit of its own at the top level, the
/// lines stay the page's debris.
fn attach_english(
    units: &mut [crate::ast::Node],
    english: &[(u32, std::ops::Range<usize>)],
    tail: &[Line<'_>],
    debris: &mut Vec<Debris>,
) {
    use crate::ast::{Node, NodeKind, Num, Span};
    if english.is_empty() {
        return;
    }
    // Where each number's unit is, looked up once (`None` where two units share it).
    let mut at: std::collections::HashMap<u32, Option<usize>> = std::collections::HashMap::new();
    for (i, u) in units.iter().enumerate() {
        if let Some(Num { main, sub: None }) = u.num.filter(|_| u.kind.is_unit()) {
            at.entry(main).and_modify(|e| *e = None).or_insert(Some(i));
        }
    }
    let unit_at = |n: u32| at.get(&n).copied().flatten();
    if !english.iter().all(|(n, _)| unit_at(*n).is_some()) {
        debris.extend(english.iter().flat_map(|(_, r)| tail.get(r.clone()).unwrap_or(&[])).map(line_debris));
        return;
    }
    for (n, range) in english {
        let (Some(i), Some(lines)) = (unit_at(*n), tail.get(range.clone())) else { continue };
        let Some(unit) = units.get_mut(i) else { continue };
        let k = unit.children.iter().filter(|c| c.kind == NodeKind::Paragraph).count() as u32 + 1;
        let text = lines.iter().map(|l| l.content).collect::<Vec<_>>().join(" ");
        let mut p = Node::new(format!("{}__para_{k}", unit.id), NodeKind::Paragraph, text);
        p.num = Some(Num::from(k));
        if let (Some(a), Some(b)) = (lines.first(), lines.last()) {
            p.span = Span(a.content_start, b.content_end());
        }
        unit.children.push(p);
    }
}

/// The run of unit-style markers counting up from 1 that `marks` opens with
/// (`1.`, `2.`, … with any lines between them), and the number of the unit-style marker
/// that ends it, if any. Each line is looked at once per run.
fn restarted_run(marks: &[Option<Mark>], style: Style) -> (u32, Option<(u32, Option<u32>)>) {
    let mut run = 0;
    for m in marks.iter().flatten().filter(|m| m.style == style) {
        if (m.num, m.sub) != (run + 1, None) {
            return (run, Some((m.num, m.sub)));
        }
        run += 1;
    }
    (run, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DiagCode;
    use crate::ast::Node;
    use crate::ast::NodeKind;
    use crate::ast::Num;
    use crate::marker::Marker;
    use ids::{has_duplicate_ids, ids_surely_unique};

    #[test]
    fn article_after_a_note_that_closes_a_sentence() {
        // t-jah-quality-committee-articles-lone-spaces in corpus/real.
        let doc = parse(
            "某組織章程\n第一條\n  特設置「某委員會」。(以下簡稱本會)\n第二條 目的\n  本會成立目的在於協助全院。\n第三條 丙。\n",
        );
        assert_eq!(doc.units.len(), 3);
    }

    #[test]
    fn a_paragraph_ending_with_a_kind_of_rule_is_no_fuller_title() {
        // o-blog-invoice-draw-table-bars-prize-claim-notes-inline-arabic-points-truncated in
        // corpus/real, as its clean text reads: table cells joined into one line that ends
        // with the caption over the list.
        let cells =
            "月份| 11月~12月|特別獎| 88515559 |同期統一發票收執聯8位數號碼與特別獎號碼相同者獎金1,000萬元".repeat(3);
        let src = format!(
            "統一發票的定義是指制式憑證~~\n{cells}增開六獎185、079、442領獎注意事項\n1.領獎期間請於郵局辦理。\n2.統一發票收執聯\n"
        );
        let doc = parse(&src);
        assert_eq!(doc.title.as_deref(), Some("統一發票的定義是指制式憑證~~"));
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn numbering_that_starts_again_after_two_blank_lines() {
        // s-ctu-incubator-review-rules-captions-lost-points-restart-four-times in
        // corpus/real: the lists' captions were lost.
        let src = "審查辦法\n\n一、甲。\n二、乙。\n三、丙。\n\n\n\n一、丁。\n二、戊。\n\n\n一、己。\n二、庚。\n";
        let doc = parse(src);
        let nums = unit_nums(&doc);
        assert_eq!(nums, [1, 2, 3, 1, 2, 1, 2]);
        // The clean text sets the sections apart the same way, and reads back the same.
        let again = parse(&crate::render::to_text(&doc));
        let nums2 = unit_nums(&again);
        assert_eq!(nums2, nums);
        // Under one blank line after a full stop it starts again too (see
        // `numbering_that_starts_again_at_once_after_a_full_stop`); with no second point
        // after it, it is text.
        let doc = parse("審查辦法\n\n一、甲。\n二、乙。\n\n一、丁。\n二、戊。\n");
        assert_eq!(doc.top_units().len(), 4);
        let doc = parse("審查辦法\n\n一、甲。\n二、乙。\n\n\n\n一、丁。\n");
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn an_item_that_lost_its_closing_bracket() {
        // l-miaoli-longfeng-fishing-port-angling-notice-points-paren-lost-closing-paren in
        // corpus/real.
        let doc = parse(
            "某公告\n一、甲。\n二、應遵守事項:\n(一垂釣活動不得妨礙船舶航行。\n(二)禁止丟棄釣線。\n(三)禁止打樁。\n",
        );
        let subs = doc.top_units().get(1).map(|u| u.paragraphs().map(|p| p.children.len()).sum::<usize>());
        assert_eq!(subs, Some(3));
        // A word in brackets is none, nor an item the next line does not follow.
        let doc = parse("某公告\n一、甲。\n二、應遵守事項:\n(一般民眾)不得進入。\n(二)禁止丟棄釣線。\n");
        let subs = doc.top_units().get(1).map(|u| u.paragraphs().map(|p| p.children.len()).sum::<usize>());
        assert_eq!(subs, Some(0));
        let doc = parse("某公告\n一、甲。\n二、應遵守事項:\n(一垂釣活動不得妨礙船舶航行。\n三、乙。\n");
        let subs = doc.top_units().get(1).map(|u| u.paragraphs().map(|p| p.children.len()).sum::<usize>());
        assert_eq!(subs, Some(0));
    }

    #[test]
    fn a_list_run_into_an_arabic_item_s_line_is_that_item_s() {
        // l-kaohsiung-mainland-spouse-residence-steps-heart-captions-arabic-restart-inline-
        // numerals-truncated in corpus/real: `8. 證件費:一、…。二、…。` among items 1.–9.
        let doc = parse(
            "要帶什麼:\n1. 申請書。\n2. 資料表。\n3. 證件費:一、副本新臺幣二仟三佰元。二、正本新臺幣二仟元。\n4. 其他文件。\n",
        );
        let units = doc.top_units();
        assert_eq!(units.len(), 4);
        let subs = units[2].paragraphs().map(|p| p.children.len()).sum::<usize>();
        assert_eq!(subs, 2);
        // The same with the list on lines of its own, as the clean text prints it.
        let doc = parse(
            "要帶什麼:\n1. 申請書。\n2. 資料表。\n3. 證件費:\n一、副本新臺幣二仟三佰元。\n二、正本新臺幣二仟元。\n4. 其他文件。\n",
        );
        assert_eq!(doc.top_units().len(), 4);
        // Points `一、` at the starts of lines are points still, with their `1.` items.
        let doc = parse("某要點\n1. 甲。\n一、乙:\n1. 丙。\n2. 丁。\n二、戊。\n");
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn a_line_with_a_bullet_inside_is_no_title() {
        // o-lpg-maker-gas-station-planning-procedure-parts-indented-arabic-items-truncated in
        // corpus/real, as its clean text reads: a menu's lines joined, then the parts.
        let doc = parse("ENGLISH\n液化石油氣瓦斯車萬能工業首頁>加氣站程序&設置■加氣站規劃程序\n壹、甲。\n貳、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("ENGLISH"));
        // A template's blanks are no bullets.
        let doc = parse("跳到主要內容區\n○○縣○○國民小學校園開放要點\n一、甲。\n二、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("○○縣○○國民小學校園開放要點"));
    }

    #[test]
    fn a_point_label_alone_under_a_history_line() {
        // c-coa-farm-disaster-recovery-loan-points-point-seven-history-page-bullet-metadata
        // in corpus/real: a law system's history page showing one point, indented.
        let src = "某要點\n\n歷史條文\n\n  1. 中華民國103年10月28日某會農金字第1035084025號令訂定\n\n    第七點\n\n    本貸款之經辦機構如下:\n    (一)甲。\n    (二)乙。\n    前項第一款不得。\n";
        let doc = parse(src);
        assert_eq!(doc.history.len(), 1);
        assert!(doc.history[0].raw.ends_with("令訂定"));
        let units = doc.top_units();
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].num.map(|n| n.main), Some(7));
        assert_eq!(units[0].paragraphs().count(), 2);
        // The same under the title, where the history is the front's.
        let doc = parse(
            "某要點\n  1. 中華民國103年10月28日某會農金字第1035084025號令訂定\n\n    第七點\n\n    本貸款之經辦機構如下:\n    (一)甲。\n",
        );
        assert_eq!((doc.history.len(), doc.top_units().len()), (1, 1));
        // Without the history line between, the label alone under a caption still opens.
        let doc = parse("某要點\n\n    第七點\n\n    本貸款之經辦機構如下:\n    (一)甲。\n");
        assert_eq!(doc.top_units().len(), 1);
    }

    #[test]
    fn a_label_with_no_text_holds_no_paragraph() {
        // t-datagove-ntpc-hakka-park-venue-points-as-numbered-rows in corpus/real: an open
        // data set's rows, some of them a label whose text is missing.
        let doc = parse("某要點\n第1條 甲。\n第2條\n第3條 丙。\n第4條\n");
        let counts: Vec<usize> = doc.top_units().iter().map(|u| u.paragraphs().count()).collect();
        assert_eq!(counts, [1, 0, 1, 0]);
        // A label alone over its text, or over its items, still holds that paragraph.
        let doc = parse("某要點\n一、\n甲。\n二、\n(一)乙。\n(二)丙。\n");
        let counts: Vec<usize> = doc.top_units().iter().map(|u| u.paragraphs().count()).collect();
        assert_eq!(counts, [1, 1]);
    }

    #[test]
    fn labels_printed_twice_in_a_table_s_cells() {
        // l-kaohsiung-urban-design-review-delegation-rules-term-site-table-bars-numerals-
        // twice-paragraph-numbers-truncated in corpus/real: each point's number alone, then
        // again in a cell, and its paragraphs numbered in cells of their own.
        let doc = parse(
            "某規定\n一、\n| 一、 | ||||\n二、\n| 二、 |\n本市甲。\n三、\n| 三、 | 1 |\n有下列情形之一者,依甲辦理:\n|\n| 2 |\n有下列情形之一者,依乙辦理:\n四、\n| 四、 |\n丁。\n",
        );
        let nums: Vec<_> = doc.units.iter().map(|u| u.num.map(|n| n.main)).collect();
        assert_eq!(nums, [Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(doc.units[2].children.len(), 2);
        assert!(doc.diagnostics.is_empty());
        assert_eq!(doc.debris.iter().filter(|d| d.text == "一、").count(), 1);
    }

    #[test]
    fn article_labels_that_lost_their_character() {
        // c-moi-exemption-deferment-regulation-ukn-site-bare-article-numbers-jumps-blank-
        // line-wraps in corpus/real: `第11`, `第12`, `第14` alone on their lines.
        let src = "某辦法\n\n第11\n\n甲應辦理。\n前項作業程序另定之。\n\n第12\n\n乙。\n\n第14\n\n有下列情形之一者,不得緩徵:\n一、丙。\n二、丁。\n";
        let doc = parse(src);
        assert_eq!(doc.kind, DocKind::Statute);
        let nums: Vec<u32> = doc.top_units().iter().filter_map(|a| a.num.map(|n| n.main)).collect();
        assert_eq!(nums, [11, 12, 14]);
        assert_eq!(paras(&doc), [2, 1, 1]);
        assert_eq!(doc.top_units()[0].label.as_ref().map(|l| l.as_str()), Some("第11"));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(paras(&again), [2, 1, 1]);
        // Numbers that do not rise, or two of them, are no articles.
        for src in ["某頁\n第3\n甲。\n第2\n乙。\n第4\n丙。\n", "某頁\n第1\n甲。\n第2\n乙。\n"] {
            assert!(parse(src).top_units().is_empty(), "{src}");
        }
    }

    #[test]
    fn articles_whose_labels_were_lost_under_paragraph_marks() {
        // c-dgbas-statistics-act-enforcement-rules-law-repost-article-labels-lost-bracket-
        // paragraph-marks-truncated in corpus/real: a law repost site's reading view.
        let src = "某細則\n﹝1﹞ 本細則依某法訂定之。\n﹝1﹞ 本法所稱甲,指乙。\n﹝2﹞ 前項甲,不包括丙。\n﹝1﹞ 補助項目如下:\n一、丁。\n二、戊。\n";
        let doc = parse(src);
        assert_eq!(doc.kind, DocKind::Statute);
        let arts = doc.top_units();
        let nums: Vec<u32> = arts.iter().filter_map(|a| a.num.map(|n| n.main)).collect();
        assert_eq!(nums, [1, 2, 3]);
        assert_eq!(paras(&doc), [1, 2, 1]);
        assert!(arts[0].text_content().starts_with("本細則"));
        assert_eq!(arts[2].paragraphs().next().map(|p| p.children.len()), Some(2));
        // Where the article labels are there, the marks stay text of their paragraphs.
        let doc = parse("某法\n第1條\n﹝1﹞甲。\n第2條\n﹝1﹞乙。\n﹝2﹞丙。\n第3條\n﹝1﹞丁。\n");
        assert_eq!(paras(&doc), [1, 2, 1]);
        assert!(doc.top_units()[0].text_content().starts_with("﹝1﹞甲"));
        // Two marks are no law's articles.
        let doc = parse("某要點\n一、甲:\n﹝1﹞乙。\n二、丙:\n﹝1﹞丁。\n");
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn article_labels_in_a_table_s_cells_are_citations() {
        // o-pharmacists-news-taoyuan-pharmacy-inspection-points-arabic-items-violations-
        // table-article-cells-quoted-kuan-truncated in corpus/real: a table of violations
        // and the articles they break, a cell a line.
        let src = "某報導\n一、重點稽查:\n1.甲。\n二、常見違規\n法條 |\n違規情事 |\n第28條\n第1項 |\n未詳實登載 |\n第49條 |\n販售藥品 |\n第50條 |\n無處方調劑 |\n";
        let doc = parse(src);
        assert_eq!(doc.kind, DocKind::Directive);
        let nums = unit_nums(&doc);
        assert_eq!(nums, [1, 2]);
        // A law set out as a table of label and text cells keeps its articles.
        let src =
            "某辦法\n第一條 |\n本辦法依某法訂定之。 |\n第二條 |\n志工應受訓練。 |\n第三條 |\n服務證內容如下。 |\n";
        assert_eq!(parse(src).top_units().len(), 3);
    }

    #[test]
    fn a_first_article_under_a_rule_s_name_with_dated_notes() {
        // c-road-accident-handling-rules-articles-forum-thread-chrome-hard-wraps-truncated
        // in corpus/real: the title line, then the articles hard-wrapped.
        let src = "某論壇\n某某處理辦法(92.09.24訂定) (民國 95 年 07 月 10 日 修正)\n第 1 條 本辦法依某條例第九十二條第四項規\n定訂定之。\n第 2 條 本辦法用詞,定義如下:\n";
        let nums = unit_nums(&parse(src));
        assert_eq!(nums, [1, 2]);
        // A sentence ending with a rule's name still wraps into a citation.
        let src = "某辦法\n第 1 條 甲。\n第 2 條 申請人應依某某處理辦法\n第 1 條 規定辦理。\n第 3 條 乙。\n";
        assert_eq!(parse(src).top_units().len(), 3);
    }

    #[test]
    fn an_english_version_after_the_last_point_closes_the_text() {
        // s-ncut-course-selection-notes-arabic-points-nested-lists-caption-mid-list-english-
        // list-restart-truncated in corpus/real: its items numbered as the points are, on
        // their own lines or run into the caption as the clean text writes them.
        for src in [
            "某須知\n1. 甲。\n2. 乙。\nNotice of Course Selection\n1. To make the selection flexible.\n",
            "某須知\n1. 甲。\n2. 乙。\nNotice of Course Selection 1. To make the selection flexible.\n",
        ] {
            let doc = parse(src);
            assert_eq!(paras(&doc), [1, 1], "{src}");
            assert_eq!(doc.debris.len(), if src.contains("Selection\n") { 2 } else { 1 });
        }
        // Latin lines the list goes on after are the text's: coordinates under an item
        // (l-tainan-canal-water-recreation-limit-notice-basis-one-point-paren-items-
        // coordinate-lines in corpus/real).
        let src = "某公告\n一、限制事項:\n(一)甲。\n(二)範圍如下:\nA(120°09'49.4\",22°59'54.1\"),\nB(120°09'49.3\",22°59'52.3\")。\n(三)乙。\n(四)丙。\n";
        let doc = parse(src);
        assert_eq!(doc.top_units()[0].children[0].children.len(), 4);
        assert!(doc.debris.is_empty());
    }

    #[test]
    fn spaced_first_article_after_a_caption_line() {
        // l-taipei-urban-design-committee-rules-articles-dbaweb-numbered-history in
        // corpus/real: `沿革` over the entries, then `第 一 條` with text.
        let doc = parse(
            "某辦法\n沿革\n1. 中華民國九十二年七月二十一日某府令訂定\n第 一 條 某府為改善景觀,特訂定本辦法。\n第 二 條 乙。\n",
        );
        let arts = doc.top_units();
        assert_eq!(arts.len(), 2);
        assert!(arts[0].text_content().starts_with("某府為改善"));
        // A citation wrapped before the label stays text.
        let doc = parse("某辦法\n本辦法依\n第 一 條 規定訂定。\n第 一 條 甲。\n第 二 條 乙。\n");
        let arts = doc.top_units();
        assert_eq!(arts.len(), 2);
        assert!(arts[0].text_content().starts_with('甲'));
        // Nor does a line of an adoption line's length swallow the first article
        // (s-mmc-information-committee-articles-spaced-labels-breadcrumb-mismatch in
        // corpus/real).
        let doc = parse(
            "某辦法\n本校資訊委員會依校務會議授權統一修改學校全銜\n第 一 條 本校為推展校務,設置資訊委員會。\n第 二 條 乙。\n",
        );
        let arts = doc.top_units();
        assert_eq!(arts.len(), 2);
        assert!(arts[0].text_content().starts_with("本校為推展"));
    }

    #[test]
    fn a_dated_line_under_an_adoption_line_is_the_next_entry() {
        // s-mmc-information-committee-articles-spaced-labels-breadcrumb-mismatch in
        // corpus/real: the second line names no adoption word.
        let doc = parse(
            "某辦法\n99年10月27日99學年度第10次行政會議修訂通過\n108年10月23日由校務會議授權統一修改學校全銜\n第 一 條 甲。\n第 二 條 乙。\n",
        );
        assert_eq!(doc.history.len(), 2);
        assert_eq!(doc.top_units().len(), 2);
        assert!(doc.units.iter().all(|u| u.kind != NodeKind::Preamble), "{:#?}", doc.units);
        // An entry approved for the record (`核備`) is whole: the caption under it is no
        // part of it (s-nthu-dorm-self-government-rules-articles-chapters-duty-captions-
        // paren-space-items-truncated in corpus/real).
        let doc = parse(
            "某規程\n107.6.1 學務會議通過修訂\n110.5.28 學務會議核備\n\n前言及宗旨\n\n第一條 甲。\n第二條 乙。\n",
        );
        assert_eq!(doc.history.len(), 2);
        assert_eq!(doc.history[1].raw, "110.5.28學務會議核備");
        // Not a dated sentence, nor a date that opens a span of time.
        for line in ["108年10月23日起,由本會辦理。", "108年10月23日至11月1日受理申請"] {
            let doc = parse(&format!("某辦法\n99年10月27日行政會議通過\n{line}\n第 一 條 甲。\n第 二 條 乙。\n"));
            assert_eq!(doc.history.len(), 1, "{line}");
        }
    }

    #[test]
    fn one_article_set_apart_over_its_items_is_a_statute() {
        // c-funeral-act-article31-funeral-blog-markdown-heading in corpus/real: one article
        // of a law on a blog, its label set off by a space, its 款 under it.
        let doc = parse(
            "殯葬管理條例\n第31條 公立殯葬設施有下列情形之一者\n公立殯葬設施有下列情形之一者,得擬具計畫:\n一、不敷使用。\n二、其他特殊情形。\n前項應依第六條規定辦理。\n",
        );
        assert_eq!(doc.kind, DocKind::Statute);
        let arts = doc.top_units();
        assert_eq!(arts.len(), 1, "{:#?}", doc.units);
        assert_eq!(arts[0].num.map(|n| n.main), Some(31));
        // A citation opening a line (no space after the label) leaves a directive's points.
        let doc = parse("某要點\n第31條規定之設施,依下列規定辦理:\n一、甲。\n二、乙。\n");
        assert_eq!(doc.kind, DocKind::Directive);
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn articles_of_another_law_quoted_in_one_are_its_text() {
        // o-cyc-cable-tv-public-channel-use-rules-articles-colon-labels-captions-quoted-
        // statute-truncated in corpus/real.
        let doc = parse(
            "某辦法\n第一條:甲。\n第二條:乙。\n第三條:丙。\n第四條:依照有線廣播電視法規定。條法如下:\n第四十條:節目內容不得有下列情形之一:\n1. 違反法律。\n2. 妨害公序。\n第五十七條:節目涉及他人權利者,應經同意。\n第五條:丁。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4, 5], "{:#?}", doc.units);
        // Articles printed selectively jump and stay articles.
        let doc = parse("某法(選列條文)\n第一條:甲。\n第四十條:乙。\n第五十七條:丙。\n");
        assert_eq!(unit_nums(&doc), [1, 40, 57]);
    }

    #[test]
    fn three_levels_numbered_alike_nest_by_indent() {
        // s-dcsh-campus-network-rules-arabic-units-nested-arabic-lists-history-lines-
        // truncated in corpus/real: units `1.`, items `1.` under a colon, and under an
        // item's colon a third list `1.`, each set deeper; then the items go on.
        let doc = parse(
            "某規範\n  1. 總則。\n  2. 使用者之責任:\n    1. 遵守規範。\n    2. 避免下列行為:\n      1. 使用未經授權之程式。\n      2. 違法下載。\n    3. 保管密碼。\n  3. 罰則。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3], "{:#?}", doc.units);
        assert_eq!(item_nums(&doc, 1), [1, 2, 3]);
        let items = &doc.top_units()[1].children[0].children;
        assert_eq!(items[1].children.len(), 2, "{:#?}", items[1]);
        assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
        // The clean text sets the third list deeper, so it reads back the same.
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units()[1].children[0].children[1].children.len(), 2, "{}", crate::render::to_text(&doc));
    }

    #[test]
    fn a_single_point_opens_the_list_again_over_its_own_items() {
        // s-yfsh-ebike-traffic-safety-notice-two-point-lists-restarting in corpus/real.
        let doc = parse(
            "某宣導\n一、甲網站。\n二、乙網站。\n三、丙平台。\n一、暑假期間請注意下列事項:\n(一)戴安全帽。\n(二)勿闖紅燈。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3, 1], "{:#?}", doc.units);
        assert_eq!(item_nums(&doc, 3), [1, 2]);
        // Not a line of fields ending with a colon.
        let doc = parse("某須知\n1.甲。\n2.乙。\n3.丙。\n1.應試用品:證件鉛筆證件規定:\n(1) 本國籍考生:身分證。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3], "{:#?}", doc.units);
    }

    #[test]
    fn a_starred_lead_in_opens_the_list_again() {
        // l-taipei-household-office-home-visit-service-arabic-lists-restarting-star-
        // captions in corpus/real: a long lead-in marked `★`, ending with its colon.
        let doc = parse(
            "某說明\n服務對象:有下列情形者:\n  1. 甲。\n  2. 乙。\n  3. 丙。\n \n★ 服務項目:依規定須由本人親自申辦,且無法委託他人辦理之下列事項:\n  1. 印鑑登記。\n  2. 補領身分證。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3, 1, 2], "{:#?}", doc.units);
    }

    #[test]
    fn items_numbered_with_a_leading_zero() {
        // o-civic-sports-centre-court-rules-bilingual-zero-padded-markers-lost-bullets in
        // corpus/real: `01.` `02.` `03.`, each over its English version.
        let doc = parse(
            "使用規範:\n01.凡使用本空間者,均應遵守本須知。\n     All rules should be followed.\n02.嚴禁吸菸。\n     No smoking.\n03.嚴禁寵物入場。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3], "{:#?}", doc.units);
        assert_eq!(doc.top_units()[0].label.as_ref().map(|l| l.as_str()), Some("01."));
        // A lone category `01.總則` and a number `01.5` are none.
        let doc = parse("某頁\n01.總則\n006.消費者保護法主要內容為何?\n");
        assert!(doc.top_units().is_empty(), "{:#?}", doc.units);
        let doc = parse("某頁\n01.5公斤\n02.3公斤\n");
        assert!(doc.top_units().is_empty(), "{:#?}", doc.units);
    }

    #[test]
    fn an_english_version_under_a_rule_with_no_final_punctuation() {
        // s-ncu-sports-centre-entry-rules-bilingual-arabic-units-hard-wraps-truncated in
        // corpus/real: each rule as a sign prints it, its English version hard-wrapped under it.
        let src = "1. 未滿16足歲孩童禁止進入SPA區及重量訓練室\nChildren under 16 years old are not allow to enter the SPA facility and the\n2. 身高滿90cm以上者進入桌球室需購票入場。\nThe tickets are necessary for people over 90 centimeters tall to enter the\ntable tennis room.\n";
        let doc = parse(src);
        assert_eq!(unit_nums(&doc), [1, 2], "{:#?}", doc.units);
        let texts: Vec<&str> = doc.top_units()[0].children.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[1].starts_with("Children under 16"), "{texts:?}");
        // A Chinese sentence wrapped before a product's name goes on.
        let doc =
            parse("1. 本校電子郵件服務採用\nMicrosoft Office 365 for Education 之雲端服務。\n2. 帳號由本中心核發。\n");
        assert_eq!(doc.top_units()[0].children.len(), 1, "{:#?}", doc.units);
    }

    #[test]
    fn an_item_whose_text_opens_with_a_number() {
        // l-kaohsiung-namasia-district-office-senior-card-notes-triangle-captions-arabic-
        // lists-restarting-wrapped-chrome in corpus/real: `5.100元(二次辦卡)` between `4.` and
        // `6.`, under a caption marked with a triangle that heads the list starting again.
        let src = "敬老卡申辦須知\n▲申請資格與內容\n1.設籍本市年滿65歲以上市民。\n2.重新辦卡者現場繳納製卡費即可領卡。\n▲應備文件\n1.身分證\n2.照片1張\n3.印章\n4.戶口名簿\n5.100元(二次辦卡)\n6.倘為委託人,需檢附上述證件\n";
        let doc = parse(src);
        assert_eq!(unit_nums(&doc), [1, 2, 1, 2, 3, 4, 5, 6], "{:#?}", doc.units);
        assert_eq!(doc.top_units()[6].children.first().map(|p| p.text.as_str()), Some("100元(二次辦卡)"));
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        assert_eq!(doc.top_units()[2].caption.as_deref(), Some("▲應備文件"));
        // So does a caption after a bullseye (l-hualien-social-affairs-dept-disability-parking-
        // permit-arabic-lists-restarting-circle-captions-truncated in corpus/real).
        let doc = parse("某識別證\n1.設籍本縣者。\n2.以一張為限。\n◎服務內容\n1.優先停車。\n2.費用優惠。\n");
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        assert_eq!(doc.top_units()[2].caption.as_deref(), Some("◎服務內容"));
        // A run of decimal numbers stays text: `3.1` follows no item `2.` with `4.` after it.
        let doc = parse("某表\n1.總則。\n2.任務:\n3.1審查計畫。\n3.2監督計畫。\n");
        assert_eq!(unit_nums(&doc), [1, 2], "{:#?}", doc.units);
    }

    #[test]
    fn points_run_as_an_enumeration_one_to_a_line() {
        // s-ntpc-asjh-breakfast-lunch-subsidy-page-repeated-numeral-lists in corpus/real:
        // points that end with `、` each, the last with a full stop.
        let doc = parse(
            "某須知\n一、低收入戶\n二、中低收入戶、\n三、身心障礙、\n四、領有生活扶助證明、\n五、家庭突發因素等 5 類學生。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4, 5], "{:#?}", doc.units);
        // A wrapped citation of points is no point.
        let doc = parse("某要點\n一、依本要點第一、\n二、三點辦理。\n三、乙。\n");
        assert_eq!(unit_nums(&doc), [1, 3], "{:#?}", doc.units);
        // s-stu-ctd-covid-roll-call-notice-points-dash-bullets-truncated in corpus/real: a
        // lead-in the page cut after its `、`, then the first point, then the second.
        let doc = parse(
            "某公告\n請確實點名。\n也為避免學生缺曠課造成學習無目標、\n一、本校學則規定:\n缺課定義。\n二、預警方式有二。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2], "{:#?}", doc.units);
        // Not when the second point does not come next, nor before an enumeration of numerals.
        let doc = parse("某公告\n也為避免學生缺曠課造成學習無目標、\n一、本校學則規定。\n三、乙。\n");
        assert!(unit_nums(&doc).is_empty() || unit_nums(&doc)[0] != 1, "{:#?}", doc.units);
        let doc = parse("某公告\n本市甲、\n一、二級古蹟。\n二、乙。\n");
        assert_eq!(unit_nums(&doc), [2], "{:#?}", doc.units);
    }

    #[test]
    fn a_list_that_skips_one_item_goes_on() {
        // s-ttcjh-new-taipei-junior-high-parents-association-points-missing-paren-item-
        // chrome-truncated in corpus/real: (四) lost, (五)–(九) still the point's items.
        let doc = parse("一、職掌如下:\n(一)甲。\n(二)乙。\n(三)丙。\n(五)戊。\n(六)己。\n(七)庚。\n二、丁。\n");
        assert_eq!(item_nums(&doc, 0), [1, 2, 3, 5, 6, 7], "{:#?}", doc.units);
        assert!(doc.diagnostics.iter().any(|d| d.code == DiagCode::Gap && !d.message.contains("read as text")));
        // The same after a line whose bracket was lost (s-taichung-pinglin-elementary-
        // mobile-device-rules-points-paren-items-lost-open-bracket-squeezed-dates).
        let doc = parse("一、規定:\n(一)甲。\n(二)乙。\n三)丙。\n(四)丁。\n(五)戊。\n二、辛。\n");
        assert_eq!(item_nums(&doc, 0), [1, 2, 4, 5], "{:#?}", doc.units);
        // A skip the list does not go on from stays text.
        let doc = parse("一、職掌如下:\n(一)甲。\n(二)乙。\n(四)丁。\n二、丁。\n");
        assert_eq!(doc.top_units()[0].children[0].children.len(), 2);
        // A list whose first item was lost, going on from its second (s-khsh-library-
        // learning-space-rules-articles-lost-parens-lost-numerals-truncated).
        let doc = parse("一、空間設備空間:閱覽室。\n(二)設備:電腦。\n(三)器材:平板。\n二、開放時間。\n");
        assert_eq!(item_nums(&doc, 0), [2, 3], "{:#?}", doc.units);
        let doc = parse("一、空間設備空間:閱覽室。\n(二)設備:電腦。\n二、開放時間。\n");
        assert!(doc.top_units()[0].children[0].children.is_empty());
    }

    #[test]
    fn one_captioned_article_quoted_between_points_leaves_them_points() {
        // l-taichung-taiping-district-legal-consultation-aid-channels-notice-covenant-
        // article-label-inside-point in corpus/real: a covenant's article quoted under 一.
        let doc = parse(
            "一、兩公約教育訓練宣導\n第 14 條(接受公平裁判之權利)\n訴訟權利不因資力受影響,國家應提供適當協助\n二、多元管道法律諮詢\n1.免費法律諮詢\n2.調解\n",
        );
        assert_eq!(doc.kind, DocKind::Directive);
        assert_eq!(unit_nums(&doc), [1, 2]);
        // The article alone, or two articles, still make a statute.
        let doc = parse("某法\n第 14 條(接受公平裁判之權利)\n訴訟權利不因資力受影響。\n一、甲。\n二、乙。\n");
        assert_eq!(doc.kind, DocKind::Statute);
        let doc = parse("一、甲\n第 14 條(權利)\n乙。\n第 15 條(義務)\n丙。\n二、丁\n");
        assert_eq!(doc.kind, DocKind::Statute);
    }

    #[test]
    fn a_page_of_one_article_labelled_outside_its_text() {
        // c-moea-salt-personnel-rules-article114-law-site-inline-paren-grades in
        // corpus/real: the label only in a field over the text.
        let doc = parse(
            "法規名稱: 鹽務人事規則\n法規章節: 第114條\n人員有左列情形之一者得予獎勵:一、對於公務上有特殊貢獻者。\n二、拒受賄賂者。\n積三次嘉獎為一小功。\n",
        );
        assert_eq!(doc.kind, DocKind::Statute);
        let arts = doc.top_units();
        assert_eq!(arts.len(), 1, "{:#?}", doc.units);
        assert_eq!((arts[0].num.map(|n| n.main), arts[0].label.is_none()), (Some(114), true));
        assert_eq!(arts[0].children.len(), 2);
        assert_eq!(arts[0].children[0].children.len(), 2);
        // c-ey-commissioned-research-rules-article13-blog-title-line: the label closing
        // the law's name on a blog post's title line.
        let doc = parse(
            "Amcadga\n未分類\n某某機關委託研究計畫管理辦法-第13條\n中央主管機關得進行實地查核。\n各機關應予列為查核重點。\n",
        );
        let arts = doc.top_units();
        assert_eq!(arts.len(), 1, "{:#?}", doc.units);
        assert_eq!(arts[0].num.map(|n| n.main), Some(13));
        assert_eq!(arts[0].children.len(), 2);
        // Its clean text writes the label, and reads back the same.
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 1);
        assert_eq!(again.top_units()[0].children.len(), 2);
        // A directive naming its legal basis over its points stays a directive.
        for basis in ["依據:某某辦法第5條規定。", "依據:某某辦法第5條", "法源依據:某某法第5條", "依據某某辦法第5條"]
        {
            let doc = parse(&format!("某要點\n{basis}\n一、甲。\n二、乙。\n"));
            assert_eq!(doc.kind, DocKind::Directive, "{basis}");
            assert_eq!(doc.top_units().len(), 2, "{basis}");
        }
    }

    #[test]
    fn a_third_part_numbered_with_a_variant_of_its_numeral_goes_on_the_plan() {
        // s-ncku-civil-english-test-award-principles-chapters-restarting-points-paren-items-
        // truncated in corpus/real: 壹、 and 貳、, then 叁、 over points restarting at 一、
        // (read before as a second document's title).
        let doc = parse_all(
            "某獎勵原則\n壹、補助對象\n一、甲。\n貳、補助須知\n一、乙。\n叁、申請須知\n一、丙。\n二、丁。\n",
            &ParseOptions::default(),
        );
        assert_eq!(doc.len(), 1, "{doc:#?}");
        let chapters: Vec<_> = doc[0].units.iter().filter(|u| u.kind == NodeKind::Chapter).map(|u| u.num).collect();
        assert_eq!(chapters.len(), 3);
        assert_eq!(chapters[2], Some(crate::ast::Num { main: 3, sub: None }));
    }

    #[test]
    fn a_section_caption_after_the_last_point_closes_it() {
        // l-keelung-fire-equipment-inspection-points-arabic-items-sections, s-ecpay-
        // personal-data-policy-arabic-list-then-prose in corpus/real.
        let doc = parse("某要點\n一、甲。\n二、乙。\n罰則\n違者停止使用一個月。\n");
        assert_eq!(doc.top_units().len(), 2);
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        let app = doc.units.last().unwrap();
        assert_eq!((app.kind, app.text.as_str(), app.children.len()), (NodeKind::Appendix, "罰則", 1));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.units.len(), doc.units.len());
        // So does a caption with its colon, or a download caption with a slash (s-stust-
        // teacher-education-tutoring-service-notes-caption-points-trailing-caption,
        // c-moe-national-language-contest-situational-speech-text-prompts-notice-points-
        // one-line).
        for caption in ["需檢附資料:", "附件連結/檔案"] {
            let doc = parse(&format!("某要點\n一、甲。\n二、乙。\n{caption}\n申請表一份\n"));
            assert_eq!(doc.top_units()[1].children.len(), 1, "{caption}: {:#?}", doc.units);
            assert_eq!(doc.units.last().unwrap().kind, NodeKind::Appendix);
        }
        // A caption in lenticular brackets closes it after any line (l-tainan-jiangjun-
        // fallow-application-bracket-captions-arabic-comma-items-paren-dates).
        let doc =
            parse("某頁\n【應備證件】\n1、甲。\n2、申辦日期:\n(1) 1期作:1月(依公告為準)\n【聯絡電話】(06)7942104\n");
        assert_eq!(doc.top_units().len(), 2);
        let app = doc.units.last().unwrap();
        assert_eq!((app.kind, app.text.as_str()), (NodeKind::Appendix, "【聯絡電話】(06)7942104"));
        assert_eq!(parse(&crate::render::to_text(&doc)).units.len(), doc.units.len());
        // So does the next question of a Q&A page (s-mcu-secretariat-e-document-qa-points-
        // space-lines-truncated), and a Markdown heading's marks alone are debris (s-chihlee-
        // document-section-mail-reminders-points-hash-line).
        let doc = parse("Q&A\nA2:處理方式如下:\n一、甲。\n二、乙。\nQ3:附件的大小限制為何?\nA3:依規範辦理。\n##\n");
        assert_eq!(doc.top_units().len(), 2);
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        assert_eq!(doc.units.last().map(|u| u.kind), Some(NodeKind::Appendix));
        assert_eq!(doc.debris.last().map(|d| d.text.as_str()), Some("##"));
        // Not over a numbered line, nor before a marker run into its line (s-pu-new-club-
        // howto-page-bracket-captions-points-restarting).
        let doc = parse("某頁\n一、甲。\n二、乙。\n【社團指導老師】一、經公告成立之社團應聘請老師。\n");
        assert_eq!(doc.units.last().map(|u| u.kind), Some(NodeKind::Point));
        // A request without its final stop is the point's text (c-k12ea-indigenous-
        // scholarship-notice-tainan-school-comma-items-trailing-request).
        let doc = parse("某要點\n一、甲。\n二、乙。\n如預申請請向資訊組提出\n");
        assert_eq!(doc.units.len(), 2);
        assert_eq!(doc.top_units()[1].children.len(), 2);
        // So is a caption after a lead-in with a colon, and one with a marker after it.
        let doc = parse("某要點\n一、甲。\n二、聯絡窗口:\n教務處註冊組\n");
        assert_eq!(doc.units.len(), 2);
        let doc = parse("某要點\n一、甲。\n二、乙。\n附則\n三、丙。\n");
        assert_eq!(doc.top_units().len(), 3);
        // Nor a paragraph cut off as it cites the one before.
        let doc = parse("某要點\n一、甲。\n二、乙。\n前項檔案危害\n");
        assert_eq!(doc.units.len(), 2);
        // Matters (`事項`) are named by a caption (l-taipei-education-bureau-digital-student-
        // id-loss-report-notes-arabic-numbers-alone-on-lines): a form's checkbox; a clause
        // of the third paragraph is none.
        let doc = parse("某須知\n1.\n甲。\n2.\n乙。\n確認己閱讀注意事項\n");
        assert_eq!(doc.units.len(), 3);
        assert_eq!(doc.units[2].kind, NodeKind::Appendix);
        let doc = parse("某要點\n一、甲。\n二、乙。\n第三項辦理事項\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn a_section_marked_as_the_page_marks_its_captions_closes_the_last_unit() {
        // l-tainan-guantian-household-office-address-change-arabic-lists-restarting-
        // diamond-captions in corpus/real: `◆` before each section's caption.
        let doc = parse("◆申請人資格:\n1. 本人。\n2. 戶長。\n◆應繳證件\n1. 身分證。\n2. 印章。\n◆申請期限:三十日內\n");
        assert_eq!(doc.top_units()[3].children.len(), 1, "{:#?}", doc.units);
        assert_eq!(doc.units.last().map(|u| u.kind), Some(NodeKind::Appendix));
        // A mark the page used for no caption above, or a reference mark (a unit's notes),
        // stays the unit's text.
        let doc = parse("某須知\n1. 本人。\n2. 戶長。\n◆申請期限:三十日內\n");
        assert_eq!(doc.top_units()[1].children.len(), 2, "{:#?}", doc.units);
        let doc = parse("※甲說明\n1. 本人。\n2. 戶長。\n※ 如有疑義請洽本組。\n");
        assert_eq!(doc.top_units()[1].children.len(), 2, "{:#?}", doc.units);
    }

    #[test]
    fn a_contact_block_or_a_file_list_after_the_last_point_closes_it() {
        // c-landbank-recusal-application-notice-arabic-comma-items in corpus/real.
        let doc = parse(
            "某公告\n1、甲。\n2、請填妥附件表單,送至本行政風處。\n\n地址:臺北市中正區館前路465\n\n電話:(02)2348-3184\n",
        );
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        let app = doc.units.last().unwrap();
        assert_eq!((app.kind, app.children.len()), (NodeKind::Appendix, 1));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.units.len(), doc.units.len());
        // Over an attachments caption with nothing under it (s-isu-registered-mail-rules-
        // point-paren-items-url-lines-arabic-comma-list).
        let doc = parse("某規則\n一、甲:\n1、乙。\n2、丙。\n聯繫人:黃某分機:2343。\n附加檔案");
        assert_eq!(doc.top_units()[0].children.len(), 1, "{:#?}", doc.units);
        let app = doc.units.last().unwrap();
        assert_eq!(app.kind, NodeKind::Appendix);
        assert!(app.text.starts_with("聯繫人"), "{app:#?}");
        // Under a lead-in's colon the lines are the point's text; so are they where other
        // text follows them.
        let doc = parse("某要點\n一、甲。\n二、聯絡窗口:\n地址:臺北市某路1號\n電話:(02)1234-5678\n");
        assert_eq!(doc.units.len(), 2);
        let doc = parse("某要點\n一、甲。\n二、乙。\n電話:(02)1234-5678\n逾期不予受理。\n");
        assert_eq!(doc.units.len(), 2);
        // Whom to call, and a line to book on (c-moea-energy-bureau-lunar-new-year-
        // electricity-safety-news-caption-points-chrome-truncated, o-taipei-ch-hospital-flu-
        // vaccine-second-phase-points-dash-bullets-phone-line in corpus/real); not a lost
        // item's label (l-yilan-news-handling-lost-numerals).
        for (src, units) in [
            ("某新聞\n一、甲。\n二、乙。\n能源局發言人:李君禮副局長\n", 3),
            ("某須知\n一、甲。\n二、乙。\n來電預約專線:02-2507-0723分機130。\n", 3),
            ("某須知\n一、甲。\n二、乙。\n承辦人:王先生\n聯絡電話:(02)1234-5678\n", 3),
            // An extension's number, a bulleted field, an e-mail address alone (l-new-taipei-
            // kindergarten-meal-nutrition-standard-notice-kidedu-arabic-space-points-inline-
            // cited-markers, l-penghu-police-guard-duty-clarification-bulleted-fields-bullet-
            // before-first-point-indented-wraps, s-ntcu-ord-english-test-progress-award-
            // points-dotted-paren-items-contact-truncated).
            ("某須知\n一、甲。\n二、乙。\n連絡人: 林小姐\n連絡分機: 2800\n", 3),
            ("某須知\n一、甲。\n二、乙。\n  • 聯絡電話:9271839\n  • 電子信箱:a1@x.gov.tw\n", 3),
            ("某須知\n一、甲。\n二、乙。\n聯繫方式: 04-22183428\nord3429@gm.ntcu.edu.tw\n", 3),
            ("某要點\n一、甲。\n二、發言人如下:\n()第三層發言人:由科長擔任。\n", 2),
            // A bulletin's posting fields, and the units named over them (l-hualien-
            // education-dept-adult-basic-education-grant-notice-bulletin-chrome-spaced-
            // markers); not the units alone, an event rule's own text (o-nantou-sports-
            // federation-all-people-cup-general-rules-article-captions-excerpt-truncated).
            (
                "某公告\n一、甲。\n二、乙。\n主辦單位: 本府教育處\n承辦單位: 社教科\n發布者: 吳怡靜\n傳真號碼: 03-8462787\n公告時間: 2014-04-14 16:00:00\n",
                3,
            ),
        ] {
            let doc = parse(src);
            assert_eq!(doc.units.len(), units, "{src}: {:#?}", doc.units);
            assert_eq!(doc.top_units()[1].paragraphs().count(), 1, "{src}");
        }
        let doc = parse("某總則\n一、甲。\n二、指導單位:南投縣政府。\n主辦單位:南投縣體育會。\n");
        assert_eq!((doc.units.len(), doc.top_units()[1].paragraphs().count()), (2, 2));
        // Nor a line the next question's cells ran into (s-ncku-assistance-student-leave-qa-
        // dash-q-labels-table-bars-arabic-lists-contact-lines-truncated).
        let doc = parse("某須知\n一、甲。\n二、乙。\n承辦人:謝小姐校內分機:50340 Q-5 |如因故無法事前請假\n");
        assert_eq!(doc.units.len(), 2, "{:#?}", doc.units);
        // l-hsinchu-city-hakka-certification-award-plan-lead-paragraph-chrome: `相關附件:`
        // over the page's files.
        let doc = parse("某計畫\n一、甲。\n二、乙:\n(一)丙。\n(二)丁。\n\n相關附件:\n 實施計畫\n 同意書\n");
        assert_eq!(doc.top_units()[1].children.len(), 1, "{:#?}", doc.units);
        let app = doc.units.last().unwrap();
        assert_eq!((app.kind, app.children.len()), (NodeKind::Appendix, 2));
    }

    #[test]
    fn clean_texts_of_web_pages_read_back() {
        // s-nctu-animal-center-lab-safety-rules-bulleted-meta-arabic: a post's bulleted
        // date and author joined to the rule's full name are no title.
        let doc = parse("某守則\n • 2019-12-04\n • 詹 明達\n  某某中心安全衛生工作守則\n 1. 甲。\n 2. 乙。\n");
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.title, doc.title);
        // s-thes-dress-code-committee-points-bullet-first-point-glued-four: a bulleted
        // caption indented under an adoption line is no part of it.
        let doc = parse("某要點\n109年8月28日校務會議訂定\n  • 依據:\n   1. 甲函。\n二、目的:\n   1. 乙。\n");
        assert_eq!(doc.history.len(), 1);
        assert!(!doc.history[0].raw.contains("依據"));
        // c-ey-leave-improvement-points-three-five-school-relay-flattened-nested: a
        // Chinese line after an English sentence that closes a line is a new paragraph.
        let doc = parse("某公告\n帳號密碼This is a caption with a link.\n倒數計時公告如下:\n三、甲。\n五、乙。\n");
        let preamble = &doc.units[0];
        assert_eq!(preamble.children.len(), 2, "{:#?}", doc.units);
        // s-wzu-chinese-dept-internship-points-long-history-hard-wraps-excerpt: the title
        // printed again over two lines is no preamble.
        let doc =
            parse("某大學華語文系暨研究所 實習施行要點\n某大學華語文系暨研究所\n實習施行要點\n一、甲。\n二、乙。\n");
        assert_eq!(doc.units.len(), 2, "{:#?}", doc.units);
        // s-yuntech-alumni-centre-venue-rules-points-paren-comma-markers-excerpt: a site's
        // heading over the rule's name wrapped onto two lines.
        let doc = parse("租借辦法\n某某大學校友終身學習中心\n場地設備管理使用辦法\n一、甲。\n二、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某某大學校友終身學習中心場地設備管理使用辦法"));
        // l-taitung-medical-review-committee-charter-articles-simplified-amended-history-
        // line: an article's lead-in and its unmarked items read back as they were.
        let doc = parse("某規程\n第1条 本会任务如左:\n一关于审议事项。\n第2条 本会置委员。\n");
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units()[0].children.len(), doc.top_units()[0].children.len());
    }

    #[test]
    fn a_vietnamese_version_under_each_article_and_history_line() {
        // s-isu-foreign-student-scholarship-articles-vietnamese-bilingual-spaced-labels in
        // corpus/real: each history line and each article followed by its Vietnamese
        // version, cut off with no final stop before the next article.
        let doc = parse(
            "某校獎學金設置辦法\n民國97年1月16日行政會議通過\nĐược hội nghị hành chính thông qua 16/1/2008\n99年4月12日校長核定公告修正全文\n\n第 一 條 為獎勵外國學生,特訂定本辦法。\nĐiều 1:      Qui định này được xây dựng tại Trường\n\n第 二 條 本辦法所稱外國學生。\nĐiều 2:      Đối tượng được nêu\n",
        );
        assert_eq!(doc.history.len(), 2, "{:#?}", doc.history);
        assert!(doc.history[0].raw.contains("Được"));
        let arts = doc.top_units();
        assert_eq!(arts.len(), 2, "{:#?}", doc.units);
        assert_eq!(arts[0].children.len(), 2);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 2);
    }

    #[test]
    fn a_closing_field_is_no_metadata_block_over_a_short_notice() {
        // c-landbank-recusal-application-notice-arabic-comma-items in corpus/real.
        let doc = parse("某公告\n1、甲。\n2、乙。\n公告日期: 2018/12/22\n");
        assert_eq!(doc.title.as_deref(), Some("某公告"));
        assert_eq!(doc.units.len(), 2);
        assert_eq!(doc.meta.get("公告日期").map(String::as_str), Some("2018/12/22"));
    }

    #[test]
    fn numerals_glued_to_their_items_under_a_lead_in() {
        // l-taitung-medical-review-committee-charter-articles-simplified-amended-history-
        // line in corpus/real.
        let doc = parse(
            "某规程\n第1条 本会任务如左:\n一关于设立之审议事项。\n二关于收费之审议事项。\n三其它审议事项。\n第2条 本会置委员。\n",
        );
        let arts = doc.top_units();
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].children[0].children.len(), 3, "{:#?}", doc.units);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units()[0].children[0].children.len(), 3);
        // Two such lines are words, not a list (`一人…`).
        let doc = parse("某规程\n第1条 本会置委员如左:\n一人为主任委员。\n二人为副主任委员。\n第2条 本会置干事。\n");
        assert_eq!(doc.top_units()[0].children.len(), 3);
    }

    #[test]
    fn two_paren_points_under_a_lead_in_where_nothing_else_is_numbered() {
        // s-nccu-labour-inst-graduation-conditions-amendment-notice-paren-top-adoption-tail
        // in corpus/real.
        let doc = parse(
            "本所畢業條件修正公告\n本所自101學年度起應符合以下條件之一始得畢業:\n(一) 參加演講滿二十小時。\n(二) 發表論著1篇。\n",
        );
        assert_eq!(doc.top_units().len(), 2, "{:#?}", doc.units);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 2);
        // Also with their own `1.` items.
        let doc = parse("某公告\n說明如下:\n(一) 甲:\n1. 子。\n2. 丑。\n(二) 乙。\n");
        assert_eq!(doc.top_units().len(), 2);
        assert_eq!(doc.top_units()[0].children[0].children.len(), 2);
    }

    /// Asserts that `src` reads as top-level units numbered `nums` (their main numbers) and
    /// that its clean text reads back to the same numbers.
    fn assert_units(src: &str, nums: &[u32]) {
        let main = |doc: &Document| doc.top_units().iter().filter_map(|u| u.num).map(|n| n.main).collect::<Vec<_>>();
        let doc = parse(src);
        assert_eq!(main(&doc), nums, "{:#?}", doc.units);
        assert_eq!(main(&parse(&crate::render::to_text(&doc))), nums);
    }

    #[test]
    fn a_text_in_simplified_script_with_points_and_no_article_is_read_the_taiwanese_way() {
        // s-ncu-liberal-arts-short-film-contest-rules-simplified-script-points-arabic-items-
        // date-digit-lines in corpus/real: the mainland reading found no unit.
        let src = "国立中央大学文学院创意短片竞赛征件办法\n一、目的\n为鼓励学生拍摄创意短片。\n二、参赛资格\n1. 在学学生皆可报名\n2. 可个人参加。\n三、奖项\n优选奖金10,000元。\n";
        assert_eq!(detect_jurisdiction(src), Jurisdiction::Cn);
        let doc = parse(src);
        assert_eq!(doc.kind, DocKind::Directive);
        assert_units(src, &[1, 2, 3]);
        // Asked for, the mainland reading stays.
        let cn = parse_with(src, &ParseOptions { jurisdiction: Some(Jurisdiction::Cn), ..ParseOptions::default() });
        assert!(cn.top_units().is_empty());
        // A mainland law keeps its reading.
        let law = "中华人民共和国某某法\n第一条 为了规范管理,制定本法。\n第二条 国务院负责。\n";
        assert_eq!(parse(law).top_units().len(), 2);
    }

    #[test]
    fn a_bare_link_under_an_item_ends_neither_the_text_nor_the_item() {
        // s-isu-registered-mail-rules-point-paren-items-url-lines-arabic-comma-list in
        // corpus/real: the link was read as an English footer that closed the text.
        let src = "一、請依以下規則辦理:\n(一)填寫申請單:請在郵寄前填寫。\n申請單表單(連結如下)。\nhttps://oga.example.edu.tw/files/a.xlsx\n(二)郵件整理:請依序排列。\nhttps://www.post.gov.tw/post/index.jsp?ID=21001\n(三)重要文件郵寄:請使用掛號。\n";
        let doc = parse(src);
        assert!(doc.debris.is_empty(), "{:?}", doc.debris);
        assert_eq!(doc.units[0].children[0].children.len(), 3);
        // s-datong-after-school-care-plan-beclass-arabic-items-reference-marks: the link
        // under an item's sentence keeps the item open for its own list.
        let src = "七、甲。\n八、報名方式與時間:\n1.招生採網路報名,請點選系統報名。\nhttps://www.beclass.com/rid=294db4\n(1)公告報名簡章:12月30日。\n(2)開放網路報名:12月30日。\n2.其他。\n";
        let doc = parse(src);
        let items = &doc.units[1].children[0].children;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].children.len(), 2);
    }

    #[test]
    fn a_note_in_brackets_under_an_items_caption_is_the_items() {
        // s-hsinchu-shanqi-elementary-special-ed-assistant-selection-points-space-after-
        // comma-nested-items-truncated in corpus/real: the note kept (二) open, so that its
        // `1.` `2.` and the (三) after them are its list's.
        let src = "某簡章\n一、甲。\n二、日期:\n(一)第1次甄選:\n1.報名時間:9月5日。\n2.甄選時間:9月5日。\n(二)第2次甄選:\n(若第1次甄選已有錄取人員,則不再進行第2次甄選。)\n1.報名時間:9月8日。\n2.甄選時間:9月8日。\n(三)第3次甄選:\n1.報名時間:9月10日。\n三、乙。\n";
        let doc = parse(src);
        assert_units(src, &[1, 2, 3]);
        let items = &doc.units[1].children[0].children;
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].children.len(), 2);
    }

    #[test]
    fn bracketed_arabic_sections_over_item_lists_as_long_as_theirs() {
        // s-sysh-english-test-fee-subsidy-notice-paren-arabic-sections-comma-items in
        // corpus/real: three `(1)` sections, the last with three `1.` items.
        let src = "【英檢報名費補助公告】\n(1)申請時間:\n即日起至5月15日止。\n(2)申請文件:\n1、 申請表\n2、 成績單影本。\n(3)申請資格:\n補助級別:\n1.通過B1者,補助1,000元。\n2.通過B2者,補助1,500元。\n3.通過C1者,補助2,000元。\n";
        assert_units(src, &[1, 2, 3]);
        assert_eq!(parse(src).units[2].children.iter().flat_map(|p| &p.children).count(), 3);
    }

    #[test]
    fn a_list_starts_again_under_a_caption_with_no_final_punctuation() {
        // l-kinmen-county-construction-dept-livestock-farm-registration-service-arabic-
        // lists-restarting-run-on-fields, o-luzhou-farmers-association-farmer-insurance-
        // three-lists-arabic-dot-comma-paren-restarting-truncated in corpus/real.
        let src = "申請方式\n1.代理申辦委託書。\n2.申請書。\n3.資格證明書。\n應填具【申請書】及檢附下列文件〈一份〉\n1.身分證影本。\n2.經營計畫。\n";
        assert_units(src, &[1, 2, 3, 1, 2]);
        let src = "農保\n1.年滿15歲以上者。\n2.每年從事農業工作。\n3.無專任職務。\n申請加保應備證件 (須本人親自辦理)\n1、申請人國民身分證。(正本)\n2、戶口名簿。\n";
        assert_units(src, &[1, 2, 3, 1, 2]);
        // Its caption, with the note in brackets, heads the fresh list: no paragraph of the
        // unit before it (l-chiayi-west-district-household-office-marriage-registration-
        // arabic-lists-restarting-captions-truncated in corpus/real).
        let doc = parse(src);
        assert_eq!(doc.units[2].children.len(), 1);
        assert_eq!(doc.units[3].caption.as_deref(), Some("申請加保應備證件(須本人親自辦理)"));
        // A note's label in brackets is no such caption: the reasons after it, numbered
        // as the points are, stay text (c-motc-grant-oversight-reasons-rootlaw).
        let src = "所有條文\n一、為考核特訂定本要點。\n二、本要點所稱各機關。\n三、各機關應訂定規範。\n〔立法理由〕\n一、參照規定修正。\n二、依會計法規定。\n";
        assert_units(src, &[1, 2, 3]);
    }

    #[test]
    fn a_stroke_used_as_a_dash_leaves_a_line_cut_at_its_markers() {
        // l-kaohsiung-marine-bureau-sea-recreation-notice-ouk-relay-points-one-line-tts-
        // chrome in corpus/real: a box-drawing stroke between words is no table row.
        let src = "公告\n請民眾應注意以下事項: 一、事前查詢海象資訊。 二、穿戴防護裝備。 三、宣導影片(請點選下方─相關連結)。\n";
        assert_units(src, &[1, 2, 3]);
    }

    #[test]
    fn circled_numerals_number_a_page_with_no_other_numbering() {
        // s-cljhs-new-immigrant-scholarship-notice-circled-number-units-restarting in
        // corpus/real: the dingbats' negative circled numerals under captions, items with
        // no final punctuation; the plain circled ones the same.
        let src = "公告\n申請資格:\n❶現就讀國內學生\n❷其父或母一方為外國人\n❸成績優良\n繳交資料:\n❶申請表\n❷戶口名簿\n";
        assert_units(src, &[1, 2, 3, 1, 2]);
        assert_units("公告\n申請資格:\n①現就讀國內學生\n②其父或母一方為外國人\n③成績優良\n", &[1, 2, 3]);
    }

    #[test]
    fn a_list_starts_again_after_a_full_stop_with_its_first_item_s_own_items_between() {
        // o-liming-foundation-scholarship-nptu-relay-captions-paren-items-arabic-subitems-
        // truncated in corpus/real: the second `(二)` follows the first's `1.`, `2.`.
        let src = "獎學金申請\n獎勵方式:\n(一)大學生:一萬元。\n(二)專科生:八千元。\n\n申請手續:申請者應繳交下列申請文件,向就讀學校提出申請。\n(一)成績單正本:\n1.學業平均成績80分以上。\n2.操行成績甲等以上。\n(二)身分證明:\n1.軍榮眷子女:檢附證明。\n";
        assert_units(src, &[1, 2, 1, 2]);
    }

    #[test]
    fn a_first_item_run_on_after_a_caption_starts_the_list_under_it() {
        // o-narlabs-nchc-iservice-faq-project-application-captions-run-on-arabic-items-
        // restarting-truncated in corpus/real: each caption runs into its list's first
        // item, the second (after a wrapped line) opening a line of its own.
        let src = "-\n國科會計畫申請說明1. 使用資格:凡參與者。\n2. 申請方式:由主持人提出,\n依序填寫資料。\n3. 使用期限:三個月。\n-\n學術計畫申請說明1. 使用資格: 隸屬學術機構之人員,\n進行相關研究。\n2. 由申請者提出申請。\n";
        assert_units(src, &[1, 2, 3, 1, 2]);
        // Set off by a space, the same (s-hust-self-harm-prevention-plan-points-captions-
        // inline-arabic-truncated).
        assert_units(
            "實施策略\n\n強化組織運作 1.建立流程。\n\n2.建立通報系統。\n\n培訓防治人才 1. 參加座談會。\n\n2.辦理研習。\n",
            &[1, 2, 1, 2],
        );
        // Set deeper than the unit above, the caption and its list are that unit's.
        let src = "須知\n  1. 入學資格: 皆可報名。\n  2. 報名方式:\n    報名時間 1.即日起。\n    2.星期一至星期五。\n  3. 研習證明: 向人事登錄。\n";
        assert_units(src, &[1, 2, 3]);
    }

    #[test]
    fn points_numbered_like_their_items_nest_under_a_colon_and_a_note() {
        // l-chiayi-city-police-impound-lot-notes-chapters-restart-arabic-points-nested-
        // arabic-items-truncated in corpus/real: `1.` points with `1.` items set deeper,
        // under a lead-in whose colon is followed by a note in brackets.
        let src = "移置保管場注意事項\n  1. 移置費:(每輛次)\n    1. 機器腳踏車新台幣貳佰元整。\n    2. 小型汽車新台幣壹仟元整。\n    3. 大型汽車新台幣叁仟元整。\n  2. 保管費:(每輛每日,不滿一日者以一日計算)。\n    1. 機器腳踏車新台幣伍拾元整。\n    2. 小型汽車新台幣貳佰元整。\n";
        assert_units(src, &[1, 2]);
        let doc = parse(src);
        let items = |u: &Node| u.children.iter().map(|c| c.children.len()).sum::<usize>();
        assert_eq!(doc.top_units().iter().map(|u| items(u)).collect::<Vec<_>>(), [3, 2], "{:#?}", doc.units);
    }

    #[test]
    fn a_point_label_alone_one_number_past_the_next() {
        // s-hles-taoyuan-school-curriculum-review-committee-selection-relay-markers-own-
        // lines-bars-jumps in corpus/real: each label alone on its line with a cell bar,
        // point 三 missing from the page.
        assert_units(
            "某公告\n一、 |\n轉知辦理課程審議會委員推薦。 |\n二、 |\n旨案依據相關規定辦理。 |\n(一) |\n委員類型包括教師代表。 |\n四、 |\n請於期限前上網提供參考名單。 |\n",
            &[1, 2, 4],
        );
    }

    #[test]
    fn paren_arabic_items_with_shorter_arabic_lists_of_their_own() {
        // l-hsinchu-city-parking-query-page-disabled-discount-print-notes-paren-dot-items-
        // nested-arabic-truncated in corpus/real: two runs of `(1).` under captions, the
        // last item with `1.` steps of its own.
        assert_units(
            "EX: DK-3389\n停車優惠辦法:\n(1). 路邊停車場三小時優惠。\n(2). 路外停車場免費停車。\n查詢列印說明:\n(1). 您在查詢後可以按下列印。\n(2). 建議使用雷射印表機。\n(3). 如需列印通知單,請依下列步驟:\n  1.選擇要列印的通知單\n  2.按下右邊的「顯示」\n",
            &[1, 2, 1, 2, 3],
        );
    }

    #[test]
    fn lists_start_again_under_captions_after_a_heart() {
        // l-taoyuan-transport-dept-roadside-parking-monthly-ticket-notes-arabic-lists-heart-
        // captions-truncated in corpus/real.
        assert_units(
            "路邊收費月票購買須知\n  1. 月票卡限於申請期間內使用。\n  2. 月票卡限於登記之車輛使用。\n♥ 首次購買月票證方式\n  1. 辦理地點:開單服務據點。\n  2. 應備文件:行車執照正本。\n",
            &[1, 2, 1, 2],
        );
    }

    #[test]
    fn markup_line_breaks_before_markers() {
        // o-sygas-late-fee-notice-raw-html-markup-paren-comma-items-truncated in corpus/real:
        // a page's markup stored as its text, its lines broken by tags.
        assert_units(
            "某公告\n<div id=\"a\">用戶逾期繳費者,違約金之計算如下:<br>(一)、家庭用戶:逾期在7日以內者,免收違約金。<br>(二)、商業用戶:逾期在2日以內者,免收違約金。</div>\n",
            &[1, 2],
        );
    }

    #[test]
    fn paren_points_of_a_page_cut_after_its_first() {
        // s-ip-host-earthquake-drill-notice-paren-items-table-bars-cut-start in corpus/real:
        // the stored copy starts inside `（一）`, so its points start at `（二）`.
        let doc = parse(
            "地震避難演練\n地震發生時首要保護自己,故應先執行避難3步驟。\n(二)當地震稍歇時,應依路線疏散。注意事項如下:\n1.保護頭頸部。\n2.遵守三不原則。\n(三)抵達操場後,各班導師應確實點名。\n",
        );
        let nums: Vec<_> = doc.top_units().iter().map(|u| u.num).collect();
        assert_eq!(nums, [Some(Num::from(2)), Some(Num::from(3))], "{:#?}", doc.units);
        assert_eq!(doc.top_units()[0].children.iter().map(|c| c.children.len()).sum::<usize>(), 2);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 2);
    }

    #[test]
    fn points_start_again_under_captions_in_lenticular_brackets() {
        // s-mcut-aca-e-roll-call-notes-bracket-captions-points-restarting in corpus/real.
        assert_units(
            "教師電子點名實施說明\n【實施目的】\n一、取代以往紙本點名;\n二、加速學生線上查詢。\n【電子點名】\n一、教師應於上課期間完成電子點名;\n二、課程逾3日未完成電子點名者,系統將自動寄送通知函。\n【免點名課程】\n一、無實體授課課程;\n二、校外實習類課程。\n",
            &[1, 2, 1, 2, 1, 2],
        );
    }

    #[test]
    fn lists_start_again_under_asterisked_captions() {
        // c-mnd-reserve-command-changhua-martyrs-shrine-application-asterisk-captions-arabic-
        // items-restarting in corpus/real.
        assert_units(
            "某塔介紹\n* 申請條件\n1.現役期間因公死亡人員。\n2.生前曾奉頒勳獎章者。\n3.服役年資滿10年以上者。\n* 檢附資料\n1.死亡證明書。\n2.退伍令影本。\n",
            &[1, 2, 3, 1, 2],
        );
    }

    #[test]
    fn points_run_together_after_notes_that_follow_a_full_stop() {
        // l-kinmen-funeral-facility-feedback-fund-ordinance-gist-flattened-points-article-refs
        // in corpus/real: each point ends with the article it sums up.
        assert_units(
            "某自治條例要點\n其要點如下:\n一、本自治條例之立法目的。(第一條)二、本自治條例之主管機關。(第二條)三、回饋金運用範圍。(第三條)\n",
            &[1, 2, 3],
        );
    }

    #[test]
    fn a_list_starts_again_under_a_lead_in_after_other_finished_text() {
        // c-chiayi-motor-vehicle-office-faq-bulleted-questions-arabic-lists-counters-truncated
        // in corpus/real: an FAQ's lists under two of its questions.
        let src = "常見問題\n車主辦理過戶應準備:\n1. 身分證正本\n2. 印章\n3. 行照正本\n• 上網可以補發行照嗎?\n可利用自然人憑證上網辦理行照補發。\n汽、機車車體已被環保回收廠商回收後,仍應準備:\n1.國民身分證正本\n2.印章\n";
        assert_units(src, &[1, 2, 3, 1, 2]);
        // Not a statute's lead-in to its 款.
        let doc = parse(
            "某法\n一、甲。\n二、乙。\n前項辦法另定之。\n有左列各款情事之一者,不得充藥劑師,其已充藥劑師者,撤銷其資格:\n一、背叛國家者。\n二、受除名處分者。\n",
        );
        assert_eq!(doc.top_units().len(), 2, "{:#?}", doc.units);
    }

    #[test]
    fn arabic_items_run_together_with_spaces_on_one_line() {
        // l-beidou-columbarium-cemetery-application-flow-flattened-arabic-steps-bracket-
        // captions in corpus/real: a whole page on one line.
        assert_units(
            "::: 首頁 > 申請流程 【納骨堂】 1.選位 2.農會繳費 3.領取許可證 4.進塔 應備文件: 申請人身份證\n",
            &[1, 2, 3, 4],
        );
    }

    #[test]
    fn an_item_announces_its_next_set_off_by_a_space_wherever_it_was_read() {
        // s-ttc-life-leave-rules-points-arabic-items-history-lines-truncated in corpus/real:
        // items cut after a sentence's end, the last one's separator dropped.
        let doc = parse(
            "某校學生請假規則\n一、本校學生請假之假別計分 1.事假; 2.病假; 3. 公假; 4. 臨時假; 5. 婚喪假 6.特別假等六種。\n二、請假規定依本校規定辦理。\n",
        );
        let items = |u: &Node| u.children.iter().map(|p| p.children.len()).sum::<usize>();
        assert_eq!(doc.top_units().iter().map(|u| items(u)).collect::<Vec<_>>(), [6, 0], "{:#?}", doc.units);
        // l-chiayi-city-economic-dept-farm-power-electricity-application-points-paren-items-
        // flattened-summary-then-lines in corpus/real: a point set off by a space after the
        // bracketed items of the one before, its own list starting afresh in the line.
        assert_units("一、申請項目 (一)農業灌溉用電 (二)畜牧用電 二、申請應備資料 (一)申請書 (二)現況照片\n", &[1, 2]);
        // c-mol-care-worker-training-grant-points-pdf-transcript-glued-numeral in
        // corpus/real: a transcript's bare numerals and spaced brackets, no final punctuation.
        assert_units(
            "一 為鼓勵勞工參加訓練特訂定本要點 二 訓練單位資格如下 : ( 一 ) 照顧服務員訓練單位 ( 二 ) 托育人員訓練單位 1 大專校院 2 辦理兒童福利業務之團體者 三 補助訓練課程, 分為下列二類 : ( 一 ) 照顧服務員課程 ( 二 ) 托育人員課程\n",
            &[1, 2, 3],
        );
    }

    #[test]
    fn a_number_run_onto_the_end_of_the_line_before_its_text() {
        // l-tamsui-arts-centre-exhibition-application-numbered-captions-dash-bullets-glued-
        // numbers-truncated in corpus/real.
        assert_units(
            "1.主旨\n- 鼓勵藝術創作。\n2.申請時間\n- 每年三月審理。\n3.申請方式\n- 由申請者提出申請資料。4.\n- 繳交之作品幻燈片,均應註明作品名稱。\n5.\n- 繳交之有關資料由本中心存檔。\n",
            &[1, 2, 3, 4, 5],
        );
    }

    #[test]
    fn two_paren_arabic_items_where_nothing_else_is_numbered() {
        // o-yuanrung-hospital-certificate-application-paren-arabic-items-table-cells-own-
        // lines-truncated in corpus/real.
        assert_units(
            "診斷書申請\n更新日期 : 2025-08-07\n◎ 開立診斷證明書之申請須知,申請時敬請備妥下列文件:\n(1) 本人親自申請:請攜帶身分證正本\n(2) 委託他人申請:請攜帶病患本人及委託人之身分證正本\n診斷書別\n費用\n",
            &[1, 2],
        );
    }

    #[test]
    fn two_arabic_points_where_nothing_else_is_numbered() {
        // s-farmers-assoc-ssf-student-aid-notice-arabic-items in corpus/real.
        let doc = parse(
            "某會就學金開放申請\n申請地點:本會會務部。\n申請人符合下列資格條件者,得申請本助學金\n1.子女就讀國內高中職。\n2.前一學期德行成績乙等以上。\n",
        );
        assert_eq!(doc.top_units().len(), 2);
        // Where `一、` points are numbered too, they are the points.
        let doc = parse("某會公告\n說明如下:\n1.甲。\n2.乙。\n一、丙。\n二、丁。\n");
        let labels: Vec<_> = doc.units.iter().filter_map(|u| u.label.as_deref()).collect();
        assert_eq!(labels, ["一、", "二、"]);
    }

    #[test]
    fn caption_under_a_label_alone_takes_its_text() {
        // c-taipower-2021-saving-reward-radio-page-markers-own-line in corpus/real: the
        // caption's text after a blank line, as `二、參加對象:` over it reads.
        let doc = parse("某活動\n一、\n期間:即日起。\n二、\n參加對象:\n\n住宅用電戶\n三、\n丙。\n");
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.units[1].children[0].text, "參加對象:住宅用電戶");
    }

    #[test]
    fn a_spaced_first_article_under_a_caption_with_the_second_in_its_line() {
        // A link preview of a law: its database's name, then `第 1 條 …。 第 2 條 …` run
        // together on one line (c-mnd-officer-appointment-act-articles-link-preview-snippet-
        // flattened in corpus/real): article 2 cut out of the line still follows article 1.
        let doc = parse(
            "某某網站\n\n國防法規資料庫\n\n第 1 條 陸海空軍軍官之任官,依本條例之規定。 第 2 條 軍官之官等如左: 一、將官。 二、校官。\n",
        );
        let nums: Vec<_> = doc.top_units().iter().map(|u| u.num).collect();
        assert_eq!(nums, [Some(Num::new(1, None)), Some(Num::new(2, None))], "{:#?}", doc.units);
    }

    #[test]
    fn bulleted_points_under_an_adoption_line_are_no_closing_history() {
        // s-nttu-student-health-exam-points-bulleted-lost-numbers-truncated in corpus/real:
        // points that lost their numerals to bullets, under the title printed again and
        // the adoption line, with no unit read anywhere.
        let doc = parse(
            "【健康事務組】某某實施要點\n\n某某實施要點\n\n112年06月05日衛生委員會會議審議通過\n\n  • 本校為瞭解學生健康狀況,特訂定本要點。\n  • 本要點適用對象如下:\n",
        );
        assert_eq!(doc.history.len(), 1);
        assert_eq!(doc.history[0].raw, "112年06月05日衛生委員會會議審議通過");
        let text: String = doc.units.iter().flat_map(|u| u.paragraphs()).map(|p| p.text.as_str()).collect();
        assert!(text.contains("本要點適用對象如下"), "{text}");
    }

    #[test]
    fn a_closing_line_under_a_letters_date_continues_no_entry() {
        // s-hungkuang-online-sign-in-attendance-notice-points-paren-items-spaced-fields-
        // blank-lines in corpus/real: the signature, the date, then `附件:公告`.
        let doc = parse("某公告\n一、甲。\n二、乙。\n\n人事室敬啟\n\n109/02/25\n\n  附件:公告\n");
        let raws: Vec<_> = doc.history.iter().map(|h| h.raw.as_str()).collect();
        assert_eq!(raws, ["109/02/25"]);
        assert!(doc.debris.iter().any(|d| d.text == "附件:公告"), "{:?}", doc.debris);
        // A dated entry's wrapped line still continues it.
        let doc = parse("某要點\n一、甲。\n二、乙。\n中華民國100年1月1日府法字第1號令訂定發布\n全文十點\n");
        let raws: Vec<_> = doc.history.iter().map(|h| h.raw.as_str()).collect();
        assert_eq!(raws, ["中華民國100年1月1日府法字第1號令訂定發布全文十點"]);
    }

    #[test]
    fn a_list_restarts_under_a_caption_after_a_short_field_value() {
        // s-cjc-mail-receipt-dispatch-notes-arabic-lists-after-field-names-lost-bullets-
        // restart in corpus/real: `2.` ends on a field's short value, then a caption and a
        // list from 1.
        assert_units(
            "某須知\n1.掛號郵件:由文書組通知\n2.平信處理方式:置於信櫃請自行領回\n郵件寄件處理\n1.郵件交寄範圍:公務信件為原則。\n2.寄件時間:下午二時前。\n",
            &[1, 2, 1, 2],
        );
    }

    #[test]
    fn a_list_restarts_under_a_caption_after_an_item_closed_by_a_note_in_brackets() {
        // s-ttu-outstanding-ta-nomination-notice-fields-table-bars-arabic-lists-restart in
        // corpus/real: `初審` and `複審`, each over its own list from 1.
        let src = "評分項目\n初審\n1.應繳資料之內容。\n2.意見調查結果(學生版)\n3.其他佐證資料(自編教材等)\n複審\n1.投影片製作\n2.表達能力\n3.報告內容\n";
        assert_units(src, &[1, 2, 3, 1, 2, 3]);
    }

    #[test]
    fn points_restart_after_a_caption_with_a_reference_mark_in_the_line() {
        // s-nchu-personnel-notices-table-rows-flattened-points-restart-reference-marks-
        // truncated in corpus/real: a news table's rows, each a notice run into one line.
        let src = "某公告\n一、甲。\n二、乙。\n※適用同仁「勞動節放假」事宜: 一、丙。 二、丁。 三、戊。\n";
        assert_units(src, &[1, 2, 1, 2, 3]);
        // Without its second item the number stays text.
        assert_units("某公告\n一、甲。\n二、乙。\n※適用同仁放假事宜: 一、丙。\n三、丁。\n", &[1, 2, 3]);
    }

    #[test]
    fn spaced_article_labels_in_table_rows_after_a_closed_cell() {
        // l-miaoli-city-council-meeting-rules-articles-table-cells-spaced-numerals-truncated
        // in corpus/real: each article a row of a label cell and a text cell.
        let src = "某議事規則\n第 一 條 | 本規則依某條例訂定之。 |\n第 二 條 | 本會會議依本規則行之。 |\n第 三 條 | 本會之開會由主席宣告之。 |\n";
        assert_units(src, &[1, 2, 3]);
        // A spaced label after an unfinished cell is still a citation's wrap.
        let src = "某議事規則\n第 一 條 | 本規則依某條例 |\n第 二 條 規定訂定之。\n";
        assert_units(src, &[1]);
    }

    #[test]
    fn an_unnumbered_question_over_its_answer_s_label_captions_the_list_restarting_under_it() {
        // l-yilan-household-office-faq-marriage-registration-paren-items-restarting-
        // unnumbered-questions-truncated in corpus/real.
        let src = "戶政問答\n應攜帶那些證件?\n回答:\n(一)結婚書約。\n(二)相片1張。\n\n在國外結婚有何特別規定?\n回答:\n(一)證書須翻譯成中文。\n(二)應另附婚姻狀況證明。\n";
        let doc = parse(src);
        let units = doc.top_units();
        assert_eq!(units.len(), 4, "{:#?}", doc.units);
        assert_eq!(units[1].children.len(), 1, "{:#?}", units[1]);
        assert_eq!(units[2].caption.as_deref(), Some("在國外結婚有何特別規定?\n回答:"));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 4);
        // Without the answer's label a question that is no short caption stays text of the
        // unit before, and the items under it go on with that unit's text.
        let doc = parse("戶政問答\n(一)甲。\n(二)乙。\n在國外結婚,或與外國人結婚有何特別規定?\n(一)丙。\n(二)丁。\n");
        assert!(doc.top_units().iter().all(|u| u.caption.is_none()), "{:#?}", doc.units);
        assert!(doc.top_units()[1].children.iter().any(|c| c.text.starts_with("在國外")), "{:#?}", doc.units);
    }

    #[test]
    fn a_point_numbered_twice_as_published() {
        // s-hyjhes-changhua-covid-home-office-directive-adoption-line-duplicate-four-
        // truncated in corpus/real: `四、` twice, each after a finished sentence, then 五.
        let src = "某要點\n一、甲。\n二、乙。\n三、丙。\n四、配合實施自主健康管理者。\n四、各單位實施居家辦公前,應擬具申請書。\n五、戊。\n";
        assert_units(src, &[1, 2, 3, 4, 4, 5]);
        // Printed for the next number, which never comes (s-nhps-hsinchu-work-hours-
        // notice-points-duplicate-two-template-placeholders in corpus/real).
        assert_units("某公告\n一、甲。\n二、乙。\n二、加班時數應於期限內休畢。\n四、丁。\n", &[1, 2, 2, 4]);
        // The same line printed twice is no second point (s-nptu-physics-master-
        // curriculum-rules-points-arabic-items-duplicated-lines-table-bars-truncated).
        let src = "某規定\n一、甲。\n二、課程結構與應修學分\n所有研究生必須修滿學分。\n二、課程結構與應修學分\n所有研究生必須修滿學分。\n三、丙。\n";
        assert_units(src, &[1, 2, 3]);
        // Items of one line each that end with no full stop, bracketed or not (c-mofa-teco-
        // guam-document-authentication-notes-paren-items-duplicate-four-truncated, l-taichung-
        // north-health-centre-screening-arabic-list-caption-fe30-notes-duplicate-three).
        let src = "某注意事項\n(一)甲\n(二)乙\n(三)丙\n(四)申請人之護照逾期者應附身分證件\n(四)文件中文譯本須親簽\n(五)處理時間三日\n";
        assert_units(src, &[1, 2, 3, 4, 4, 5]);
        assert_units(
            "某須知\n1、甲。\n2、乙。\n3、乳房攝影由女放射師執行\n3、請穿著裙裝。\n4、丁。\n",
            &[1, 2, 3, 3, 4],
        );
        // Not after a line that ends in a table's bar, a cell run into the point's line.
        let src = "某說明\n一、應繳規費如下表:費額 |備註|基本費|\n一、基本費以每筆為單位。\n二、乙。\n";
        assert_units(src, &[1, 2]);
    }

    #[test]
    fn a_short_caption_is_no_text_of_the_caption_over_it() {
        // s-ncnu-b030-disadvantaged-aid-parts-arabic-items-table-bars in corpus/real, as its
        // clean text writes item 2: a caption, then another caption alone on its line.
        let doc = parse("某某說明\n1.填寫申請表\n2.繳交證明文件郵寄說明:\n戶籍資料注意事項:\n3.審核。\n");
        let paras: Vec<_> = doc.units[1].paragraphs().map(|p| p.text.as_str()).collect();
        assert_eq!(paras, ["繳交證明文件郵寄說明:", "戶籍資料注意事項:"]);
        // A lead-in under a caption is its text (l-tainan-anping-household-home-service-
        // points-blank-lines).
        let doc = parse("某某要點\n一、服務對象:\n設籍本區,有下列情形之一者:\n(一)甲。\n二、乙。\n");
        assert_eq!(doc.units[0].paragraphs().count(), 1);
    }

    #[test]
    fn an_english_version_run_on_after_its_chinese_text_is_a_paragraph() {
        // o-hengchun-campground-blog-rules-arabic-bilingual-inline-english-truncated and
        // s-nthu-life-science-lab-safety-bilingual-table-bars-stray-bars in corpus/real.
        let doc = parse(
            "野營守則\n1.本營區請保持安靜並穿著鞋子,我們將提供協助。(醫院電話:08-889-4053)The campground is a wild life area, please be quiet.\n2. 進入實驗室請綁好長髮。 | Dress sensibly in the laboratory; confine long hair.\n3. 禁止喧嘩 Please keep quiet in the area.\n",
        );
        let paras: Vec<Vec<&str>> =
            doc.units.iter().map(|u| u.paragraphs().map(|p| p.text.as_str()).collect()).collect();
        assert_eq!(paras[0].len(), 2, "{paras:?}");
        assert!(paras[0][1].starts_with("The campground"), "{paras:?}");
        assert_eq!(paras[1], ["進入實驗室請綁好長髮。", "| Dress sensibly in the laboratory; confine long hair."]);
        // No sentence ends before the English words: one paragraph.
        assert_eq!(paras[2].len(), 1, "{paras:?}");
    }

    #[test]
    fn an_arabic_article_label_closed_by_a_comma_after_an_unfinished_line() {
        // o-ncku-kaohsiung-alumni-singles-club-rules-arabic-articles-label-variants-truncated
        // in corpus/real: article 10 ends with a note in brackets and no full stop.
        let doc = parse(
            "某聯誼社設置要點\n第9條、凡加入本社者需繳交證件。\n第10條、活動是否開放攜伴參加(僅限單身者)\n第11條、報名參加本社舉辦之活動後不得退費。\n",
        );
        assert_eq!(unit_nums(&doc), [9, 10, 11], "{:#?}", doc.units);
    }

    #[test]
    fn arabic_points_run_on_after_english_versions_in_one_line() {
        // s-ntnu-mtc-language-exchange-rules-bilingual-flattened-arabic-points-truncated in
        // corpus/real: each point's English version ends with a full stop, then the next
        // point follows in the line.
        let doc = parse(
            "某交流辦法\n1.活動目的:推展交流。 Purpose: Allow students to practice a language. 2.申請資格:在校生。 Who is eligible: Current students and staff (mtc.ntnu.edu.tw/le/). 3.申請時間:每年三月。\n",
        );
        let paras: Vec<usize> = doc.top_units().iter().map(|u| u.paragraphs().count()).collect();
        assert_eq!((unit_nums(&doc), paras), (vec![1, 2, 3], vec![2, 2, 1]), "{:#?}", doc.units);
        // A number's point in an English sentence cuts nothing (`No. 2`).
        let doc = parse("某須知\n一、甲。\n二、Send the form to room No. 2.3 of the main building.\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn clean_text_keeps_a_title_other_than_the_name_field_and_a_short_heading() {
        // l-taipei-coop-school-supplies-lunchbox-procurement-notes-jtf-host-points-wrap-
        // spaces-truncated: a notice's title over the name field; o-nccu-coop-consignment-
        // rules-point-labels-captions-chrome-truncated: a site's short heading over a menu
        // and the full name, which the clean text runs into one line.
        for src in [
            "某局公告-某某注意事項\n\n法規名稱:某某注意 事項\n\n一、甲。\n二、乙。\n",
            "合作經營辦法\n\n登記表格\n\n經營位置\n\nQ & A\n\n某大學合作社合作經營辦法\n第一點 (參與資格)\n甲。\n第二點 (貨物性質)\n乙。\n",
        ] {
            let doc = parse(src);
            let again = parse(&crate::render::to_text(&doc));
            assert_eq!(again.title, doc.title, "{src}");
        }
    }

    #[test]
    fn a_link_alone_under_a_point_is_its_text() {
        // c-wda-taoyuan-branch-training-entrance-test-notes-arabic-points-update-bullet-
        // url-line-truncated and l-hsinchu-county-self-initiated-urban-renewal-subsidy-
        // notice-two-points-url-line in corpus/real: bare or in brackets with a caption.
        for link in ["https://example.gov.tw/Content_List.aspx?n=9E1B", "(網址:https://example.gov.tw/zh/1)"] {
            let doc = parse(&format!("某須知\n一、甲。\n二、請至某網站查詢。\n{link}\n三、乙。\n"));
            assert_eq!(paras(&doc), [1, 1, 1], "{link}");
            assert!(doc.top_units()[1].text_content().contains("https://example.gov.tw"));
        }
        // A line of words with a link in it is no link alone.
        let doc = parse("某須知\n一、甲。\n二、請至某網站查詢。\n網址 https://example.gov.tw 另見說明\n三、乙。\n");
        assert_eq!(paras(&doc), [1, 2, 1]);
    }

    #[test]
    fn a_wrapped_bullet_goes_on_with_the_next() {
        // s-dyfa-farmers-assoc-deposit-rules-captions-restarting-arabic in corpus/real.
        let doc = parse(
            "某須知\n一、請備妥下列文件:\n• 機關:公函。\n• 團體:登記證照及負責人\n印鑑。\n• 行號:登記證。\n二、乙。\n",
        );
        let paras: Vec<_> = doc.units[0].paragraphs().collect();
        assert_eq!(paras.len(), 1, "{paras:?}");
        assert!(paras[0].text.ends_with("行號:登記證。"));
    }

    #[test]
    fn dash_items_stay_with_their_lead_in() {
        // An HTML list flattened to `- ` lines under an article's lead-in is one paragraph
        // with it; the sentence after the list is the next (s-ltes-campus-opening-articles-
        // dash-items in corpus/real).
        let doc = parse(
            "某某管理辦法\n第一條 甲。\n第二條 用途以下列活動為限:\n- 學校教育活動。\n- 體育活動。\n申請使用,不得為營業行為。\n第三條 丙。\n",
        );
        let art = &doc.units[1];
        assert_eq!(art.children.len(), 2);
        assert!(art.children[0].text.ends_with("體育活動。"), "{}", art.children[0].text);
        assert!(art.children[1].text.starts_with("申請使用"));
    }

    #[test]
    fn closing_block_after_the_last_point() {
        // An attachment line is an appendix, the lines under it its paragraphs.
        let doc = parse("某要點\n一、甲。\n二、乙。\n附件:申請表\n");
        assert_eq!(doc.units.len(), 3);
        assert_eq!((doc.units[2].kind, doc.units[2].text.as_str()), (NodeKind::Appendix, "附件:申請表"));
        assert_eq!(doc.units[1].children.len(), 1);
        let doc = parse("某要點\n一、甲。\n二、乙。\n附件\n收費表 面積 場地使用費\n");
        assert_eq!(doc.units[2].children.len(), 1);
        // Not a sentence that starts with the word.
        let doc = parse("某要點\n一、甲。\n二、乙。\n附件所列事項，另定之。\n");
        assert_eq!(doc.units.len(), 2);
        // A closing notice set apart by a blank line, and a cut-off bracket, are no text.
        let doc = parse("某公告\n一、甲。\n二、乙。\n\n※如申請補助者為公職人員，應主動據實表明身分。\n");
        assert_eq!((doc.units[1].children.len(), doc.debris.len()), (1, 1));
        let doc = parse("某要點\n一、甲如下:\n(一)丙。\n(二)丁。\n(\n");
        assert_eq!((doc.units[0].children.len(), doc.debris.len()), (1, 1));
        let doc = parse("某要點\n一、甲如下:\n(一)丙。\n(二\n");
        assert_eq!((doc.units[0].children.len(), doc.debris.len()), (1, 1));
        // A notice right under the text stays its paragraph.
        let doc = parse("某公告\n一、甲。\n二、乙。\n※逾期不受理。\n");
        assert_eq!(doc.units[1].children.len(), 2);
        // So do a newspaper's note after `△` (l-penghu-fireworks-night-parking-stalls-notice-
        // local-news-arabic-items), but not under a lead-in's colon.
        let doc = parse("某公告\n一、甲。\n二、乙。\n\n△花火節當日開放停車格。\n");
        assert_eq!((doc.units[1].children.len(), doc.debris.len()), (1, 1));
        // Or after `★` or `▲` (s-wnvs-qingbao-low-income-scholarship-notice-points-paren-
        // arabic-items-field-chrome: `★相關網址1:http://…`).
        for note in ["★相關網址1:http://example.org/a", "▲應備文件"] {
            let doc = parse(&format!("某公告\n一、甲。\n二、乙。\n\n{note}\n"));
            assert_eq!(doc.units[1].children.len(), 1, "{note}");
        }
        // A site's copyright notice and its footer (c-fisheries-research-institute-eel-
        // stocking-report-reminder-two-points-breadcrumb-footer-chrome in corpus/real).
        let doc = parse(
            "某公告\n一、甲。\n二、乙。\n本網站為某部版權所有,所刊載之內容均受著作權法保護,歡迎連結使用。\n禁止未經授權之複製。\n",
        );
        assert_eq!((doc.units[1].children.len(), doc.debris.len()), (1, 2));
        let doc = parse("某要點\n一、甲。\n二、本校研發成果之版權所有人為本校。\n");
        assert!(doc.debris.is_empty());
        let doc = parse("某公告\n一、甲。\n二、注意事項:\n\n◎請自備餐具。\n");
        assert!(doc.debris.is_empty());
        assert!(doc.units[1].children[0].text.contains("餐具"));
    }

    #[test]
    fn parts_with_no_point_inside_are_the_units() {
        // l-hualien-fonglin-town-street-light-adoption-page-parts-only-no-points, s-changhua-
        // chcses-computer-classroom-rules-parts-items-without-numerals in corpus/real.
        let doc = parse(
            "某要點\n壹、目的\n為確立管理規則,特訂定本要點。\n貳、本教室由教務處管理。\n請勿攜帶飲料。\n參、本要點經核可後實施。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(paras(&doc), [1, 2, 1]);
        assert_eq!(doc.units[0].kind, NodeKind::Point);
        assert_eq!(doc.units[0].label.as_ref().map(|l| l.style()), Some(crate::LabelStyle::Heading));
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        // Parts over points stay parts.
        let doc = parse("某要點\n壹、總則\n一、甲。\n貳、附則\n二、乙。\n");
        assert_eq!(doc.units[0].kind, NodeKind::Chapter);
    }

    #[test]
    fn a_table_s_row_numbers_alone_on_their_lines_are_the_units() {
        // l-tainan-health-centre-outpatient-fee-table-tnsnwhs-row-numbers-alone-on-lines in
        // corpus/real: a fee table flattened one cell to a line, nothing else numbered.
        let doc = parse(
            "某收費基準表\n項次\n收費項目\n1\n掛號費\n五十元\n2\n診斷書\n一百元\n每增一份加收十元\n3\n病歷影本\n一百五十元\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3], "{:#?}", doc.units);
        assert_eq!(doc.units.iter().filter(|u| u.kind == NodeKind::Preamble).count(), 1);
        // Not numbers that skip, nor page numbers a page of text apart.
        let doc = parse("某表\n1\n甲\n3\n乙\n4\n丙\n");
        assert!(unit_nums(&doc).is_empty(), "{:#?}", doc.units);
        let page = "本文。\n".repeat(12);
        let doc = parse(&format!("某規定\n{page}1\n{page}2\n{page}3\n"));
        assert!(unit_nums(&doc).is_empty(), "{:#?}", doc.units);
        // Nor where a marker numbers the text (a page's anchors over its points).
        let doc = parse("某要點\n1\n一、甲。\n2\n二、乙。\n3\n三、丙。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3], "{:#?}", doc.units);
        assert!(doc.top_units().iter().all(|u| u.label.as_ref().map(|l| l.style()) == Some(crate::LabelStyle::Cjk)));
    }

    #[test]
    fn lists_of_other_styles_under_a_page_s_captions_are_its_units() {
        // o-pccu-chinese-orchestra-club-equipment-lending-rules-bulleted-articles-nested-
        // items in corpus/real: bulleted captions over `1.` `2.` and over `(一)`–`(三)`.
        let doc = parse("某辦法\n注意事項:\n1.甲。\n2.乙。\n報名資格:\n(一)丙。\n(二)丁。\n(三)戊。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 1, 2, 3], "{:#?}", doc.units);
        assert_eq!(doc.top_units()[2].label.as_ref().map(|l| l.style()), Some(crate::LabelStyle::ParenCjk));
        assert_eq!(doc.top_units()[2].caption.as_deref(), Some("報名資格:"));
        // Not under captions set apart otherwise (a post's date over the first list).
        let doc = parse(
            "某公告\n2025-03-24\n(1)申請時間:\n甲。\n(2)申請文件:\n(3)申請資格:\n補助級別:\n1.乙。\n2.丙。\n3.丁。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3], "{:#?}", doc.units);
        // A first caption run into the line above it (as the clean text prints bulleted
        // lines) still heads its list.
        let doc = parse(
            "某辦法\n•甲。•注意事項:\n1.甲。\n2.乙。\n•報名資格:\n1.丙。\n2.丁。\n•其他:\n(一)丙。\n(二)丁。\n(三)戊。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 1, 2, 1, 2, 3], "{:#?}", doc.units);
        // Nor where a section of another style holds the first list's style too.
        let doc = parse("某辦法\n注意事項:\n1.甲。\n2.乙。\n報名資格:\n(一)丙:\n1.子。\n2.丑。\n(二)丁。\n(三)戊。\n");
        assert_ne!(unit_nums(&doc), [1, 2, 1, 2, 3], "{:#?}", doc.units);
    }

    #[test]
    fn latin_letters_number_a_list() {
        // c-vghks-research-lab-safety-rules-point-letter-sections-arabic-items-chrome-
        // truncated in corpus/real: letter sections, each over its own Arabic items.
        let doc = parse(
            "某規則\n一、實驗室之使用規則:\nA、人員\n1.須佩帶工作證。\n2.應穿實驗衣。\nB、空間\n1.保持清潔。\n二、乙。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2]);
        let items = &doc.units[0].children[0].children;
        let labels: Vec<_> = items.iter().map(|n| n.label.as_ref().map(ToString::to_string)).collect();
        assert_eq!(labels, [Some("A、".to_string()), Some("B、".to_string())]);
        assert_eq!((items[0].children.len(), items[1].children.len()), (2, 1));
        // Letters under an Arabic item, each a sentence of Chinese text.
        let doc = parse("某須知\n一、甲:\n1.檢定如下:\na.全民英檢中高級。\nb.托福510分以上。\n二、乙。\n");
        assert_eq!(paras(&doc), [1, 1]);
        let item = &doc.units[0].children[0].children[0];
        let letters: Vec<_> = item.children.iter().map(|n| n.label.as_ref().map(ToString::to_string)).collect();
        assert_eq!(letters, [Some("a.".to_string()), Some("b.".to_string())]);
    }

    #[test]
    fn a_blog_s_counters_close_the_text() {
        // c-nia-overseas-student-arc-extension-notice-alumni-site-paren-points-arabic-wix-
        // chrome in corpus/real: the post's counters, then its list of other posts, which
        // the page's chrome closes.
        let src = "某須知\n\n一、甲。\n\n二、乙。\n\n14 次查看0 則留言\n\n最新文章\n\n查看全部\n\n居留輔導相關鏈接\n\n針對校友們,可鏈接移民署官網\n";
        let doc = parse(src);
        assert_eq!(paras(&doc), [1, 1]);
        assert_eq!(doc.debris.len(), 5);
        // A sentence about the latest posts is the text's.
        let doc = parse("某須知\n一、甲。\n二、本站首頁列出最新文章。\n");
        assert_eq!(doc.top_units()[1].text_content(), "本站首頁列出最新文章。");
    }

    #[test]
    fn leftovers_set_apart_after_a_text_without_blank_lines_are_no_paragraph() {
        // l-changkang-township-office-citrus-grading-relay-two-points-heading-twice-date,
        // s-taoyuan-ip-host-cap-exam-violation-points in corpus/real.
        for tail in ["2017-11-03", "人氣177", "發布時間: 2023-09-22 09:50\n回上一頁"] {
            let doc = parse(&format!("某公告\n一、甲。\n二、乙。\n三、丙。\n\n{tail}\n"));
            assert_eq!(doc.units[2].children.len(), 1, "{tail}");
            assert!(!doc.debris.is_empty(), "{tail}");
        }
        // A date alone after a short text.
        let doc = parse("某公告\n一、甲。\n二、乙。\n\n2017-11-03\n");
        assert_eq!((doc.units[1].children.len(), doc.debris.len()), (1, 1));
        // A last paragraph of the unit is a sentence, also when it is hard-wrapped.
        let doc = parse("某公告\n一、甲。\n二、乙。\n三、丙。\n\n前項各款以外情形,\n得申請之。\n");
        assert_eq!(doc.units[2].children.len(), 2);
        // Nor in a text whose lines are set apart by blank lines all along.
        let doc = parse("某公告\n\n一、甲。\n\n二、乙。\n\n三、丙。\n\n詳如簡章\n");
        assert_eq!(doc.units[2].children.len(), 2);
    }

    #[test]
    fn an_item_ending_with_a_colon_keeps_the_lines_it_announces() {
        // l-taipei-theatre-venue-use-points-service-portal in corpus/real: the periods
        // under (二) are its own, not paragraphs of the point.
        let doc = parse(
            "某須知\n一、使用時段:\n(一)開放時間另定之。\n(二)使用時間區分如下:\n上午時段:上午8時至12時。\n下午時段:下午1時至5時。\n二、乙。\n",
        );
        let point = &doc.units[0];
        assert_eq!(point.children.len(), 1, "{point:#?}");
        assert!(point.children[0].children[1].text.ends_with("下午1時至5時。"));
        // Unless set less deep than the first announced line (a formula indented under
        // a 款, then the article's next paragraph flush: K0070015 第19條).
        let doc = parse(
            "某規則\n第一條 計算如下:\n一、甲。\n二、依下列公式計算:\n    總力矩=1.12×力矩。\n任何其他方法得准予採用以達前項之要求。\n第二條 乙。\n",
        );
        let art = &doc.units[0];
        assert_eq!(art.children.len(), 2, "{art:#?}");
        assert!(art.children[0].children[1].text.ends_with("力矩。"));
    }

    #[test]
    fn a_unit_s_lead_in_keeps_the_unnumbered_list_it_announces() {
        // c-tad-itinerary-grants-lost-item-markers and s-yuntech-website-privacy-policy-
        // breadcrumb-chrome-points-circle-bullets-truncated in corpus/real: a list whose
        // numbers were lost, each item a sentence of its own line.
        let src = "某要點\n一、甲。\n二、旅行業辦理團體旅遊,其行程符合下列規定者,得申請獎助:\n組團人數應有旅客二人以上。\n行程中安排住宿須為合法旅館。\n採用之遊覽車公司須經評鑑。\n三、乙。\n";
        let doc = parse(src);
        assert_eq!(paras(&doc), [1, 1, 1], "{:#?}", doc.units);
        // The clean text reads back the same.
        assert_eq!(paras(&parse(&crate::render::to_text(&doc))), [1, 1, 1]);
        // So under a lead-in alone on its line.
        let doc = parse("某須知\n一、甲。\n二、說明\n其範圍如下:\n◎保留您所提供的姓名。\n◎記錄相關行徑。\n三、乙。\n");
        assert_eq!(paras(&doc)[1], 1, "{:#?}", doc.units);
        // Not one line alone, nor a lead-in naming no list, nor lines that are lead-ins
        // themselves or cite the paragraph before, nor a statute's.
        for (src, want) in [
            (
                "某要點\n一、旅行業辦理非本國籍旅客之團體旅遊,其行程符合下列規定者,得依本要點規定申請獎助:\n組團人數應有旅客二人以上。\n二、乙。\n",
                2,
            ),
            (
                "某要點\n一、天然災害發生後,各縣市政府未宣佈停止辦公時,本所之處理原則為:\n甲應通報。\n乙應報備。\n二、乙。\n",
                3,
            ),
            (
                "某要點\n一、有下列情形之一者,依審議作業程序規定所定之委員會審議程序辦理都市設計審議:\n有下列情形之一者,依審議作業程序規定所定之專案委員會審議程序辦理都市設計審議:\n甲。\n二、乙。\n",
                3,
            ),
            (
                "某要點\n一、有下列情形之一者,依審議作業程序規定所定之委員會審議程序辦理都市設計審議:\n甲。\n乙。\n前項各款之建築物增建者,免審議。\n二、乙。\n",
                4,
            ),
            ("某辦法\n第一條 有下列情形之一者,由委員會審議:\n甲。\n乙。\n第二條 丙。\n", 3),
            // Nor over markers of no style the parser reads, nor in a preamble.
            ("某要點\n一、車輛應停放於下列場所:\nⅠ.本部地下停車場。\nⅡ.經核准之其他場所。\n二、乙。\n", 3),
            (
                "某要點\n本院資通安全推動組織如下:\n委員會:推動全院性資通安全管理事宜。\n資安小組:推行資通安全相關事宜。\n一、甲。\n",
                3,
            ),
        ] {
            assert_eq!(paras(&parse(src))[0], want, "{src}");
        }
    }

    #[test]
    fn a_lead_in_naming_no_list_keeps_lines_that_repeat_the_same_words() {
        // c-moj-kaohsiung-prison-visit-reopening-notice-dash-bulleted-points-unmarked-day-
        // lines-truncated (the same ending) and s-pttsh-evening-study-rules-chapters-paren-
        // units-restart-lost-char-link-line-truncated (the same field name) in corpus/real.
        let src = "某公告\n一、為避免人潮,依收容人編號尾數進行分流:\n週一開放編號尾數1及2之收容人接見。\n週二開放編號尾數3及4之收容人接見。\n週三開放編號尾數5及6之收容人接見。\n二、乙。\n";
        let doc = parse(src);
        assert_eq!(paras(&doc), [1, 1], "{:#?}", doc.units);
        assert_eq!(paras(&parse(&crate::render::to_text(&doc))), [1, 1]);
        let src = "某規定\n一、申請登記時間:\n第一階段:開學第一週。\n第二階段:第一次段考週。\n第三階段:第二次段考週。\n二、乙。\n";
        assert_eq!(paras(&parse(src)), [1, 1]);
        // Names more than sentences (l-nantou-county-land-offices-fax-transcript-points-lost-
        // item-numerals-lone-full-stop-lines in corpus/real).
        let src =
            "某要點\n一、本要點受理申請之項目如一:\n土地、建物登記簿謄本。\n地籍圖謄本。\n地價證明書。\n二、乙。\n";
        assert_eq!(paras(&parse(src)), [1, 1]);
        // Not two lines alone, nor sentences that share nothing, nor long ones.
        for src in [
            "某公告\n一、分流方式:\n週一開放編號尾數1及2之收容人接見。\n週二開放編號尾數3及4之收容人接見。\n二、乙。\n",
            "某公告\n一、本中心之處理原則為:\n甲員發現災情時應立即通報值日主管。\n乙員應於當日下班前向秘書室報備。\n丙員得視天候狀況自行決定是否出勤。\n二、乙。\n",
            "某公告\n一、說明:\n本案依據本府一百十年度施政計畫及相關法令規定辦理,並經本府相關局處會商同意後,以公告周知各界並請各機關學校及民間團體配合辦理。\n本案依據本府一百十一年度施政計畫及相關法令規定辦理,並經本府相關局處會商同意後,以公告周知各界並請各機關學校及民間團體配合辦理。\n本案依據本府一百十二年度施政計畫及相關法令規定辦理,並經本府相關局處會商同意後,以公告周知各界並請各機關學校及民間團體配合辦理。\n二、乙。\n",
        ] {
            assert!(paras(&parse(src))[0] > 1, "{src}");
        }
    }

    #[test]
    fn a_list_numbered_like_the_points_set_deeper_under_a_lead_in() {
        // s-scu-ceest-centre-borrowing-rules-nested-arabic-list in corpus/real.
        let src = "某規則\n1. 甲。\n2. 冊數規定如下:\n  1. 學生:三冊。\n  2. 教師:十冊。\n3. 乙。\n";
        let doc = parse(src);
        assert_eq!(doc.units.len(), 3);
        assert_eq!(doc.units[1].children[0].children.len(), 2);
        // Rendered with the list indented, it reads back the same.
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.units.len(), 3);
        assert_eq!(again.units[1].children[0].children.len(), 2);
        // Flush, it is no list of the point (a restart is text).
        let doc = parse("某規則\n1. 甲。\n2. 冊數規定如下:\n1. 學生:三冊。\n3. 乙。\n");
        assert!(doc.units[1].children[0].children.is_empty());
    }

    #[test]
    fn a_list_numbered_like_the_points_set_deeper_under_a_lead_in_with_no_colon() {
        // s-ncut-foreign-student-new-type-program-eligibility-html-arabic-lists-nested-
        // restart-note-truncated in corpus/real: a nested HTML list under a lead-in that
        // ends with a note in brackets.
        let src = "某須知\n  1. 甲如下:\n    1. 子。\n    2. 丑。\n  2. 乙並符合下列規定(計算至2月1日)\n    1. 寅。\n    2. 卯。\n  3. 丙。\n";
        let doc = parse(src);
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(doc.units[1].children[0].children.len(), 2);
        // Not under the first point, whose `2.` may be the next point's.
        let doc = parse("某須知\n  1. 甲(註)\n    1. 子。\n  2. 乙。\n");
        assert!(doc.units[0].children[0].children.is_empty());
        // Nor when no second item comes.
        let doc = parse("某須知\n  1. 甲。\n  2. 乙(註)\n    1. 寅。\n  3. 丙。\n");
        assert!(doc.units[1].children[0].children.is_empty());
    }

    #[test]
    fn footer_fields_on_one_line_and_a_page_counter() {
        // l-taichung-mortuary-letter-nested-html-list, s-jente-library-fines-notice-
        // table-cells-pager-digits in corpus/real.
        let doc = parse(
            "1 2 3 4 5 6\n某公告\n一、甲。\n二、乙。\n相關附件\n發佈日期:2021-07-09       更新日期:2021-07-14       瀏覽人次:1384\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某公告"));
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.meta.get("發佈日期").map(String::as_str), Some("2021-07-09"));
        assert_eq!(doc.meta.get("瀏覽人次").map(String::as_str), Some("1384"));
    }

    #[test]
    fn fields_on_one_line_after_bars_slashes_and_single_spaces() {
        // c-doh-fda-site-cosmetics-aha-ph-draft-notice-flattened-points-paren-items-one-line-
        // qrcode-chrome and l-hualien-indigenous-ritual-priest-consolation-directive-ab-site-
        // fields-points-note-line in corpus/real.
        let src = "某公告\n| 發布日期:2005-03-07 | 更新日期:2005-03-08 發布單位:化粧品組\n聯絡人: / 聯絡電話:\n一、甲。\n二、乙。\n";
        let doc = parse(src);
        let field = |k: &str| doc.meta.get(k).map(String::as_str);
        assert_eq!(field("發布日期"), Some("2005-03-07"));
        assert_eq!(field("更新日期"), Some("2005-03-08"));
        assert_eq!(field("發布單位"), Some("化粧品組"));
        assert_eq!((field("聯絡人"), field("聯絡電話")), (Some(""), Some("")));
        // The separators go to debris, at their places.
        let bars: Vec<_> = doc.debris.iter().filter(|d| d.text == "|" || d.text == "/").collect();
        // (The line's leading bar, the bar between two fields, the slash.)
        assert_eq!(bars.len(), 3);
        assert!(bars.iter().all(|d| src.get(d.span.0..d.span.1).is_some_and(|t| t.trim() == d.text)));
        // A value set in a table's cells is the text inside the bars (s-shei-pa-
        // prohibitions in corpus/real).
        let doc =
            parse("法規名稱: | 某國家公園區域內禁止事項 |\n---|---|\n法規體系: | 國家公園 |\n一、甲。\n二、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某國家公園區域內禁止事項"));
        assert_eq!(doc.meta.get("法規體系").map(String::as_str), Some("國家公園"));
        // A slash inside a value, or before words that name no field, stays.
        let doc = parse("某公告\n發佈單位:人事室 / 人事助理員\n一、甲。\n二、乙。\n");
        assert_eq!(doc.meta.get("發佈單位").map(String::as_str), Some("人事室 / 人事助理員"));
    }

    #[test]
    fn a_reference_mark_opens_a_paragraph_after_an_unfinished_line() {
        // s-ntue-continuing-center-graduate-leaving-certificate-notice-points-note-lines-
        // truncated in corpus/real: a caption naming a table that is not there, then notes.
        let doc =
            parse("某公告\n一、畢業離校期程表(含領證時間說明)\n※自112學年度起,學位證書拆分為中、英文版。\n二、乙。\n");
        assert_eq!(doc.units[0].children.len(), 2);
        // An unfinished line still goes on in the next one.
        let doc = parse("某公告\n一、畢業離校期程表請於\n期限內辦理。\n二、乙。\n");
        assert_eq!(doc.units[0].children.len(), 1);
    }

    #[test]
    fn an_asterisk_field_opens_a_paragraph_after_an_unfinished_line() {
        // c-moenv-toxic-chemical-management-statistics-background-stat-site-points-star-
        // fields-paren-arabic-truncated in corpus/real: a heading point, then fields.
        let src = "某背景資料\n一、甲。\n二、資料範圍、週期及時效\n*統計地區範圍及對象:\n凡毒性化學物質管理成果均為統計對象。\n三、乙。\n";
        let doc = parse(src);
        let texts: Vec<&str> = doc.units[1].children.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["資料範圍、週期及時效", "*統計地區範圍及對象:", "凡毒性化學物質管理成果均為統計對象。"]);
        assert_units(src, &[1, 2, 3]);
        // A long note under an asterisk goes on with the line before.
        let doc = parse(
            "某公告\n一、獲獎內容\n每項均達 CEFR B2:銀色證書\n*詳細分數說明請參考「培力英檢」官網:https://bestep.tw/\n二、乙。\n",
        );
        assert_eq!(doc.units[0].children.len(), 1, "{:#?}", doc.units);
    }

    #[test]
    fn a_wrapped_opening_line_ending_with_a_colon_goes_on() {
        // l-taipei-campus-food-ingredient-platform-letter-mtjh-relay-points-hard-wraps in
        // corpus/real: a letter's point wrapped where a bracketed note opens with a colon.
        let src = "某函\n一、甲。\n二、為掌握新任承辦人參加教育訓練,\n請各校至表單系統填報(表單編號:\n20240705010),無更換者亦須填報。\n三、乙。\n";
        assert_eq!(paras(&parse(src)), [1, 1, 1]);
        assert_units(src, &[1, 2, 3]);
        // So does a caption wrapped into its lead-in (`三、預約處理日期` over `操作系統提供預約
        // 功能,方便您規劃時間:` over the steps), as its clean text on one line reads:
        // s-ncnu-cc-it-repair-request-sop-points-space-captions-lone-dash-bullets-truncated.
        let src = "某說明\n一、甲。\n二、預約處理日期\n操作系統提供預約功能,方便您規劃時間:\n點選欄位,會跳出日期選擇框。\n三、乙。\n";
        assert_eq!(paras(&parse(src)), [1, 1, 1]);
        assert_units(src, &[1, 2, 3]);
        // Not text under an article's bare label in a statute (`第一條` over `申請方式:`).
        let doc = parse("某辦法\n第一章 總則\n第一條\n申請方式:\n\n使用者請至系統預約。\n第二條\n乙。\n");
        let counts: Vec<usize> = doc.top_units().iter().map(|u| u.paragraphs().count()).collect();
        assert_eq!(counts, [2, 1], "{:#?}", doc.units);
    }

    #[test]
    fn a_sentence_summing_up_the_items_is_a_paragraph_of_the_point() {
        // s-tpec-animal-care-use-group-points-js-chrome-lost-point-numeral-paren-items-
        // truncated in corpus/real: the last item has no full stop.
        let src = "某要點\n一、本小組置委員二名,其產生方式如下:\n(一)一名由主任推薦\n\n(二)一名獸醫師,由主任推薦\n\n上述委員均由校長聘任之,任期一年。\n二、乙。\n";
        let doc = parse(src);
        assert_eq!(paras(&doc), [2, 1], "{:#?}", doc.units);
        assert_units(src, &[1, 2]);
        // A wrapped item goes on as before.
        let doc = parse("某要點\n一、委員如下:\n(一)一名由主任推薦\n之代表。\n(二)一名獸醫師。\n二、乙。\n");
        assert_eq!(paras(&doc), [1, 1], "{:#?}", doc.units);
    }

    #[test]
    fn an_arabic_point_dated_as_an_adoption_is_the_next_point() {
        // s-tainan-yhps-fallen-araucaria-removal-notice-post-chrome-menu-bullets-arabic-points
        // in corpus/real: point 2 tells of the meeting that decided, points 3 and 4 follow.
        let src = "某公告\n  1. 本校植物園區南洋杉整株傾倒,建議予以移除。\n  2. 111 年 6 月 1 日經臨時校務會議表決過半數通過(出席 61 人, 50 人同意),決議將傾倒南洋杉移除。\n  3. 聯絡廠商預計 6/7 辦理移除。\n  4. 詳細內容請見附件。\n";
        let doc = parse(src);
        assert!(doc.history.is_empty(), "{:#?}", doc.history);
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4]);
        assert_units(src, &[1, 2, 3, 4]);
        // A numbered history entry after the last point is still history.
        let doc = parse(
            "某要點\n1. 甲。\n2. 乙。\n1. 中華民國95年3月8日行政會議通過\n2. 中華民國100年5月1日行政會議修正通過\n",
        );
        assert_eq!(doc.history.len(), 2, "{:#?}", doc.units);
    }

    #[test]
    fn fields_run_together_are_no_title() {
        // o-civic-sports-centre-court-rules-bilingual-zero-padded-markers-lost-bullets in
        // corpus/real, as its clean text writes the fee lines above a note.
        let doc = parse("綜合球場收費標準:離峰時段:1400元/小時尖峰時段:1900元/小時\n※請事先洽談。\n1.甲。\n2.乙。\n");
        assert_eq!(doc.title, None);
        // A breadcrumb's doubled colon before the page's name is one.
        let doc = parse("考生專區::試場規則\n一般注意事項\n1.甲。\n2.乙。\n");
        assert_eq!(doc.title.as_deref(), Some("考生專區::試場規則"));
    }

    #[test]
    fn a_note_in_angle_brackets_closes_a_sentence() {
        // l-hualien-jian-library-loan-rules-paren-top-level in corpus/real.
        let doc = parse(
            "::: 首頁 / 借閱服務 / 借閱規定\n借閱規定\n(一)申請:\n請持證件辦理。〈本證可於各館使用〉\n(二)冊數:\n十冊。\n(三)還書:\n可。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("借閱規定"));
        assert_eq!(doc.units.len(), 3);
    }

    #[test]
    fn a_caption_under_a_section_caption_over_numbering_that_starts_again() {
        // l-tainan-guantian-household-office-household-transcript-application-arabic-lists-
        // restarting-captions-truncated and l-nantou-jhushan-land-office-service-white-paper-
        // arabic-lists-restarting-captions-breadcrumb-truncated in corpus/real: a section's
        // caption after a reference mark, a caption under it, then `1.` again; and a caption
        // that names only a kind of rule (`服務標準`) is no new document's title.
        let src = "戶籍謄本申請\n\n申請人\n\n  1. 本人\n  2. 戶長\n\n受理戶政事務所\n\n任一戶政事務所\n\n※中文戶籍謄本\n\n申請人\n\n  1. 當事人\n  2. 利害關係人\n  3. 受委託人\n\n服務標準\n\n  1. 謄本申請案件,採隨到隨辦方式。\n  2. 住址變更登記,證件齊全一小時內辦妥。\n";
        let docs = super::parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 1, "{docs:#?}");
        let doc = &docs[0];
        let nums: Vec<_> = doc.top_units().iter().filter_map(|u| u.num).map(|n| n.main).collect();
        assert_eq!(nums, [1, 2, 1, 2, 3, 1, 2], "{:#?}", doc.units);
        assert_eq!(doc.top_units()[2].caption.as_deref(), Some("※中文戶籍謄本\n申請人"));
        let again = parse(&crate::render::to_text(doc));
        assert_eq!(again.top_units().iter().filter_map(|u| u.num).map(|n| n.main).collect::<Vec<_>>(), nums);
        assert_eq!(again.top_units()[2].caption, doc.top_units()[2].caption);
    }

    #[test]
    fn a_section_caption_over_numbering_that_starts_again() {
        // t-jdhp-clinic-guide-two-sections-indented, l-taipei-hakka-affairs-venue-rental-
        // points-contact-block in corpus/real: one document in sections, the points of
        // each numbered from 一, the caption kept on the section's first point.
        let src = "就醫須知\n\n門診\n\n一、初診:請攜帶健保卡。\n\n二、過號:請先報到。\n\n\n\n住院\n\n一、健保住院:持健保卡辦理。\n\n二、出院:請通知護理站。\n";
        let docs = super::parse_all(src, &ParseOptions::default());
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        let points = doc.top_units();
        assert_eq!(points.len(), 4, "{:#?}", doc.units);
        assert_eq!(points[2].caption.as_deref(), Some("住院"));
        assert_ne!(points[0].id, points[2].id);
        // Its clean text reads back the same.
        let again = parse(&crate::render::to_text(doc));
        assert_eq!(again.top_units().len(), 4);
        // A notice's sections, a bullet before each caption and each point
        // (c-ncsa-yehliu-geopark-prohibitions-forum-diamond-bullets in corpus/real).
        let doc = parse(
            "某公告\n●依  據:\n一、某條例第62條。\n二、某規則第13條。\n●公告事項:\n◆一、範圍:全區。\n◆二、禁止行為:\n(一) 攀爬。\n(二) 抽菸。\n◆三、罰則。\n",
        );
        let points = doc.top_units();
        assert_eq!(points.len(), 5, "{:#?}", doc.units);
        assert_eq!(points[2].caption.as_deref(), Some("●公告事項:"));
        assert_eq!(points[3].children.iter().map(|c| c.children.len()).sum::<usize>(), 2);
        // A check mark and a space before the caption (s-content-farm-nstc-ethics-course-
        // sections-restart).
        let doc = parse(
            "某說明\n✔ 繳交方式\n一、送出時\n(1)確認。\n二、通過後\n(1)登錄。\n✔ 認列途徑\n一、中心課程。\n二、校內課程。\n",
        );
        assert_eq!(doc.top_units().len(), 4, "{:#?}", doc.units);
        // A note in brackets after the caption's colon (s-ncku-museum-room-booking-notes-
        // arabic-top-level-restart-under-captions).
        let doc = parse("預約需知\n使用規則:\n1. 甲。\n2. 乙。\n清潔與復原:(請借用單位負責)\n1. 丙。\n2. 丁。\n");
        assert_eq!(doc.top_units().len(), 4, "{:#?}", doc.units);
        assert_eq!(doc.top_units()[2].caption.as_deref(), Some("清潔與復原:(請借用單位負責)"));
        let doc = parse("預約需知\n使用規則：\n1. 甲。\n2. 乙。\n清潔與復原：（請借用單位負責）\n1. 丙。\n2. 丁。\n");
        assert_eq!(doc.top_units().len(), 4, "{:#?}", doc.units);
        // A caption after a short value with no final stop, under a caption of its own
        // (l-taichung-beitun-household-office-seal-notes-captions-bullets).
        let src = "某須知\n1. 甲。\n2. 乙。\n作業時間\n隨到隨辦\n注意事項\n1. 丙。\n2. 丁。\n";
        let doc = parse(src);
        assert_eq!(doc.top_units().len(), 4, "{:#?}", doc.units);
        assert_eq!(doc.top_units()[2].caption.as_deref(), Some("注意事項"));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 4);
        // Not after a long line cut off: a wrap.
        let doc = parse("某須知\n1. 甲。\n2. 乙。\n申請人應檢附下列文件向本所申請,逾期\n不予受理\n1. 丙。\n2. 丁。\n");
        assert_eq!(doc.top_units().len(), 2, "{:#?}", doc.units);
        // Not a sentence (`…如下。`), nor a restart in a statute (its 款).
        let doc = parse("某須知\n一、甲。\n二、乙。\n其餘事項說明如下。\n一、丙。\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn a_part_name_whose_numeral_was_lost_captions_the_next_point() {
        // c-dgbas-2000-agricultural-census-plan-lost-numerals-lost-date-characters-chapters-
        // truncated in corpus/real.
        let src = "某計畫\n一、甲。\n二、乙。\n\n() 普查範圍與對象\n\n三、丙。\n四、丁:\n\n()農牧業:戊。\n";
        let doc = parse(src);
        let points = doc.top_units();
        assert_eq!(points.len(), 4);
        assert_eq!(points[1].children.iter().map(|p| p.children.len()).sum::<usize>(), 0, "{:#?}", points[1]);
        assert_eq!(points[2].caption.as_deref(), Some("()普查範圍與對象"));
        // An item with text after its name stays an item.
        assert_eq!(points[3].children.iter().map(|p| p.children.len()).sum::<usize>(), 1);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units()[2].caption, points[2].caption);
        // Not over a list that goes on in the point (`()獎勵` then `一、` of its own).
        let doc = parse("某辦法\n五、學生之獎懲如下:\n() 獎勵\n(1)嘉獎。\n() 懲罰\n一、申誡。\n");
        assert_eq!(doc.top_units().len(), 1, "{:#?}", doc.units);
    }

    #[test]
    fn a_list_resumes_after_six_lines_set_under_its_item() {
        // c-mingde-prison-visits-letters-paren-top-level-indented in corpus/real.
        let doc = parse(
            "某規定\n(一)接見方式:\n     1.接見次數依級別辦理。\n        接見次數:\n        四級每星期1次。\n        三級每星期1次或2次。\n        二級每三日1次。\n        一級不予限制。\n        其他每星期1次。\n     2.登記時間為上午。\n     3.應攜帶身分證。\n(二)書信:\n     1.得發受書信。\n",
        );
        let first = &doc.top_units()[0];
        let items: Vec<_> = first.children.iter().flat_map(|p| &p.children).collect();
        assert_eq!((first.children.len(), items.len()), (1, 3), "{:#?}", first);
        assert!(items[0].text.ends_with("其他每星期1次。"));
    }

    #[test]
    fn a_single_amended_article_after_the_tail_of_the_one_before() {
        // c-science-park-act-articles-bilingual-no-comma-items in corpus/real: no point,
        // one article label opening a line; read as a directive it would have no unit.
        let doc = parse("三四其他有關行政管理事項。\n前項業務,得由分局掌理之。\n第6-1條 管理局應設置作業基金。\n");
        assert_eq!(doc.kind, DocKind::Statute);
        assert_eq!(doc.top_units().len(), 1);
        assert_eq!(doc.top_units()[0].num.map(|n| n.to_string()), Some("6-1".into()));
    }

    #[test]
    fn list_numbers_doubled_before_markers_in_one_section_only() {
        // s-taian-vs-network-notes-chapters-doubled-markers-excerpt in corpus/real: the
        // page's own list numbers the points of every section; in one section the text's
        // own `一.` follows them.
        let doc = parse("某須知\n壹、甲規則\n  1. 甲一。\n  2. 甲二。\n貳、乙申請\n  1. 一.乙一。\n  2. 二.乙二。\n");
        let points = doc.top_units();
        assert_eq!(points.len(), 4, "{:#?}", doc.units);
        assert!(doc.diagnostics.iter().all(|d| d.code != crate::DiagCode::UnplacedText));
        assert_eq!(points[2].children[0].text, "一.乙一。");
        // Without such a list, the list number before a point is an anchor (s-ntut-intl-
        // agreement-notes).
        let doc = parse("某須知\n  1. 一、甲。\n  2. 二、乙。\n");
        assert_eq!(doc.top_units()[1].label.as_ref().map(|l| l.as_str()), Some("二、"));
    }

    #[test]
    fn points_whose_numeral_was_lost_before_the_comma() {
        // c-archives-custody-points-vocational-school-page-lost-numerals-blank-wraps in
        // corpus/real: `、…` after a sentence where the numbering leaves a gap.
        let doc = parse("某要點\n一、甲。\n二、乙。\n三、丙。\n、檔案之整理。\n五、戊。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4, 5]);
        assert_eq!(doc.top_units()[3].label.as_ref().map(|l| (l.as_str(), l.is_lost())), Some(("、", true)));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.top_units().len(), 5);
        // No gap, or no finished sentence before: the wrap of a list of words.
        let doc = parse("某要點\n一、甲。\n二、乙及丙\n、丁等。\n三、戊。\n");
        assert_eq!(doc.top_units().len(), 3);
        let doc = parse("某要點\n一、甲。\n二、乙。\n、丁等。\n三、戊。\n");
        assert_eq!(doc.top_units().len(), 3);
        // After a point that lost its full stop too, only a gap of exactly one point.
        let doc = parse("某要點\n八、甲。\n九、乙並宜預留\n、檔案之置放方式,丙\n十一、丁。\n");
        assert_eq!(doc.top_units().len(), 4);
        let doc = parse("某要點\n八、甲。\n九、乙並宜預留\n、檔案之置放方式,丙\n十二、丁。\n");
        assert!(doc.top_units().iter().all(|u| u.label.as_ref().is_none_or(|l| !l.is_lost())));
        // With the space the page sets after every point's `、` (l-taoyuan-employee-card-
        // notes-tmes-relay-slider-chrome-points-lost-numeral-paren-arabic-items-truncated).
        let doc = parse(
            "某須知\n一、 甲。\n二、 乙如下:\n1、卡片遺失。\n2、其他事由。\n\n、 換補發新卡注意事項如下:\n(一)丙。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(unit_nums(&again), [1, 2, 3]);
    }

    #[test]
    fn a_first_point_whose_numeral_was_lost_before_the_comma() {
        // c-vac-donations-use-rules-history-page-lost-first-numeral-indented-wraps-truncated
        // in corpus/real: under the page's date line, before `二、`.
        let doc =
            parse("某作業規定\n民國 109 年 03 月 06 日\n、為使本會妥善運用捐助款,特訂定本規定。\n二、甲。\n三、乙。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert!(doc.top_units()[0].label.as_ref().is_some_and(|l| l.is_lost()));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(unit_nums(&again), [1, 2, 3]);
        // Not the wrap of a list of words with the first point below it (l-tainan-county-
        // temporary-works-road-use-notice-ntpc-law-site-first-point-after-caption-hanging-
        // indent-lone-word-line).
        let doc = parse("某公告\n旨:使用各鄉(鎮\n、市)道路之申請。\n公告事項:一、甲。\n二、乙。\n");
        assert!(doc.top_units().iter().all(|u| u.label.as_ref().is_none_or(|l| !l.is_lost())));
    }

    #[test]
    fn a_letter_s_basis_sentence_over_its_second_point_is_the_first() {
        // s-whjh-relay-software-licensing-letter-2024-first-point-numeral-lost-chrome-
        // truncated in corpus/real: a school's relay of a letter's explanation lost the
        // first point's `一、`; its basis sentence was read as the title.
        let src = "依經濟部智慧財產局113年7月30日智著字第11360012000號函辦理。\n\n二、按著作權法規定,下載軟體屬重製行為。\n\n三、請各單位加強宣導。\n";
        let doc = parse(src);
        assert_eq!(doc.title, None);
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(doc.top_units()[0].label, None);
        assert!(doc.top_units()[0].text.is_empty() && doc.top_units()[0].children[0].text.starts_with("依經濟部"));
        assert!(doc.diagnostics.iter().all(|d| d.code != crate::DiagCode::FirstUnit), "{:?}", doc.diagnostics);
        assert_eq!(crate::testing::round_trip(src), None);
        // Under a title, a basis sentence of the law's (o-blog-police-traffic-report-date-
        // rules-first-numeral-lost-paren-items-arabic-comma).
        let doc = parse("某規定\n依據道路交通管理處罰條例第7條之1規定,民眾得檢舉。\n二、甲。\n三、乙。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        // Not a sentence that starts otherwise, nor one over a first point `一、`, nor one
        // that ends no sentence.
        assert_eq!(unit_nums(&parse("某規定\n本規定自公布日施行。\n二、甲。\n三、乙。\n")), [2, 3]);
        assert_eq!(unit_nums(&parse("某規定\n依某法辦理。\n一、甲。\n二、乙。\n")), [1, 2]);
        assert_eq!(unit_nums(&parse("某規定\n依下列規定\n二、甲。\n三、乙。\n")), [2, 3]);
    }

    #[test]
    fn points_whose_numeral_was_lost_after_the_last_point() {
        // s-nkust-continuing-college-freshmen-registration-rules-dot-points-arabic-items-
        // lost-numerals-squeezed-dates in corpus/real: points written `一.`, the last two
        // left with their full stop only, each after a finished sentence.
        let doc = parse("某規定\n一.甲。\n二.乙。\n.製作學生證。\n.110學年度開學須知請查詢。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4]);
        assert!(doc.top_units()[3].label.as_ref().is_some_and(|l| l.is_lost()));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(unit_nums(&again), [1, 2, 3, 4]);
        // Not under points written `一、`, nor after an unfinished sentence.
        let doc = parse("某規定\n一、甲。\n二、乙。\n.製作學生證。\n");
        assert_eq!(doc.top_units().len(), 2);
        let doc = parse("某規定\n一.甲。\n二.乙及丙\n.製作學生證。\n");
        assert_eq!(doc.top_units().len(), 2);
    }

    #[test]
    fn a_point_after_a_line_ending_with_a_dates_before() {
        // s-hk-patent-application-round-notice-points-paren-asterisk-note in corpus/real:
        // `…日前` ends a deadline, not a citation `前四…`.
        let doc = parse("某公告\n一、甲。\n二、乙:\n三、截止時間:113年07月08日(一)前\n四、專利費用補助。\n");
        assert_eq!(doc.top_units().len(), 4);
        // A citation wrapped after `第` still joins.
        let doc = parse("某要點\n一、甲。\n二、乙。\n三、依第\n四、五款辦理。\n");
        assert_eq!(doc.top_units().len(), 3);
    }

    #[test]
    fn two_paren_points_under_a_heading_after_a_lead_in() {
        // c-moe-military-training-course-service-reduction-note-nsysu-relay-paren-items-
        // indented-wraps in corpus/real: a heading's short line between the lead-in and
        // the items sets them apart as points.
        let text = "某頁\n有關某事,說明如下:\n83年次學生課程事宜\n (一)配合募兵制實施,甲。\n (二)依前揭規定,乙。\n";
        assert_eq!(parse(text).top_units().len(), 2);
        // After a line that runs on from an unfinished one, too: two points rather than
        // none (s-knu-disadvantaged-student-housing-benefits-paren-items-arabic-lists-no-
        // points-truncated in corpus/real: a heading, then `校內收件截止日:110年10月15日`).
        let text = "某頁\n有關某事,說明如下\n83年次學生課程事宜\n (一)配合募兵制實施,甲。\n (二)依前揭規定,乙。\n";
        assert_eq!(parse(text).top_units().len(), 2);
        let text = "住宿優惠\n大專校院弱勢學生助學計畫-住宿優惠\n校內收件截止日:110年10月15日\n(一)校內住宿優惠:\n1.申請資格:甲。\n2.辦理方式:乙。\n(二)校外住宿租金補貼\n1.申請資格:丙。\n";
        let doc = parse(text);
        assert_eq!(unit_nums(&doc), [1, 2]);
        assert_eq!(doc.top_units()[0].children[0].children.len(), 2);
    }

    #[test]
    fn a_first_point_numbered_in_another_style() {
        // l-chiayi-county-student-counselling-centre-points-arabic-first-point-intro-
        // bullets-truncated in corpus/real: ` 1. …` then `二、`.
        let text = "某中心設置要點\n中華民國97年4月9日函發布\n 1. 本府為健全輔導體制,特設本中心。\n  二、本中心之任務如下:\n(一)甲。\n三、乙。\n";
        let doc = parse(text);
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(parse(&crate::render::to_text(&doc)).top_units().len(), 3);
        // A list of its own (`1.` and `2.` before the point) stays a list.
        let doc = parse("某要點修正規定\n說明:\n1. 修正第二點。\n2. 修正第三點。\n二、甲。\n三、乙。\n");
        assert_eq!(doc.top_units().len(), 2);
        // Also over its own items (s-keelung-badu-elementary-home-learning-device-loan-plan-
        // arabic-first-point-paren-arabic-items-truncated): `1、依據` over `(1)` `(2)`.
        let doc = parse("某借用計畫\n1、依據\n(1)甲規定。\n(2)乙措施。\n二、目的\n丙。\n三、借用原則\n丁。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(doc.top_units()[0].children[0].children.len(), 2);
        assert_eq!(parse(&crate::render::to_text(&doc)).top_units().len(), 3);
    }

    #[test]
    fn a_first_point_lost_to_a_bullet() {
        // s-taichung-shalu-vocational-english-test-subsidy-rules-dash-first-point-table-
        // bars in corpus/real: `- 依據:` over `(一)`, `(二)`, then `二、` and `三、`.
        let text = "某校補助實施辦法\n112 年 2 月 21 日行政會議通過\n- 依據:\n(一) 甲規定。\n(二) 乙規定。\n二、目的:丙。\n三、對象:丁。\n";
        let doc = parse(text);
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(doc.top_units()[0].children[0].children.len(), 2);
        assert!(doc.top_units()[0].label.as_ref().is_some_and(|l| l.is_lost()));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(unit_nums(&again), [1, 2, 3]);
        assert_eq!(again.top_units()[0].children[0].text, "依據:");
        // Two bullets before `二、` are a list of the preamble's; a caption alone is no
        // point (s-ctbc-deferment-application-notes-first-point-numeral-lost-paren-items).
        let doc = parse("某須知\n• 甲事項。\n• 乙事項。\n二、丙。\n三、丁。\n");
        assert_eq!(unit_nums(&doc), [2, 3]);
        let doc = parse("某須知\n辦理對象:\n役男。\n二、丙。\n三、丁。\n");
        assert_eq!(unit_nums(&doc), [2, 3]);
        // A point 一 run into the bulleted line's text is that point (l-taipei-park-
        // venue-notice-repealed): the bullet opens nothing.
        let doc = parse("- 依據:某辦法 公告事項: 一、為甲,特訂定本須知。\n- 二、乙。\n- 三、丙。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        // Four points lost to bullets, then `五、` (s-zfps-lab-safety-rules-bullets-replace-
        // numerals-then-five-truncated): the bullets at the margin are points 1-4, their
        // Arabic items under them; a bullet deeper in is text.
        let text =
            "某守則\n • 甲。\n • 乙。\n • 丙事項:\n  1. 丁。\n  2. 戊。\n   • 己。\n • 庚事項:\n  1. 辛。\n五、壬。\n";
        let doc = parse(text);
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4, 5]);
        assert_eq!(doc.top_units()[2].children[0].children.len(), 2);
        assert_eq!(unit_nums(&parse(&crate::render::to_text(&doc))), [1, 2, 3, 4, 5]);
        // As many bullets as points before them, or no point at all: a list of the text's.
        let doc = parse("某守則\n • 甲。\n • 乙。\n • 丙。\n五、壬。\n六、癸。\n");
        assert_eq!(unit_nums(&doc), [5, 6]);
        let doc = parse("某須知\n • 甲。\n • 乙事項:\n  1. 丁。\n  2. 戊。\n • 丙。\n");
        assert_eq!(unit_nums(&doc), [1, 2]);
    }

    #[test]
    fn a_stray_comma_after_a_full_stop_ends_the_sentence() {
        // s-tatung-institute-student-domestic-travel-points-articles-flattened-one-line-
        // truncated in corpus/real: `…住宿費。、 第六條 雜費 一、…` on one line.
        let text = "某要點\n第一條 甲。 第二條 乙。 第三條 住宿費 一、丙。 二、丁。、 第四條 雜費 一、戊。 二、己。 第五條 辛。\n";
        let doc = parse(text);
        assert_eq!(unit_nums(&doc), [1, 2, 3, 4, 5]);
        assert_eq!(doc.top_units()[3].children[0].children.len(), 2);
    }

    #[test]
    fn kangxi_radicals_for_numerals_and_words() {
        // l-tainan-edu-teacher-transfer-points-review-notice-dcjh-relay-kangxi-numerals-
        // truncated in corpus/real: `⼀、` `⼆、` `(⼀)` (U+2F00, U+2F06) beside `三、`.
        let doc = parse(
            "某公告\n⼀、依據本市規定辦理。\n⼆、為避免出席⼈員等候,措施如下:\n(⼀)分時段進⾏審查。\n(⼆)委託他⼈參加。\n三、審查地點如下。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(doc.top_units()[1].children[0].children.len(), 2);
    }

    #[test]
    fn numbering_that_starts_again_at_once_after_a_full_stop() {
        // s-taipei-primary-after-school-club-page-gu-host-lost-point-numerals-paren-items in
        // corpus/real: three runs of `(一)` whose headings were lost.
        let doc = parse(
            "資料來源:學務處\n(一)甲函訂定。\n(二)乙函修正。\n(一)為顧及家長。\n(二)提供課程。\n(三)規劃活動。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 1, 2, 3]);
        assert_eq!(parse(&crate::render::to_text(&doc)).top_units().len(), 5);
        // Under a unit's own lead-in the list is the unit's.
        let doc = parse("某須知\n1. 甲。\n2. 乙。\n3. 收費標準:\n1. 報名費200元。\n2. 學分費1000元。\n");
        assert_eq!(doc.top_units().len(), 3);
    }

    #[test]
    fn paren_arabic_items_as_the_only_numbering() {
        // c-wra-taipei-water-authority-env-education-task-force-page-paren-arabic-items in
        // corpus/real.
        let doc = parse(
            "環境教育推動工作小組\n詳細說明\n推動小組任務:\n(1) 彙整政策。\n\n(2) 推動整合。\n\n(3) 研訂方案。\n",
        );
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(parse(&crate::render::to_text(&doc)).top_units().len(), 3);
        // Under points they stay items.
        let doc = parse("某要點\n一、任務如下:\n(1) 甲。\n(2) 乙。\n(3) 丙。\n二、丁。\n");
        assert_eq!(unit_nums(&doc), [1, 2]);
    }

    #[test]
    fn debris_comes_in_the_order_of_the_text() {
        // Lines before the title come off when the title is found, after the noise of a
        // later line came off with the page's lines.
        let doc = parse("某某網站\n某某首頁\n某要點\n一、甲。\n5 t/ q8 x7 s# Q/ \\$ P9 Q二、乙。\n瀏覽數:12\n");
        assert!(doc.debris.len() >= 3, "{:?}", doc.debris);
        assert!(doc.debris.windows(2).all(|w| w[0].span.0 <= w[1].span.0), "{:?}", doc.debris);
    }

    #[test]
    fn a_bracketed_point_after_an_unfinished_line() {
        // c-chunghwa-post-2024-exam-faq-tabf-paren-items in corpus/real.
        let doc = parse("某甄試簡章\n(一)國籍:具中華民國國籍。(應試人員須於報到時\n(二)性別:不拘。\n(三)年齡:不拘。\n");
        assert_eq!(doc.top_units().len(), 3, "{:#?}", doc.units);
    }

    #[test]
    fn a_page_that_shows_only_its_first_paren_point() {
        // c-moi-rent-subsidy-eligibility-blog-paren-top-arabic-items in corpus/real: a
        // plan cut off before `（二）`; read as its point rather than as no unit.
        let doc = parse("租屋補助資格有哪些?\n(一) 申請資格\n1. 申請人為國民:\n2. 家庭成員須符合下列條件:\n");
        assert_eq!(doc.top_units().len(), 1, "{:#?}", doc.units);
        // Not after a line that runs on into it.
        let doc = parse("某方案\n本局為推動旅遊。\n相關措施分述\n(一)方案一:\n1. 甲。\n2. 乙。\n");
        assert!(doc.top_units().is_empty(), "{:#?}", doc.units);
    }

    #[test]
    fn a_page_that_shows_only_its_first_arabic_point() {
        // s-yuntech-overseas-student-arc-application-documents-arabic-caption-paren-items-
        // bullets-truncated in corpus/real: `1.` over `(1)`–`(4)`, cut off before `2.`.
        let doc = parse(
            "居留證申請\n\n1. 申請應備文件\n(1)持外國護照之僑生:辦理居留證\n(2)持外國護照之僑生:初次申辦\n(3)港澳學生\n",
        );
        assert_eq!(doc.top_units().len(), 1, "{:#?}", doc.units);
        let items = doc.top_units().first().and_then(|u| u.children.first()).map(|p| p.children.len());
        assert_eq!(items, Some(3), "{:#?}", doc.units);
        // Not after a line that runs on into it.
        let doc = parse("居留證申請\n相關文件分述\n1. 申請應備文件\n(1)甲\n(2)乙\n");
        assert!(doc.top_units().is_empty(), "{:#?}", doc.units);
    }

    #[test]
    fn a_link_alone_under_the_item_that_announces_it() {
        // s-nuk-copyright-letter-relay-items-urls in corpus/real: no English footer.
        let doc = parse(
            "某函\n一、甲。\n二、資源如下:\n(一)官網資源:\n1、專區:\nhttps://example.gov.tw/a.html\n2、問答:\nhttps://example.gov.tw/b.html\n(二)多媒體資源:\n1、粉絲團:https://example.com/\n",
        );
        assert!(doc.debris.is_empty(), "{:?}", doc.debris);
        let mut links = Vec::new();
        doc.units[1].walk(&mut |n| {
            if n.text.contains("https") {
                links.push((n.label.as_ref().map(|l| l.as_str().to_string()), n.text.clone()));
            }
        });
        assert_eq!(links.len(), 3, "{:#?}", doc.units);
        assert_eq!(links[0], (Some("1、".into()), "專區:https://example.gov.tw/a.html".into()));
    }

    #[test]
    fn a_lost_numeral_broken_over_two_lines() {
        // l-hsinchucounty-epb-scooter-grant-notice-lost-numerals in corpus/real.
        let doc = parse("某公告\n一、補助對象:\n(\n)設籍本縣之縣民。\n(\n)獨資或合夥者。\n二、乙。\n");
        let items = &doc.units[0].children[0].children;
        assert_eq!(items.len(), 2, "{:#?}", doc.units);
        assert_eq!((items[1].num.map(|n| n.main), items[1].text.as_str()), (Some(2), "獨資或合夥者。"));
        assert_eq!(items[0].label.as_ref().map(|l| l.as_str()), Some("()"));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.units[0].children[0].children.len(), 2);
    }

    #[test]
    fn a_lost_numeral_with_its_comma() {
        // c-moe-overseas-education-travel-review-principles-teacher-post-lost-numerals-run-
        // together-dates-truncated in corpus/real: `()、` as `（一）、` with its numeral lost.
        let doc = parse("某原則\n一、補助範圍:\n()、各國立高級中等學校。\n()、其他學校。\n二、乙。\n");
        let items = &doc.units[0].children[0].children;
        assert_eq!(items.len(), 2, "{:#?}", doc.units);
        assert_eq!((items[1].num.map(|n| n.main), items[1].text.as_str()), (Some(2), "其他學校。"));
        assert_eq!(items[0].label.as_ref().map(|l| l.as_str()), Some("()、"));
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(again.units[0].children[0].children.len(), 2);
    }

    #[test]
    fn a_point_numeral_under_the_article_label_of_a_law_system() {
        // c-exam-medal-retirement-bonus-points-article-labels-history in corpus/real.
        let doc = parse("第 1 條\n一 為激勵士氣,特訂定本要點。\n第 2 條\n二 本要點適用對象如下:\n一、甲。\n二、乙。\n");
        assert_eq!(doc.units.len(), 2);
        assert!(doc.units[0].children[0].children.is_empty(), "{:#?}", doc.units[0]);
        assert_eq!(doc.units[1].children[0].children.len(), 2);
        // With the point's comma (c-exam-basic-training-leave-notes-history-article-labels-
        // before-points-paren-space-items-truncated; and a regulation of the national
        // database whose articles kept their points' numerals, P0040008: `第 1 條` over
        // `一、電影片映演業放映幻燈片依本辦法之規定。`).
        let doc = parse(
            "某注意事項\n第 1 條\n一、本注意事項依某辦法訂定。\n第 2 條\n二、請假類別如下:\n(一)公假。\n(二)事假。\n",
        );
        assert_eq!(doc.units.len(), 2);
        assert!(doc.units[0].children[0].children.is_empty(), "{:#?}", doc.units[0]);
        assert!(doc.units[0].children[0].text.starts_with("一、本注意事項"));
        assert_eq!(doc.units[1].children[0].children.len(), 2);
        // An article whose own text opens with a list of another number keeps its items.
        let doc = parse("某辦法\n第 1 條\n本辦法依某法訂定。\n第 2 條\n一、甲。\n二、乙。\n");
        assert_eq!(doc.units[1].children[0].children.len(), 2, "{:#?}", doc.units[1]);
    }

    #[test]
    fn a_link_back_to_the_list_is_chrome() {
        // l-hsinchu-wufeng-township-holiday-garbage-notice-points in corpus/real.
        let doc = parse("某公告\n一、甲。\n二、乙。\n\n回列表頁\n");
        assert_eq!((doc.units[1].children.len(), doc.debris.len()), (1, 1));
    }

    #[test]
    fn forum_chrome_captions_with_bars_and_keys_that_are_no_title() {
        // c-wranb-shimen-reservoir-water-use-forum-numbered-history, s-ncyu-sports-
        // grounds-rules-download-caption, l-yunlin-disaster-center-print-paren-wraps.
        let doc = parse("會員登入\n搜尋\n某要點\n一、甲。\n二、乙。\n");
        assert_eq!(doc.title.as_deref(), Some("某要點"));
        let doc = parse("某規定\n檔案下載\n某規定\n一、甲。\n二、乙。\n");
        assert!(doc.units.iter().all(|u| u.kind == NodeKind::Point), "{:?}", doc.units);
        let doc = parse("主旨: |\n修正某要點第四點,並自即日生效。 |\n法規內文: |\n一、甲。\n二、乙。\n");
        assert_eq!(doc.title, None);
        assert_eq!(doc.units[0].children.len(), 2);
    }

    #[test]
    fn a_spaced_article_label_after_an_unfinished_line() {
        // s-csu-sports-grounds-articles-arrow-flow-lines in corpus/real.
        let doc = parse(
            "某辦法\n第一條 甲。\n第二條 程序:\n一、校內單位\n各單位→填寫申請表→完成手續\n第三條 本辦法經會議通過後實施\n",
        );
        assert_eq!(doc.units.len(), 3);
        // A citation at a line start runs on, and so does a database label in a wrap.
        let doc = parse("某辦法\n第一條 甲依\n第二條規定辦理。\n第二條 乙。\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn a_flattened_law_whose_lists_outnumber_its_articles() {
        // l-taoyuan-market-stalls-articles-one-line in corpus/real.
        let doc = parse(
            "某辦法 第一條 本辦法依法訂定之。 第二條 分類如下: 一、甲類。 二、乙類。 三、丙類。 第三條 應遵守下列規定: 一、甲。 二、乙。 三、丙。 四、丁。 五、戊。\n",
        );
        assert_eq!(doc.kind, DocKind::Statute);
        assert_eq!(doc.units.len(), 3);
        assert_eq!(doc.units[2].children[0].children.len(), 5);
    }

    #[test]
    fn footer_stamps_and_download_lists_close_the_text() {
        // c-cga-coastal-zone-entry-procedure-two-points-template-debris, c-moi-household-
        // registration-point3-amended-yilan-site, s-tyhs-library-rules-fifteen-points-no-
        // title in corpus/real.
        let doc = parse("某程序\n一、甲。\n二、乙。\n\n    • 更新日期:110/07/01\n    回頁首\n");
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.meta.get("更新日期").map(String::as_str), Some("110/07/01"));
        let doc = parse("某規定\n一、甲。\n二、乙。\n上版日期:103-11-04\n");
        assert_eq!(doc.units[1].children.len(), 1);
        // (l-dacun-township-cemetery-relocation-notice-relayed-funeral-site.)
        let doc = parse("某公告\n一、甲。\n二、如有疑問,請洽本所。\n最後更新日期:113/08/13\n");
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.meta.get("最後更新日期").map(String::as_str), Some("113/08/13"));
        // A school bulletin's post fields (s-hsinchu-chenggong-junior-high-public-lessons-
        // plan-notice-arabic-items-bullets-fields-chrome in corpus/real).
        let doc = parse("某公告\n一、甲。\n二、相關表件如附件,請自行下載運用。\n公告單位: 課程研發組\n");
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.meta.get("公告單位").map(String::as_str), Some("課程研發組"));
        let doc = parse("某規則\n一、甲。\n二、乙。\n\n相關檔案\n");
        assert_eq!(doc.units[1].children.len(), 1);
        // A page's widgets under the text: a rating widget, a forum's thread buttons, a
        // list of popular notices, an attachment caption and the link back to the list
        // (l-taoyuan-pet-registration-notes-open-data-staging-page-points-one-line, c-mohw-
        // oral-preventive-care-notes-amendment-letter-cbes-relay-points-paren-items-slider-
        // chrome, l-changhua-bicycle-safety-letter-fsjh-relay-lost-paren-numerals-truncated,
        // s-stust-ocee-fee-waiver-notes-points-metadata-chrome in corpus/real).
        for tail in [
            "評分此資料集:\n平均 0.00 (0 人次投票)\n",
            "發表者\n樹狀展開\n",
            "近月內熱門公告\n  • 2025-09-23 83\n      流感疫苗線上簽署意願書\n",
            "附檔:\n\n返回列表\n",
            "瀏覽次數:\n\n616\n",
        ] {
            let doc = parse(&format!("某公告\n一、甲。\n二、乙。\n{tail}"));
            assert_eq!(doc.units[1].children.len(), 1, "{tail}");
        }
    }

    #[test]
    fn an_item_that_opens_with_a_range_of_numbers() {
        // s-tust-evening-leave-rules-arabic-under-points in corpus/real (its Word output
        // writes `1. ` before the text).
        let doc = parse("某規則\n一、甲。\n二、准假權限\n1. 一、二日以內由訓輔組批准。\n2. 三日以上由導師簽名。\n");
        assert_eq!(doc.units[1].children[0].children.len(), 2);
        assert!(doc.debris.is_empty());
    }

    #[test]
    fn a_numbered_chinese_line_after_an_english_sentence_is_a_block() {
        // s-ncu-dorm-rules-excerpt-bilingual-arabic in corpus/real: a list restarting at 1
        // under a lead-in, each rule with its English version. Its clean text reads back
        // the same.
        let src = "某注意事項\n1. 甲。\n2. 乙。\n宿舍法規\n  1. 不得炊爨。\n    Cooking is forbidden.\n  2. 不得留宿他人。\n    Guests are forbidden.\n";
        let doc = parse(src);
        let again = parse(&crate::render::to_text(&doc));
        assert_eq!(doc.units.len(), again.units.len());
        let texts = |d: &Document| {
            let mut v = Vec::new();
            d.walk(&mut |n| v.push(n.text.clone()));
            v
        };
        assert_eq!(texts(&doc), texts(&again));
        // The list restarting under its caption is the caption's section: points 1 and 2
        // again, each with its English version.
        assert_eq!(doc.units.len(), 4, "{:?}", texts(&doc));
        assert_eq!(doc.units[2].caption.as_deref(), Some("宿舍法規"));
        assert_eq!(doc.units[3].children.len(), 2);
    }

    #[test]
    fn a_list_starting_again_after_a_lead_in_that_outruns_the_first() {
        // l-changhua-ethics-office-document-secrecy-notice-captions-arabic-lists-truncated
        // in corpus/real: `1.`-`3.`, a lead-in paragraph, then `1.`-`5.`. The second list
        // is read whole, not as text whose `4.` and `5.` went on with the first.
        let lead = "辦理公務機密事項,各承辦人應依規定謹慎核列適當機密等級,並標示於規定位置,且依下列原則辦理:";
        let src = format!(
            "宣導事項\n有關等級區分如下:\n1.甲。\n2.乙。\n3.丙。\n{lead}\n1.丁。\n2.戊。\n3.己。\n4.庚。\n5.辛。\n"
        );
        let doc = parse(&src);
        assert_eq!(unit_nums(&doc), [1, 2, 3, 1, 2, 3, 4, 5]);
        // A unit's own items in its style, which the next unit follows, stay its items.
        let src = format!("宣導事項\n有關等級區分如下:\n1.甲。\n2.乙。\n3.丙。\n{lead}\n1.丁。\n2.戊。\n4.庚。\n");
        assert_eq!(unit_nums(&parse(&src)), [1, 2, 3, 4]);
    }

    #[test]
    fn an_english_version_after_the_units_is_their_further_paragraphs() {
        // s-ntnu-aa-registration-payment-notes-bilingual-arabic-lists in corpus/real: the
        // English list after the Chinese one; each entry goes to the unit of its number.
        let src = "繳費注意事項\n1. 繳費期限:即日起至2月19日止。\n2. 繳費收據請妥善保管。\nNotes\n1. Payment Deadline: February 19th, 2024.\n2. Please keep the receipt\nfor later use.\n";
        let doc = parse(src);
        assert_eq!(unit_nums(&doc), [1, 2]);
        let paras = |u: &Node| u.children.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
        assert_eq!(paras(&doc.units[0])[1], "1. Payment Deadline: February 19th, 2024.");
        assert_eq!(paras(&doc.units[1])[1], "2. Please keep the receipt for later use.");
        assert_eq!(doc.units[1].children[1].id, "point_2__para_2");
        // The clean text writes the version after the units, where it reads back the same.
        let texts = |d: &Document| {
            let mut v = Vec::new();
            d.walk(&mut |n| v.push(n.text.clone()));
            v
        };
        let text = crate::render::to_text(&doc);
        assert!(text.ends_with("2.繳費收據請妥善保管。\n1. Payment Deadline: February 19th, 2024.\n2. Please keep the receipt for later use.\n"), "{text}");
        assert_eq!(texts(&parse(&text)), texts(&doc));
        // The English caption stays the page's; nothing is lost.
        assert_eq!(doc.debris.len(), 1);
        assert!(crate::conserve::check(src, &doc).is_balanced());
        // A number with no unit of its own leaves the whole version to the page.
        let src = "繳費注意事項\n1. 繳費期限:即日起至2月19日止。\nNotes\n1. Payment Deadline: February 19th, 2024.\n2. Please keep the receipt for later use.\n";
        let doc = parse(src);
        assert_eq!(doc.units[0].children.len(), 1);
        assert_eq!(doc.debris.len(), 3);
    }

    #[test]
    fn a_list_whose_every_item_reads_one_is_numbered_in_order() {
        // s-nycu-yangming-dorm-self-health-guide-bilingual-every-item-numbered-1-truncated
        // in corpus/real: an ordered list rendered item by item.
        let src = "某指引\n  1. 甲。\n    First.\n  1. 乙。\n    Second.\n  1. 丙。\n    Third.\n";
        let doc = parse(src);
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        assert_eq!(doc.units[1].label.as_deref(), Some("1."));
        assert_eq!(unit_nums(&parse(&crate::render::to_text(&doc))), [1, 2, 3]);
        // Two are no such list; nor are ones among other numbers.
        assert_ne!(unit_nums(&parse("某指引\n  1. 甲。\n  1. 乙。\n")), [1, 2]);
        assert_eq!(unit_nums(&parse("某指引\n1. 甲。\n1. 乙。\n1. 丙。\n2. 丁。\n")), [1, 2]);
        // Nor lists run together, each on its line, their `2、` in the line (l-taichung-south-
        // district-office-senior-disabled-fare-subsidy-table-bars-run-on-items): the first
        // line's own items are read, not a renumbered `1、` of the third line.
        let doc = parse("某須知\n1、 甲。 2、 乙。\n補助標準\n1、 丙。 2、 丁。\n應備文件\n1、 戊。 2、 己。\n");
        assert_eq!(doc.units.first().map(|u| u.children.len()), Some(1), "{:#?}", doc.units);
        assert!(!doc.units.iter().any(|u| u.num.is_some_and(|n| n.main == 3)), "{:#?}", doc.units);
    }

    #[test]
    fn a_caption_ending_with_before_is_no_wrap() {
        // s-mdhs-cloud-mock-exam-notes-captions-arabic-lists-restarting-truncated in
        // corpus/real: `Ü考前` (`before the exam`) over the list.
        let doc = parse("某須知\n\nÜ考前\n\n 1. 甲。\n 2. 乙。\n 3. 丙。\n");
        assert_eq!(unit_nums(&doc), [1, 2, 3]);
        // A date's `before` with its number still runs on (`…7月8日前` / `1.`).
        let doc = parse("某須知\n一、甲。\n二、請於7月8日前\n1. 繳交。\n");
        assert!(doc.units[1].children[0].text.ends_with("前1.繳交。"), "{:?}", doc.units[1]);
    }

    #[test]
    fn a_line_copied_twice_is_text_once() {
        // s-hpjh-campus-opening-rules-repeated-line in corpus/real.
        let doc = parse(
            "某規則\n一、甲。\n二、有下列情形之一者,必要時本校\n得請警察協助依法處理:\n得請警察協助依法處理:\n(一)酗酒。\n",
        );
        assert_eq!(doc.units[1].children.len(), 1);
        assert_eq!(doc.debris.len(), 1);
        // A whole sentence said twice stays twice.
        let doc = parse("某規則\n一、甲。\n二、委員會議應由委員親自出席。\n委員會議應由委員親自出席。\n");
        assert_eq!(doc.units[1].children.len(), 2);
    }

    fn ids(doc: &Document) -> Vec<String> {
        let mut v = Vec::new();
        doc.walk(&mut |n| v.push(n.id.clone()));
        v
    }

    #[test]
    fn clean_directive() {
        let doc = parse(
            "示範機關資料治理推動小組設置要點\n一、示範機關（以下簡稱本機關）為推動資料治理，特設資料治理推動小組（以下簡稱本小組）。\n二、本小組任務如下：\n（一）資料開放政策之研議。\n（二）跨單位資料共享之協調：\n1、資料目錄之維護。\n2、資料品質之查核。\n（三）其他交辦事項。\n三、本小組置召集人一人，由本機關首長兼任。\n前項召集人因故不能執行職務時，由副首長代理之。\n四、（刪除）\n",
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert_eq!(doc.units.len(), 4);
        assert_eq!(doc.units[2].children.len(), 2);
        assert!(doc.units[3].deleted);
        assert!(ids(&doc).contains(&"point_2__para_1__subpara_2__item_2".to_string()));
    }

    /// The main numbers of the top-level units.
    fn unit_nums(doc: &Document) -> Vec<u32> {
        doc.top_units().iter().filter_map(|u| u.num.map(|n| n.main)).collect()
    }

    /// The numbers of the items of the first paragraph of top unit `k`.
    fn item_nums(doc: &Document, k: usize) -> Vec<u32> {
        let first = doc.top_units().get(k).and_then(|u| u.children.first());
        first.map(|p| p.children.iter().filter_map(|c| c.num.map(|n| n.main)).collect()).unwrap_or_default()
    }

    /// Paragraph counts of each point.
    fn paras(doc: &Document) -> Vec<usize> {
        doc.units.iter().map(|u| u.children.iter().filter(|c| c.kind == NodeKind::Paragraph).count()).collect()
    }

    #[test]
    fn a_proviso_on_its_own_line_goes_on_with_its_paragraph() {
        // c-mol-parental-leave-rules-amended-articles-two-and-nine-school-site-flattened-one-
        // line and l-kaohsiung-school-sports-student-coach-award-regulation-spaced-article-
        // labels-article-two-one-truncated in corpus/real: each paragraph on its own line.
        let src =
            "某辦法\n第二條 受僱者得申請育嬰留職停薪。\n但受僱者有少於六個月之需求者,得向雇主提出申請。\n第三條 乙。\n";
        let doc = parse(src);
        assert_eq!(paras(&doc), [1, 1], "{:#?}", doc.units);
        assert!(doc.units[0].children[0].text.ends_with("提出申請。"));
        assert_eq!(crate::testing::round_trip(src), None);
        // After a list's item it closes the list: a paragraph of its own.
        let doc = parse("某辦法\n第二條 資格如下:\n(1) 甲。\n(2) 乙。\n但已受領其他獎學金者不得申請。\n第三條 丙。\n");
        assert_eq!(paras(&doc), [2, 1], "{:#?}", doc.units);
    }

    #[test]
    fn rules_of_the_real_directives() {
        // `前項…` set as deep as an item's text is a paragraph of the unit.
        let doc = parse("某辦法\n第一條 甲如下：\n一、乙。\n二、丙。\n        前項各款不得逾二分之一。\n第二條 丁。\n");
        assert_eq!(doc.units[0].children.len(), 2);
        // Bulleted lines make one paragraph; a note after a finished sentence ends it.
        let doc = parse(
            "某辦法\n第一條 宗旨\n本辦法依法訂定。\n第二條 資格\n  • 家境清寒\n  • 申請條件以上。(新生不得申請)\n以上項目若無人選，可流用。\n",
        );
        assert_eq!(paras(&doc), [1, 2]);
        // An attachment note stays with its sentence.
        let doc = parse("某要點\n一、甲。\n二、乙應送秘書室辦理。\n    【如附件 (一) 】\n");
        assert_eq!(paras(&doc), [1, 1]);
        // An English version is one block, its numbered lines included.
        let doc = parse(
            "某辦法\n第一條 任務如下：\n一、甲。\n二、乙。\nArticle 1 The tasks are:\n1. Alpha.\n2. Beta.\n第二條 丙。\n",
        );
        let art = &doc.units[0];
        assert_eq!(art.children.len(), 2);
        assert_eq!(art.children[0].children.len(), 2);
        assert!(art.children[1].children.is_empty());
        // A first point after a colon, when point 2 opens the next line.
        let doc = parse("- 依據:某辦法第十條 公告事項: 一、甲。\n- 二、乙。\n");
        assert_eq!(doc.units.iter().filter(|u| u.kind == NodeKind::Point).count(), 2);
        assert_eq!(doc.title, None);
        // A bare numeral set apart by blank lines opens its point.
        let doc = parse("某要點\n一  甲如下:\n (一) 丙\n (二) 丁\n\n\n\n二  乙。\n");
        assert_eq!(doc.units.len(), 2);
        // So does one after a list's last item, a name with no final punctuation, when its
        // own list goes on from it (c-moj-document-handling-notes-numeral-space-items-
        // flattened-paren-list in corpus/real); not one its list does not go on from.
        let src = "一 甲。\n二 公文以下列順序排列: (一) 簽或函稿 (二) 參考資料\n三 送陳前應檢查。\n四 乙。\n";
        assert_eq!(parse(src).units.len(), 4);
        let src = "一 甲。\n二 公文以下列順序排列: (一) 簽或函稿 (二) 參考資料\n三 送陳前應檢查。\n";
        assert_eq!(parse(src).units.len(), 2);
        // A closing block of fields, the title from it, and a history under its label.
        let doc = parse(
            "三、甲。\n法規名稱:\n臺北市某要點\n修正日期:\n民國 109 年 04 月 24 日\n沿 革:\n中華民國109年4月24日臺北市政府(109)府民治字第1096015470號令修正發布第3點條文\n",
        );
        assert_eq!(doc.title.as_deref(), Some("臺北市某要點"));
        assert_eq!(doc.history.len(), 1);
        assert_eq!(doc.units.len(), 1);
        // A point's heading-like lead-in is completed by the text under it.
        let doc = parse("某要點\n一、甲。\n二、場地開放範疇:\n\n本要點所稱場地係指本校之教室。\n三、乙。\n");
        assert_eq!(paras(&doc), [1, 1, 1]);
        // A caption in brackets above each point is the point's caption; a deletion note
        // under a bare label stays its text.
        let doc = parse(
            "某守則\n第一章 總則\n(分文之改分)\n一、甲。\n(文書擬處之依據、會商)\n二、乙。\n三、\n(刪除)\n四、丙。\n",
        );
        let captions: Vec<_> = doc.units[0].children.iter().map(|u| u.caption.as_deref()).collect();
        assert_eq!(captions, [Some("(分文之改分)"), Some("(文書擬處之依據、會商)"), None, None]);
        assert!(doc.units[0].children[2].deleted);
        // A text printed again from its first point on is read as units, with a warning;
        // a point 一 with other text after the last point is not.
        let doc = parse(
            "某須知\n一、補助對象為本市之農民團體。二、實施期間自一月起。\n一、補助對象為本市之農民團體。\n二、實施期間自一月起。\n",
        );
        assert_eq!(doc.units.len(), 4);
        assert_eq!(doc.diagnostics.len(), 1);
        let doc =
            parse("某須知\n一、補助對象為本市之農民團體。\n二、實施期間自一月起。\n一、另有其他規定事項之說明。\n");
        assert_eq!(doc.units.len(), 2);
        // A name repeated before lost numerals labels units numbered in order.
        let doc = parse(
            "某閱覽規則\n閱覽規則():使用者\n本館資料供本校員生閱覽。\n閱覽規則():時間\n本館週一至週五開放。\n閱覽規則():實施\n本規則核准後實施。\n",
        );
        let units: Vec<_> = doc.units.iter().map(|u| (u.num.map(|n| n.main), u.caption.as_deref())).collect();
        assert_eq!(units, [(Some(1), Some("使用者")), (Some(2), Some("時間")), (Some(3), Some("實施"))]);
        assert_eq!(doc.units[0].label.as_ref().map(|l| l.as_str()), Some("閱覽規則():"));
        // A site's footer and a download caption after the last point are no text of it.
        let doc = parse(
            "某公告\n一、甲。\n二、乙。\n附件下載\n隱私權保護政策  新聞授權規範\nCopyright © 某日報 All rights reserved.\n",
        );
        assert_eq!(paras(&doc), [1, 1]);
        // An order's distribution list under its last point is no text of that point.
        let doc = parse(
            "某規定\n一、甲。\n二、乙。\n正    本:貼本會公告欄\n副    本:本會法律事務處\n\n不再援用:依據某令自即日\n廢止\n",
        );
        assert_eq!(paras(&doc), [1, 1]);
        assert_eq!(doc.debris.len(), 4);
        // Also above an article label standing alone over its items.
        let doc =
            parse("某辦法\n(法源)\n第一條 本辦法依某章程訂定。\n(發放的方法)\n第二條\n1. 每月發放。\n2. 匯入帳戶。\n");
        let captions: Vec<_> = doc.units.iter().map(|u| u.caption.as_deref()).collect();
        assert_eq!(captions, [Some("(法源)"), Some("(發放的方法)")]);
        assert_eq!(paras(&doc), [1, 1]);
        // The line after a list of short entries with no final punctuation starts a new
        // block.
        let doc = parse(
            "某注意事項\n一、本署為辦理某計畫之執行作業，特訂定本注意事項，以資遵循並利推動，\n    各單位應配合辦理。\n二、本計畫工作項目分為規劃及檢討、生態檢核工作、用地取得及工程等，並\n    依相關規定辦理之，各工作應於期限內完成，不得延誤或任意變更內容。\n三、分署轄區分工如下：\n    （一）第一分署：宜蘭縣、連江縣\n    （二）第二分署：桃園市、新竹縣\n    （三）第三分署：臺中市\n    如涉及跨分署管理權責時，得由分署協調分工，並報本署備查後辦理之。\n四、丙。\n",
        );
        assert_eq!(paras(&doc), [1, 1, 2, 1]);
        // A lead-in ending in the particle 之 is followed by its items.
        let doc = parse("某要點\n一、委員由本府下列人員聘兼之\n\n(一)副局長一人。\n\n(二)代表一人。\n");
        assert_eq!(doc.units[0].children[0].children.len(), 2);
        // Points numbered `1.` after site chrome and a heading; articles written `第一條:`.
        let doc = parse("某校圖書館\n開館時間\n壹、某校圖書館閱覽規則\n1. 甲。\n2. 乙。\n3. 丙。\n");
        let heading = doc.units.iter().find(|u| u.kind.is_heading());
        assert_eq!(heading.map(|h| h.children.len()), Some(3));
        let doc = parse("圖書館閱覽規則\n第一條:甲。\n第二條:乙。\n第三條:丙。\n");
        assert_eq!(doc.units.len(), 3);
        // The page after the last point, once a pager link or an English footer came, is
        // not text of the point; a bilingual page keeps its English lines.
        let doc = parse("某規則\n1. 甲。\n2. 乙。\n3. 丙。\n下一個 >\n愛閱滿天星\n詳細閱讀\n");
        assert_eq!(paras(&doc), [1, 1, 1]);
        let doc = parse("某要點\n一、甲。\n二、乙。\n\nLinks booklink\n{{ $t('FEZ005') }}352|\n");
        assert_eq!(paras(&doc), [1, 1]);
        let doc = parse("某辦法\n第一條 甲。\nArticle 1 Alpha.\n第二條 乙。\nArticle 2 Beta.\n");
        assert_eq!(paras(&doc), [2, 2]);
        // An article numbered twice as published, its label set apart and the next number
        // still to come, is an article (with a duplicate warning); a citation is not.
        let doc = parse("某規則\n第一條:甲。\n第二條:乙。\n第二條:丙。\n第三條:丁。\n");
        assert_eq!(doc.units.len(), 4);
        assert!(doc.diagnostics.iter().any(|d| d.code == crate::DiagCode::Duplicate));
        let doc = parse("某規則\n第一條 甲。\n第二條 乙。\n第二條規定之事項，依之。\n第三條 丁。\n");
        assert_eq!(doc.units.len(), 3);
        // History lines before the first unit are history even under a line that ends no
        // sentence; a tab sets an article label apart.
        let doc = parse(
            "某要點\n某要點 (Word版本下載)\n    92.06.18某校字第0920100015號函公布修正條文\n第一條\t依據甲訂定。\n第二條\t乙。\n",
        );
        assert_eq!((doc.history.len(), doc.units.iter().filter(|u| u.kind == NodeKind::Article).count()), (1, 2));
        // A page copied from its first rule on has no title: `1.…` opens the first point.
        let doc =
            parse("1.本校學生申請住宿者，應提出申請。\n住宿申請每學年辦理一次。\n2.總務處得將宿舍分為男生樓層。\n");
        assert_eq!((doc.title.as_deref(), paras(&doc)), (None, vec![2, 1]));
        // Items whose numerals were lost (`()`) are numbered as their list goes on; `()`
        // inside a line is text.
        let doc = parse("某要點\n一、甲如下:\n()乙。\n() 丙。\n二、聘()兼之。\n");
        let items: Vec<_> = doc.units[0].children[0].children.iter().map(|n| (n.num, n.label.as_deref())).collect();
        assert_eq!(items, [(Some(crate::Num::from(1)), Some("()")), (Some(crate::Num::from(2)), Some("()"))]);
        assert!(doc.units[1].children[0].children.is_empty());
        // The English version of a point numbered like the point is its text, not an item.
        let doc =
            parse("某規定\n一、禁止甲。\n1. It is prohibited to do A.\n二、禁止乙。\n2. It is prohibited to do B.\n");
        assert_eq!(paras(&doc), [2, 2]);
        // A jump is a point when the numbers it skips never come; text when they do.
        let doc = parse("首尾條文\n法規名稱:\n一  甲。\n十、乙。\n");
        assert_eq!(doc.title, None);
        assert_eq!(doc.units.iter().map(|u| u.num.map(|n| n.main)).collect::<Vec<_>>(), [Some(1), Some(10)]);
        let doc = parse("某要點\n一、甲。\n十、乙。\n二、丙。\n");
        assert_eq!(doc.units.iter().map(|u| u.num.map(|n| n.main)).collect::<Vec<_>>(), [Some(1), Some(2)]);
        // A news page's fields: the rule's name wins over the subject line between them.
        let doc = parse(
            "主管機關: 某部\n發文機關: 某部\n旨: 修正「某部作業要點」,並自即日生效。\n法規名稱: 某部作業要點\n一、甲。\n",
        );
        assert_eq!(doc.title.as_deref(), Some("某部作業要點"));
        assert_eq!(doc.units.len(), 1);
        // A short title above its full form, then dated adoption lines.
        let doc =
            parse("某國小場地要點\n臺東縣某鄉某國民小學場地開放使用要點\n97.04.29初訂\n107.08.30修訂\n一、甲。\n");
        assert_eq!(doc.title.as_deref(), Some("臺東縣某鄉某國民小學場地開放使用要點"));
        assert_eq!(doc.history.len(), 2);
        assert_eq!(doc.units.len(), 1);
        // An unnumbered 勘誤 entry between numbered history entries, wrapped before its
        // document number.
        let doc = parse(
            "某準則\n1.中華民國九十年十二月十七日財政部台財保字第0900751372號令訂定發布全文17條\n中華民國一百十三年二月十七日金融監督管理委員會金\n管保壽字第1130490469號書函勘誤第32條條文\n2.中華民國一百十三年六月二十六日金融監督管理委員會金管保壽字第11304921141號令修正發布第21條條文\n第 1 條\n本準則依保險法訂定之。\n",
        );
        assert_eq!((doc.history.len(), doc.units.len()), (3, 1));
        // A list whose first items lost their numbers to bullets.
        let doc = parse("某辦法\n第一條 開放場所如下:\n  • 視聽教室。\n  • 圖書室。\n三、其他場館。\n第二條 乙。\n");
        let subs = doc.units[0].children[0].children.len();
        assert_eq!((paras(&doc), subs), (vec![1, 1], 1));
    }

    #[test]
    fn sequence_decides() {
        let doc = parse("要點\n一、本小組置委員，由本機關首長指派副首長之\n一兼任。\n二、乙。\n");
        assert_eq!(doc.units.len(), 2);
        assert!(doc.units[0].children[0].text.ends_with("副首長之一兼任。"));
        let doc = parse("要點\n一、依第二點、\n三、四點規定辦理。\n二、乙。\n");
        assert_eq!(doc.units.len(), 2);
    }

    #[test]
    fn statute_2a() {
        let doc = parse(
            "法規名稱：示範資料管理辦法\n修正日期：民國 113 年 05 月 08 日\n   第 一 章 總則\n第 1 條\n本辦法依示範法（以下簡稱本法）第十條第二項規定訂定之。\n第 2 條\n本辦法用詞，定義如下：\n一、資料：指……。\n二、資料集：指……。\n前項第二款之資料集，應定期更新。\n第 3 條\n（刪除）\n第 3-1 條\n本辦法自發布日施行。\n",
        );
        assert_eq!(doc.kind, DocKind::Statute);
        assert_eq!(doc.title.as_deref(), Some("示範資料管理辦法"));
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        let chap = &doc.units[0];
        assert_eq!(chap.kind, NodeKind::Chapter);
        assert_eq!(chap.caption.as_deref(), Some("總則"));
        assert_eq!(chap.children.len(), 4);
        assert_eq!(chap.children[1].children.len(), 2);
        assert!(chap.children[2].deleted);
        assert_eq!(chap.children[3].id, "chap_1__art_3-1");
    }

    #[test]
    fn wrapped_2c() {
        let doc = parse_with(
            "第 2 條\r\n本辦法用詞，定義如下：\r\n一、資料：指機關於職務上作成或取得之文書、圖畫、照片、磁碟、磁帶\r\n    、光碟片、微縮片、積體電路晶片等媒介物。\r\n二、資料集：指……。\r\n",
            &ParseOptions { title: false, ..Default::default() },
        );
        let art = &doc.units[0];
        let sub = &art.children[0].children[0];
        assert_eq!(
            sub.text,
            "資料：指機關於職務上作成或取得之文書、圖畫、照片、磁碟、磁帶、光碟片、微縮片、積體電路晶片等媒介物。"
        );
    }

    #[test]
    fn gaps_and_duplicates_are_diagnosed() {
        let doc = parse("要點\n一、甲。\n二、乙。\n四、丁。\n");
        assert_eq!(doc.units.len(), 3);
        assert_eq!(doc.diagnostics[0].code, crate::DiagCode::Gap);
        let doc = parse("要點\n一、甲。\n二、乙。\n二、丙。\n");
        assert_eq!(doc.units.len(), 2);
        assert_eq!(doc.diagnostics[0].code, crate::DiagCode::Duplicate);
    }

    #[test]
    fn marks_give_their_markers_back() {
        for line in [
            "第 5 條（主管機關）本法所稱…",
            "第十條之一　　本法",
            "第 一 章 總則",
            "第三章之一 罰則",
            "壹、總則",
            "一、本點",
            "七之一、",
            "（二）甲",
            "1. 乙",
            "（1）",
            "甲、丙",
            "子 、丁",
            "㈠戊",
            "一  舊式",
            "第 3 條",
        ] {
            let m = marker::marker(line).unwrap();
            assert_eq!(Mark::new(&m, line).expand(line), m, "{line}");
        }
        assert!(std::mem::size_of::<Option<Mark>>() <= std::mem::size_of::<Option<Marker<'_>>>() / 2 + 8);
    }

    #[test]
    fn colliding_ids_are_renamed_and_rising_ones_left_alone() {
        // Chapters numbered 一 一: the second chapter and its articles get new ids.
        let doc = parse("示範法\n第一章 總則\n第 1 條\n甲。\n第一章 再\n第 2 條\n乙。\n");
        let ids: Vec<&str> = doc.units.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["chap_1", "chap_1_2"]);
        assert_eq!(doc.units[1].children[0].id, "chap_1_2__art_2");
        assert!(!ids_surely_unique(&doc.units));
        // Gaps alone make ids rise: the quick check settles it.
        let doc = parse("要點\n一、甲。\n二、乙。\n四、丁。\n");
        assert!(ids_surely_unique(&doc.units));
        assert!(!has_duplicate_ids(&doc.units));
    }
}
