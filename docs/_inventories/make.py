"""Write the small local intersphinx inventories for attrs and dateutil.

The documentation builds offline, where Sphinx cannot fetch these projects'
``objects.inv``.  These files list the few targets wireparse's pages refer to,
with the addresses of their entries in each project's published
documentation, so that references resolve and link there with no network.
Online builds (Read the Docs) try the real inventory first.

Run ``python docs/_inventories/make.py`` after adding a target below.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent

# project: (version, [(name, role, page)]); each entry links to page#name.
TARGETS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "attrs": (
        "stable",
        [
            ("attrs.define", "py:function", "api.html"),
            ("attrs.frozen", "py:function", "api.html"),
            ("attrs.field", "py:function", "api.html"),
            ("attrs.evolve", "py:function", "api.html"),
            ("attrs.asdict", "py:function", "api.html"),
            ("attrs.fields", "py:function", "api.html"),
            ("attrs.Attribute", "py:class", "api.html"),
            ("attrs.exceptions.FrozenInstanceError", "py:exception", "api.html"),
            ("attrs.validators.instance_of", "py:function", "api.html"),
        ],
    ),
    "dateutil": (
        "stable",
        [
            ("dateutil.parser.parse", "py:function", "parser.html"),
            ("dateutil.parser.parserinfo", "py:class", "parser.html"),
            ("dateutil.tz.tzoffset", "py:class", "tz.html"),
            ("dateutil.tz.gettz", "py:function", "tz.html"),
        ],
    ),
}


def write(project: str, version: str, entries: list[tuple[str, str, str]]) -> Path:
    """Write ``<project>.inv`` in Sphinx's inventory format, version 2."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {page}#$ -\n" for name, role, page in entries)
    path = HERE / f"{project}.inv"
    path.write_bytes(header.encode() + zlib.compress(body.encode()))
    return path


if __name__ == "__main__":
    for name, (version, entries) in TARGETS.items():
        print(write(name, version, entries))
