"""fagui (法規): read Chinese legal texts into a typed tree, query and diff them.

>>> import fagui
>>> doc = fagui.parse("示範要點\\n一、本要點依示範法訂定。\\n二、本小組任務如下：\\n（一）研議。\\n")
>>> doc.get("第二點第一款").text
'研議。'
"""

from ._errors import (
    AddressError,
    AknError,
    DecodeError,
    DocumentError,
    FaguiError,
    InputTooLargeError,
    OpenDataError,
    PatternError,
    PdfToolError,
    ReadError,
    UnknownEncodingError,
    UnsupportedFormatError,
)
from ._fagui import (
    Applied,
    Change,
    Diagnostic,
    Diff,
    Document,
    HistoryEntry,
    Hit,
    Node,
    Reference,
    Term,
    __version__,
    apply,
    diff,
    parse,
    parse_all,
    parse_file,
    parse_file_all,
    read_table,
    verify_table,
)

__all__ = [
    "AddressError",
    "AknError",
    "Applied",
    "Change",
    "DecodeError",
    "Diagnostic",
    "Diff",
    "Document",
    "DocumentError",
    "FaguiError",
    "HistoryEntry",
    "Hit",
    "InputTooLargeError",
    "Node",
    "OpenDataError",
    "PatternError",
    "PdfToolError",
    "ReadError",
    "Reference",
    "Term",
    "UnknownEncodingError",
    "UnsupportedFormatError",
    "__version__",
    "apply",
    "diff",
    "parse",
    "parse_all",
    "parse_file",
    "parse_file_all",
    "read_table",
    "verify_table",
]
