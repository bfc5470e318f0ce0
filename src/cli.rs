//! Command-line interface: argument parsing and output only; all work is done by the
//! library's public API.

use std::io::{IsTerminal, Write};
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
  fagui parse --from moj A0030023.json                           open-data JSON record
  fagui parse laws/ more.txt --out json/                         batch: mirror the tree
  fagui schema > document.schema.json                            the JSON Schema
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
    Schema,
}

#[derive(clap::Args)]
struct ParseArgs {
    /// Input files or folders, or `-` for standard input. Several inputs without
    /// `--out` print one JSON document per line.
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Convert into this folder (mirroring the input tree), in parallel.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// What the input is: plain text, the national database's open-data JSON, or detect.
    #[arg(long, value_enum, default_value_t = From::Auto)]
    from: From,
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
enum From {
    Auto,
    Text,
    Moj,
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
        Command::Schema => {
            println!("{}", fagui::schema::document_schema_json());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fagui: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn load_options(args: &ParseArgs) -> fagui::input::LoadOptions {
    fagui::input::LoadOptions {
        read: ReadOptions { encoding: args.encoding.clone(), max_bytes: Some(args.max_bytes) },
        parse: ParseOptions {
            kind: args.kind.map(|k| match k {
                KindArg::Directive => DocKind::Directive,
                KindArg::Statute => DocKind::Statute,
            }),
            ..Default::default()
        },
        source: match args.from {
            From::Auto => fagui::input::Source::Auto,
            From::Text => fagui::input::Source::Text,
            From::Moj => fagui::input::Source::Moj,
        },
    }
}

fn output_format(args: &ParseArgs) -> fagui::batch::OutputFormat {
    match args.format {
        Format::Json if args.pretty => fagui::batch::OutputFormat::PrettyJson,
        Format::Json => fagui::batch::OutputFormat::Json,
        Format::Text => fagui::batch::OutputFormat::Text,
    }
}

fn parse(args: &ParseArgs) -> Result<(), CliError> {
    let opts = load_options(args);
    let format = output_format(args);
    if let Some(out) = &args.out {
        return batch(args, out, &opts, format);
    }
    let stdout = std::io::stdout();
    let mut lock = std::io::BufWriter::new(stdout.lock());
    for input in &args.inputs {
        for doc in fagui::input::load_path(input, &opts)? {
            let written = match format {
                fagui::batch::OutputFormat::Json => serde_json::to_writer(&mut lock, &doc).map_err(|e| e.to_string()),
                fagui::batch::OutputFormat::PrettyJson => {
                    serde_json::to_writer_pretty(&mut lock, &doc).map_err(|e| e.to_string())
                }
                fagui::batch::OutputFormat::Text => lock
                    .write_all(fagui::render::to_text(&doc).trim_end_matches('\n').as_bytes())
                    .map_err(|e| e.to_string()),
            };
            written.and_then(|()| lock.write_all(b"\n").map_err(|e| e.to_string())).map_err(CliError::Output)?;
            // The process ends right after: skip freeing the tree.
            std::mem::forget(doc);
        }
    }
    lock.flush().map_err(|e| CliError::Output(e.to_string()))
}

fn batch(
    args: &ParseArgs,
    out: &std::path::Path,
    opts: &fagui::input::LoadOptions,
    format: fagui::batch::OutputFormat,
) -> Result<(), CliError> {
    let files = fagui::batch::collect(&args.inputs)?;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
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
    let report = fagui::batch::convert(&files, out, opts, format, &tick);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    for f in &report.failures {
        eprintln!("fagui: {}: {}", f.path.display(), f.error);
    }
    if report.failures.is_empty() {
        Ok(())
    } else {
        Err(CliError::Batch { failed: report.failures.len(), total: files.len() })
    }
}

/// Errors of the command line, with their exit codes.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Input(#[from] fagui::Error),
    #[error("cannot write output: {0}")]
    Output(String),
    #[error("{failed} of {total} inputs failed")]
    Batch { failed: usize, total: usize },
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Batch { .. } => 1,
            _ => 2,
        }
    }
}
