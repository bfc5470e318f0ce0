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
        Command::Schema => {
            println!("{}", fagui::schema::document_schema_json());
            Ok(())
        }
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
