r"""wireparse: raw wire-service news text in, immutable typed records out.

>>> import wireparse
>>> article = wireparse.parse("Talks resume\n\nBy Jane Doe\n\nSEOUL, Aug. 8 (Yonhap) -- They met.")
>>> article.headline
'Talks resume'
>>> article.dateline
Dateline(location='SEOUL', date='Aug. 8', agency='Yonhap', span=Span(start=27, end=53), when=None)
"""

from importlib import metadata as _metadata

from wireparse._api import parse
from wireparse._errors import ParseError, WireparseError
from wireparse._files import FileResult, parse_file, parse_files
from wireparse._json import JSON_VERSION, from_dict, from_json, to_dict, to_json
from wireparse._lexer import tokenize
from wireparse._ninjs import to_ninjs
from wireparse._nitf import to_nitf
from wireparse._records import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Defect,
    EndMark,
    Envelope,
    EnvelopeLine,
    Paragraph,
    Segment,
    SegmentKind,
    Severity,
    Span,
    Token,
    TokenKind,
)
from wireparse._render import render
from wireparse._stream import Chunk, Splitter, StreamFormat, parse_stream, split
from wireparse._styles import Region, RegionRole, Style, StyleRegistry, styles
from wireparse._takes import join_takes
from wireparse._vocabulary import Vocabulary

__all__ = (
    "JSON_VERSION",
    "Article",
    "Byline",
    "Caption",
    "Chunk",
    "Credit",
    "Dateline",
    "Defect",
    "EndMark",
    "Envelope",
    "EnvelopeLine",
    "FileResult",
    "Paragraph",
    "ParseError",
    "Region",
    "RegionRole",
    "Segment",
    "SegmentKind",
    "Severity",
    "Span",
    "Splitter",
    "StreamFormat",
    "Style",
    "StyleRegistry",
    "Token",
    "TokenKind",
    "Vocabulary",
    "WireparseError",
    "__version__",
    "from_dict",
    "from_json",
    "join_takes",
    "parse",
    "parse_file",
    "parse_files",
    "parse_stream",
    "render",
    "split",
    "styles",
    "to_dict",
    "to_json",
    "to_ninjs",
    "to_nitf",
    "tokenize",
)

try:
    __version__: str = _metadata.version("wireparse")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0.0.0+unknown"
