"""Turning input bytes into text, reporting every guess as a defect."""

from __future__ import annotations

import codecs

from wireparse._records import Defect, Severity, Span

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The five byte values cp1252 leaves undefined decode as their Latin-1
# (C1 control) code points, so the legacy fallback loses no byte.
_CP1252_HOLES = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}


def _cp1252_lossless(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # only decoding uses this handler
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_HOLES.get(b, chr(b)) for b in bad), error.end


codecs.register_error("wireparse-cp1252", _cp1252_lossless)


def decode(data: bytes | bytearray | memoryview) -> tuple[str, str, list[Defect]]:
    """Decode *data*; return the text, the encoding used and any defects.

    A byte-order mark picks UTF-8, UTF-16 or UTF-32; otherwise the bytes are
    read as UTF-8, and where that fails as cp1252 with a ``legacy-encoding``
    warning.  The byte-order mark itself is not part of the text.
    """
    raw = bytes(data)
    # UTF-32 LE's mark begins with UTF-16 LE's, so the longer marks come first.
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as err:
                text = raw.decode(encoding, errors="replace")
                return text, encoding, [_bad_bytes(text, encoding, err)]
            return text, encoding, []
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as err:
        text = raw.decode("cp1252", errors="wireparse-cp1252")
        defect = Defect(
            "legacy-encoding",
            f"the input is not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start});"
            " read it as cp1252",
            Span(err.start, min(err.start + 1, len(text))),
            Severity.WARNING,
        )
        return text, "cp1252", [defect]


def _bad_bytes(text: str, encoding: str, err: UnicodeDecodeError) -> Defect:
    at = min(len(text), err.start)
    return Defect(
        "undecodable-bytes",
        f"the input is marked as {encoding} but has bytes that are not;"
        " they were replaced with U+FFFD",
        Span(at, at),
        Severity.WARNING,
    )
