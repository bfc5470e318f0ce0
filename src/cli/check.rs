//! `fagui check`: the diagnostics of the parser, as a compiler prints them.

use std::path::PathBuf;

use fagui::{Diagnostic, Severity};

use super::{CliError, InputArgs, OutArgs};

/// Output formats of `fagui check`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum CheckFormat {
    /// `file:line:col: severity[code]: message`, the source line and a caret.
    Text,
    /// One line per diagnostic, without the source line.
    Short,
    /// One JSON object per file.
    Json,
}

/// The least serious diagnostic that fails the check.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Deny {
    /// Only errors (text that could not be placed) fail.
    #[value(alias = "errors")]
    Error,
    /// Warnings and errors fail.
    #[value(alias = "warnings")]
    Warning,
    /// Any diagnostic fails.
    #[value(alias = "infos")]
    Info,
}

impl Deny {
    fn denies(self, s: Severity) -> bool {
        let level = match self {
            Deny::Error => Severity::Error,
            Deny::Warning => Severity::Warning,
            Deny::Info => Severity::Info,
        };
        // Severity orders Error < Warning < Info.
        s <= level
    }
}

#[derive(clap::Args)]
pub(super) struct CheckArgs {
    /// Files or folders (walked recursively), or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The version before the amendment: also report the citations of each input that
    /// still point at a unit this version deleted or renumbered (`stale-citation`).
    #[arg(long, value_name = "OLD")]
    pub against: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Fail (exit 1) on diagnostics of this severity or more serious.
    #[arg(long, value_enum, default_value_t = Deny::Error, value_name = "LEVEL")]
    pub deny: Deny,
    #[command(flatten)]
    pub fmt: OutArgs,
    #[command(flatten)]
    pub color: super::ColorArgs,
    #[command(flatten)]
    pub out: super::OutputArg,
    #[command(flatten)]
    pub walk: super::WalkArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

impl CheckArgs {
    pub fn json(&self) -> bool {
        self.fmt.json || self.format == CheckFormat::Json
    }
}

/// One diagnostic in the JSON output.
#[derive(serde::Serialize)]
struct DiagOut<'a> {
    /// Which document of the file (0-based), when the text holds several.
    document: usize,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
}

/// The JSON object of one file.
#[derive(serde::Serialize)]
struct FileOut<'a> {
    file: String,
    documents: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    diagnostics: Vec<DiagOut<'a>>,
}

/// The counts of a run.
#[derive(Default)]
struct Tally {
    files: usize,
    unreadable: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    denied: usize,
}

impl Tally {
    fn add(&mut self, s: Severity, deny: Deny) {
        match s {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
        if deny.denies(s) {
            self.denied += 1;
        }
    }

    /// `checked 3 files: 1 error, 2 warnings`.
    fn summary(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        for (n, one, many) in
            [(self.errors, "error", "errors"), (self.warnings, "warning", "warnings"), (self.infos, "info", "infos")]
        {
            if n > 0 {
                parts.push(plural(n, one, many));
            }
        }
        let found = if parts.is_empty() { "no diagnostics".to_string() } else { parts.join(", ") };
        let mut line = format!("checked {}: {found}", plural(self.files, "file", "files"));
        if self.unreadable > 0 {
            line.push_str(&format!("; {} could not be read", plural(self.unreadable, "file", "files")));
        }
        line
    }
}

pub(super) fn check(args: &CheckArgs) -> Result<(), CliError> {
    let inputs = super::expand(&args.inputs, &args.walk);
    let color = super::color_on(args.color.color);
    let opts = super::load_options(&args.input, fagui::input::Source::Auto);
    let mut tally = Tally { unreadable: inputs.failures.len(), ..Default::default() };
    // The version before the amendment, for `--against`.
    let old = match &args.against {
        Some(path) => Some(super::read_source(path, &args.input)?.1),
        None => None,
    };
    let mut skipped = inputs.skipped;
    super::with_output(&args.out, |out| {
        for f in &inputs.failures {
            out.flush()?;
            super::say(&format!("fagui: {}", super::file_error(&f.path, &f.error)));
        }
        for (path, walked) in &inputs.files {
            let read = fagui::decode::read_path(path, &opts.read)
                .and_then(|text| fagui::input::load_str(&text, &opts).map(|docs| (text, docs)));
            let (text, docs) = match read {
                Ok(x) => x,
                // A JSON file met in a folder that is not open data is not a law.
                Err(fagui::Error::Json(_)) if *walked => {
                    skipped.push(path.clone());
                    continue;
                }
                Err(e) => {
                    out.flush()?;
                    super::say(&format!("fagui: {}", super::file_error(path, &e)));
                    tally.unreadable += 1;
                    continue;
                }
            };
            tally.files += 1;
            let src = if fagui::moj::looks_like_json(&text) { "" } else { text.as_str() };
            let name = super::display_name(path);
            // The parser's diagnostics, then the drafting conventions it does not check,
            // in the order of the text.
            let lints: Vec<Vec<Diagnostic>> = docs
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let mut found = fagui::lint::check(d, src);
                    if let (Some(old), 0) = (&old, i) {
                        let stale = fagui::lint::check_against(old, d, src);
                        // A citation the amendment left stale is reported once, as stale.
                        found.retain(|g| !stale.iter().any(|s| s.span == g.span));
                        found.extend(stale);
                    }
                    found
                })
                .collect();
            let mut diags: Vec<DiagOut> = docs
                .iter()
                .zip(&lints)
                .enumerate()
                .flat_map(|(i, (d, lint))| {
                    d.diagnostics.iter().chain(lint).map(move |diagnostic| DiagOut { document: i, diagnostic })
                })
                .collect();
            diags.sort_by_key(|d| (d.document, d.diagnostic.line, d.diagnostic.column));
            let before = (tally.errors, tally.warnings, tally.infos);
            for d in &diags {
                tally.add(d.diagnostic.severity, args.deny);
            }
            if args.json() {
                let file = FileOut {
                    file: name,
                    documents: docs.len(),
                    errors: tally.errors - before.0,
                    warnings: tally.warnings - before.1,
                    infos: tally.infos - before.2,
                    diagnostics: diags,
                };
                super::emit_json(out, &file, args.fmt.pretty)?;
            } else {
                let lines = LineIndex::new(src);
                for d in &diags {
                    out.write_all(render(&name, d.diagnostic, &lines, args.format, color).as_bytes())?;
                }
            }
        }
        if !args.json() {
            out.write_all(format!("{}\n", tally.summary()).as_bytes())?;
        }
        Ok(())
    })?;
    super::note_skipped(&skipped);
    if tally.unreadable > 0 {
        Err(CliError::Exit(2))
    } else if tally.denied > 0 {
        Err(CliError::Exit(1))
    } else {
        Ok(())
    }
}

/// The start of every line of a text, to show the line of a diagnostic.
struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(src: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', src.as_bytes()).map(|i| i + 1));
        LineIndex { src, starts }
    }

    /// Line `n` (1-based) without its line end, or `None` past the end.
    fn line(&self, n: usize) -> Option<(usize, &'a str)> {
        let start = *self.starts.get(n.checked_sub(1)?)?;
        let end = self.starts.get(n).map_or(self.src.len(), |e| e - 1);
        let line = self.src.get(start..end)?;
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    }
}

/// How much of a long line is shown around the column, in display columns.
const EXCERPT_WIDTH: usize = 72;

/// One diagnostic: the header line and, in the text format, the source line and a caret
/// under what it is about (display widths: a CJK character takes two columns).
fn render(name: &str, d: &Diagnostic, lines: &LineIndex, format: CheckFormat, color: bool) -> String {
    use unicode_width::UnicodeWidthChar;
    let (sev, paint) = match d.severity {
        Severity::Error => ("error", "1;31"),
        Severity::Warning => ("warning", "1;33"),
        Severity::Info => ("info", "1;36"),
    };
    let p = |s: &str, code: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let mut out = format!(
        "{}:{}:{}: {}: {}\n",
        p(name, "1"),
        d.line,
        d.column,
        p(&format!("{sev}[{}]", d.code), paint),
        d.message
    );
    if format != CheckFormat::Text {
        return out;
    }
    let Some((start, line)) = lines.line(d.line) else { return out };
    let chars: Vec<char> = line.chars().collect();
    let col = d.column.saturating_sub(1).min(chars.len());
    // The caret covers the span where it lies on this line, else one character.
    let span_chars = if d.span.0 >= start && d.span.1 > d.span.0 {
        let end = d.span.1.min(start + line.len());
        line.get(d.span.0 - start..end - start).map_or(1, |s| s.chars().count().max(1))
    } else {
        1
    };
    let width = |cs: &[char]| cs.iter().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    // A long line is cut to a window that holds the column.
    let mut first = 0;
    while first < col && width(chars.get(first..col).unwrap_or_default()) > EXCERPT_WIDTH / 2 {
        first += 1;
    }
    let mut last = first;
    while last < chars.len() && width(chars.get(first..=last).unwrap_or_default()) <= EXCERPT_WIDTH {
        last += 1;
    }
    let shown: String = chars.get(first..last).unwrap_or_default().iter().collect();
    let (lead, pad) = if first > 0 { ("…", 1) } else { ("", 0) };
    let tail = if last < chars.len() { "…" } else { "" };
    let caret_at = pad + width(chars.get(first..col).unwrap_or_default());
    let caret_len = width(chars.get(col..(col + span_chars).min(last)).unwrap_or_default()).max(1);
    let num = d.line.to_string();
    let gutter = " ".repeat(num.len());
    out.push_str(&format!("{gutter} {}\n", p("|", "1;34")));
    out.push_str(&format!("{} {} {lead}{shown}{tail}\n", p(&num, "1;34"), p("|", "1;34")));
    out.push_str(&format!(
        "{gutter} {} {}{}\n",
        p("|", "1;34"),
        " ".repeat(caret_at),
        p(&"^".repeat(caret_len), paint)
    ));
    out
}
