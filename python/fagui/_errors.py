"""The exceptions fagui raises. Their messages are those of the command line
(without its ``fagui:`` prefix); each also derives from the built-in exception a
caller would expect, so ``except OSError`` or ``except ValueError`` catch them too."""

from typing import Optional


class FaguiError(Exception):
    """Base class of every error fagui raises."""


class ReadError(FaguiError, OSError):
    """A file that cannot be read, or a directory given as a file."""

    path: Optional[str] = None


class DecodeError(FaguiError, ValueError):
    """Bytes that are not text: invalid in the encoding (``encoding``, ``offset``),
    or binary data (``encoding`` is None; ``offset`` is the first binary byte)."""

    path: Optional[str] = None
    encoding: Optional[str] = None
    offset: int = 0


class UnsupportedFormatError(FaguiError, ValueError):
    """A format that is recognised but not read: an old Word .doc, an OpenDocument
    text, RTF, an image, an archive (``format`` names it)."""

    path: Optional[str] = None
    format: str = ""


class DocumentError(FaguiError, ValueError):
    """A Word document or a PDF that gives no text: damaged, encrypted, or a scan
    without a text layer (``format`` is "Word" or "PDF")."""

    path: Optional[str] = None
    format: str = ""


class PdfToolError(FaguiError, RuntimeError):
    """Reading a PDF needs Poppler's pdftotext, which is missing, or its CJK data
    (``cjk_data`` is then True)."""

    cjk_data: bool = False


class UnknownEncodingError(FaguiError, LookupError):
    """An encoding name other than utf-8, utf-16le, utf-16be or big5."""

    encoding: str = ""


class InputTooLargeError(FaguiError, ValueError):
    """Input larger than the size limit (``limit`` bytes)."""

    path: Optional[str] = None
    limit: int = 0


class OpenDataError(FaguiError, ValueError):
    """JSON input that is not one of the national database's open-data shapes."""

    path: Optional[str] = None


class AknError(FaguiError, ValueError):
    """XML input that is not an Akoma Ntoso document as ``Document.to_akn`` writes them."""

    path: Optional[str] = None


class AddressError(FaguiError, LookupError):
    """An address that cannot be read, or that names no node."""


class PatternError(FaguiError, ValueError):
    """A regular expression that does not compile."""


# Shown and pickled as `fagui.DecodeError` …, where users import them from.
for _cls in (
    FaguiError,
    ReadError,
    DecodeError,
    UnsupportedFormatError,
    DocumentError,
    PdfToolError,
    UnknownEncodingError,
    InputTooLargeError,
    OpenDataError,
    AknError,
    AddressError,
    PatternError,
):
    _cls.__module__ = "fagui"
del _cls
