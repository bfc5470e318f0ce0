//! Real failures: input that cannot be read at all. Odd *content* is never an error;
//! it becomes a [`crate::Diagnostic`] on a best-effort tree.

use std::path::PathBuf;

/// What can go wrong before parsing starts (reading and decoding input).
///
/// ```
/// let err = fagui::read_text(b"\xff\xfe\x00", &fagui::ReadOptions::default()).unwrap_err();
/// assert!(err.to_string().contains("byte"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or stream could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path (or `-` for standard input).
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A directory was given where a file is needed.
    #[error("{path} is a directory")]
    IsDirectory {
        /// The path.
        path: PathBuf,
    },
    /// The bytes are not valid in the (detected or requested) encoding.
    #[error("invalid {encoding} at byte {offset}")]
    Decode {
        /// The encoding name, e.g. `UTF-8` or `Big5`.
        encoding: String,
        /// Byte offset of the first bad sequence.
        offset: usize,
    },
    /// The input looks like binary data, not text.
    #[error(
        "binary data, not text (NUL or control byte at byte {offset}); fagui reads plain text (UTF-8, UTF-16, Big5), Word (.docx) and PDF"
    )]
    Binary {
        /// Byte offset of the first binary byte.
        offset: usize,
    },
    /// The input is larger than the configured limit.
    #[error("{}input larger than the limit of {limit} bytes", path_prefix(.path.as_deref()))]
    TooLarge {
        /// The file (`-` for standard input), when the input was read from one.
        path: Option<PathBuf>,
        /// The limit in bytes.
        limit: u64,
    },
    /// A format that is recognised but not read: an old Word `.doc`, an OpenDocument
    /// text, RTF, an image, an archive.
    #[error("{format}, which is not read: save it as Word (.docx), PDF or plain text")]
    Unsupported {
        /// What the input is, as a phrase (`an RTF document`).
        format: String,
    },
    /// A Word document or a PDF that could not be read (damaged, encrypted, not what it
    /// claims to be).
    #[error("not a readable {format} document: {message}")]
    Document {
        /// `Word` or `PDF`.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
    /// Reading a PDF needs Poppler's `pdftotext` (or its CJK data), and it is missing.
    #[error("{}", pdf_tool_message(*.data))]
    PdfTool {
        /// True when `pdftotext` ran but lacks the CJK data of `poppler-data`.
        data: bool,
    },
    /// A PDF without a text layer: a scan, which needs OCR first.
    #[error("the PDF has no text layer (a scanned image?): run it through OCR first, or use its text")]
    NoTextLayer,
    /// An encoding name that is not supported.
    #[error("unknown encoding {0:?} (use utf-8, utf-16le, utf-16be or big5)")]
    UnknownEncoding(String),
    /// JSON input that is not one of the supported open-data shapes.
    #[error("not open-data JSON: {0}")]
    Json(String),
    /// XML input that is not an Akoma Ntoso document as fagui writes them.
    #[error(transparent)]
    Akn(#[from] crate::akn::AknError),
    /// An output file could not be written (a batch run).
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A batch output that would replace one of the inputs: refused.
    #[error("{output} is one of the inputs: refusing to overwrite it (choose another output folder)")]
    Overwrite {
        /// The output path, which exists and is an input.
        output: PathBuf,
    },
    /// Two inputs of a batch that would give the same output file.
    #[error("{output} would be written from this input and {}", others_list(others))]
    Collision {
        /// The output path they share.
        output: PathBuf,
        /// The other inputs (empty when the other output is only known while converting,
        /// as a law of a bulk open-data file).
        others: Vec<PathBuf>,
    },
    /// An error about the content of one file (bad bytes, an unsupported format, JSON
    /// that is not open data …), with the file's path: `law.txt: binary data …`.
    #[error("{}{source}", path_prefix(Some(path)))]
    File {
        /// The file (`-` for standard input).
        path: PathBuf,
        /// What is wrong with it.
        #[source]
        source: Box<Error>,
    },
}

impl Error {
    /// This error with the file it is about, unless it names one already.
    ///
    /// ```
    /// let e = fagui::read_text(b"ab\x00", &Default::default()).unwrap_err().in_file("law.txt".as_ref());
    /// assert!(e.to_string().starts_with("law.txt: binary data"));
    /// assert!(matches!(e.cause(), fagui::Error::Binary { offset: 2 }));
    /// assert_eq!(e.path(), Some("law.txt".as_ref()));
    /// ```
    #[must_use]
    pub fn in_file(self, path: &std::path::Path) -> Error {
        match self {
            Error::Io { .. }
            | Error::IsDirectory { .. }
            | Error::File { .. }
            | Error::TooLarge { path: Some(_), .. } => self,
            e => Error::File { path: path.to_path_buf(), source: Box::new(e) },
        }
    }

    /// What went wrong, without the file: the error inside [`Error::File`], else this one.
    pub fn cause(&self) -> &Error {
        match self {
            Error::File { source, .. } => source.cause(),
            e => e,
        }
    }

    /// The file the error is about, when it names one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::Io { path, .. } | Error::IsDirectory { path } | Error::File { path, .. } => Some(path),
            Error::TooLarge { path, .. } => path.as_deref(),
            Error::Write { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// `PATH: ` (or `standard input: ` for `-`) before a message about a whole input.
fn path_prefix(path: Option<&std::path::Path>) -> String {
    match path {
        None => String::new(),
        Some(p) if p.as_os_str() == "-" => "standard input: ".to_string(),
        Some(p) => format!("{}: ", p.display()),
    }
}

/// What to install to read PDFs.
fn pdf_tool_message(data: bool) -> &'static str {
    if data {
        "this PDF's Chinese fonts need Poppler's CJK data: install the Debian package poppler-data (apt-get install poppler-data)"
    } else {
        "reading a PDF needs the pdftotext program: install the Debian package poppler-utils (apt-get install poppler-utils poppler-data; brew install poppler on macOS)"
    }
}

/// `a, b` or `another input`.
fn others_list(others: &[PathBuf]) -> String {
    if others.is_empty() {
        return "another input".to_string();
    }
    others.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}
