//! `fagui apply`: the current version and an amendment give the consolidated new text.

use std::io::Write;
use std::path::{Path, PathBuf};

use fagui::apply::{Amendment, Applied};
use fagui::diff::table_read;

use super::{CliError, InputArgs, OutArgs, emit, emit_json, load_options, read_source, say};

/// Output formats of `fagui apply`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ApplyFormat {
    /// The new version as clean text.
    Text,
    /// `{"document": …, "steps": […], "findings": […]}`.
    Json,
}

#[derive(clap::Args)]
pub(super) struct ApplyArgs {
    /// The current version.
    pub(super) current: PathBuf,
    /// The amendment: the amended units only (修正規定, with or without an instruction
    /// line such as 修正第六點；增訂第七點之一), or a 修正對照表 (Markdown, HTML, Word)
    /// whose 修正 column is applied. Omit it with --instructions that only delete.
    pub(super) amendment: Option<PathBuf>,
    /// An instruction line, added to the amendment's own (修正第三點、第五點；增訂第十四點；刪除第十點).
    #[arg(long, value_name = "LINE")]
    instructions: Option<String>,
    #[command(flatten)]
    out: super::OutputArg,
    /// Write the result even when the amendment does not fit (errors are still reported, exit 1).
    #[arg(long)]
    force: bool,
    /// Print nothing but the result and the errors.
    #[arg(short, long)]
    quiet: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ApplyFormat::Text)]
    pub(super) format: ApplyFormat,
    #[command(flatten)]
    pub(super) fmt: OutArgs,
    #[command(flatten)]
    pub(super) input: InputArgs,
}

/// Reads an amendment file: a comparison table's new column, or an amendment text.
pub(super) fn read_amendment(path: &Path, input: &InputArgs, kind: fagui::DocKind) -> Result<Amendment, CliError> {
    let opts = load_options(input, fagui::input::Source::Auto);
    let named = |source| CliError::File { path: path.to_path_buf(), source };
    let bytes = fagui::decode::read_bytes(path, &opts.read).map_err(named)?;
    Ok(match table_read::read_bytes(&bytes, &opts.read) {
        Ok(Some(table)) if table.headers.iter().any(|h| h.contains("說明")) => {
            let doc = table.version_as(table_read::Side::New, Some(kind));
            Amendment::from_document(doc)
        }
        _ => {
            let text = fagui::decode::read_text(&bytes, &opts.read).map_err(named)?;
            Amendment::parse(&text, kind)
        }
    })
}

/// Reads the amendment: a comparison table's new column, or an amendment text.
fn amendment(args: &ApplyArgs, kind: fagui::DocKind) -> Result<Amendment, CliError> {
    let mut a = match &args.amendment {
        None => Amendment::parse("", kind),
        Some(path) => read_amendment(path, &args.input, kind)?,
    };
    if let Some(line) = &args.instructions {
        a.add_instructions(line);
    }
    if args.amendment.is_none() && !a.declared() {
        return Err(CliError::Usage("give an AMENDMENT file, or --instructions".into()));
    }
    Ok(a)
}

/// Steps and findings on standard error.
pub(super) fn report(done: &Applied, quiet: bool) {
    if !quiet {
        for s in &done.steps {
            say(&format!("fagui: {s}"));
        }
    }
    for f in &done.findings {
        if !quiet || f.severity == fagui::Severity::Error {
            say(&format!("fagui: {f}"));
        }
    }
}

pub(super) fn apply(args: &ApplyArgs) -> Result<(), CliError> {
    let (_, current) = read_source(&args.current, &args.input)?;
    let a = amendment(args, current.kind)?;
    let done = fagui::apply::apply(&current, &a);
    let json = args.fmt.json || args.format == ApplyFormat::Json;
    if !json {
        report(&done, args.quiet);
    }
    let failed = done.has_errors();
    if failed && !args.force && !json {
        say("fagui: the amendment does not fit the current version; nothing written (--force writes it anyway)");
        return Err(CliError::Exit(1));
    }
    let write = |out: &mut dyn Write| -> Result<(), CliError> {
        if json { emit_json(out, &done, args.fmt.pretty) } else { emit(out, &fagui::render::to_text(&done.document)) }
    };
    super::with_output(&args.out, write)?;
    if failed { Err(CliError::Exit(1)) } else { Ok(()) }
}
