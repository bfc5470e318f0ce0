//! Command-line interface: argument parsing and output only; all work is done by the
//! library's public API.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use fagui::query::{self, Address, Pattern};
use fagui::{DocKind, Document, ParseOptions, ReadOptions};

mod apply;
mod check;

/// Examples of every subcommand, for `fagui --help`.
const OVERVIEW: &[(&str, &str)] = &[
    ("fagui parse law.txt", "JSON of one file (--format text|outline)"),
    ("fagui parse laws/ --out json/", "batch: mirror the tree"),
    ("fagui check laws/", "diagnostics, as a compiler prints them"),
    ("fagui get law.txt 第八點第二款", "one unit (also 8.(2))"),
    ("fagui grep 資訊長 laws/", "search, with the citation of each hit"),
    ("fagui refs --to 第三條 law.txt", "who cites article 3"),
    ("fagui terms law.txt", "defined terms"),
    ("fagui diff old.txt new.txt", "what an amendment changed"),
    ("fagui log v1.txt v2.txt v3.txt", "when each unit changed"),
    ("fagui apply current.txt amendment.txt", "the consolidated new version"),
    ("fagui schema", "the JSON Schema of parse output"),
    ("fagui completions bash", "shell completions (zsh, fish …)"),
    ("fagui man", "the man page"),
];

const PARSE_EXAMPLES: &[(&str, &str)] = &[
    ("fagui parse corpus/directives/digi-plus-directive.txt", "JSON of one file"),
    ("fagui parse --format json --pretty law.txt", "indented JSON"),
    ("fagui parse --format text law.txt", "canonical clean text"),
    ("fagui parse --format outline law.txt", "indented tree with line:column"),
    ("fagui parse --format akn law.txt", "Akoma Ntoso 3.0 XML"),
    ("fagui parse --format docx law.txt > law.docx", "Word, with Word's list numbering"),
    ("cat law.txt | fagui parse -", "read standard input"),
    ("fagui parse --from moj A0030023.json", "open-data JSON record"),
    ("fagui parse --from akn law.xml", "read Akoma Ntoso back"),
    ("fagui parse --from table --side old table.docx", "the 現行 column of a 對照表"),
    ("fagui parse laws/ more.txt --out json/", "batch: mirror the tree"),
];

const CHECK_EXAMPLES: &[(&str, &str)] = &[
    ("fagui check law.txt", "law.txt:4:1: warning[gap]: …"),
    ("fagui check --deny warnings laws/", "fail (exit 1) on warnings too"),
    ("fagui check --format short laws/", "one line per diagnostic"),
    ("fagui check --format json laws/ | jq .", "one object per file"),
    ("fagui check --against old.txt new.txt", "citations the amendment left stale"),
];

const GET_EXAMPLES: &[(&str, &str)] = &[
    ("fagui get law.txt 第八點第二款", "a citation"),
    ("fagui get law.txt 8.(2)", "the short form"),
    ("fagui get law.txt point_8__para_1__subpara_2", "a node id"),
    ("fagui get --context point_6 law.txt 前點", "relative: point 5"),
    ("fagui get --format json law.txt 第3條第1項", "the node as JSON"),
];

const GREP_EXAMPLES: &[(&str, &str)] = &[
    ("fagui grep 資訊長 law.txt", "law.txt:第八點第一款: …"),
    ("fagui grep 資訊長 laws/", "every file of a folder"),
    ("fagui grep --regex '資訊(長|單位)' law.txt", "a regular expression"),
    ("fagui grep --format json 資訊長 law.txt", "hits with node id and span"),
    ("if fagui grep 罰鍰 law.txt >/dev/null; then …", "exit 0 on a match, 1 on none"),
];

const REFS_EXAMPLES: &[(&str, &str)] = &[
    ("fagui refs law.txt", "第六點: 前點 -> 第五點"),
    ("fagui refs --to 第五點 law.txt", "which units cite point 5"),
    ("fagui refs laws/", "file:citation: … for every file"),
    ("fagui refs --format json law.txt", "with node ids and spans"),
];

const TERMS_EXAMPLES: &[(&str, &str)] = &[
    ("fagui terms law.txt", "本小組 = 數位國家創新經濟推動小組 (第一點)"),
    ("fagui terms laws/", "file:term = meaning for every file"),
    ("fagui terms --format json law.txt", "with node ids and spans"),
];

const DIFF_EXAMPLES: &[(&str, &str)] = &[
    ("fagui diff old.txt new.txt", "what an amendment changed"),
    ("fagui diff --stat old.txt new.txt", "修正第三點；增訂第十四點"),
    ("fagui diff --format table-html old.txt new.txt > t.html", "the 修正對照表"),
    ("fagui diff --format table-md --all old.txt new.txt", "unchanged units too"),
    ("fagui diff --format docx -o table.docx old.txt new.txt", "the 修正對照表 in Word"),
    ("fagui diff --verify-table table.docx old.txt new.txt", "does a received table match?"),
    ("fagui diff --format json --pretty old.txt new.txt", "the structured diff"),
];

const APPLY_EXAMPLES: &[(&str, &str)] = &[
    ("fagui apply current.txt amendment.txt -o new.txt", "amended points only → new text"),
    ("fagui apply current.txt table.docx", "apply the 修正 column of a 對照表"),
    ("fagui apply --instructions 刪除第十點 current.txt", "instructions only"),
    ("fagui apply --format json current.txt amendment.txt", "document, steps, findings"),
];

const LOG_EXAMPLES: &[(&str, &str)] = &[
    ("fagui log v1.txt v2.txt v3.txt", "第三條<TAB>in v1.txt; modified v3.txt"),
    ("fagui log --format json v1.txt v2.txt", "per unit: the versions"),
];

const COMPLETIONS_EXAMPLES: &[(&str, &str)] = &[
    ("fagui completions bash > ~/.local/share/bash-completion/completions/fagui", "bash"),
    ("fagui completions zsh > ~/.zfunc/_fagui", "zsh (with fpath+=~/.zfunc)"),
    ("fagui completions fish > ~/.config/fish/completions/fagui.fish", "fish"),
];

const MAN_EXAMPLES: &[(&str, &str)] = &[
    ("fagui man | man -l -", "read the man page"),
    ("fagui man -o ~/.local/share/man/man1/fagui.1", "install it"),
    ("fagui man parse -o fagui-parse.1", "the page of one subcommand"),
];

const SCHEMA_EXAMPLES: &[(&str, &str)] = &[
    ("fagui schema > document.schema.json", "the schema of parse --format json"),
    ("fagui schema --diff", "the schema of diff --format json"),
];

/// The address syntax, for `fagui get --help`.
const ADDRESSES: &str = "\
Addresses:
  第八點第二款, 第3條第1項第2款, 第十條之一, 第 10-1 條, 第一章
      a citation: 條/點 article or point, 項 paragraph, 款 subparagraph, 目 item,
      編/章/節 headings; without 項, the first paragraph is meant; articles are found
      under any heading
  8, 8.(2), 8.1.2, 7-1.2.3
      the short form UNIT[.PARA][.SUBPARA][.ITEM]: 7-1 is 第七條之一; a number in
      parentheses is always a 款 (8.(2) = 第八點第二款, 8.1.2 = 第八點第一項第二款)
  point_8__para_1__subpara_2
      a node id, as in the JSON
  前點, 前條, 前項第二款, 本條, 同條, 前二項, 前項各款
      relative to the node given with --context
";

/// An `Examples:` block with the comments aligned, counting display columns (a CJK
/// character takes two).
fn examples(rows: &[(&str, &str)]) -> String {
    use unicode_width::UnicodeWidthStr;
    let width = rows.iter().map(|(cmd, _)| cmd.width()).max().unwrap_or(0);
    let mut out = String::from("Examples:\n");
    for (cmd, what) in rows {
        out.push_str(&format!("  {cmd}{}   {what}\n", " ".repeat(width - cmd.width())));
    }
    out
}

/// Exit status, for `fagui --help`.
const EXIT_STATUS: &str = "\
Exit status:
  0  success
  1  no match (grep), denied diagnostics (check), some inputs failed (parse --out)
  2  usage error, or an input or output error
";

#[derive(Parser)]
#[command(
    name = "fagui",
    version,
    about = "Read Chinese legal texts (directives, statutes) into a typed tree and JSON",
    after_help = format!("{}\n{EXIT_STATUS}", examples(OVERVIEW))
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse a directive or statute and print its tree.
    #[command(after_help = examples(PARSE_EXAMPLES))]
    Parse(ParseArgs),
    /// Print the JSON Schema of `fagui parse --format json` output.
    #[command(after_help = examples(SCHEMA_EXAMPLES))]
    Schema(SchemaArgs),
    /// Print one unit: `第八點第二款`, `8.(2)`, `point_8__para_1__subpara_2`, `前點` (with --context).
    #[command(after_help = format!("{ADDRESSES}\n{}", examples(GET_EXAMPLES)))]
    Get(GetArgs),
    /// Search node texts in files and folders (exit 1 when nothing matches).
    #[command(after_help = examples(GREP_EXAMPLES))]
    Grep(GrepArgs),
    /// List the cross-references of files, or (with --to) the units citing one unit.
    #[command(after_help = examples(REFS_EXAMPLES))]
    Refs(RefsArgs),
    /// List the defined terms of files.
    #[command(after_help = examples(TERMS_EXAMPLES))]
    Terms(TermsArgs),
    /// Compare two versions of a document (old first).
    #[command(after_help = examples(DIFF_EXAMPLES))]
    Diff(DiffArgs),
    /// For every unit of the newest version, the versions that added or changed it.
    #[command(after_help = examples(LOG_EXAMPLES))]
    Log(LogArgs),
    /// Apply an amendment (amended units only, or a 修正對照表) to the current version.
    #[command(after_help = examples(APPLY_EXAMPLES))]
    Apply(apply::ApplyArgs),
    /// Report the diagnostics of files or folders, as a compiler does (exit 1 on errors).
    #[command(after_help = examples(CHECK_EXAMPLES))]
    Check(check::CheckArgs),
    /// Print a shell's completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = examples(COMPLETIONS_EXAMPLES))]
    Completions(CompletionsArgs),
    /// Print the man page (roff), of fagui or of one subcommand.
    #[command(after_help = examples(MAN_EXAMPLES))]
    Man(ManArgs),
}

impl Command {
    /// The subcommand's name, whether it prints JSON, whether `--pretty` was given, and
    /// the name of its `--format`.
    fn json_flags(&self) -> (&'static str, bool, bool, String) {
        fn flags<F: ValueEnum + PartialEq>(
            name: &'static str,
            out: &OutArgs,
            format: &F,
            json: F,
        ) -> (&'static str, bool, bool, String) {
            let shown = format.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default();
            (name, out.json || *format == json, out.pretty, shown)
        }
        match self {
            Command::Parse(a) => flags("parse", &a.fmt, &a.format, Format::Json),
            Command::Get(a) => flags("get", &a.fmt, &a.format, GetFormat::Json),
            Command::Grep(a) => flags("grep", &a.fmt, &a.format, TextOrJson::Json),
            Command::Refs(a) => flags("refs", &a.fmt, &a.format, TextOrJson::Json),
            Command::Terms(a) => flags("terms", &a.fmt, &a.format, TextOrJson::Json),
            Command::Log(a) => flags("log", &a.fmt, &a.format, TextOrJson::Json),
            Command::Diff(a) => flags("diff", &a.fmt, &a.format, DiffFormat::Json),
            Command::Check(a) => flags("check", &a.fmt, &a.format, check::CheckFormat::Json),
            Command::Apply(a) => flags("apply", &a.fmt, &a.format, apply::ApplyFormat::Json),
            Command::Schema(_) => ("schema", true, false, "json".to_string()),
            Command::Completions(_) => ("completions", false, false, String::new()),
            Command::Man(_) => ("man", false, false, String::new()),
        }
    }

    /// The inputs of the subcommand.
    fn inputs(&self) -> Vec<&Path> {
        fn all(v: &[PathBuf]) -> Vec<&Path> {
            v.iter().map(PathBuf::as_path).collect()
        }
        match self {
            Command::Parse(a) => all(&a.inputs),
            Command::Get(a) => vec![a.file.as_path()],
            Command::Grep(a) => all(&a.files),
            Command::Refs(a) => all(&a.files),
            Command::Terms(a) => all(&a.files),
            Command::Log(a) => all(&a.files),
            Command::Diff(a) => vec![a.old.as_path(), a.new.as_path()],
            Command::Check(a) => all(&a.inputs),
            Command::Apply(a) => std::iter::once(a.current.as_path()).chain(a.amendment.as_deref()).collect(),
            Command::Schema(_) | Command::Completions(_) | Command::Man(_) => Vec::new(),
        }
    }

    /// What clap cannot check: `--pretty` with a format that is not JSON, and standard
    /// input given twice (the second read would find it empty).
    fn validate(&self) -> Result<(), clap::Error> {
        let (name, json, pretty, format) = self.json_flags();
        if pretty && !json {
            let msg = format!("the argument '--pretty' cannot be used with '--format {format}' (it indents JSON)");
            return Err(usage_error(name, &msg));
        }
        if self.inputs().iter().filter(|p| p.as_os_str() == "-").count() > 1 {
            return Err(usage_error(name, "standard input ('-') can be given only once"));
        }
        Ok(())
    }
}

/// A usage error of a subcommand, printed as clap prints its own (exit 2).
fn usage_error(subcommand: &str, msg: &str) -> clap::Error {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    cmd.build();
    match cmd.find_subcommand_mut(subcommand) {
        Some(sub) => sub.error(clap::error::ErrorKind::ArgumentConflict, msg),
        None => cmd.error(clap::error::ErrorKind::ArgumentConflict, msg),
    }
}

/// The JSON flags shared by every command that prints JSON.
#[derive(clap::Args)]
struct OutArgs {
    /// Same as `--format json`.
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    /// Indent the JSON (with `--format json`).
    #[arg(long)]
    pretty: bool,
}

/// `-o/--output`, on every command that writes one output.
#[derive(clap::Args)]
struct OutputArg {
    /// Write the output to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// `--glob`, on every command that walks folders.
#[derive(clap::Args, Default)]
pub(crate) struct WalkArgs {
    /// In folders, read only the files whose name matches this pattern (`*` any
    /// characters, `?` one; may be repeated: --glob '*.txt' --glob '*.docx'). Without
    /// it, files that are clearly not laws (README, LICENSE …) are skipped and named.
    /// Files named on the command line are always read.
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<String>,
}

impl WalkArgs {
    /// Whether a file met in a folder is left out.
    fn skips(&self, path: &Path) -> bool {
        if self.glob.is_empty() {
            return not_a_law(path);
        }
        let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        !self.glob.iter().any(|g| glob_match(g, &name))
    }

    /// Whether what was skipped is worth telling (it is not when --glob chose).
    fn tells(&self) -> bool {
        self.glob.is_empty()
    }
}

/// A file-name pattern: `*` matches any characters (none too), `?` one; the rest
/// matches itself.
fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // The classic two-pointer match with one backtrack point for the last `*`.
    let (mut i, mut j) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while j < n.len() {
        match p.get(i) {
            Some('*') => {
                star = Some((i, j));
                i += 1;
            }
            Some(&c) if c == '?' || Some(&c) == n.get(j) => {
                i += 1;
                j += 1;
            }
            _ => match star {
                Some((si, sj)) => {
                    i = si + 1;
                    j = sj + 1;
                    star = Some((si, sj + 1));
                }
                None => return false,
            },
        }
    }
    p.get(i..).unwrap_or_default().iter().all(|&c| c == '*')
}

/// `--numerals`, on every command that prints citations.
#[derive(clap::Args)]
struct NumeralsArg {
    /// How citations write their numbers: chinese (第三十四條之一) or arabic (第34條之1).
    #[arg(long, value_enum, default_value_t = NumeralsChoice::Chinese, value_name = "SCRIPT")]
    numerals: NumeralsChoice,
}

impl NumeralsArg {
    /// `citation` with its numbers in the chosen script.
    fn cite(&self, citation: &str) -> String {
        let numerals = match self.numerals {
            NumeralsChoice::Chinese => query::Numerals::Chinese,
            NumeralsChoice::Arabic => query::Numerals::Arabic,
        };
        query::with_numerals(citation, numerals)
    }
}

/// `--numerals`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum NumeralsChoice {
    /// 第三十四條之一.
    Chinese,
    /// 第34條之1.
    Arabic,
}

/// `--color`, on every command that colours its output.
#[derive(clap::Args)]
struct ColorArgs {
    /// Colour the output: auto (on a terminal, unless NO_COLOR is set and not empty;
    /// CLICOLOR_FORCE forces it), always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
}

#[derive(clap::Args)]
struct SchemaArgs {
    /// Print the schema of `fagui diff --format json` instead.
    #[arg(long)]
    diff: bool,
    #[command(flatten)]
    out: OutputArg,
}

#[derive(clap::Args)]
struct CompletionsArgs {
    /// The shell.
    shell: clap_complete::Shell,
    #[command(flatten)]
    out: OutputArg,
}

#[derive(clap::Args)]
struct ManArgs {
    /// The page of this subcommand (`fagui-parse(1)` …) instead of the main one.
    subcommand: Option<String>,
    #[command(flatten)]
    out: OutputArg,
}

#[derive(clap::Args)]
struct InputArgs {
    /// Force the document kind instead of detecting it.
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    /// Force the input encoding (utf-8, utf-16, utf-16le, utf-16be, big5, gb18030, gbk)
    /// instead of detecting it; bytes it cannot decode are an error with their offset.
    #[arg(long)]
    encoding: Option<String>,
    /// Force Taiwanese (tw) or mainland-China (cn) reading instead of detecting it from
    /// the content: it decides the names of the levels (tw 條/項/款/目, cn 条/款/项/目).
    #[arg(long, value_enum)]
    jurisdiction: Option<JurisdictionArg>,
    /// Refuse inputs larger than this: bytes, or with a suffix K, M, G or T (powers of
    /// 1024): 512K, 10M, 1G.
    #[arg(long, default_value = "256M", value_parser = parse_size)]
    max_bytes: u64,
}

#[derive(clap::Args)]
struct GetArgs {
    /// Input file, or `-` for standard input.
    file: PathBuf,
    /// The address: a citation, the short form, a node id or a relative citation
    /// (see Addresses below).
    address: String,
    /// Node id that relative citations (前點, 本條, 前項第二款) are read from.
    #[arg(long)]
    context: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = GetFormat::Text)]
    format: GetFormat,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    out: OutputArg,
    #[command(flatten)]
    numerals: NumeralsArg,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct DiffArgs {
    /// The old version.
    old: PathBuf,
    /// The new version.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Print only the one-line amendment summary (修正第三點、第八點；增訂第十四點).
    #[arg(long, conflicts_with_all = ["format", "json", "pretty", "all"])]
    stat: bool,
    /// Include unchanged units in the text and table outputs.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    out: OutputArg,
    #[command(flatten)]
    numerals: NumeralsArg,
    /// Check a received 修正對照表 (Markdown, HTML or Word) against OLD and NEW: print
    /// each unit where it does not match (exit 1), nothing when it does.
    #[arg(long, value_name = "TABLE", conflicts_with_all = ["stat", "format", "json", "pretty", "all"])]
    verify_table: Option<PathBuf>,
    /// What the 說明 column of a table says: the drafting convention (facts; 酌作文字修正
    /// only for editorial changes), the earlier phrasing, or nothing.
    #[arg(long, value_enum, default_value_t = ExplainArg::Facts, value_name = "HOW")]
    explain: ExplainArg,
    /// Which columns of a table underline changed words: the 修正 column only (the
    /// drafting convention), or deletions in the 現行 column too.
    #[arg(long, value_enum, default_value_t = UnderlineArg::New, value_name = "COLUMNS")]
    underline: UnderlineArg,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    color: ColorArgs,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct GrepArgs {
    /// What to look for (a literal string unless --regex).
    pattern: String,
    /// Input files or folders (searched recursively), or `-` for standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Read the pattern as a regular expression.
    #[arg(long)]
    regex: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    out: OutputArg,
    #[command(flatten)]
    numerals: NumeralsArg,
    #[command(flatten)]
    color: ColorArgs,
    #[command(flatten)]
    walk: WalkArgs,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct LogArgs {
    /// The versions, oldest first. A 修正對照表 (Markdown, HTML, Word) is an amendment of
    /// the version before it.
    #[arg(required = true, num_args = 2..)]
    files: Vec<PathBuf>,
    /// Every file after the first is an amendment (the amended units only, with or
    /// without their instruction line, an instruction line alone, or a 修正對照表),
    /// applied to the version before it; an amendment that does not fit stops the log.
    #[arg(long)]
    amendments: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    out: OutputArg,
    #[command(flatten)]
    numerals: NumeralsArg,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct RefsArgs {
    /// Input files or folders, or `-` for standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    out: OutputArg,
    #[command(flatten)]
    numerals: NumeralsArg,
    /// Only references citing this unit (or a unit inside it).
    #[arg(long)]
    to: Option<String>,
    #[command(flatten)]
    walk: WalkArgs,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct TermsArgs {
    /// Input files or folders, or `-` for standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    format: TextOrJson,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    out: OutputArg,
    #[command(flatten)]
    numerals: NumeralsArg,
    #[command(flatten)]
    walk: WalkArgs,
    #[command(flatten)]
    input: InputArgs,
}

/// Output formats of grep, refs, terms and log.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TextOrJson {
    /// Lines of text.
    Text,
    /// JSON.
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    TableMd,
    TableHtml,
    /// The 修正對照表 as a Word document (with -o FILE, or to a pipe).
    Docx,
}

/// `diff --explain`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExplainArg {
    /// Structural facts, ranges, 酌作文字修正 only for editorial changes.
    Facts,
    /// The earlier phrasing: 酌作文字修正 for any change of wording.
    Classic,
    /// An empty 說明 column.
    None,
}

/// `diff --underline`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum UnderlineArg {
    /// The 修正 column only.
    New,
    /// Insertions in the 修正 column, deletions in the 現行 column.
    Both,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct ParseArgs {
    /// Input files or folders, or `-` for standard input. Several inputs without
    /// `--out` print one JSON value per input, one per line (an array when the input
    /// holds several documents).
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Convert into this folder (mirroring the input tree), in parallel: one `.json`,
    /// `.txt`, `.outline.txt` or `.xml` file per input (per law for an open-data bulk
    /// file; per document in Akoma Ntoso).
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    out: Option<PathBuf>,
    /// What the input is: plain text, the national database's open-data JSON, our Akoma
    /// Ntoso export, a 修正對照表, or detect (not a 修正對照表).
    #[arg(long, value_enum, default_value_t = From::Auto)]
    from: From,
    /// With --from table: the version to print.
    #[arg(long, value_enum, default_value_t = SideArg::New)]
    side: SideArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    #[command(flatten)]
    fmt: OutArgs,
    #[command(flatten)]
    out_file: OutputArg,
    #[command(flatten)]
    walk: WalkArgs,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum From {
    Auto,
    Text,
    Moj,
    /// Akoma Ntoso XML as `--format akn` writes it.
    Akn,
    /// A 修正對照表 (Markdown, HTML or Word): one of its two versions (--side).
    Table,
}

/// Which version of a 修正對照表 `parse --from table` prints.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SideArg {
    /// The amended version (the 修正 column).
    New,
    /// The current version (the 現行 column).
    Old,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The document as JSON (an array when the text holds several documents).
    Json,
    /// Canonical clean text.
    Text,
    /// A readable indented tree with the line:column of every node, then the diagnostics.
    Outline,
    /// Akoma Ntoso 3.0 XML (one XML document per document).
    Akn,
    /// The clean text as a Word document (.docx), list numbers as Word's automatic
    /// numbering (a binary file: redirect standard output, or use --out DIR).
    Docx,
}

/// Output formats of `fagui get`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GetFormat {
    /// The node(s) as JSON.
    Json,
    /// The unit(s) as text.
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Directive,
    Statute,
}

#[derive(Clone, Copy, ValueEnum)]
enum JurisdictionArg {
    Tw,
    Cn,
}

/// `--max-bytes`: a number of bytes, or one with a suffix K, M, G or T (powers of 1024;
/// `KB`, `KiB` read the same).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at_checked(split).unwrap_or((t, ""));
    let bad = || format!("{s:?} is not a size (bytes, or 512K, 10M, 1G)");
    let n: u64 = digits.parse().map_err(|_| bad())?;
    let shift = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(bad()),
    };
    n.checked_mul(1 << shift).ok_or_else(|| format!("{s:?} is more than {} bytes", u64::MAX))
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage(&e),
    };
    if let Err(e) = cli.command.validate() {
        return usage(&e);
    }
    let result = match cli.command {
        Command::Parse(args) => parse(&args),
        Command::Completions(args) => with_output(&args.out, |out| {
            use clap::CommandFactory;
            clap_complete::generate(args.shell, &mut Cli::command(), "fagui", out);
            Ok(())
        }),
        Command::Man(args) => man(&args),
        Command::Schema(args) => with_output(&args.out, |out| {
            let schema =
                if args.diff { fagui::schema::diff_schema_json() } else { fagui::schema::document_schema_json() };
            emit(out, &schema)
        }),
        Command::Get(args) => get(&args),
        Command::Grep(args) => grep(&args),
        Command::Refs(args) => refs(&args),
        Command::Terms(args) => terms(&args),
        Command::Diff(args) => diff(&args),
        Command::Log(args) => log(&args),
        Command::Check(args) => check::check(&args),
        Command::Apply(args) => apply::apply(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`fagui … | head`): it has what it wanted; end quietly.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        // What there was to say is said.
        Err(CliError::Exit(code)) => ExitCode::from(code),
        Err(e) => {
            say(&format!("fagui: {e}"));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Help and version go to standard output, checked as any output; usage errors go to
/// standard error with exit code 2.
fn usage(e: &clap::Error) -> ExitCode {
    let printed = e.print().and_then(|()| if e.use_stderr() { Ok(()) } else { std::io::stdout().flush() });
    match printed {
        Err(err) if !e.use_stderr() && err.kind() != std::io::ErrorKind::BrokenPipe => {
            say(&format!("fagui: cannot write output: {err}"));
            ExitCode::from(2)
        }
        _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
    }
}

/// One line on standard error. When even that cannot be written there is nowhere left
/// to tell: the exit code still says it.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Runs `f` on buffered standard output and flushes it: a failed write or final flush
/// is [`CliError::Output`] (a full disk is exit 2; a closed pipe ends quietly).
fn with_stdout(f: impl FnOnce(&mut dyn Write) -> Result<(), CliError>) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 << 10, stdout.lock());
    let result = f(&mut out);
    let flushed = out.flush();
    result?;
    Ok(flushed?)
}

/// Runs `f` on standard output, or with `-o FILE` on a buffer written to the file
/// afterwards (what `f` wrote before an error too, as a shell redirection would keep
/// it).
fn with_output(out: &OutputArg, f: impl FnOnce(&mut dyn Write) -> Result<(), CliError>) -> Result<(), CliError> {
    let Some(path) = &out.output else { return with_stdout(f) };
    let mut buf = Vec::new();
    let result = f(&mut buf);
    std::fs::write(path, buf).map_err(|source| CliError::Write { path: path.clone(), source })?;
    result
}

/// `fagui man [SUBCOMMAND]`: the page in roff.
fn man(args: &ManArgs) -> Result<(), CliError> {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    cmd.build();
    let page = match &args.subcommand {
        None => cmd,
        Some(name) => {
            // Once built, a subcommand is named as its man page is: fagui-parse(1).
            cmd.find_subcommand(name)
                .cloned()
                .ok_or_else(|| CliError::Usage(format!("no subcommand {name:?} (see fagui --help)")))?
        }
    };
    with_output(&args.out, |out| Ok(clap_mangen::Man::new(page).render(out)?))
}

fn load_options(input: &InputArgs, source: fagui::input::Source) -> fagui::input::LoadOptions {
    let jurisdiction = input.jurisdiction.map(|j| match j {
        JurisdictionArg::Tw => fagui::Jurisdiction::Tw,
        JurisdictionArg::Cn => fagui::Jurisdiction::Cn,
    });
    fagui::input::LoadOptions::default()
        .with_read(ReadOptions::default().with_encoding(input.encoding.clone()).with_max_bytes(input.max_bytes))
        .with_parse(ParseOptions::default().with_kind(kind_of(input.kind)).with_jurisdiction(jurisdiction))
        .with_source(source)
}

/// Whether to colour standard output: `--color always|never`, or for `auto` the
/// NO_COLOR (set and not empty: no colour), CLICOLOR_FORCE (set and not empty: colour)
/// and CLICOLOR (`0`: no colour) conventions, then whether it is a terminal that
/// takes colours.
fn color_on(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto if anstyle_query::no_color() => false,
        ColorArg::Auto if anstyle_query::clicolor_force() => true,
        ColorArg::Auto if anstyle_query::clicolor() == Some(false) => false,
        ColorArg::Auto => std::io::stdout().is_terminal() && anstyle_query::term_supports_color(),
    }
}

/// The files of the inputs: files as given, folders walked recursively.
#[derive(Default)]
struct Inputs {
    /// Each file, and whether it was found in a folder (rather than named).
    files: Vec<(PathBuf, bool)>,
    /// Files found in folders that are clearly not laws.
    skipped: Vec<PathBuf>,
    /// Missing inputs and what could not be listed.
    failures: Vec<fagui::batch::Failure>,
}

/// Lists the files of `inputs` (`-` is standard input); in folders, files that are
/// clearly not laws ([`not_a_law`]) are skipped.
fn expand(inputs: &[PathBuf], walk: &WalkArgs) -> Inputs {
    let mut all = Inputs::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            all.files.push((input.clone(), false));
            continue;
        }
        let listing = fagui::batch::collect_all(std::slice::from_ref(input), None);
        for (path, _) in listing.files {
            let walked = &path != input;
            if walked && walk.skips(&path) {
                if walk.tells() {
                    all.skipped.push(path);
                }
            } else {
                all.files.push((path, walked));
            }
        }
        all.failures.extend(listing.failures);
    }
    all
}

/// A file met in a folder that is clearly not a law: a README, LICENSE, CHANGELOG,
/// INDEX … whatever its extension, or a document, image, archive or configuration
/// format that is not read. Other text files (`.md` included: a law may be pasted into
/// one), Word documents (`.docx`) and PDFs are read.
fn not_a_law(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_ascii_lowercase();
    let stem = name.split('.').next().unwrap_or_default();
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    let named = ["readme", "license", "licence", "copying", "changelog", "contributing", "authors", "notice", "index"];
    let formats = ["doc", "odt", "rtf", "png", "jpg", "jpeg", "gif", "svg", "zip", "gz", "7z", "toml", "yaml", "yml"];
    named.contains(&stem) || formats.contains(&ext)
}

/// Tells on standard error which files of the folders were left out.
fn note_skipped(skipped: &[PathBuf]) {
    const SHOWN: usize = 5;
    if skipped.is_empty() {
        return;
    }
    let mut names: Vec<String> = skipped.iter().take(SHOWN).map(|p| p.display().to_string()).collect();
    if skipped.len() > SHOWN {
        names.push(format!("and {} more", skipped.len() - SHOWN));
    }
    let what = if skipped.len() == 1 { "file that is not a law" } else { "files that are not laws" };
    say(&format!("fagui: skipped {} {what}: {}", skipped.len(), names.join(", ")));
}

/// How a file is named in output: `-` is `<stdin>`.
fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" { "<stdin>".to_string() } else { path.display().to_string() }
}

/// An error message that names its file: `law.txt: binary data …`, unless the message
/// names it already.
fn file_error(path: &Path, e: &fagui::Error) -> String {
    let msg = e.to_string();
    let shown = path.display().to_string();
    if path.as_os_str() == "-" {
        return if msg.contains("standard input") { msg } else { format!("standard input: {msg}") };
    }
    if msg.contains(&shown) { msg } else { format!("{shown}: {msg}") }
}

fn output_format(args: &ParseArgs) -> fagui::batch::OutputFormat {
    match args.format {
        _ if args.fmt.json && args.fmt.pretty => fagui::batch::OutputFormat::PrettyJson,
        _ if args.fmt.json => fagui::batch::OutputFormat::Json,
        Format::Json if args.fmt.pretty => fagui::batch::OutputFormat::PrettyJson,
        Format::Json => fagui::batch::OutputFormat::Json,
        Format::Text => fagui::batch::OutputFormat::Text,
        Format::Outline => fagui::batch::OutputFormat::Outline,
        Format::Akn => fagui::batch::OutputFormat::Akn,
        Format::Docx => fagui::batch::OutputFormat::Docx,
    }
}

fn parse(args: &ParseArgs) -> Result<(), CliError> {
    let source = match args.from {
        From::Auto | From::Table => fagui::input::Source::Auto,
        From::Text => fagui::input::Source::Text,
        From::Moj => fagui::input::Source::Moj,
        From::Akn => fagui::input::Source::Akn,
    };
    let opts = load_options(&args.input, source);
    let format = output_format(args);
    if format == fagui::batch::OutputFormat::Docx && args.out.is_none() {
        if std::io::stdout().is_terminal() {
            return Err(CliError::Usage(
                "--format docx writes a Word file: redirect the output (> text.docx) or give --out DIR".into(),
            ));
        }
        if args.inputs.len() > 1 {
            return Err(CliError::Usage("--format docx writes one Word file: give one input, or --out DIR".into()));
        }
    }
    if let From::Table = args.from {
        if args.out.is_some() {
            return Err(CliError::Usage("--from table prints to standard output; --out is not supported".into()));
        }
        return with_output(&args.out_file, |lock| parse_tables(args, &opts, format, lock));
    }
    if let Some(out) = &args.out {
        return batch(args, out, &opts, format);
    }
    with_output(&args.out_file, |lock| parse_to(args, &opts, format, lock))
}

/// `fagui parse --from table`: one version of each input's 修正對照表.
fn parse_tables(
    args: &ParseArgs,
    opts: &fagui::input::LoadOptions,
    format: fagui::batch::OutputFormat,
    lock: &mut dyn Write,
) -> Result<(), CliError> {
    use fagui::diff::table_read::{self, Side};
    for input in &args.inputs {
        let named = |source| CliError::File { path: input.clone(), source };
        let bytes = fagui::decode::read_bytes(input, &opts.read).map_err(named)?;
        let table = table_read::read_bytes(&bytes, &opts.read).map_err(named)?.ok_or_else(|| {
            named(fagui::Error::Document {
                format: "comparison table",
                message: "no table with a 修正 column (修正規定, 修正條文, 增訂條文 …)".into(),
            })
        })?;
        let side = if args.side == SideArg::Old { Side::Old } else { Side::New };
        let doc = table.version_as(side, opts.parse.kind);
        let src = table.text(side);
        lock.write_all(&fagui::batch::render(&doc, &src, format))?;
        if matches!(format, fagui::batch::OutputFormat::Json | fagui::batch::OutputFormat::PrettyJson) {
            lock.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// `fagui parse` without `--out`: every input to `lock`, one after the other.
fn parse_to(
    args: &ParseArgs,
    opts: &fagui::input::LoadOptions,
    format: fagui::batch::OutputFormat,
    lock: &mut dyn Write,
) -> Result<(), CliError> {
    for input in &args.inputs {
        let named = |source| CliError::File { path: input.clone(), source };
        let text = fagui::decode::read_path(input, &opts.read).map_err(named)?;
        let json = matches!(format, fagui::batch::OutputFormat::Json | fagui::batch::OutputFormat::PrettyJson);
        if fagui::input::is_open_data(&text, opts) && json {
            let docs = fagui::input::load_str(&text, opts).map_err(named)?;
            // Open data: one JSON object per law, one after the other (JSON Lines
            // when compact). Spans index the assembled article text, not this file.
            for doc in &docs {
                lock.write_all(&fagui::batch::render(doc, "", format))?;
                lock.write_all(b"\n")?;
            }
            // The process ends right after: skip freeing the trees.
            std::mem::forget(docs);
        } else if json {
            // One value per input: an object for one document, an array for several,
            // each document read, written and dropped in turn (a text of many
            // documents is never held whole as trees).
            let src = if fagui::input::spans_elsewhere(&text, opts) { "" } else { text.as_str() };
            let mut docs = fagui::input::load_each(&text, opts).map_err(named)?;
            match (docs.next(), docs.next()) {
                (Some(one), None) => {
                    let one = [one];
                    fagui::batch::write_all(&mut *lock, &one, src, format)?;
                    // The process ends right after: skip freeing the tree.
                    std::mem::forget(one);
                }
                (first, second) => {
                    fagui::batch::write_each(&mut *lock, first.into_iter().chain(second).chain(docs), src, format)?
                }
            }
            lock.write_all(b"\n")?;
        } else {
            let docs = fagui::input::load_str(&text, opts).map_err(named)?;
            // Texts one after the other; outlines separated by `---`.
            let src = if fagui::input::spans_elsewhere(&text, opts) { "" } else { text.as_str() };
            if format == fagui::batch::OutputFormat::Text {
                let bytes = fagui::batch::render_all(&docs, src, format);
                let end = bytes.iter().rposition(|&b| b != b'\n').map_or(0, |i| i + 1);
                lock.write_all(bytes.get(..end).unwrap_or_default())?;
                lock.write_all(b"\n")?;
            } else {
                fagui::batch::write_all(&mut *lock, &docs, src, format)?;
            }
            // The process ends right after: skip freeing the trees.
            std::mem::forget(docs);
        }
    }
    Ok(())
}

fn batch(
    args: &ParseArgs,
    out: &std::path::Path,
    opts: &fagui::input::LoadOptions,
    format: fagui::batch::OutputFormat,
) -> Result<(), CliError> {
    // From here on an interrupt stops the run cleanly: no new input is started, those
    // started finish and remove their temporary files, and the exit code tells the
    // signal (130, 143). A second interrupt ends the run at once.
    let signal = interrupts()?;
    let stopped = || signal.load(std::sync::atomic::Ordering::SeqCst) != 0;
    let mut listing = fagui::batch::collect_all(&args.inputs, Some(out));
    // Files met in folders that are clearly not laws are left out (inputs named as
    // such are not).
    let (skipped, files) = std::mem::take(&mut listing.files)
        .into_iter()
        .partition(|(path, _)| !args.inputs.contains(path) && args.walk.skips(path));
    listing.files = files;
    let mut skipped: Vec<PathBuf> =
        if args.walk.tells() { skipped.into_iter().map(|(path, _)| path).collect() } else { Vec::new() };
    // Nothing is written before the plan: no output overwrites an input, no two
    // inputs share an output.
    let plan = fagui::batch::plan(&listing.files, out, format)?;
    let total = listing.files.len() + listing.failures.len();
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(plan.jobs.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed_precise} ETA {eta}") {
            bar.set_style(style);
        }
        Some(bar)
    } else {
        None
    };
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let mut report = if stopped() {
        fagui::batch::Report { skipped: plan.jobs.len(), failures: plan.failures, ..Default::default() }
    } else {
        fagui::batch::convert_plan(plan, out, opts, format, &tick, &stopped)
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    // A JSON file met in a folder that is not open data is not a law either.
    let (not_laws, failures) = std::mem::take(&mut report.failures)
        .into_iter()
        .partition(|f| matches!(f.error, fagui::Error::Json(_)) && !args.inputs.contains(&f.path));
    report.failures = failures;
    let total = total - not_laws.len();
    skipped.extend(not_laws.into_iter().map(|f: fagui::batch::Failure| f.path));
    note_skipped(&skipped);
    for f in listing.failures.iter().chain(&report.failures) {
        say(&format!("fagui: {}", file_error(&f.path, &f.error)));
    }
    let failed = listing.failures.len() + report.failures.len();
    match signal.load(std::sync::atomic::Ordering::SeqCst) {
        0 if failed == 0 => Ok(()),
        0 => Err(CliError::Batch { failed, total }),
        code => Err(CliError::Interrupted {
            code: u8::try_from(code).unwrap_or(130),
            converted: report.converted,
            skipped: report.skipped,
            total,
        }),
    }
}

/// Catches SIGINT and SIGTERM: the first sets the returned value to the exit code the
/// signal asks for (130, 143); a second one exits at once with it.
fn interrupts() -> Result<std::sync::Arc<std::sync::atomic::AtomicUsize>, CliError> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    let code = Arc::new(AtomicUsize::new(0));
    let armed = Arc::new(AtomicBool::new(false));
    for (signal, exit) in [(SIGINT, 130), (SIGTERM, 143)] {
        let setup = |e: std::io::Error| CliError::Signal(e.to_string());
        // Registered first, so that it acts only from the second signal on.
        signal_hook::flag::register_conditional_shutdown(signal, exit, Arc::clone(&armed)).map_err(setup)?;
        signal_hook::flag::register_usize(signal, Arc::clone(&code), exit as usize).map_err(setup)?;
        signal_hook::flag::register(signal, Arc::clone(&armed)).map_err(setup)?;
    }
    Ok(code)
}

/// Errors of the command line, with their exit codes.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Input(#[from] fagui::Error),
    #[error(transparent)]
    Address(#[from] fagui::AddressError),
    #[error("bad regular expression: {0}")]
    Regex(#[from] regex::Error),
    #[error("{failed} of {total} files could not be read")]
    Files { failed: usize, total: usize },
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    #[error("{failed} of {total} inputs failed")]
    Batch { failed: usize, total: usize },
    #[error("{}", file_error(path, source))]
    File { path: PathBuf, source: fagui::Error },
    #[error("{}: {source}", display_name(path))]
    Unit { path: PathBuf, source: fagui::AddressError },
    #[error("exit {0}")]
    Exit(u8),
    #[error("interrupted: {converted} of {total} inputs converted, {skipped} not started")]
    Interrupted { code: u8, converted: usize, skipped: usize, total: usize },
    #[error("cannot catch interrupts: {0}")]
    Signal(String),
    #[error("{0}")]
    Usage(String),
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Batch { .. } => 1,
            CliError::Interrupted { code, .. } | CliError::Exit(code) => *code,
            _ => 2,
        }
    }
}

impl GrepArgs {
    fn json(&self) -> bool {
        self.fmt.json || self.format == TextOrJson::Json
    }
}

impl RefsArgs {
    fn json(&self) -> bool {
        self.fmt.json || self.format == TextOrJson::Json
    }
}

impl TermsArgs {
    fn json(&self) -> bool {
        self.fmt.json || self.format == TextOrJson::Json
    }
}

impl LogArgs {
    fn json(&self) -> bool {
        self.fmt.json || self.format == TextOrJson::Json
    }
}

/// The query subcommands share the command line's errors.
type QueryError = CliError;

fn kind_of(k: Option<KindArg>) -> Option<DocKind> {
    k.map(|k| match k {
        KindArg::Directive => DocKind::Directive,
        KindArg::Statute => DocKind::Statute,
    })
}

/// The source text and the documents of a file (queries need both: spans point into
/// the source). Any input `parse` reads is accepted; open data gives an empty source
/// (its spans index the assembled article text).
fn read_sources(file: &Path, input: &InputArgs) -> Result<(String, Vec<Document>), fagui::Error> {
    let opts = load_options(input, fagui::input::Source::Auto);
    let text = fagui::decode::read_path(file, &opts.read)?;
    let docs = fagui::input::load_str(&text, &opts)?;
    if docs.is_empty() {
        return Err(fagui::Error::Json("no law in the file".to_string()));
    }
    let src = if fagui::moj::looks_like_json(&text) { String::new() } else { text };
    Ok((src, docs))
}

/// [`read_sources`] for one document: the first one; errors name the file.
fn read_source(file: &Path, input: &InputArgs) -> Result<(String, Document), CliError> {
    let named = |source| CliError::File { path: file.to_path_buf(), source };
    let (src, docs) = read_sources(file, input).map_err(named)?;
    let doc = docs.into_iter().next().ok_or_else(|| named(fagui::Error::Json("no law in the file".to_string())))?;
    Ok((src, doc))
}

/// Runs `each` on the source and documents of every file of `inputs` (folders walked,
/// files that are not laws skipped): a file that cannot be read, or whose `each` fails,
/// is named on standard error and the others go on. Returns how many failed of how
/// many; only a failed write stops the run.
fn each_file(
    inputs: &[PathBuf],
    walk: &WalkArgs,
    input: &InputArgs,
    out: &mut dyn Write,
    mut each: impl FnMut(&Path, &str, &[Document], &mut dyn Write) -> Result<(), CliError>,
) -> Result<(usize, usize), CliError> {
    let listing = expand(inputs, walk);
    let mut skipped = listing.skipped;
    let mut failed = 0;
    let mut fail = |out: &mut dyn Write, msg: String| -> Result<(), CliError> {
        // What was found so far comes before the message.
        out.flush()?;
        say(&format!("fagui: {msg}"));
        failed += 1;
        Ok(())
    };
    for f in &listing.failures {
        fail(out, file_error(&f.path, &f.error))?;
    }
    let mut total = listing.failures.len();
    for (path, walked) in &listing.files {
        match read_sources(path, input) {
            Ok((src, docs)) => {
                total += 1;
                match each(path, &src, &docs, out) {
                    Ok(()) => {}
                    Err(CliError::Output(e)) => return Err(CliError::Output(e)),
                    Err(e) => fail(out, e.to_string())?,
                }
            }
            // A JSON file met in a folder that is not open data is not a law.
            Err(fagui::Error::Json(_)) if *walked => skipped.push(path.clone()),
            Err(e) => {
                total += 1;
                fail(out, file_error(path, &e))?;
            }
        }
    }
    note_skipped(&skipped);
    Ok((failed, total))
}

/// Whether outputs are prefixed with their file: several inputs, or a folder.
fn many(inputs: &[PathBuf]) -> bool {
    inputs.len() > 1 || inputs.iter().any(|p| p.is_dir())
}

/// Writes `text` with a final newline (unless it is empty or has one).
fn emit(out: &mut dyn Write, text: &str) -> Result<(), CliError> {
    out.write_all(text.as_bytes())?;
    if !text.is_empty() && !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// JSON (indented when `pretty`) and a newline.
fn emit_json<T: serde::Serialize + ?Sized>(out: &mut dyn Write, v: &T, pretty: bool) -> Result<(), CliError> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, v).map_err(std::io::Error::from)?;
    } else {
        serde_json::to_writer(&mut *out, v).map_err(std::io::Error::from)?;
    }
    Ok(out.write_all(b"\n")?)
}

/// `{"file": …, "refs": […]}` with the fields of each reference in declaration order.
#[derive(serde::Serialize)]
struct RefsOut {
    file: String,
    refs: Vec<fagui::Reference>,
}

/// `{"file": …, "terms": […]}`.
#[derive(serde::Serialize)]
struct TermsOut {
    file: String,
    terms: Vec<fagui::Term>,
}

/// `{"hits": […]}`.
#[derive(serde::Serialize)]
struct HitsOut {
    hits: Vec<HitOut>,
}

/// One grep hit with its file.
#[derive(serde::Serialize)]
struct HitOut {
    file: String,
    #[serde(flatten)]
    hit: query::Hit,
}

fn get(args: &GetArgs) -> Result<(), QueryError> {
    let (_, doc) = read_source(&args.file, &args.input)?;
    let addr = Address::parse_in(&args.address, doc.jurisdiction)?;
    let nodes = doc.resolve(&addr, args.context.as_deref())?;
    let json = args.fmt.json || args.format == GetFormat::Json;
    with_output(&args.out, |out| match args.format {
        _ if json => emit_json(out, &nodes, args.fmt.pretty),
        GetFormat::Json => emit_json(out, &nodes, args.fmt.pretty),
        GetFormat::Text => {
            let text = nodes
                .iter()
                .filter_map(|n| query::locate(&doc, &n.id))
                .map(|chain| {
                    // The first line is the citation.
                    let text = query::node_to_text_in(&chain, doc.jurisdiction);
                    let (cite, rest) = text.split_once('\n').unwrap_or((&text, ""));
                    format!("{}\n{rest}", args.numerals.cite(cite))
                })
                .collect::<Vec<_>>()
                .join("\n");
            emit(out, &text)
        }
    })
}

fn grep(args: &GrepArgs) -> Result<(), QueryError> {
    let pattern = if args.regex { Pattern::regex(&args.pattern)? } else { Pattern::literal(args.pattern.clone()) };
    let color = color_on(args.color.color);
    with_output(&args.out, |out| grep_to(args, &pattern, color, out))
}

fn grep_to(args: &GrepArgs, pattern: &Pattern, color: bool, out: &mut dyn Write) -> Result<(), QueryError> {
    let mut all = Vec::new();
    let mut found = 0;
    let (failed, total) = each_file(&args.files, &args.walk, &args.input, out, |path, src, docs, out| {
        let name = display_name(path);
        let mut text = String::new();
        for doc in docs {
            for mut hit in query::search(doc, src, pattern) {
                found += 1;
                hit.citation = args.numerals.cite(&hit.citation);
                if args.json() {
                    all.push(HitOut { file: name.clone(), hit });
                    continue;
                }
                let fagui::Span(a, b) = hit.range;
                let before = hit.text.get(..a).unwrap_or_default();
                let after = hit.text.get(b..).unwrap_or_default();
                let m = if color { format!("\x1b[1;31m{}\x1b[0m", hit.matched) } else { hit.matched.clone() };
                let cite = if hit.citation.is_empty() { hit.id.as_str() } else { hit.citation.as_str() };
                text.push_str(&format!("{name}:{cite}: {before}{m}{after}\n"));
            }
        }
        emit(out, &text)
    })?;
    if args.json() {
        emit_json(out, &HitsOut { hits: all }, args.fmt.pretty)?;
    }
    // As grep: 2 on an error, else 1 when nothing matched.
    if failed > 0 {
        return Err(QueryError::Files { failed, total });
    }
    if found == 0 {
        return Err(QueryError::Exit(1));
    }
    Ok(())
}

/// A node's citation (`第五點`), or its id where it has none.
fn cite_or_id(doc: &fagui::Document, id: &str) -> String {
    query::citation_of(doc, id).filter(|c| !c.is_empty()).unwrap_or_else(|| id.to_string())
}

fn refs(args: &RefsArgs) -> Result<(), QueryError> {
    let to = args.to.as_deref().map(Address::parse).transpose()?;
    let many = many(&args.files);
    with_output(&args.out, |out| {
        let (failed, total) = each_file(&args.files, &args.walk, &args.input, out, |path, src, docs, out| {
            let mut all = Vec::new();
            let mut text = String::new();
            let prefix = if many { format!("{}:", display_name(path)) } else { String::new() };
            for doc in docs {
                let export = query::Export::new(doc, src);
                let refs: Vec<fagui::Reference> = match &to {
                    Some(a) => {
                        let node = doc.get(a).map_err(|source| CliError::Unit { path: path.to_path_buf(), source })?;
                        query::cited_by(&export.refs, &node.id).into_iter().cloned().collect()
                    }
                    None => export.refs,
                };
                let cite = |id: &str| args.numerals.cite(&cite_or_id(doc, id));
                for r in &refs {
                    let to = match &r.law {
                        Some(law) => format!("{law} (external)"),
                        None if r.first_target().is_none() => "(unresolved)".to_string(),
                        // A reference citing many nodes keeps them as runs (`第一條 … 第九十條 (90)`).
                        None if !r.ranges.is_empty() => r
                            .ranges
                            .iter()
                            .map(|g| format!("{} … {} ({})", cite(&g.from), cite(&g.to), g.count))
                            .collect::<Vec<_>>()
                            .join(", "),
                        None => r.targets.iter().map(|t| cite(t)).collect::<Vec<_>>().join(", "),
                    };
                    text.push_str(&format!("{prefix}{}: {} -> {to}\n", cite(&r.from), r.text));
                }
                all.extend(refs);
            }
            if args.json() {
                emit_json(out, &RefsOut { file: display_name(path), refs: all }, args.fmt.pretty)
            } else {
                emit(out, &text)
            }
        })?;
        if failed > 0 {
            return Err(QueryError::Files { failed, total });
        }
        Ok(())
    })
}

fn terms(args: &TermsArgs) -> Result<(), QueryError> {
    let many = many(&args.files);
    with_output(&args.out, |out| {
        let (failed, total) = each_file(&args.files, &args.walk, &args.input, out, |path, src, docs, out| {
            let mut all = Vec::new();
            let mut text = String::new();
            let prefix = if many { format!("{}:", display_name(path)) } else { String::new() };
            for doc in docs {
                let terms = query::extract_terms(doc, src);
                for t in &terms {
                    let at = args.numerals.cite(&cite_or_id(doc, &t.defined_in));
                    text.push_str(&format!("{prefix}{} = {} ({at})\n", t.term, t.meaning));
                }
                all.extend(terms);
            }
            if args.json() {
                emit_json(out, &TermsOut { file: display_name(path), terms: all }, args.fmt.pretty)
            } else {
                emit(out, &text)
            }
        })?;
        if failed > 0 {
            return Err(QueryError::Files { failed, total });
        }
        Ok(())
    })
}

fn diff(args: &DiffArgs) -> Result<(), CliError> {
    let old = read_source(&args.old, &args.input)?.1;
    let new = read_source(&args.new, &args.input)?.1;
    if let Some(path) = &args.verify_table {
        let opts = load_options(&args.input, fagui::input::Source::Auto);
        let named = |source| CliError::File { path: path.clone(), source };
        let bytes = fagui::decode::read_bytes(path, &opts.read).map_err(named)?;
        let table = fagui::diff::table_read::read_bytes(&bytes, &opts.read).map_err(named)?.ok_or_else(|| {
            named(fagui::Error::Document {
                format: "comparison table", message: "no table with a 修正 column".into()
            })
        })?;
        let found = fagui::diff::table_read::verify(&table, &old, &new);
        let text: String = found.iter().map(|m| format!("{}: {m}\n", display_name(path))).collect();
        with_output(&args.out, |w| emit(w, &text))?;
        return if found.is_empty() { Ok(()) } else { Err(CliError::Exit(1)) };
    }
    let d = fagui::diff::diff(&old, &new);
    let color = color_on(args.color.color);
    let explain = match args.explain {
        ExplainArg::Facts => fagui::diff::render::Explain::Facts,
        ExplainArg::Classic => fagui::diff::render::Explain::Classic,
        ExplainArg::None => fagui::diff::render::Explain::None,
    };
    let underline = match args.underline {
        UnderlineArg::New => fagui::diff::render::Underline::New,
        UnderlineArg::Both => fagui::diff::render::Underline::Both,
    };
    let opts = fagui::diff::render::Options::default()
        .with_all(args.all)
        .with_color(color)
        .with_explain(explain)
        .with_underline(underline);
    if args.format == DiffFormat::Docx && !args.stat && !args.fmt.json {
        let bytes = fagui::diff::docx::table_docx(&d, opts)?;
        return match &args.out.output {
            Some(path) => std::fs::write(path, bytes).map_err(|e| CliError::Write { path: path.clone(), source: e }),
            None if std::io::stdout().is_terminal() => {
                Err(CliError::Usage("--format docx writes a Word file: give -o FILE (or redirect the output)".into()))
            }
            None => with_stdout(|w| Ok(w.write_all(&bytes)?)),
        };
    }
    let out = if args.stat {
        args.numerals.cite(&d.summary.stat)
    } else {
        match args.format {
            _ if args.fmt.json && args.fmt.pretty => d.to_json_pretty().map_err(std::io::Error::from)?,
            _ if args.fmt.json => d.to_json().map_err(std::io::Error::from)?,
            DiffFormat::Text => cite_lines(&fagui::diff::render::text(&d, opts), &args.numerals),
            DiffFormat::Json if args.fmt.pretty => d.to_json_pretty().map_err(std::io::Error::from)?,
            DiffFormat::Json => d.to_json().map_err(std::io::Error::from)?,
            DiffFormat::TableMd => fagui::diff::render::table_md(&d, opts),
            DiffFormat::TableHtml => fagui::diff::render::table_html(&d, opts),
            DiffFormat::Docx => String::new(),
        }
    };
    with_output(&args.out, |w| emit(w, &out))
}

/// The citations of a text report (diff, log) in the chosen numerals: in the lines that
/// name units, not in the indented lines quoting the text.
fn cite_lines(text: &str, numerals: &NumeralsArg) -> String {
    text.split_inclusive('\n')
        .map(|line| if line.starts_with(char::is_whitespace) { line.to_string() } else { numerals.cite(line) })
        .collect()
}

/// True when `path` holds a 修正對照表 (a table with a 說明 column).
fn is_table(path: &std::path::Path, input: &InputArgs) -> bool {
    let opts = load_options(input, fagui::input::Source::Auto);
    fagui::decode::read_bytes(path, &opts.read)
        .ok()
        .and_then(|b| fagui::diff::table_read::read_bytes(&b, &opts.read).ok().flatten())
        .is_some_and(|t| t.headers.iter().any(|h| h.contains("說明")))
}

fn log(args: &LogArgs) -> Result<(), CliError> {
    let mut docs: Vec<fagui::Document> = Vec::with_capacity(args.files.len());
    for f in &args.files {
        let Some(before) = docs.last().filter(|_| args.amendments || is_table(f, &args.input)) else {
            docs.push(read_source(f, &args.input)?.1);
            continue;
        };
        let amendment = apply::read_amendment(f, &args.input, before.kind)?;
        let done = fagui::apply::apply(before, &amendment);
        apply::report(&done, true);
        if done.has_errors() {
            say(&format!("fagui: {}: the amendment does not fit the version before it", f.display()));
            return Err(CliError::Exit(1));
        }
        docs.push(done.document);
    }
    let log = fagui::diff::log::log(&docs);
    let names: Vec<String> = args.files.iter().map(|f| f.display().to_string()).collect();
    if args.json() {
        return with_output(&args.out, |w| {
            emit_json(w, &serde_json::json!({ "versions": names, "units": log }), args.fmt.pretty)
        });
    }
    let kind = docs.last().map(|d| d.kind).unwrap_or(DocKind::Directive);
    let out = cite_lines(&fagui::diff::log::to_text(kind, &log, &names), &args.numerals);
    with_output(&args.out, |w| emit(w, &out))
}
