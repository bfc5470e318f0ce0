//! Batch conversion: many inputs (files or folders, walked recursively) to JSON (or
//! text, or outline) files in an output folder that mirrors the input tree, in
//! parallel. A failing file never stops the batch; every output is written atomically
//! (temporary file, then rename), so an interrupted run never leaves half-written JSON.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::ast::Document;
use crate::error::Error;
use crate::input::LoadOptions;

/// Output format of a batch run.
///
/// ```
/// assert_eq!(fagui::batch::OutputFormat::default(), fagui::batch::OutputFormat::Json);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputFormat {
    /// Compact JSON (`.json`).
    #[default]
    Json,
    /// Indented JSON (`.json`).
    PrettyJson,
    /// Canonical clean text (`.txt`).
    Text,
    /// The readable indented tree of [`crate::render::outline`] (`.outline.txt`).
    Outline,
}

impl OutputFormat {
    /// The extension of output files: `json`, `txt` or `outline.txt`.
    ///
    /// ```
    /// assert_eq!(fagui::batch::OutputFormat::Outline.extension(), "outline.txt");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Json | OutputFormat::PrettyJson => "json",
            OutputFormat::Text => "txt",
            OutputFormat::Outline => "outline.txt",
        }
    }
}

/// One input that could not be converted.
#[derive(Debug)]
pub struct Failure {
    /// The input file.
    pub path: PathBuf,
    /// What went wrong.
    pub error: Error,
}

/// What a batch run did.
///
/// ```
/// let r = fagui::batch::Report::default();
/// assert_eq!(r.converted, 0);
/// ```
#[derive(Debug, Default)]
pub struct Report {
    /// Inputs converted.
    pub converted: usize,
    /// Output files written.
    pub written: usize,
    /// Inputs that failed, in input order.
    pub failures: Vec<Failure>,
}

/// Lists the files to convert: files as given, folders walked recursively (hidden files
/// skipped), each with the path it gets relative to the output folder.
///
/// ```
/// let files = fagui::batch::collect(&["corpus/err".into()]).unwrap();
/// assert!(files.iter().all(|(_, rel)| rel.starts_with("err")));
/// ```
pub fn collect(inputs: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>, Error> {
    let mut out = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|source| Error::Io { path: input.clone(), source })?;
        if meta.is_dir() {
            let base = input.file_name().map(PathBuf::from).unwrap_or_default();
            let walker = walkdir::WalkDir::new(input)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.')));
            for entry in walker {
                let entry = entry.map_err(|e| Error::Io {
                    path: e.path().map(Path::to_path_buf).unwrap_or_else(|| input.clone()),
                    source: e.into(),
                })?;
                if entry.file_type().is_file() {
                    let rel = entry.path().strip_prefix(input).unwrap_or(entry.path());
                    out.push((entry.path().to_path_buf(), base.join(rel)));
                }
            }
        } else {
            let name = input.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("input"));
            out.push((input.clone(), name));
        }
    }
    Ok(out)
}

/// Serializes a document in the chosen format. JSON carries the cross-references and
/// defined terms too ([`crate::query::Export`]); `src` is the text the document was
/// parsed from (spans of references point into it; `""` when there is none).
///
/// ```
/// let doc = fagui::parse("要點\n一、甲。\n");
/// let bytes = fagui::batch::render(&doc, "要點\n一、甲。\n", fagui::batch::OutputFormat::Text);
/// assert_eq!(bytes, "要點\n一、甲。\n".as_bytes());
/// let json = fagui::batch::render(&doc, "", fagui::batch::OutputFormat::Json);
/// assert!(json.ends_with(b"\"refs\":[],\"terms\":[]}"));
/// ```
pub fn render(doc: &Document, src: &str, format: OutputFormat) -> Vec<u8> {
    let mut out = Vec::new();
    render_into(doc, src, format, &mut out);
    out
}

/// [`render`] appended to `out` (a buffer reused from one document to the next).
fn render_into(doc: &Document, src: &str, format: OutputFormat, out: &mut Vec<u8>) {
    let start = out.len();
    let written = match format {
        OutputFormat::Json => serde_json::to_writer(&mut *out, &crate::query::Export::new(doc, src)),
        OutputFormat::PrettyJson => serde_json::to_writer_pretty(&mut *out, &crate::query::Export::new(doc, src)),
        OutputFormat::Text => {
            out.extend_from_slice(crate::render::to_text(doc).as_bytes());
            Ok(())
        }
        OutputFormat::Outline => {
            out.extend_from_slice(crate::render::outline(doc, src).as_bytes());
            Ok(())
        }
    };
    if written.is_err() {
        // As `Export::to_json`: nothing rather than a part.
        out.truncate(start);
    }
}

/// Serializes every document read from one text into one output: JSON gives the
/// document's object when the text holds one document and an array of them when it
/// holds several; text gives the documents' texts one after the other (which read back
/// to the same documents); the outline separates documents by a `---` line
/// ([`crate::render::outline_all`]). `src` is the text (`""` when there is none).
///
/// ```
/// use fagui::batch::{render_all, OutputFormat};
/// let src = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";
/// let docs = fagui::parse_all(src, &Default::default());
/// let json: serde_json::Value = serde_json::from_slice(&render_all(&docs, src, OutputFormat::Json)).unwrap();
/// assert_eq!(json.as_array().unwrap().len(), 2);
/// assert_eq!(render_all(&docs, src, OutputFormat::Text), src.as_bytes());
/// let one = fagui::parse_all("要點\n一、甲。\n", &Default::default());
/// assert!(render_all(&one, "要點\n一、甲。\n", OutputFormat::Json).starts_with(b"{"));
/// ```
pub fn render_all(docs: &[Document], src: &str, format: OutputFormat) -> Vec<u8> {
    let mut out = Vec::new();
    render_all_into(docs, src, format, &mut out);
    out
}

/// [`render_all`] appended to `out`.
fn render_all_into(docs: &[Document], src: &str, format: OutputFormat, out: &mut Vec<u8>) {
    let start = out.len();
    if write_all(&mut *out, docs, src, format).is_err() {
        // As `Export::to_json`: nothing rather than a part.
        out.truncate(start);
    }
}

/// [`render_all`] written to `w` as it is serialized (JSON is not held in memory
/// whole): what `fagui parse` prints for one text input.
///
/// ```
/// let src = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";
/// let docs = fagui::parse_all(src, &Default::default());
/// let mut out = Vec::new();
/// fagui::batch::write_all(&mut out, &docs, src, fagui::batch::OutputFormat::PrettyJson).unwrap();
/// assert!(out.starts_with(b"[\n  {\n"));
/// ```
pub fn write_all<W: Write>(mut w: W, docs: &[Document], src: &str, format: OutputFormat) -> std::io::Result<()> {
    match (docs, format) {
        ([doc], OutputFormat::Json) => serde_json::to_writer(w, &crate::query::Export::new(doc, src))?,
        ([doc], OutputFormat::PrettyJson) => serde_json::to_writer_pretty(w, &crate::query::Export::new(doc, src))?,
        (_, OutputFormat::Json | OutputFormat::PrettyJson) => {
            let exports: Vec<crate::query::Export<'_>> =
                docs.iter().map(|d| crate::query::Export::new(d, src)).collect();
            if format == OutputFormat::Json {
                serde_json::to_writer(w, &exports)?;
            } else {
                serde_json::to_writer_pretty(w, &exports)?;
            }
        }
        (_, OutputFormat::Text) => {
            for d in docs {
                w.write_all(crate::render::to_text(d).as_bytes())?;
            }
        }
        (_, OutputFormat::Outline) => w.write_all(crate::render::outline_all(docs, src).as_bytes())?,
    }
    Ok(())
}

/// True when `text` is read as open-data JSON under `opts` (as
/// [`crate::input::load_str`] decides): then every law is a document of its own, and
/// spans index the article text as assembled, not `text`.
///
/// ```
/// let opts = fagui::input::LoadOptions::default();
/// assert!(fagui::batch::is_open_data("{\"Laws\": []}", &opts));
/// assert!(!fagui::batch::is_open_data("要點\n一、甲。\n", &opts));
/// ```
pub fn is_open_data(text: &str, opts: &LoadOptions) -> bool {
    match opts.source {
        crate::input::Source::Moj => true,
        crate::input::Source::Text => false,
        crate::input::Source::Auto => crate::moj::looks_like_json(text),
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a
/// rename over the target.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("fagui-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// fagui::batch::write_atomic(&dir.join("a.json"), b"{}").unwrap();
/// assert_eq!(std::fs::read(dir.join("a.json")).unwrap(), b"{}");
/// # std::fs::remove_dir_all(&dir).ok();
/// ```
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let mut f = std::fs::File::create(&tmp).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}

fn out_path(out_dir: &Path, rel: &Path, index: Option<usize>, doc: &Document, format: OutputFormat) -> PathBuf {
    let ext = format.extension();
    match index {
        None => out_dir.join(rel).with_extension(ext),
        Some(i) => {
            // One file per law of a bulk open-data file: FOLDER/0001-法規名稱.json
            let name: String = doc
                .title
                .as_deref()
                .unwrap_or("")
                .chars()
                .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control())
                .take(60)
                .collect();
            out_dir.join(rel.with_extension("")).join(format!("{:04}-{name}.{ext}", i + 1))
        }
    }
}

/// Converts every input file to `out_dir`, in parallel; `progress` is called once per
/// input when it is done. Returns what was done and every failure.
///
/// ```
/// let out = std::env::temp_dir().join(format!("fagui-batch-doc-{}", std::process::id()));
/// let files = fagui::batch::collect(&["corpus/err".into()]).unwrap();
/// let report = fagui::batch::convert(&files, &out, &Default::default(), Default::default(), &|| {});
/// assert_eq!(report.converted, files.len());
/// assert!(out.join("err/numbering-gap-1a.json").exists());
/// # std::fs::remove_dir_all(&out).ok();
/// ```
pub fn convert(
    files: &[(PathBuf, PathBuf)],
    out_dir: &Path,
    opts: &LoadOptions,
    format: OutputFormat,
    progress: &(dyn Fn() + Sync),
) -> Report {
    // Create every output folder once, before the parallel part.
    let mut dirs: Vec<PathBuf> =
        files.iter().filter_map(|(_, rel)| out_dir.join(rel).parent().map(Path::to_path_buf)).collect();
    dirs.dedup();
    for d in &dirs {
        let _ = std::fs::create_dir_all(d);
    }
    let results: Vec<Result<usize, Failure>> = files
        .par_iter()
        .map(|(path, rel)| {
            let r = convert_one(path, rel, out_dir, opts, format);
            progress();
            r.map_err(|error| Failure { path: path.clone(), error })
        })
        .collect();
    let mut report = Report::default();
    for r in results {
        match r {
            Ok(n) => {
                report.converted += 1;
                report.written += n;
            }
            Err(f) => report.failures.push(f),
        }
    }
    report
}

fn convert_one(
    path: &Path,
    rel: &Path,
    out_dir: &Path,
    opts: &LoadOptions,
    format: OutputFormat,
) -> Result<usize, Error> {
    let text = crate::decode::read_path(path, &opts.read)?;
    let docs = crate::input::load_str(&text, opts)?;
    if !is_open_data(&text, opts) {
        // A text holding several documents gives one file (a JSON array of them).
        let target = out_dir.join(rel).with_extension(format.extension());
        if let Some(parent) = target.parent().filter(|p| !p.is_dir()) {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io { path: parent.to_path_buf(), source })?;
        }
        write_buffered(&target, |buf| render_all_into(&docs, &text, format, buf))?;
        return Ok(1);
    }
    // Spans of open-data documents index the assembled article text, not this file;
    // a bulk file gives one output file per law.
    let src = "";
    let many = docs.len() > 1;
    for (i, doc) in docs.iter().enumerate() {
        let target = out_path(out_dir, rel, many.then_some(i), doc, format);
        if let Some(parent) = target.parent().filter(|p| many || !p.is_dir()) {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io { path: parent.to_path_buf(), source })?;
        }
        write_buffered(&target, |buf| render_into(doc, src, format, buf))?;
    }
    Ok(docs.len())
}

/// Renders into the worker's reused buffer with `fill`, then writes it to `target`.
fn write_buffered(target: &Path, fill: impl FnOnce(&mut Vec<u8>)) -> Result<(), Error> {
    OUT_BUF.with_borrow_mut(|buf| {
        buf.clear();
        fill(buf);
        let written = write_atomic(target, buf);
        // Keep the buffer for the next document unless it grew unusually large.
        if buf.capacity() > KEEP_BUF {
            *buf = Vec::new();
        }
        written
    })
}

/// Largest output buffer kept by a worker thread between documents.
const KEEP_BUF: usize = 16 << 20;

thread_local! {
    /// Each worker's output buffer: serialized into, written out, reused.
    static OUT_BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}
