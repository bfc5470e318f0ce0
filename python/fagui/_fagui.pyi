"""Type stubs of the `fagui._fagui` extension module (re-exported by `fagui`).

Spans are ``(start, end)`` byte offsets into the UTF-8 source, as in the JSON."""

import os
from typing import Any, List, Literal, Optional, Tuple, TypedDict, Union, final

__version__: str

_DocKind = Literal["directive", "statute"]
_Jurisdiction = Literal["tw", "cn"]
_NodeKind = Literal[
    "part",
    "chapter",
    "section",
    "subsection",
    "division",
    "preamble",
    "article",
    "point",
    "paragraph",
    "subparagraph",
    "item",
    "subitem",
    "unparsed",
]
_LabelStyle = Literal[
    "heading",
    "article",
    "cjk",
    "paren_cjk",
    "arabic",
    "paren_arabic",
    "circled",
    "stem",
    "paren_stem",
    "branch",
    "paren_branch",
    "letter",
    "paren_letter",
    "other",
]
_Span = Tuple[int, int]
_StrPath = Union[str, "os.PathLike[str]"]

class _Record(TypedDict):
    """One row of `Document.to_records()`."""

    id: str
    kind: _NodeKind
    num: Optional[str]
    citation: str
    text: str
    depth: int
    parent: Optional[str]

class _Summary(TypedDict):
    """`Diff.summary`: counts of unit-level changes and the amendment summary."""

    unchanged: int
    modified: int
    added: int
    deleted: int
    renumbered: int
    moved: int
    title_changed: bool
    stat: str

def parse(
    source: Union[str, bytes, bytearray],
    *,
    kind: Optional[_DocKind] = None,
    jurisdiction: Optional[_Jurisdiction] = None,
    encoding: Optional[str] = None,
    max_bytes: Optional[int] = None,
) -> Document:
    """Parse a text into its first document (a warning when it holds several).

    `source` is a str, or bytes as `fagui parse` reads a file: text decoded as UTF-8,
    UTF-16 with a BOM or Big5 (or as `encoding`: "utf-8", "utf-16le", "utf-16be",
    "big5"), a Word document (.docx) or a PDF (through Poppler's pdftotext).
    Open-data JSON is read too.
    `kind` forces "directive" or "statute" instead of detecting it, `jurisdiction`
    "tw" or "cn" (mainland China: 款 is the paragraph, 项 the （一） item); input over
    `max_bytes` (default 256 MiB) is refused.

    Raises DecodeError, UnknownEncodingError, InputTooLargeError, OpenDataError,
    UnsupportedFormatError, DocumentError, PdfToolError."""

def parse_all(
    source: Union[str, bytes, bytearray],
    *,
    kind: Optional[_DocKind] = None,
    jurisdiction: Optional[_Jurisdiction] = None,
    encoding: Optional[str] = None,
    max_bytes: Optional[int] = None,
) -> List[Document]:
    """Parse a text into every document it holds, in order."""

def parse_file(
    path: _StrPath,
    *,
    kind: Optional[_DocKind] = None,
    jurisdiction: Optional[_Jurisdiction] = None,
    encoding: Optional[str] = None,
    max_bytes: Optional[int] = None,
) -> Document:
    """Read and parse a file into its first document; errors name the file as
    `fagui parse` does. Raises ReadError too."""

def parse_file_all(
    path: _StrPath,
    *,
    kind: Optional[_DocKind] = None,
    jurisdiction: Optional[_Jurisdiction] = None,
    encoding: Optional[str] = None,
    max_bytes: Optional[int] = None,
) -> List[Document]:
    """Read and parse a file into every document (every law of a bulk open-data file)."""

def diff(old: Document, new: Document) -> Diff:
    """Compare two versions of a document, old first."""

def apply(
    current: Document,
    amendment: Union[str, bytes, bytearray, None] = None,
    *,
    instructions: Optional[str] = None,
) -> Applied:
    """Apply an amendment (the amended units, with or without its instruction line, or a
    修正對照表; text, or the bytes of a file) to the current version, as `fagui apply`."""

def read_table(
    table: Union[str, bytes, bytearray], *, kind: Optional[Literal["directive", "statute"]] = None
) -> Tuple[Document, Document]:
    """A 修正對照表 (Markdown, HTML or Word bytes) read back: (current, amended)."""

def verify_table(table: Union[str, bytes, bytearray], old: Document, new: Document) -> List[str]:
    """The mismatches between a received table and the two texts (empty: it matches)."""

@final
class Applied:
    @property
    def document(self) -> Document:
        """The consolidated new version."""
    @property
    def steps(self) -> List[str]:
        """What was done: "amended 第二點", "added 第三點之一", "removed 第四點" …"""
    @property
    def findings(self) -> List[str]:
        """What does not fit or should be known: "error[no-such-unit]: 第九點: …" …"""
    @property
    def has_errors(self) -> bool:
        """True when a finding is an error (`fagui apply` would write nothing)."""
    def to_dict(self) -> dict[str, Any]:
        """{"document", "steps", "findings"}, as `fagui apply --format json`."""

@final
class Document:
    """A parsed legal text."""

    @property
    def title(self) -> Optional[str]: ...
    @property
    def kind(self) -> _DocKind: ...
    @property
    def jurisdiction(self) -> _Jurisdiction:
        """"tw" or "cn" (detected from the text, or as forced)."""
    @property
    def meta(self) -> dict[str, str]:
        """Header or open-data fields (法規名稱, 修正日期 …)."""
    @property
    def history(self) -> List[HistoryEntry]:
        """The amendment history (沿革), oldest first as written."""
    @property
    def units(self) -> List[Node]:
        """The top-level nodes: headings, articles or points."""
    @property
    def diagnostics(self) -> List[Diagnostic]: ...
    def get(self, address: str, *, context: Optional[str] = None) -> Node:
        """The node an address names: 第八點第二款, 8.(2), point_8__para_1__subpara_2, or
        with `context` (a node id) 前點, 前項第二款. Raises AddressError."""
    def resolve(self, address: str, *, context: Optional[str] = None) -> List[Node]:
        """Every node an address names (前二項 and 各款 name several)."""
    def walk(self) -> List[Node]:
        """Every node in document order."""
    def refs(self) -> List[Reference]:
        """The cross-references of the text."""
    def terms(self) -> List[Term]:
        """The defined terms of the text."""
    def search(self, pattern: str, *, regex: bool = False) -> List[Hit]:
        """Every match in the node texts. Raises PatternError for a bad regex."""
    def to_json(self, *, pretty: bool = False) -> str:
        """The JSON `fagui parse` prints (with refs and terms)."""
    def to_dict(self) -> dict[str, Any]:
        """`json.loads(self.to_json())`."""
    def to_records(self) -> List[_Record]:
        """One row per node in document order, for `pandas.DataFrame`."""
    def to_text(self) -> str:
        """The canonical clean text; it parses back to the same tree."""
    def to_akn(self) -> str:
        """Akoma Ntoso 3.0 XML, as `fagui parse --format akn`; `parse` reads it back."""
    def to_docx(self) -> bytes:
        """The clean text as a Word document with Word's list numbering (`.docx` bytes)."""

@final
class Node:
    """One node of the tree. Equal nodes are the same node of the same document."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> _NodeKind: ...
    @property
    def num(self) -> Optional[str]:
        """The number in the `num` form: "8", "7-1"; None when unnumbered."""
    @property
    def label(self) -> Optional[str]:
        """The marker as written: 八、 （二） 第 10-1 條; None for paragraphs."""
    @property
    def label_style(self) -> Optional[_LabelStyle]:
        """The style the label was read in: "cjk" for 一、, "paren_cjk" for （一）, "arabic"
        for 1. …; None without a label."""
    @property
    def caption(self) -> Optional[str]: ...
    @property
    def text(self) -> str:
        """The node's own text (the words of an article or point are in its paragraphs)."""
    @property
    def text_content(self) -> str:
        """All text under the node, depth first."""
    @property
    def deleted(self) -> bool: ...
    @property
    def span(self) -> _Span: ...
    @property
    def children(self) -> List[Node]: ...
    @property
    def parent(self) -> Optional[Node]: ...
    @property
    def citation(self) -> str:
        """第八點第二款, 第7條之1第2項."""
    def walk(self) -> List[Node]:
        """This node and every node under it, in document order."""
    def to_json(self, *, pretty: bool = False) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Diagnostic:
    severity: Literal["error", "warning", "info"]
    code: str
    message: str
    line: int
    column: int
    span: _Span

@final
class HistoryEntry:
    raw: str
    date: Optional[str]
    body: Optional[str]
    doc_no: Optional[str]
    action: Optional[str]
    actions: List[Tuple[str, List[str]]]
    span: _Span

@final
class Reference:
    from_: str
    text: str
    span: _Span
    law: Optional[str]
    path: List[Tuple[_NodeKind, str]]
    to: Optional[List[Tuple[_NodeKind, str]]]
    relative: Optional[str]
    targets: List[str]
    """Every node cited, ranges expanded (the JSON lists at most 16)."""
    ranges: List[Tuple[str, str, int]]
    """As in the JSON: (first, last, count) runs when more than 16 nodes are cited."""

@final
class Term:
    term: str
    meaning: str
    defined_in: str
    span: _Span

@final
class Hit:
    id: str
    citation: str
    matched: str
    text: str
    range: Tuple[int, int]
    """In characters of `text`: ``text[a:b] == matched``."""
    span: _Span

@final
class Diff:
    """The difference between two versions; false when they have the same content."""

    @property
    def kind(self) -> _DocKind: ...
    @property
    def old_title(self) -> Optional[str]: ...
    @property
    def new_title(self) -> Optional[str]: ...
    @property
    def changes(self) -> List[Change]: ...
    @property
    def stat(self) -> str:
        """修正第三點、第八點；增訂第十四點 ("" when nothing changed)."""
    @property
    def summary(self) -> _Summary: ...
    def to_table(
        self,
        format: Literal["html", "md"] = "html",
        *,
        all: bool = False,
        explain: Literal["facts", "classic", "none"] = "facts",
        underline: Literal["new", "both"] = "new",
    ) -> str:
        """The comparison table (修正對照表), with the defaults of `fagui diff`."""
    def to_docx(
        self,
        *,
        all: bool = False,
        explain: Literal["facts", "classic", "none"] = "facts",
        underline: Literal["new", "both"] = "new",
    ) -> bytes:
        """The comparison table as a Word document (`.docx` bytes), as `--format docx`."""
    def to_text(self, *, all: bool = False) -> str: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __bool__(self) -> bool: ...

@final
class Change:
    @property
    def op(self) -> Literal["unchanged", "modified", "added", "deleted", "renumbered"]: ...
    @property
    def kind(self) -> _NodeKind: ...
    @property
    def old_num(self) -> Optional[str]: ...
    @property
    def new_num(self) -> Optional[str]: ...
    @property
    def old_id(self) -> Optional[str]: ...
    @property
    def new_id(self) -> Optional[str]: ...
    @property
    def old_label(self) -> Optional[str]: ...
    @property
    def new_label(self) -> Optional[str]: ...
    @property
    def old_caption(self) -> Optional[str]: ...
    @property
    def new_caption(self) -> Optional[str]: ...
    @property
    def text_changed(self) -> bool: ...
    @property
    def repealed(self) -> bool: ...
    @property
    def moved(self) -> bool: ...
    @property
    def cosmetic(self) -> bool: ...
    @property
    def inline(self) -> List[Tuple[Literal["equal", "insert", "delete"], str]]: ...
    @property
    def old_text(self) -> str: ...
    @property
    def new_text(self) -> str: ...
    @property
    def children(self) -> List[Change]: ...
    def to_dict(self) -> dict[str, Any]: ...
