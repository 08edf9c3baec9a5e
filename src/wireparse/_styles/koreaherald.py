"""The Korea Herald web page, the layout the project started from.

A headline line, ``By NAME``, bulleted ``Published :`` and ``Updated :`` lines
in Korea Standard Time, a ``CITY --`` dateline, photo captions in the body and
a trailing ``(Yonhap)`` credit.
"""

from __future__ import annotations

import re

from wireparse._styles._base import Style

__all__ = ["KoreaHerald"]

_LAYOUT = re.compile(r"^[ \t]*\u2022[ \t]*(?:Published|Updated)[ \t]*:", re.MULTILINE)


class KoreaHerald(Style):
    """The Korea Herald page: bulleted timestamps in Korea Standard Time."""

    name = "koreaherald"
    description = "Korea Herald pages: '• Published : Aug 8, 2017 - 09:44' (KST), 'CITY --'"
    implied_offset = 9 * 60

    def detect(self, source: str) -> float:
        """Bulleted ``Published :``/``Updated :`` lines near the top."""
        if source.find("\u2022", 0, 3000) < 0:  # a fast find before the anchored search
            return 0.0
        return 0.9 if _LAYOUT.search(source, 0, 3000) else 0.0


STYLES = (KoreaHerald(),)
