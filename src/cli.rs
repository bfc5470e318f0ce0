//! Command-line interface: argument parsing and output only; all work is done by the
//! library's public API.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use fagui::{DocKind, ParseOptions, ReadOptions};

const EXAMPLES: &str = "\
Examples:
  fagui parse corpus/directives/digi-plus-directive.txt          JSON of one file
  fagui parse --pretty --format json law.txt                     indented JSON
  fagui parse --format text law.txt                              canonical clean text
  cat law.txt | fagui parse -                                    read standard input
  fagui schema > document.schema.json                            the JSON Schema
  fagui diff old.txt new.txt                                     what an amendment changed
  fagui diff --format table-html old.txt new.txt > table.html    the 修正對照表
  fagui diff --stat old.txt new.txt                              修正第三點；增訂第十四點
  fagui log v1.txt v2.txt v3.txt                                 when each unit changed
";

#[derive(Parser)]
#[command(name = "fagui", version, about = "Read Chinese legal texts (directives, statutes) into a typed tree and JSON", after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse a directive or statute and print its tree.
    #[command(after_help = EXAMPLES)]
    Parse(ParseArgs),
    /// Print the JSON Schema of `fagui parse --format json` output.
    Schema(SchemaArgs),
    /// Compare two versions of a document (old first).
    #[command(after_help = EXAMPLES)]
    Diff(DiffArgs),
    /// For every unit of the newest version, the versions that added or changed it.
    #[command(after_help = EXAMPLES)]
    Log(LogArgs),
}

#[derive(clap::Args)]
struct SchemaArgs {
    /// Print the schema of `fagui diff --format json` instead.
    #[arg(long)]
    diff: bool,
}

#[derive(clap::Args)]
struct InputArgs {
    /// Force the document kind instead of detecting it.
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    /// Force the input encoding (utf-8, utf-16le, utf-16be, big5) instead of detecting it.
    #[arg(long)]
    encoding: Option<String>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = fagui::decode::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
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
    #[arg(long)]
    stat: bool,
    /// Include unchanged units in the text and table outputs.
    #[arg(long)]
    all: bool,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct LogArgs {
    /// The versions, oldest first.
    #[arg(required = true, num_args = 2..)]
    files: Vec<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    TableMd,
    TableHtml,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct ParseArgs {
    /// Input file, or `-` for standard input.
    #[arg(default_value = "-")]
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// Force the document kind instead of detecting it.
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    /// Force the input encoding (utf-8, utf-16le, utf-16be, big5) instead of detecting it.
    #[arg(long)]
    encoding: Option<String>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = fagui::decode::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Directive,
    Statute,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse(&args),
        Command::Schema(args) if args.diff => {
            println!("{}", fagui::schema::diff_schema_json());
            Ok(())
        }
        Command::Schema(_) => {
            println!("{}", fagui::schema::document_schema_json());
            Ok(())
        }
        Command::Diff(args) => diff(&args),
        Command::Log(args) => log(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fagui: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: &ParseArgs) -> Result<(), fagui::Error> {
    let read = ReadOptions { encoding: args.encoding.clone(), max_bytes: Some(args.max_bytes) };
    let text = fagui::decode::read_path(&args.file, &read)?;
    let opts = ParseOptions {
        kind: args.kind.map(|k| match k {
            KindArg::Directive => DocKind::Directive,
            KindArg::Statute => DocKind::Statute,
        }),
        ..Default::default()
    };
    let doc = fagui::parse_with(&text, &opts);
    let out = match args.format {
        Format::Json if args.pretty => doc.to_json_pretty(),
        Format::Json => doc.to_json(),
        Format::Text => fagui::render::to_text(&doc),
    };
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = lock.write_all(out.as_bytes());
    if !out.ends_with('\n') {
        let _ = lock.write_all(b"\n");
    }
    Ok(())
}

fn read_doc(path: &std::path::Path, input: &InputArgs) -> Result<fagui::Document, fagui::Error> {
    let read = ReadOptions { encoding: input.encoding.clone(), max_bytes: Some(input.max_bytes) };
    let text = fagui::decode::read_path(path, &read)?;
    let opts = ParseOptions {
        kind: input.kind.map(|k| match k {
            KindArg::Directive => DocKind::Directive,
            KindArg::Statute => DocKind::Statute,
        }),
        ..Default::default()
    };
    Ok(fagui::parse_with(&text, &opts))
}

fn print(out: &str) {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = lock.write_all(out.as_bytes());
    if !out.ends_with('\n') {
        let _ = lock.write_all(b"\n");
    }
}

fn diff(args: &DiffArgs) -> Result<(), fagui::Error> {
    use std::io::IsTerminal;
    let old = read_doc(&args.old, &args.input)?;
    let new = read_doc(&args.new, &args.input)?;
    let d = fagui::diff::diff(&old, &new);
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let opts = fagui::diff::render::Options { all: args.all, color };
    let out = if args.stat {
        d.summary.stat.clone()
    } else {
        match args.format {
            DiffFormat::Text => fagui::diff::render::text(&d, opts),
            DiffFormat::Json if args.pretty => d.to_json_pretty(),
            DiffFormat::Json => d.to_json(),
            DiffFormat::TableMd => fagui::diff::render::table_md(&d, opts),
            DiffFormat::TableHtml => fagui::diff::render::table_html(&d, opts),
        }
    };
    print(&out);
    Ok(())
}

fn log(args: &LogArgs) -> Result<(), fagui::Error> {
    let docs = args.files.iter().map(|f| read_doc(f, &args.input)).collect::<Result<Vec<_>, _>>()?;
    let log = fagui::diff::log::log(&docs);
    let names: Vec<String> = args.files.iter().map(|f| f.display().to_string()).collect();
    let out = if args.json {
        serde_json::to_string_pretty(&serde_json::json!({ "versions": names, "units": log })).unwrap_or_default()
    } else {
        let kind = docs.last().map(|d| d.kind).unwrap_or(DocKind::Directive);
        fagui::diff::log::to_text(kind, &log, &names)
    };
    print(&out);
    Ok(())
}
