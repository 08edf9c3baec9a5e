r"""Streams of many articles: :class:`Splitter`, :func:`split` and :func:`parse_stream`.

A day of wire copy arrives as one stream: ANPA-1312 or IPTC 7901 transmissions
framed by control characters, an AAP ``ZCZC`` … ``NNNN`` feed, a TIPSTER file
of ``<DOC>`` elements, a Reuters-21578 ``.sgm`` file of ``<REUTERS>`` elements,
or plain articles separated by form feeds.  A :class:`Splitter` finds the
articles in such a stream without doing any I/O itself (the design of h11's
``Connection``): feed it text as it arrives, then iterate over it for the
articles that are complete; :meth:`Splitter.close` ends the stream and flushes
the last one.  :func:`split` drives a splitter over text, bytes, a path or a
file, a fixed-size piece at a time, and :func:`parse_stream` parses what it
finds, one article at a time.

>>> import wireparse
>>> stream = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
>>> stream += "<REUTERS NEWID='1'><TEXT><TITLE>RAIN FALLS</TITLE></TEXT></REUTERS>\n"
>>> stream += "<REUTERS NEWID='2'><TEXT><TITLE>SUN SHINES</TITLE></TEXT></REUTERS>\n"
>>> [(c.span.start, c.span.end, c.format.value) for c in wireparse.split(stream)]
[(36, 103, 'reuters21578'), (104, 171, 'reuters21578')]
>>> [a.headline for a in wireparse.parse_stream(stream)]
['RAIN FALLS', 'SUN SHINES']

Theory of operation
    The splitter keeps one buffer of text and a scan position in it.  Each
    format is a small *framing*: the patterns that open and close an article,
    searched for from the scan position with compiled regular expressions, so
    every character is scanned a bounded number of times (linear time) and the
    remainder of the buffer is never re-sliced per article.  Before each feed
    the buffer is cut down to a little context behind the scan position; text
    of the current article that the cut removes is kept as a list of pieces and
    joined once, when the article is complete.  So the memory held is about one
    feed plus the article being read.

    A marker is acted on only once it is known not to change with more input: a
    match that reaches the end of the buffer waits for the next feed (or for
    :meth:`~Splitter.close`), and a partial marker at the end of the buffer is
    scanned again when more text comes.  Feeding a stream all at once or one
    character at a time gives the same articles.
"""

import codecs
import collections
import enum
import os
import re
from collections.abc import Iterator
from typing import IO, Final, NamedTuple

import attrs

from wireparse._api import parse
from wireparse._decode import _BOMS  # importing _decode also registers its error handler
from wireparse._errors import check_count
from wireparse._records import Article, Defect, Severity, Span
from wireparse._styles import Style, styles
from wireparse._vocabulary import Vocabulary

__all__ = ["Chunk", "Splitter", "StreamFormat", "parse_stream", "split"]

DEFAULT_CHUNK_SIZE: Final = 1 << 16
"""How many characters or bytes :func:`split` reads at a time."""
_LEGACY_ERRORS: Final = "wireparse-cp1252"
"""The error handler that ``wireparse._decode`` registers: cp1252, losing no byte."""


class StreamFormat(enum.StrEnum):
    r"""How a stream marks where its articles begin and end.

    The members are strings, so ``format="zczc"`` and
    ``format=StreamFormat.ZCZC`` mean the same.

    >>> from wireparse import StreamFormat, split
    >>> stream = "Rain ends\n\nRain fell.\n\fPort reopens\n\nShips sailed.\n"
    >>> [(c.format, c.text) for c in split(stream)]  # doctest: +NORMALIZE_WHITESPACE
    [(<StreamFormat.FORMFEED: 'formfeed'>, 'Rain ends\n\nRain fell.\n'),
     (<StreamFormat.FORMFEED: 'formfeed'>, 'Port reopens\n\nShips sailed.\n')]
    >>> [c.format for c in split(stream, format=StreamFormat.SINGLE)]
    [<StreamFormat.SINGLE: 'single'>]
    """

    ANPA1312 = "anpa1312"
    """AP's ANPA-1312 transmissions, each ``SYN SYN SOH`` … ``EOT``."""
    IPTC7901 = "iptc7901"
    """IPTC 7901 transmissions (as dpa sends them), each ``SOH`` … ``EOT``."""
    ZCZC = "zczc"
    """AAP's feed, each message ``ZCZC`` … ``NNNN``."""
    TIPSTER = "tipster"
    """TIPSTER/TREC SGML, an article to each ``<DOC>`` … ``</DOC>``."""
    REUTERS21578 = "reuters21578"
    """A Reuters-21578 ``.sgm`` file, an article to each ``<REUTERS …>`` element."""
    FORMFEED = "formfeed"
    """Plain articles separated by form feeds (text without one is one article)."""
    SINGLE = "single"
    """The whole stream is one article (never detected; ask for it)."""


def _span_fits_text(chunk: object, _attribute: "attrs.Attribute[Span]", span: Span) -> None:
    if not isinstance(chunk, Chunk) or len(span) != len(chunk.text):
        msg = "a chunk's span must be as long as its text"
        raise ValueError(msg)


def _defects_tuple(defects: "tuple[Defect, ...] | list[Defect]") -> tuple[Defect, ...]:
    return tuple(defects)


@attrs.frozen
class Chunk:
    r"""One article's text as it stands in a stream, with where it stands.

    ``stream[chunk.span.start : chunk.span.end] == chunk.text``, offsets
    counted in characters of the decoded stream.  The framing travels with the
    article (the ``SOH`` … ``EOT`` of a transmission, the ``<DOC>`` element's
    tags), so :func:`wireparse.parse` can tell its house style; what lies
    between articles (the ``.sgm`` DOCTYPE line, blank lines, idle characters)
    belongs to no chunk.

    >>> import wireparse
    >>> [c.text for c in wireparse.split("ZCZC one\nNNNN\r\nZCZC two\nNNNN\r\n")]
    ['ZCZC one\nNNNN', 'ZCZC two\nNNNN']
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The article's text, framing included."""
    span: Span = attrs.field(validator=[attrs.validators.instance_of(Span), _span_fits_text])
    """Where the text lies in the (decoded) stream."""
    format: StreamFormat = attrs.field(converter=StreamFormat)
    """The stream's format."""
    defects: tuple[Defect, ...] = attrs.field(default=(), converter=_defects_tuple)
    """Problems decoding the stream's bytes that concern this article (spans in
    :attr:`text`): a ``legacy-encoding`` or ``undecodable-bytes`` warning on the
    article where the stream stopped being what it seemed, and on every later
    article, since all of them were read the fallback way."""


# --------------------------------------------------------------------------
# Framings: where articles begin and end, format by format.


class _Hit(NamedTuple):
    """A boundary found in the buffer (all positions are buffer indexes)."""

    end: int | None
    """Where the current article ends (``None``: no article was open)."""
    start: int | None
    """Where the next article begins (``None``: none begins here)."""
    resume: int
    """Where scanning goes on."""
    reach: int
    """How far the match looked: a match that reached the buffer's end may change."""
    anchor: int
    """Where scanning must start again to find this boundary again."""


_MAX_SYNC = 16
"""At most this many SYN characters right before SOH are part of the frame."""
_MAX_ATTRIBUTES = 512
"""The longest attribute list an SGML start tag may have."""
_CONTEXT = 16
"""Characters kept behind the scan position (for look-behind and SYN runs)."""

_SOH_RE = re.compile("\x01")
_CONTROL_RE = re.compile("[\x01\x04]")
_ZCZC_START_RE = re.compile(r"(?<![A-Za-z0-9])ZCZC(?![A-Za-z0-9])")
_ZCZC_INSIDE_RE = re.compile(r"(?<=[\r\n])[ \t]{0,80}(?P<mark>NNNN|ZCZC)(?![A-Za-z0-9])")
_FORMFEED_RE = re.compile("\f")
_NONBLANK_RE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\ufeff]")
"""A character that makes text more than blank space and control characters."""


class _Framing:
    """How one format opens and closes articles (see the subclasses)."""

    tail = 0
    """The longest marker that may lie cut off at the end of the buffer."""
    opens_inside = False
    """The stream opens inside its first article (no opening marker)."""
    skips_blank = False
    """Articles of blank space only are dropped."""

    def find(self, buf: str, pos: int, inside: bool, floor: int) -> _Hit | None:
        """The first boundary at or after *pos*, if any; *floor* bounds look-behind."""
        raise NotImplementedError


class _ControlFraming(_Framing):
    """SOH opens a transmission (with the SYNs right before it), EOT closes it."""

    def find(self, buf: str, pos: int, inside: bool, floor: int) -> _Hit | None:
        """EOT ends the article; SOH begins the next (ending one left open)."""
        match = (_CONTROL_RE if inside else _SOH_RE).search(buf, pos)
        if match is None:
            return None
        at = match.start()
        if buf[at] == "\x04":
            return _Hit(at + 1, None, at + 1, at + 1, at)
        start, low = at, max(floor, at - _MAX_SYNC)
        while start > low and buf[start - 1] == "\x16":
            start -= 1
        return _Hit(start if inside else None, start, at + 1, at + 1, at)


class _ZczcFraming(_Framing):
    """``ZCZC`` opens a message; ``NNNN`` at the start of a line closes it."""

    tail = 90

    def find(self, buf: str, pos: int, inside: bool, floor: int) -> _Hit | None:  # noqa: ARG002
        """``NNNN`` ends the article; a line opening with ``ZCZC`` begins the next."""
        if not inside:
            match = _ZCZC_START_RE.search(buf, pos)
            if match is None:
                return None
            return _Hit(None, match.start(), match.end(), match.end(), match.start())
        match = _ZCZC_INSIDE_RE.search(buf, pos)
        if match is None:
            return None
        if match.group("mark") == "NNNN":
            return _Hit(match.end(), None, match.end(), match.end(), match.start())
        start = match.start("mark")
        return _Hit(match.start(), start, match.end(), match.end(), match.start())


class _ElementFraming(_Framing):
    """An SGML element per article: ``<TAG …>`` … ``</TAG>``."""

    tail = _MAX_ATTRIBUTES + 80

    def __init__(self, tag: str) -> None:
        """Frame articles as *tag* elements (matched without regard to case)."""
        start_tag = rf"<{tag}(?:\s[^<>]{{0,{_MAX_ATTRIBUTES}}})?>"
        self._start_re = re.compile(start_tag, re.IGNORECASE)
        self._inside_re = re.compile(rf"(?P<end></{tag}\s{{0,64}}>)|{start_tag}", re.IGNORECASE)

    def find(self, buf: str, pos: int, inside: bool, floor: int) -> _Hit | None:  # noqa: ARG002
        """The end tag ends the article; a start tag begins the next."""
        match = (self._inside_re if inside else self._start_re).search(buf, pos)
        if match is None:
            return None
        if inside and match.group("end") is not None:
            return _Hit(match.end(), None, match.end(), match.end(), match.start())
        end = match.start() if inside else None
        return _Hit(end, match.start(), match.end(), match.end(), match.start())


class _FormfeedFraming(_Framing):
    """A form feed ends one article and begins the next."""

    opens_inside = True
    skips_blank = True

    def find(self, buf: str, pos: int, inside: bool, floor: int) -> _Hit | None:  # noqa: ARG002
        """The next form feed."""
        match = _FORMFEED_RE.search(buf, pos)
        if match is None:
            return None
        at = match.start()
        return _Hit(at, at + 1, at + 1, at + 1, at)


class _SingleFraming(_Framing):
    """No boundaries at all: the stream is one article."""

    opens_inside = True
    skips_blank = True

    def find(self, buf: str, pos: int, inside: bool, floor: int) -> _Hit | None:  # noqa: ARG002
        """Never a boundary."""
        return None


_FRAMINGS: Final[dict[StreamFormat, _Framing]] = {
    StreamFormat.ANPA1312: _ControlFraming(),
    StreamFormat.IPTC7901: _ControlFraming(),
    StreamFormat.ZCZC: _ZczcFraming(),
    StreamFormat.TIPSTER: _ElementFraming("DOC"),
    StreamFormat.REUTERS21578: _ElementFraming("REUTERS"),
    StreamFormat.FORMFEED: _FormfeedFraming(),
    StreamFormat.SINGLE: _SingleFraming(),
}


# --------------------------------------------------------------------------
# Telling the format from the stream's first characters.

_DETECT_LIMIT = 4096
"""The framing must show within this many characters of the stream's start."""
_HEADER_LIMIT = 200
"""How far after SOH to look for the end of an ANPA or IPTC header line."""
_LEAD_RE = re.compile(r"[\s\x00\x7f\ufeff]*")
_SYN_SOH_RE = re.compile("\x16*\x01")
_SYNS_RE = re.compile("\x16*")
_LINE_END_RE = re.compile(r"[\r\n]")
_ZCZC_HEAD_RE = re.compile(r"ZCZC(?![A-Za-z0-9])")
_DECLARATION_RE = re.compile(r"<[!?][^<>]*>")
_ROOT_RE = re.compile(r"<(?P<tag>REUTERS|DOC)(?=[\s>])", re.IGNORECASE)
_ROOT_PREFIX_RE = re.compile(
    r"<(?:[!?][^<>]*|R(?:E(?:U(?:T(?:E(?:R(?:S)?)?)?)?)?)?|D(?:O(?:C)?)?)?\Z", re.IGNORECASE
)
"""The start of a declaration or of a root tag, cut off by the end of the text."""


def _skip_lead(text: str, at: int) -> int:
    """The index of the first character at or after *at* that is not blank or idle."""
    match = _LEAD_RE.match(text, at)
    return at if match is None else match.end()


def _detect(head: str, final: bool) -> StreamFormat | None:
    """The format *head* opens with, or ``None`` when more text could change it.

    With *final*, *head* is all there is to go by and the answer is never
    ``None``.
    """
    at = _skip_lead(head, 0)
    if at == len(head):
        return None if not final else StreamFormat.FORMFEED
    first = head[at]
    if first in "\x16\x01":
        return _detect_control(head, at, final)
    if head.startswith("ZCZC", at):
        if at + len("ZCZC") == len(head):
            return None if not final else StreamFormat.ZCZC
        return StreamFormat.ZCZC if _ZCZC_HEAD_RE.match(head, at) else StreamFormat.FORMFEED
    if len(head) - at < len("ZCZC") and "ZCZC".startswith(head[at:]):
        return None if not final else StreamFormat.FORMFEED
    if first == "<":
        declaration = _DECLARATION_RE.match(head, at)
        while declaration is not None:
            at = _skip_lead(head, declaration.end())
            declaration = _DECLARATION_RE.match(head, at)
        root = _ROOT_RE.match(head, at)
        if root is not None:
            if root.group("tag").upper() == "DOC":
                return StreamFormat.TIPSTER
            return StreamFormat.REUTERS21578
        if not final and (at == len(head) or _ROOT_PREFIX_RE.match(head, at)):
            return None
    return StreamFormat.FORMFEED


def _detect_control(head: str, at: int, final: bool) -> StreamFormat | None:
    """ANPA-1312 (SYN before SOH, or a US in its header line) or IPTC 7901."""
    opening = _SYN_SOH_RE.match(head, at)
    if opening is None:
        only_syns = _SYNS_RE.match(head, at)
        if only_syns is not None and only_syns.end() == len(head) and not final:
            return None
        return StreamFormat.FORMFEED
    if opening.end() - opening.start() > 1:
        return StreamFormat.ANPA1312
    header_start = opening.end()
    header_stop = header_start + _HEADER_LIMIT
    line_end = _LINE_END_RE.search(head, header_start, header_stop)
    if line_end is None and len(head) < header_stop and not final:
        return None
    header = head[header_start : header_stop if line_end is None else line_end.start()]
    return StreamFormat.ANPA1312 if "\x1f" in header else StreamFormat.IPTC7901


def _stream_format(value: object) -> StreamFormat | None:
    """*value* as a format, for a ``format=`` argument (``None`` stays)."""
    if value is None or isinstance(value, StreamFormat):
        return value
    if not isinstance(value, str):
        msg = f"'format' must be a stream format name (got {type(value).__name__})"
        raise TypeError(msg)
    try:
        return StreamFormat(value)
    except ValueError:
        known = ", ".join(f.value for f in StreamFormat)
        msg = f"unknown stream format {value!r}; the formats are: {known}"
        raise ValueError(msg) from None


# --------------------------------------------------------------------------
# The splitter.


class Splitter:
    r"""Find the articles in a stream of text fed in pieces (no I/O of its own).

    Feed it text with :meth:`feed` as it arrives, iterate over it for the
    articles complete so far (each is given once), and call :meth:`close` at
    the end of the stream to flush the last one.  The stream's format is told
    by its first characters (see :class:`StreamFormat`), unless given:
    control characters ``SYN``/``SOH`` open ANPA-1312 and IPTC 7901
    transmissions, ``ZCZC`` an AAP feed, ``<DOC>`` a TIPSTER file and
    ``<REUTERS`` (after any ``<!DOCTYPE …>``) a Reuters-21578 file.  Any other
    text is plain articles separated by form feeds; text with no form feed is
    one article.  The framing must show within the stream's first 4096
    characters.

    What lies between framed articles belongs to none, and plain articles
    of blank space only are dropped.  An article left open (no ``EOT``,
    ``NNNN`` or end tag) ends where the next one begins, or at the end of the
    stream.

    >>> from wireparse import Splitter
    >>> splitter = Splitter()
    >>> splitter.feed("\x01one\x04\r\n\x01tw")
    >>> [chunk.text for chunk in splitter]
    ['\x01one\x04']
    >>> splitter.feed("o\x04")
    >>> splitter.close()
    >>> [(chunk.text, chunk.span.start, chunk.span.end) for chunk in splitter]
    [('\x01two\x04', 7, 12)]
    >>> splitter.format.value
    'iptc7901'
    """

    def __init__(self, format: StreamFormat | str | None = None) -> None:  # noqa: A002
        """Split a stream in *format*, or in the format its first characters show.

        Raises:
            ValueError: *format* names no :class:`StreamFormat`.
        """
        chosen = _stream_format(format)
        self._format: StreamFormat | None = None
        self._framing: _Framing = _FRAMINGS[StreamFormat.SINGLE]  # until the format is known
        self._chunk_format = StreamFormat.SINGLE  # the format's, once known
        self._buf = ""  # the stream's text from offset self._base on
        self._base = 0
        self._pos = 0  # where scanning goes on, in the buffer
        self._inside = False  # whether an article is open
        self._start = 0  # the open article's start in the stream
        self._pieces: list[str] = []  # its text before self._base
        self._floor = 0  # the last article's end in the stream
        self._nonblank = False  # whether the open article holds more than blank space
        self._checked = 0  # how far, in the stream, that was checked
        self._ready: collections.deque[Chunk] = collections.deque()
        self._closed = False
        if chosen is not None:
            self._begin(chosen)

    @property
    def format(self) -> StreamFormat | None:
        """The stream's format; ``None`` while too little of it was fed to tell."""
        return self._format

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def feed(self, data: str) -> None:
        """Add the stream's next piece of text.

        Raises:
            TypeError: *data* is not a :class:`str`.
            ValueError: the splitter was closed.
        """
        given: object = data  # checked at run time: callers may pass anything
        if not isinstance(given, str):
            msg = f"feed() takes str (got {type(given).__name__}); decode bytes or use split()"
            raise TypeError(msg)
        if self._closed:
            msg = "feed() after close()"
            raise ValueError(msg)
        if not data:
            return
        keep = self._pos - _CONTEXT
        if keep > 0:
            if self._inside:
                at = self._start - self._base
                if at < keep:
                    self._pieces.append(self._buf[max(at, 0) : keep])
            self._buf = self._buf[keep:] + data
            self._base += keep
            self._pos -= keep
        else:
            self._buf += data
        self._scan(final=False)

    def close(self) -> None:
        """End the stream: the article still open is complete (closing twice is harmless)."""
        if not self._closed:
            self._closed = True
            self._scan(final=True)
            self._base += len(self._buf)
            self._buf = ""

    def __iter__(self) -> Iterator[Chunk]:
        """The articles completed since the last iteration, in stream order."""
        ready = self._ready
        while ready:
            yield ready.popleft()

    # -- scanning ----------------------------------------------------------

    def _begin(self, found: StreamFormat) -> None:
        self._format = self._chunk_format = found
        self._framing = _FRAMINGS[found]
        if self._framing.opens_inside:
            self._open(0)

    def _scan(self, final: bool) -> None:
        if self._format is None:
            found = _detect(self._buf[:_DETECT_LIMIT], final or len(self._buf) >= _DETECT_LIMIT)
            if found is None:
                return
            self._begin(found)
        framing, buf, base = self._framing, self._buf, self._base
        while True:
            floor = (self._start + 1 if self._inside else self._floor) - base
            hit = framing.find(buf, self._pos, self._inside, max(floor, 0))
            if hit is None or (hit.reach >= len(buf) and not final):
                if hit is not None:
                    self._pos = hit.anchor
                elif final:
                    self._pos = len(buf)
                else:
                    self._pos = max(self._pos, len(buf) - framing.tail)
                if final and self._inside:
                    self._emit(len(buf))
                else:
                    self._note(self._pos)
                return
            if hit.end is not None and self._inside:
                self._emit(hit.end)
            if hit.start is not None:
                self._open(hit.start)
            self._pos = hit.resume

    def _open(self, start: int) -> None:
        """An article begins at buffer index *start*."""
        self._inside = True
        self._start = self._checked = self._base + start
        self._nonblank = False

    def _note(self, upto: int) -> None:
        """Check the open article's text up to buffer index *upto* for more than blank space."""
        if not (self._inside and self._framing.skips_blank) or self._nonblank:
            return
        start = max(self._checked - self._base, 0)
        if upto > start:
            self._nonblank = _NONBLANK_RE.search(self._buf, start, upto) is not None
            self._checked = self._base + upto

    def _emit(self, end: int) -> None:
        """The open article ends at buffer index *end*."""
        self._note(end)
        self._inside = False
        self._floor = self._base + end
        pieces, self._pieces = self._pieces, []
        if self._framing.skips_blank and not self._nonblank:
            return
        at = max(self._start - self._base, 0)
        text = "".join([*pieces, self._buf[at:end]]) if pieces else self._buf[at:end]
        span = Span(self._start, self._base + end)
        self._ready.append(Chunk(text, span, self._chunk_format))


# --------------------------------------------------------------------------
# Reading: text, bytes, paths and files, a piece at a time.


class _StreamDecoder:
    """Bytes to text a piece at a time, by the rules of :func:`wireparse.parse`.

    A byte-order mark picks UTF-8, UTF-16 or UTF-32; otherwise the bytes are
    read as UTF-8.  A whole input that is not UTF-8 is read as cp1252, but a
    stream cannot be read twice: here the text before the first byte that is
    not UTF-8 stays as it was read (it *was* UTF-8, and ASCII reads the same
    either way), and from that byte on the stream is read as cp1252.  Bytes
    that break a byte-order mark's encoding become U+FFFD from there on.
    """

    def __init__(self) -> None:
        self._head = b""  # bytes held until the byte-order mark is settled
        self._decoder: codecs.IncrementalDecoder | None = None
        self._encoding = "utf-8"
        self._legacy = False
        self._bytes = 0  # bytes handed to the decoder so far
        self._chars = 0  # characters it gave back
        self.event: tuple[int, str, str] | None = None
        """The first decoding problem: its character offset, code and message."""

    def decode(self, data: bytes, final: bool = False) -> str:
        """The text of the next *data*; *final* for the end of the stream."""
        if self._decoder is None:
            self._head += data
            if len(self._head) < len(codecs.BOM_UTF32) and not final:
                return ""
            data, self._head = self._head, b""
            for bom, encoding in _BOMS:
                if data.startswith(bom):
                    self._encoding = encoding
                    break
            self._decoder = codecs.getincrementaldecoder(self._encoding)()
        text = self._decode(self._decoder, data, final)
        self._bytes += len(data)
        self._chars += len(text)
        return text

    def _decode(self, decoder: codecs.IncrementalDecoder, data: bytes, final: bool) -> str:
        if self._legacy:
            return data.decode("cp1252", errors=_LEGACY_ERRORS)
        held = len(decoder.getstate()[0])
        try:
            return decoder.decode(data, final)
        except UnicodeDecodeError as err:
            where = self._bytes - held + err.start
            if self._encoding != "utf-8":
                decoder.errors = "replace"
                text = decoder.decode(data, final)
                message = (
                    f"the stream is marked as {self._encoding} but byte {where} is not;"
                    " bad bytes from there on were replaced with U+FFFD"
                )
                self.event = (self._chars, "undecodable-bytes", message)
                return text
            good = err.object[: err.start].decode("utf-8")
            rest = err.object[err.start :].decode("cp1252", errors=_LEGACY_ERRORS)
            self._legacy = True
            message = (
                f"the stream is not UTF-8 (byte 0x{err.object[err.start]:02x} at offset {where});"
                " read it as cp1252 from there on"
            )
            self.event = (self._chars + len(good), "legacy-encoding", message)
            return good + rest


_Source = str | bytes | bytearray | memoryview | os.PathLike[str] | IO[bytes] | IO[str]


class _Reader:
    """The text of a source, a piece at a time, and the decoding problems met."""

    def __init__(self, source: object, chunk_size: int) -> None:
        check_count("chunk_size", chunk_size)
        self._size = chunk_size
        self._source = source
        self._decoder = _StreamDecoder()
        if isinstance(source, (bytes, bytearray, memoryview)):
            self._source = memoryview(source).cast("B")
        elif not isinstance(source, (str, os.PathLike)) and not callable(
            getattr(source, "read", None)
        ):
            msg = (
                "expected str, bytes, an os.PathLike path or a file object"
                f" (got {type(source).__name__}); a path given as str is read as text,"
                " so pass a pathlib.Path"
            )
            raise TypeError(msg)

    def texts(self) -> Iterator[str]:
        """The source's text, a piece at a time."""
        source, size = self._source, self._size
        if isinstance(source, str):
            for at in range(0, len(source), size):
                yield source[at : at + size]
        elif isinstance(source, memoryview):
            for at in range(0, len(source), size):
                yield self._decoder.decode(bytes(source[at : at + size]))
            yield self._decoder.decode(b"", final=True)
        elif isinstance(source, os.PathLike):
            with open(source, "rb") as file:  # noqa: PTH123  # any os.PathLike
                yield from self._read(file)
        else:
            yield from self._read(source)

    def _read(self, file: object) -> Iterator[str]:
        read = getattr(file, "read")  # noqa: B009  # checked to be callable
        binary = None
        while True:
            data = read(self._size)
            if isinstance(data, str) and binary is not True:
                binary = False
                if not data:
                    return
                yield data
            elif isinstance(data, (bytes, bytearray, memoryview)) and binary is not False:
                binary = True
                if not data:
                    yield self._decoder.decode(b"", final=True)
                    return
                yield self._decoder.decode(bytes(data))
            else:
                msg = f"read() gave {type(data).__name__}, not the str or bytes it gave before"
                raise TypeError(msg)

    def annotate(self, chunk: Chunk) -> Chunk:
        """*chunk* with the decoding problem that concerns it, if any."""
        event = self._decoder.event
        if event is None or chunk.span.end <= event[0]:
            return chunk
        offset, code, message = event
        at = offset - chunk.span.start
        span = Span(at, min(at + 1, len(chunk.text))) if at >= 0 else Span(0, 0)
        defect = Defect(code, message, span, Severity.WARNING)
        return attrs.evolve(chunk, defects=(*chunk.defects, defect))


def split(
    source: _Source,
    *,
    format: StreamFormat | str | None = None,  # noqa: A002
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Chunk]:
    r"""The articles in a stream, one at a time, each with its place in the stream.

    Args:
        source: the stream: text (:class:`str`), bytes, a path
            (:class:`os.PathLike`, such as :class:`pathlib.Path`; a path given
            as :class:`str` would be read as the text itself), or a file object
            opened for reading in binary mode (text mode also works, but
            translates CR line ends away).
        format: the stream's :class:`StreamFormat`, by value or name; by
            default it is told from the stream's first characters (see
            :class:`Splitter`).
        chunk_size: how many characters or bytes to read at a time.

    Returns:
        An iterator of :class:`Chunk`\ s, read lazily: the stream is read as
        the chunks are asked for, and a file given by path is closed when the
        iterator is exhausted or discarded.  Spans count characters of the
        decoded stream.  Bytes are decoded as :func:`wireparse.parse` decodes
        them, except that a stream that turns out not to be UTF-8 is read as
        cp1252 only from the first byte that is not (with a defect on the
        chunks from there on; see :attr:`Chunk.defects`).

    Raises:
        TypeError: *source* is of none of those types.
        ValueError: *format* names no format, or *chunk_size* is not positive.

    To parse each article and keep its place in the stream, parse the chunks:
    an article's spans count from the start of the chunk's text.

    >>> import wireparse
    >>> stream = "Rain falls\n\nIt rained.\n\fSun shines\n\nIt was sunny.\n"
    >>> for chunk in wireparse.split(stream):
    ...     article = wireparse.parse(chunk.text)
    ...     print(chunk.span.start, article.headline)
    0 Rain falls
    24 Sun shines
    """
    splitter = Splitter(format)
    reader = _Reader(source, chunk_size)
    return _split(reader, splitter)


def _split(reader: _Reader, splitter: Splitter) -> Iterator[Chunk]:
    for text in reader.texts():
        splitter.feed(text)
        for chunk in splitter:
            yield reader.annotate(chunk)
    splitter.close()
    for chunk in splitter:
        yield reader.annotate(chunk)


def parse_stream(
    source: _Source,
    *,
    strict: bool = False,
    style: str | Style | None = None,
    vocabulary: Vocabulary | None = None,
    format: StreamFormat | str | None = None,  # noqa: A002
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Article]:
    r"""Parse the articles in a stream, lazily, one at a time.

    The stream is split by :func:`split` (which takes the same *source*,
    *format* and *chunk_size*) and each article is parsed by
    :func:`wireparse.parse` (which takes the same *strict*, *style* and
    *vocabulary*; without *style*, each article's house style is told apart).
    Only one article is held at a time, so a file of any size is parsed in
    memory bounded by its largest article.

    Each article's :attr:`~wireparse.Article.source` is its own text, and its
    spans count from there; to know where an article lies in the stream, use
    :func:`split` and parse each chunk.  Problems decoding the stream's bytes
    are added to the articles' defects (see :attr:`Chunk.defects`).

    Returns:
        An iterator of :class:`~wireparse.Article`; with ``strict=True`` it
        raises :class:`~wireparse.ParseError` at the first article with an
        error-level defect.

    Raises:
        TypeError: an argument has the wrong type.
        ValueError: *format* or *style* names nothing known, or *chunk_size*
            is not positive.

    >>> from pathlib import Path
    >>> import tempfile, wireparse
    >>> day = b"<DOC>\n<HEAD>Rain falls</HEAD>\n<TEXT>It rained.</TEXT>\n</DOC>\n"
    >>> day += b"<DOC>\n<HEAD>Sun shines</HEAD>\n<TEXT>It was sunny.</TEXT>\n</DOC>\n"
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "day.txt")
    ...     _ = path.write_bytes(day)
    ...     [article.headline for article in wireparse.parse_stream(path)]
    ['Rain falls', 'Sun shines']
    """
    given: tuple[object, object] = (strict, vocabulary)  # checked: callers may pass anything
    if not isinstance(given[0], bool):
        msg = f"'strict' must be a bool (got {type(given[0]).__name__})"
        raise TypeError(msg)
    if given[1] is not None and not isinstance(given[1], Vocabulary):
        msg = f"'vocabulary' must be a wireparse.Vocabulary (got {type(given[1]).__name__})"
        raise TypeError(msg)
    chosen = None if style is None else styles.get_style(style, "")
    chunks = split(source, format=format, chunk_size=chunk_size)
    return _parse_chunks(chunks, strict, chosen, vocabulary)


def _parse_chunks(
    chunks: Iterator[Chunk], strict: bool, style: Style | None, vocabulary: Vocabulary | None
) -> Iterator[Article]:
    for chunk in chunks:
        article = parse(chunk.text, strict=strict, style=style, vocabulary=vocabulary)
        if chunk.defects:
            defects = sorted(
                (*article.defects, *chunk.defects), key=lambda d: (d.span.start, d.span.end)
            )
            article = attrs.evolve(article, defects=defects)
        yield article
