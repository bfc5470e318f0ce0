//! Batch conversion: many inputs (files or folders, walked recursively) to JSON (or
//! text, or outline) files in an output folder that mirrors the input tree, in
//! parallel. A failing file never stops the batch; every output is written atomically
//! (temporary file, then rename), so an interrupted run never leaves half-written JSON.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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
    /// Akoma Ntoso 3.0 XML ([`crate::akn::to_akn`], `.xml`); one document per file.
    Akn,
    /// The clean text as a Word document with Word's list numbering
    /// ([`crate::render::docx::to_docx`], `.docx`); one document per file.
    Docx,
}

impl OutputFormat {
    /// The extension of output files: `json`, `txt`, `outline.txt` or `xml`.
    ///
    /// ```
    /// assert_eq!(fagui::batch::OutputFormat::Outline.extension(), "outline.txt");
    /// assert_eq!(fagui::batch::OutputFormat::Akn.extension(), "xml");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Json | OutputFormat::PrettyJson => "json",
            OutputFormat::Text => "txt",
            OutputFormat::Outline => "outline.txt",
            OutputFormat::Akn => "xml",
            OutputFormat::Docx => "docx",
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
    /// Inputs that failed: those whose output name could not be made unique first,
    /// then the others in input order.
    pub failures: Vec<Failure>,
    /// Inputs not started because the run was stopped (see [`convert_plan`]).
    pub skipped: usize,
}

/// The files found by [`collect_all`], and the inputs or folder entries that could not
/// be read.
///
/// ```
/// let listing = fagui::batch::collect_all(&["corpus/err".into(), "no/such/file.txt".into()], None);
/// assert!(!listing.files.is_empty());
/// assert_eq!(listing.failures.len(), 1);
/// ```
#[derive(Debug, Default)]
pub struct Listing {
    /// Each file with the path it gets relative to the output folder (before the
    /// output extension is put on).
    pub files: Vec<(PathBuf, PathBuf)>,
    /// Missing inputs, unreadable folders, broken links, link loops.
    pub failures: Vec<Failure>,
}

/// Lists the files to convert: files as given, folders walked recursively (hidden files
/// skipped, links followed), each with the path it gets relative to the output folder.
/// The first input or entry that cannot be read is the error; [`collect_all`] lists
/// the rest past it.
///
/// ```
/// let files = fagui::batch::collect(&["corpus/err".into()]).unwrap();
/// assert!(files.iter().all(|(_, rel)| rel.starts_with("err")));
/// ```
pub fn collect(inputs: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>, Error> {
    let listing = collect_all(inputs, None);
    match listing.failures.into_iter().next() {
        Some(f) => Err(f.error),
        None => Ok(listing.files),
    }
}

/// [`collect`] that goes on past what cannot be read (a missing input, an unreadable
/// folder, a broken link, a link loop) and returns it with the files. `skip` is a
/// folder not to walk into: the output folder, when it lies inside an input folder (its
/// files are outputs, not inputs).
pub fn collect_all(inputs: &[PathBuf], skip: Option<&Path>) -> Listing {
    let skip = skip.and_then(file_key);
    let mut listing = Listing::default();
    for input in inputs {
        let meta = match std::fs::metadata(input) {
            Ok(m) => m,
            Err(source) => {
                listing
                    .failures
                    .push(Failure { path: input.clone(), error: Error::Io { path: input.clone(), source } });
                continue;
            }
        };
        if !meta.is_dir() {
            let name = input.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("input"));
            listing.files.push((input.clone(), name));
            continue;
        }
        let base = input.file_name().map(PathBuf::from).unwrap_or_default();
        let hidden = |e: &walkdir::DirEntry| e.file_name().to_str().is_some_and(|n| n.starts_with('.'));
        let skipped = |e: &walkdir::DirEntry| e.file_type().is_dir() && skip.is_some() && file_key(e.path()) == skip;
        let walker = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !(hidden(e) || skipped(e)));
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_dir() => {}
                Ok(entry) => {
                    let rel = entry.path().strip_prefix(input).unwrap_or(entry.path());
                    listing.files.push((entry.path().to_path_buf(), base.join(rel)));
                }
                Err(e) => {
                    let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| input.clone());
                    let source = match e.loop_ancestor() {
                        Some(a) => std::io::Error::other(format!("link loop back to {}", a.display())),
                        None => e.into(),
                    };
                    listing.failures.push(Failure { path: path.clone(), error: Error::Io { path, source } });
                }
            }
        }
    }
    listing
}

/// The identity of an existing file: two paths with the same key are the same file
/// (through links, `..`, hard links).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileKey {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Path(PathBuf),
}

fn file_key(path: &Path) -> Option<FileKey> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| FileKey::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(FileKey::Path)
    }
}

/// One input and the name of its output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The input file.
    pub path: PathBuf,
    /// The output path relative to the output folder, without the format's extension:
    /// `laws/a` for `laws/a.txt`, or `laws/a.txt` when another input would also give
    /// `laws/a.json`. A bulk open-data file gives a folder of that name.
    pub stem: PathBuf,
}

impl Job {
    /// The output file in `out_dir`: the stem and the format's extension.
    ///
    /// ```
    /// use fagui::batch::{Job, OutputFormat};
    /// let job = Job { path: "d/a.txt".into(), stem: "d/a".into() };
    /// assert_eq!(job.output("out".as_ref(), OutputFormat::Outline), std::path::Path::new("out/d/a.outline.txt"));
    /// ```
    pub fn output(&self, out_dir: &Path, format: OutputFormat) -> PathBuf {
        out_dir.join(with_suffix(&self.stem, format.extension()))
    }
}

/// `stem.ext`, the extension added to the name as it is (`a.txt` + `json` → `a.txt.json`).
fn with_suffix(stem: &Path, ext: &str) -> PathBuf {
    let mut name = stem.as_os_str().to_os_string();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

/// The output of every input of a batch, decided before anything is written.
#[derive(Debug, Default)]
pub struct Plan {
    /// The inputs to convert, in input order, with their output names (all different).
    pub jobs: Vec<Job>,
    /// Inputs left out: those whose output name could not be made unique.
    pub failures: Vec<Failure>,
    /// Every input file: an output that is one of them is never written.
    inputs: HashSet<FileKey>,
    /// Every planned output, relative to the output folder.
    outputs: HashSet<PathBuf>,
}

/// Decides the output of every input before anything is written, so that no input is
/// overwritten and no output is lost to another:
///
/// - an output name is the input's relative path with the format's extension in place
///   of its own (`laws/a.txt` → `laws/a.json`); inputs whose names would collide
///   (`a.txt`, `a.md`, `a` → `a.json`) keep their own extension before it instead
///   (`a.txt.json`, `a.md.json`, `a.json`). Inputs that still share a name (the same
///   relative path under two input folders) are not converted: each is a failure naming
///   the others. The same file listed twice under the same name is converted once.
///   An output that would be a folder another output needs (`a` → `a.json`, `a.json/b.txt`
///   → `a.json/b.json`) is resolved the same way: its input keeps its own extension, or,
///   having none, is a failure naming the inputs inside.
/// - the run is refused (nothing is written) when the output folder is an existing file,
///   or when a planned output already exists and is one of the inputs (the same file
///   through any path, link or hard link): `fagui parse d/law.json --out d`, `fagui
///   parse --format text d --out .`.
///
/// ```
/// use fagui::batch::{plan, OutputFormat};
/// let files = vec![("d/a.txt".into(), "d/a.txt".into()), ("d/a.md".into(), "d/a.md".into()), ("d/b.txt".into(), "d/b.txt".into())];
/// let p = plan(&files, "no-such-out".as_ref(), OutputFormat::Json).unwrap();
/// let stems: Vec<_> = p.jobs.iter().map(|j| j.stem.to_str().unwrap()).collect();
/// assert_eq!(stems, ["d/a.txt", "d/a.md", "d/b"]);
/// ```
pub fn plan(files: &[(PathBuf, PathBuf)], out_dir: &Path, format: OutputFormat) -> Result<Plan, Error> {
    if out_dir.exists() && !out_dir.is_dir() {
        return Err(Error::Write { path: out_dir.to_path_buf(), source: std::io::Error::other("not a folder") });
    }
    let ext = format.extension();
    let mut plan = Plan::default();
    // Identities of inputs, and which (file, name) pairs were seen.
    let mut seen = HashSet::new();
    let mut jobs: Vec<(Job, &Path)> = Vec::new();
    for (path, rel) in files {
        let key = file_key(path);
        if let Some(k) = &key {
            plan.inputs.insert(k.clone());
        }
        if key.is_some() && !seen.insert((key, rel.clone())) {
            continue;
        }
        jobs.push((Job { path: path.clone(), stem: rel.with_extension("") }, rel));
    }
    // Until every output name is unique: inputs sharing one keep their own extension,
    // and inputs that already do and still share one are left out.
    let mut out: Vec<Option<(Job, &Path)>> = jobs.into_iter().map(Some).collect();
    loop {
        let mut by_name: HashMap<PathBuf, Vec<usize>> = HashMap::new();
        for (i, job) in out.iter().enumerate() {
            if let Some((job, _)) = job {
                by_name.entry(with_suffix(&job.stem, ext)).or_default().push(i);
            }
        }
        let mut changed = false;
        let mut groups: Vec<(PathBuf, Vec<usize>)> = by_name.into_iter().filter(|(_, v)| v.len() > 1).collect();
        groups.sort();
        for (name, group) in groups {
            let promotable: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&i| out.get(i).and_then(Option::as_ref).is_some_and(|(job, rel)| job.stem.as_path() != *rel))
                .collect();
            if !promotable.is_empty() {
                for i in promotable {
                    if let Some(Some((job, rel))) = out.get_mut(i) {
                        job.stem = rel.to_path_buf();
                    }
                }
                changed = true;
                continue;
            }
            let paths: Vec<PathBuf> = group
                .iter()
                .filter_map(|&i| out.get(i).and_then(Option::as_ref))
                .map(|(j, _)| j.path.clone())
                .collect();
            for &i in &group {
                if let Some(slot) = out.get_mut(i)
                    && let Some((job, _)) = slot.take()
                {
                    let others = paths.iter().filter(|p| **p != job.path).cloned().collect();
                    let error = Error::Collision { output: out_dir.join(&name), others };
                    plan.failures.push(Failure { path: job.path, error });
                }
            }
            changed = true;
        }
        if !changed {
            changed = folder_conflicts(&mut out, &mut plan.failures, out_dir, ext);
        }
        if !changed {
            break;
        }
    }
    plan.jobs = out.into_iter().flatten().map(|(job, _)| job).collect();
    for job in &plan.jobs {
        let output = job.output(out_dir, format);
        if let Some(k) = file_key(&output)
            && plan.inputs.contains(&k)
        {
            return Err(Error::Overwrite { output });
        }
        plan.outputs.insert(with_suffix(&job.stem, ext));
    }
    Ok(plan)
}

/// Outputs that are a folder another output needs (`a` → `a.json` and `a.json/b.txt` →
/// `a.json/b.json`): the file's input keeps its own extension (`a.txt.json`) when it has
/// one, else it is not converted and is a failure naming the inputs written inside that
/// folder. True when something changed.
fn folder_conflicts(out: &mut [Option<(Job, &Path)>], failures: &mut Vec<Failure>, out_dir: &Path, ext: &str) -> bool {
    let mut folders: HashMap<PathBuf, Vec<PathBuf>> = HashMap::new();
    for (job, _) in out.iter().flatten() {
        let name = with_suffix(&job.stem, ext);
        for folder in name.ancestors().skip(1).filter(|a| !a.as_os_str().is_empty()) {
            folders.entry(folder.to_path_buf()).or_default().push(job.path.clone());
        }
    }
    let mut changed = false;
    for slot in out.iter_mut() {
        let Some((job, rel)) = slot.as_mut() else { continue };
        let name = with_suffix(&job.stem, ext);
        let Some(inside) = folders.get(&name) else { continue };
        changed = true;
        if job.stem.as_path() != *rel {
            job.stem = rel.to_path_buf();
        } else if let Some((job, _)) = slot.take() {
            let error = Error::Collision { output: out_dir.join(&name), others: inside.clone() };
            failures.push(Failure { path: job.path, error });
        }
    }
    changed
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
        OutputFormat::Json => serde_json::to_writer(&mut *out, &crate::query::ExportOf { doc, src }),
        OutputFormat::PrettyJson => serde_json::to_writer_pretty(&mut *out, &crate::query::ExportOf { doc, src }),
        OutputFormat::Text => {
            out.extend_from_slice(crate::render::to_text(doc).as_bytes());
            Ok(())
        }
        OutputFormat::Outline => {
            out.extend_from_slice(crate::render::outline(doc, src).as_bytes());
            Ok(())
        }
        OutputFormat::Akn => crate::akn::write_akn(&mut *out, doc).map_err(serde_json::Error::io),
        OutputFormat::Docx => match crate::render::docx::to_docx(std::slice::from_ref(doc)) {
            Ok(bytes) => {
                out.extend_from_slice(&bytes);
                Ok(())
            }
            Err(e) => Err(serde_json::Error::io(std::io::Error::other(e.to_string()))),
        },
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
/// ([`crate::render::outline_all`]); Akoma Ntoso gives one XML document per document,
/// one after the other (a batch run writes them to files of their own). `src` is the
/// text (`""` when there is none).
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
    if matches!(format, OutputFormat::Json | OutputFormat::PrettyJson) {
        // serde_json writes a few bytes at a time (a quote, a key, a number): through a
        // buffer of this function's own type each of those writes is a copy, not a call
        // through `w` (often `&mut dyn Write`, whose every call is indirect).
        let mut buf = std::io::BufWriter::with_capacity(64 << 10, &mut w);
        write_json(&mut buf, docs, src, format == OutputFormat::PrettyJson)?;
        buf.flush()?;
        return Ok(());
    }
    match (docs, format) {
        (_, OutputFormat::Json | OutputFormat::PrettyJson) => {}
        (_, OutputFormat::Text) => {
            for d in docs {
                w.write_all(crate::render::to_text(d).as_bytes())?;
            }
        }
        (_, OutputFormat::Outline) => w.write_all(crate::render::outline_all(docs, src).as_bytes())?,
        (_, OutputFormat::Akn) => {
            for d in docs {
                crate::akn::write_akn(&mut w, d)?;
            }
        }
        (_, OutputFormat::Docx) => {
            w.write_all(&crate::render::docx::to_docx(docs).map_err(|e| std::io::Error::other(e.to_string()))?)?
        }
    }
    Ok(())
}

/// [`write_all`] over documents handed out one at a time (as
/// [`crate::input::load_each`] gives them). JSON is written document by document and
/// each tree dropped once written, so that a text of many documents is never held
/// whole as trees; the bytes are those of [`write_all`] (an object for one document, an
/// array for several). The other formats gather the documents first.
///
/// ```
/// let src = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n";
/// let opts = fagui::ParseOptions::default();
/// let mut streamed = Vec::new();
/// fagui::batch::write_each(&mut streamed, fagui::parse_each(src, &opts), src, fagui::batch::OutputFormat::Json).unwrap();
/// let mut whole = Vec::new();
/// fagui::batch::write_all(&mut whole, &fagui::parse_all(src, &opts), src, fagui::batch::OutputFormat::Json).unwrap();
/// assert_eq!(streamed, whole);
/// ```
///
/// # Errors
///
/// As [`write_all`]: when `w` fails.
pub fn write_each<W: Write>(
    mut w: W,
    mut docs: impl Iterator<Item = Document>,
    src: &str,
    format: OutputFormat,
) -> std::io::Result<()> {
    if !matches!(format, OutputFormat::Json | OutputFormat::PrettyJson) {
        return write_all(w, &docs.collect::<Vec<_>>(), src, format);
    }
    let (a, b) = match (docs.next(), docs.next()) {
        (Some(a), Some(b)) => (a, b),
        (one, _) => return write_all(w, one.as_slice(), src, format),
    };
    let stream = Stream { docs: std::cell::RefCell::new(Some(Box::new([a, b].into_iter().chain(docs)))), src };
    let mut buf = std::io::BufWriter::with_capacity(64 << 10, &mut w);
    match format {
        OutputFormat::PrettyJson => serde_json::to_writer_pretty(&mut buf, &stream)?,
        _ => serde_json::to_writer(&mut buf, &stream)?,
    }
    buf.flush()
}

/// Documents serialized as an array, each one's export made when its turn comes and
/// the document dropped once written (serializing it a second time writes `[]`).
struct Stream<'a> {
    docs: std::cell::RefCell<Option<Box<dyn Iterator<Item = Document> + 'a>>>,
    src: &'a str,
}

impl serde::Serialize for Stream<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let docs = self.docs.borrow_mut().take();
        serializer.collect_seq(docs.into_iter().flatten().map(|doc| Owned { doc, src: self.src }))
    }
}

/// One document of a [`Stream`], with its export.
struct Owned<'a> {
    doc: Document,
    src: &'a str,
}

impl serde::Serialize for Owned<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::query::ExportOf { doc: &self.doc, src: self.src }.serialize(serializer)
    }
}

/// The JSON of [`write_all`]: one document's object, or an array of them.
fn write_json<W: Write>(w: W, docs: &[Document], src: &str, pretty: bool) -> serde_json::Result<()> {
    match (docs, pretty) {
        ([doc], false) => serde_json::to_writer(w, &crate::query::ExportOf { doc, src }),
        ([doc], true) => serde_json::to_writer_pretty(w, &crate::query::ExportOf { doc, src }),
        // Each document's references and terms are made as it is written, not all of
        // them first: they can weigh more than the text.
        (_, false) => serde_json::to_writer(w, &Exports { docs, src }),
        (_, true) => serde_json::to_writer_pretty(w, &Exports { docs, src }),
    }
}

/// Moved to [`crate::input`], where the choice of reader is made; kept here for
/// existing callers.
pub use crate::input::{is_open_data, spans_elsewhere};

/// The exports of several documents, serialized as an array, each made when its turn
/// comes.
struct Exports<'a> {
    docs: &'a [Document],
    src: &'a str,
}

impl serde::Serialize for Exports<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.docs.iter().map(|doc| crate::query::ExportOf { doc, src: self.src }))
    }
}

/// Writes `bytes` to `path` atomically: a temporary file of a unique name in the same
/// folder (`.fagui-XXXXXX.tmp`), then a rename over the target. The temporary file is
/// removed on every error (a full disk, a failed rename).
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let err = |source| Error::Write { path: path.to_path_buf(), source };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".fagui-").suffix(".tmp");
    #[cfg(unix)]
    {
        // As a file the user creates (the umask applies), not the private 0600 of a
        // temporary file.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Dropped on every early return below: the temporary file goes with it.
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

fn bulk_path(stem: &Path, index: usize, doc: &Document, format: OutputFormat) -> PathBuf {
    // One file per law of a bulk open-data file: FOLDER/0001-法規名稱.json
    let name: String = doc
        .title
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control())
        .take(60)
        .collect();
    stem.join(format!("{:04}-{name}.{}", index + 1, format.extension()))
}

/// Converts every input file to `out_dir`, in parallel, after [`plan`]ning the outputs;
/// `progress` is called once per input when it is done. Returns what was done and
/// every failure; when the plan is refused, nothing is written and the report holds
/// that one failure (with `out_dir` as its path).
///
/// ```
/// let out = tempfile::tempdir().unwrap();
/// let files = fagui::batch::collect(&["corpus/err".into()]).unwrap();
/// let report = fagui::batch::convert(&files, out.path(), &Default::default(), Default::default(), &|| {});
/// assert_eq!(report.converted, files.len());
/// assert!(out.path().join("err/numbering-gap-1a.json").exists());
/// ```
pub fn convert(
    files: &[(PathBuf, PathBuf)],
    out_dir: &Path,
    opts: &LoadOptions,
    format: OutputFormat,
    progress: &(dyn Fn() + Sync),
) -> Report {
    match plan(files, out_dir, format) {
        Ok(plan) => convert_plan(plan, out_dir, opts, format, progress, &|| false),
        Err(error) => Report { failures: vec![Failure { path: out_dir.to_path_buf(), error }], ..Report::default() },
    }
}

/// Runs a [`plan`]: converts its jobs in parallel into `out_dir`. `stop` is asked before
/// each input is started: once it says yes (an interrupt), no further input is started,
/// those already started finish (or fail) and clean up, and the rest count as
/// [`Report::skipped`]. The plan's failures open the report's.
pub fn convert_plan(
    plan: Plan,
    out_dir: &Path,
    opts: &LoadOptions,
    format: OutputFormat,
    progress: &(dyn Fn() + Sync),
    stop: &(dyn Fn() -> bool + Sync),
) -> Report {
    // Create every output folder once, before the parallel part (a folder that cannot
    // be made fails the files in it, one by one).
    let mut dirs: Vec<PathBuf> =
        plan.jobs.iter().filter_map(|job| job.output(out_dir, format).parent().map(Path::to_path_buf)).collect();
    dirs.dedup();
    for d in &dirs {
        let _ = std::fs::create_dir_all(d);
    }
    let guard = Guard { inputs: &plan.inputs, planned: &plan.outputs, bulk: Mutex::new(HashSet::new()) };
    let results: Vec<Option<Result<usize, Failure>>> = plan
        .jobs
        .par_iter()
        .map(|job| {
            if stop() {
                return None;
            }
            let r = convert_one(job, out_dir, opts, format, &guard);
            progress();
            Some(r.map_err(|error| Failure { path: job.path.clone(), error }))
        })
        .collect();
    let mut report = Report { failures: plan.failures, ..Report::default() };
    for r in results {
        match r {
            None => report.skipped += 1,
            Some(Ok(n)) => {
                report.converted += 1;
                report.written += n;
            }
            Some(Err(f)) => report.failures.push(f),
        }
    }
    report
}

/// What every write checks: an output is never an input, and never another input's
/// output (the names of a bulk file's laws are known only once it is read).
struct Guard<'a> {
    inputs: &'a HashSet<FileKey>,
    planned: &'a HashSet<PathBuf>,
    bulk: Mutex<HashSet<PathBuf>>,
}

impl Guard<'_> {
    fn check(&self, out_dir: &Path, rel: &Path) -> Result<(), Error> {
        let output = out_dir.join(rel);
        if file_key(&output).is_some_and(|k| self.inputs.contains(&k)) {
            return Err(Error::Overwrite { output });
        }
        Ok(())
    }

    fn claim(&self, out_dir: &Path, rel: &Path) -> Result<(), Error> {
        self.check(out_dir, rel)?;
        let taken =
            self.planned.contains(rel) || !self.bulk.lock().map(|mut b| b.insert(rel.to_path_buf())).unwrap_or(false);
        if taken {
            return Err(Error::Collision { output: out_dir.join(rel), others: Vec::new() });
        }
        Ok(())
    }
}

fn convert_one(
    job: &Job,
    out_dir: &Path,
    opts: &LoadOptions,
    format: OutputFormat,
    guard: &Guard,
) -> Result<usize, Error> {
    let text = crate::decode::read_path(&job.path, &opts.read)?;
    let docs = crate::input::load_str(&text, opts).map_err(|e| match e {
        Error::Json(msg) => Error::Json(format!("{}: {msg}", job.path.display())),
        e => e,
    })?;
    let mkdir = |target: &Path| match target.parent() {
        Some(parent) if !parent.is_dir() => {
            std::fs::create_dir_all(parent).map_err(|source| Error::Write { path: parent.to_path_buf(), source })
        }
        _ => Ok(()),
    };
    let one_per_document = is_open_data(&text, opts) || matches!(format, OutputFormat::Akn | OutputFormat::Docx);
    if !one_per_document || docs.len() == 1 {
        // A text holding several documents gives one file (a JSON array of them); in
        // Akoma Ntoso, which holds one document per file, one file per document.
        let rel = with_suffix(&job.stem, format.extension());
        guard.check(out_dir, &rel)?;
        let target = out_dir.join(rel);
        mkdir(&target)?;
        if spans_elsewhere(&text, opts) {
            // Spans of open-data documents index the assembled article text, those of
            // Akoma Ntoso input the text it was made from.
            write_buffered(&target, |buf| {
                for doc in &docs {
                    render_into(doc, "", format, buf);
                }
            })?;
        } else {
            write_buffered(&target, |buf| render_all_into(&docs, &text, format, buf))?;
        }
        return Ok(1);
    }
    // A bulk file gives one output file per law (none for a file without laws); so does
    // a text holding several documents in Akoma Ntoso.
    let src = if spans_elsewhere(&text, opts) { "" } else { text.as_str() };
    for (i, doc) in docs.iter().enumerate() {
        let rel = bulk_path(&job.stem, i, doc, format);
        guard.claim(out_dir, &rel)?;
        let target = out_dir.join(rel);
        mkdir(&target)?;
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

#[cfg(test)]
mod api_examples {
    #[test]
    fn write_atomic_example() {
        let dir = tempfile::tempdir().unwrap();
        crate::batch::write_atomic(&dir.path().join("a.json"), b"{}").unwrap();
        assert_eq!(std::fs::read(dir.path().join("a.json")).unwrap(), b"{}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
