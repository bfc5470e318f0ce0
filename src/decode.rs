//! Decoding (phase 0 of the pipeline): bytes to text. UTF-8 (with or without BOM),
//! UTF-16 with a BOM, and GB18030/GBK versus Big5/CP950 (told apart by content: the
//! decoding that gives clearly more of the characters laws are written with) are
//! detected; anything else is refused with the byte offset of the first bad byte.
//! Nothing is ever silently replaced.
//!
//! Documents are recognised by their content, whatever the file is called: a Word
//! document (a ZIP archive with a `word/document.xml` part) is read with its automatic
//! numbering ([`docx`]), a PDF (`%PDF-`) by its text layer ([`pdf`]). Other formats that
//! are not text (an old `.doc`, `.odt`, RTF, an image, an archive) are refused by name.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use crate::error::Error;

pub mod docx;
mod legacy;
pub mod pdf;

/// How to read input bytes.
///
/// ```
/// let opts = fagui::ReadOptions::default().with_encoding(Some("big5".into()));
/// assert_eq!(fagui::read_text(b"\xa4@", &opts).unwrap(), "一");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Force an encoding (`utf-8`, `utf-16`, `utf-16le`, `utf-16be`, `big5`, `gb18030`,
    /// `gbk`) instead of detecting it.
    pub encoding: Option<String>,
    /// Refuse input larger than this many bytes (default: [`DEFAULT_MAX_BYTES`]).
    pub max_bytes: Option<u64>,
}

/// The default input size limit: 256 MiB. Larger input (a 1 GB pipe, say) is refused
/// as soon as the limit is passed, before it is all read. A document is parsed whole,
/// so the limit bounds memory: about 6× the input at the peak (text, tree, output).
pub const DEFAULT_MAX_BYTES: u64 = 256 << 20;

/// Decodes bytes to text; a Word document or a PDF gives its text (see the module
/// documentation).
///
/// ```
/// assert_eq!(fagui::read_text("一、甲".as_bytes(), &Default::default()).unwrap(), "一、甲");
/// // UTF-16LE with BOM
/// assert_eq!(fagui::read_text(b"\xff\xfe\x00\x4e", &Default::default()).unwrap(), "一");
/// // Big5
/// assert_eq!(fagui::read_text(b"\xa4@\xa1B", &Default::default()).unwrap(), "一、");
/// // binary is refused
/// assert!(fagui::read_text(b"ab\x00\x01\x02cd", &Default::default()).is_err());
/// ```
pub fn read_text(bytes: &[u8], opts: &ReadOptions) -> Result<String, Error> {
    decode(Cow::Borrowed(bytes), opts)
}

/// [`read_text`] over bytes that may be owned (they are dropped as soon as the text is
/// made). Plain UTF-8 is checked by the vectorised check and copied: that costs less
/// than the standard check `String::from_utf8` would run to take the bytes in place
/// (about 3 instructions per byte against 10), and the copy does not raise the peak,
/// which comes later (text, tree and references together).
fn decode(bytes: Cow<'_, [u8]>, opts: &ReadOptions) -> Result<String, Error> {
    let limit = opts.max_bytes.unwrap_or(DEFAULT_MAX_BYTES);
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge { path: None, limit });
    }
    // A document is never text in any encoding: recognised before one is applied.
    match sniff(&bytes) {
        Kind::Text => {}
        Kind::Docx => return docx::text(&bytes, limit),
        Kind::Pdf => return pdf::text(&bytes),
        Kind::Other(format) => return Err(Error::Unsupported { format: format.to_string() }),
    }
    if let Some(name) = &opts.encoding {
        return decode_as(&bytes, name);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest, 3);
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return utf16(&bytes, encoding_rs::UTF_16LE);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return utf16(&bytes, encoding_rs::UTF_16BE);
    }
    check_binary(&bytes)?;
    let utf8 = match as_utf8(&bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err((e, bytes)),
    };
    match utf8 {
        Ok(s) => Ok(s),
        // Not UTF-8: GB18030 (GBK) or Big5, whichever the whole input reads as (see
        // [`legacy`]); neither, or no clear winner, is an error.
        Err((e, bytes)) => legacy::detect(&bytes)
            .map(|(s, _)| s)
            .ok_or_else(|| Error::Decode { encoding: "UTF-8".into(), offset: e.valid_up_to() }),
    }
}

/// What input bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Text (or something to be refused as binary when decoded).
    Text,
    /// A Word document.
    Docx,
    /// A PDF.
    Pdf,
    /// A known format that is not read, by name.
    Other(&'static str),
}

/// Recognises documents and other formats by their first bytes (and a ZIP archive by
/// its parts).
fn sniff(bytes: &[u8]) -> Kind {
    // A PDF may have a few bytes of junk before its header (readers look in the first
    // KiB); then its end marker must be there too, so that a text that quotes `%PDF-`
    // stays a text.
    let head = bytes.get(..1024).unwrap_or(bytes);
    let tail = bytes.get(bytes.len().saturating_sub(1024)..).unwrap_or(bytes);
    if bytes.starts_with(b"%PDF-")
        || (memchr::memmem::find(head, b"%PDF-").is_some() && memchr::memmem::find(tail, b"%%EOF").is_some())
    {
        return Kind::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
            return Kind::Other("a ZIP archive");
        };
        let has = |name: &str| zip.index_for_name(name).is_some();
        if has("word/document.xml") {
            return Kind::Docx;
        }
        if has("xl/workbook.xml") {
            return Kind::Other("an Excel workbook (.xlsx)");
        }
        if has("ppt/presentation.xml") {
            return Kind::Other("a PowerPoint presentation (.pptx)");
        }
        let mut mimetype = String::new();
        if let Ok(f) = zip.by_name("mimetype") {
            let _ = f.take(100).read_to_string(&mut mimetype);
        }
        return match mimetype.trim() {
            "application/vnd.oasis.opendocument.text" => Kind::Other("an OpenDocument text (.odt)"),
            m if m.starts_with("application/vnd.oasis.opendocument") => Kind::Other("an OpenDocument file"),
            _ => Kind::Other("a ZIP archive"),
        };
    }
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Word (.doc) or other Office 97–2003 file"),
        (b"{\\rtf", "an RTF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
    ];
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map_or(Kind::Text, |&(_, name)| Kind::Other(name))
}

/// Reads a file (or standard input for `-`) and decodes it.
///
/// ```no_run
/// let text = fagui::decode::read_path("corpus/directives/digi-plus-directive.txt".as_ref(), &Default::default())?;
/// # Ok::<(), fagui::Error>(())
/// ```
pub fn read_path(path: &Path, opts: &ReadOptions) -> Result<String, Error> {
    decode(Cow::Owned(read_bytes(path, opts)?), opts).map_err(|e| e.in_file(path))
}

/// Reads raw bytes from a file, or from standard input for `-`, enforcing the size limit
/// while reading: a regular file larger than the limit is refused before it is read, and
/// a stream, a pipe or a device (`/dev/zero`, `-`) is read through a limited reader and
/// refused as soon as it passes the limit, without holding more than the limit in memory.
///
/// ```no_run
/// let bytes = fagui::decode::read_bytes("-".as_ref(), &Default::default())?;
/// # Ok::<(), fagui::Error>(())
/// ```
pub fn read_bytes(path: &Path, opts: &ReadOptions) -> Result<Vec<u8>, Error> {
    let limit = opts.max_bytes.unwrap_or(DEFAULT_MAX_BYTES);
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let too_large = || Error::TooLarge { path: Some(path.to_path_buf()), limit };
    let buf = if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        read_limited(stdin.lock(), 0, limit).map_err(io)?
    } else {
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.is_dir() {
            return Err(Error::IsDirectory { path: path.to_path_buf() });
        }
        // A regular file tells its size: refuse it unread, else read it in one piece
        // (it may still grow: the limit holds while reading). Anything else tells nothing.
        let size = if meta.is_file() { meta.len() } else { 0 };
        if size > limit {
            return Err(too_large());
        }
        let file = std::fs::File::open(path).map_err(io)?;
        read_limited(file, size, limit).map_err(io)?
    };
    if buf.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(buf)
}

/// Reads `r` to its end or to one byte past `limit`, whichever comes first. `size` is
/// the expected length (0 when unknown): read into one buffer of that size. Without it
/// the buffer doubles from 64 KiB, never past `limit + 1` bytes.
fn read_limited(mut r: impl Read, size: u64, limit: u64) -> std::io::Result<Vec<u8>> {
    const FIRST: u64 = 64 << 10;
    // One byte past the limit is enough to know that the input passes it. `saturating`:
    // a limit of u64::MAX must not wrap to a limit of nothing.
    let cap = limit.saturating_add(1);
    let mut buf = Vec::new();
    let mut step = if size > 0 { size.saturating_add(1) } else { FIRST };
    loop {
        let room = cap - buf.len() as u64;
        if room == 0 {
            return Ok(buf);
        }
        // The last step takes all the room left rather than leave a sliver for a
        // further (copying) growth.
        let want = if room <= step.saturating_mul(2) { room } else { step };
        let want_usize = usize::try_from(want).unwrap_or(usize::MAX);
        buf.try_reserve_exact(want_usize).map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
        // The buffer has room for `want` bytes: reading them does not grow it.
        let n = (&mut r).take(want).read_to_end(&mut buf)?;
        if (n as u64) < want {
            return Ok(buf);
        }
        step = buf.len() as u64;
    }
}

fn decode_as(bytes: &[u8], name: &str) -> Result<String, Error> {
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes), 0),
        "utf-16le" | "utf16le" => utf16(bytes, encoding_rs::UTF_16LE),
        "utf-16be" | "utf16be" => utf16(bytes, encoding_rs::UTF_16BE),
        "utf-16" | "utf16" => {
            if bytes.starts_with(b"\xFE\xFF") {
                utf16(bytes, encoding_rs::UTF_16BE)
            } else {
                utf16(bytes, encoding_rs::UTF_16LE)
            }
        }
        "gb18030" | "gbk" | "gb2312" | "cp936" => {
            let enc = if name.eq_ignore_ascii_case("gb18030") { encoding_rs::GB18030 } else { encoding_rs::GBK };
            legacy::decode_strict(enc, bytes)
        }
        "big5" | "cp950" | "big5-hkscs" => {
            big5(bytes).ok_or_else(|| Error::Decode { encoding: "Big5".into(), offset: big5_error_offset(bytes) })
        }
        other => Err(Error::UnknownEncoding(other.to_string())),
    }
}

/// `bytes` read as UTF-8: validated by the vectorised check; the standard one runs only
/// on invalid input, to say where it goes wrong.
fn as_utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes))
}

fn utf8(bytes: &[u8], base: usize) -> Result<String, Error> {
    check_binary(bytes).map_err(|e| match e {
        Error::Binary { offset } => Error::Binary { offset: offset + base },
        e => e,
    })?;
    as_utf8(bytes)
        .map(str::to_string)
        .map_err(|e| Error::Decode { encoding: "UTF-8".into(), offset: base + e.valid_up_to() })
}

fn utf16(bytes: &[u8], enc: &'static encoding_rs::Encoding) -> Result<String, Error> {
    let body = if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        bytes.get(2..).unwrap_or(&[])
    } else {
        bytes
    };
    let base = bytes.len() - body.len();
    if body.len() % 2 != 0 {
        return Err(Error::Decode { encoding: enc.name().into(), offset: bytes.len() - 1 });
    }
    match enc.decode_without_bom_handling_and_without_replacement(body) {
        Some(s) => {
            if let Some(i) = s.find('\0') {
                return Err(Error::Binary {
                    offset: base + 2 * s.get(..i).map(|p| p.encode_utf16().count()).unwrap_or(0),
                });
            }
            Ok(s.into_owned())
        }
        None => {
            // Find the first unpaired surrogate for the error offset.
            let mut offset = base;
            let mut i = 0;
            let units: Vec<u16> = body
                .chunks_exact(2)
                .map(|c| {
                    let (a, b) = (c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0));
                    if enc == encoding_rs::UTF_16LE { u16::from_le_bytes([a, b]) } else { u16::from_be_bytes([a, b]) }
                })
                .collect();
            while let Some(&u) = units.get(i) {
                if (0xD800..0xDC00).contains(&u) && units.get(i + 1).is_some_and(|n| (0xDC00..0xE000).contains(n)) {
                    i += 2;
                    continue;
                }
                if (0xD800..0xE000).contains(&u) {
                    offset = base + 2 * i;
                    break;
                }
                i += 1;
            }
            Err(Error::Decode { encoding: enc.name().into(), offset })
        }
    }
}

fn big5(bytes: &[u8]) -> Option<String> {
    let s = encoding_rs::BIG5.decode_without_bom_handling_and_without_replacement(bytes)?;
    // Require real Chinese text: at least one CJK ideograph and no control characters.
    if s.chars().any(crate::normalize::is_ideograph) { Some(s.into_owned()) } else { None }
}

fn big5_error_offset(bytes: &[u8]) -> usize {
    let mut decoder = encoding_rs::BIG5.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 2);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, _) => read.saturating_sub(bad as usize),
        _ => read,
    }
}

/// Refuses NUL and most C0 control bytes (tab, newlines, form feed and ESC-free text pass).
fn check_binary(bytes: &[u8]) -> Result<(), Error> {
    let bad = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C);
    // Blocks without an early exit inside let the compiler vectorise the scan; the
    // offset is found in the one block that has a bad byte.
    const BLOCK: usize = 64;
    for (k, block) in bytes.chunks(BLOCK).enumerate() {
        if block.iter().fold(false, |acc, &b| acc | bad(b))
            && let Some(i) = block.iter().position(|&b| bad(b))
        {
            return Err(Error::Binary { offset: k * BLOCK + i });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_known_by_their_first_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Kind::Pdf);
        assert_eq!(sniff(b"\xEF\xBB\xBF%PDF-1.4\n...\n%%EOF\n"), Kind::Pdf);
        // A text that quotes the header is a text.
        assert_eq!(sniff("一、檔案格式以%PDF-1.7為準。\n".as_bytes()), Kind::Text);
        assert_eq!(sniff(b"PK\x03\x04garbage"), Kind::Other("a ZIP archive"));
        assert_eq!(sniff("{\\rtf1 x}".as_bytes()), Kind::Other("an RTF document"));
        assert_eq!(sniff("一、甲。".as_bytes()), Kind::Text);
    }

    #[test]
    fn binary_offset_is_exact_in_any_block() {
        for at in [0, 1, 63, 64, 65, 127, 128, 300] {
            let mut bytes = "甲".repeat(200).into_bytes();
            bytes.insert(at, 0);
            match check_binary(&bytes) {
                Err(Error::Binary { offset }) => assert_eq!(offset, at),
                other => panic!("{at}: {other:?}"),
            }
        }
        assert!(check_binary(b"\t\r\n\x0c plain").is_ok());
    }

    #[test]
    fn read_path_takes_plain_utf8_and_others_as_before() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let cases: [(&[u8], Option<&str>); 4] = [
            ("一、甲。\n".as_bytes(), Some("一、甲。\n")),
            (b"\xEF\xBB\xBF\xE4\xB8\x80", Some("一")),
            (b"\xA4\x40", Some("一")),
            (b"ab\x00", None),
        ];
        for (i, (bytes, want)) in cases.iter().enumerate() {
            let p = dir.join(format!("{i}.txt"));
            std::fs::write(&p, bytes).unwrap();
            let got = read_path(&p, &ReadOptions::default());
            assert_eq!(got.ok().as_deref(), *want, "case {i}");
        }
    }

    #[test]
    fn streams_are_read_to_one_byte_past_the_limit() {
        // An endless stream stops one byte past the limit.
        let got = read_limited(std::io::repeat(b'a'), 0, 1000).unwrap();
        assert_eq!(got.len(), 1001);
        let got = read_limited(std::io::repeat(b'a'), 0, 300_000).unwrap();
        assert_eq!(got.len(), 300_001);
        assert!(got.capacity() <= 300_001);
        // The largest limit does not wrap to nothing.
        let got = read_limited(&b"abc"[..], 0, u64::MAX).unwrap();
        assert_eq!(got, b"abc");
        // A known size: one buffer; a stream that turns out longer still stops.
        let got = read_limited(&[7u8; 5000][..], 5000, 10_000).unwrap();
        assert_eq!(got.len(), 5000);
        let got = read_limited(std::io::repeat(1), 100, 10_000).unwrap();
        assert_eq!(got.len(), 10_001);
        let got = read_limited(&b""[..], 0, 0).unwrap();
        assert!(got.is_empty());
    }

    #[test]
    fn binary_offset_is_the_first_control_byte() {
        for len in [0usize, 1, 63, 64, 65, 130, 200] {
            for at in [0usize, 1, 62, 63, 64, 65, 127, 128, 199] {
                let mut bytes = vec![b'a'; len];
                if let Some(b) = bytes.get_mut(at) {
                    *b = 0x01;
                }
                if let Some(b) = bytes.get_mut(at + 1) {
                    *b = 0x02;
                }
                let want = (at < len).then_some(at);
                let got = match check_binary(&bytes) {
                    Err(Error::Binary { offset }) => Some(offset),
                    _ => None,
                };
                assert_eq!(got, want, "len {len} at {at}");
            }
        }
        assert!(check_binary("甲\t乙\r\n\x0c".as_bytes()).is_ok());
    }
}
