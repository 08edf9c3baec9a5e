"""The shell commands of the how-to guides (``docs/howto/*.md``), run as shown.

The guides' Python examples are ``{doctest}`` blocks that Sphinx's doctest
builder runs.  Their shell commands cannot be: this module runs each ```` ```sh ````
block of the guides as written, in a folder holding the article files the
guides describe, and checks what the guide says about the result.
The outputs a guide shows (summary lines, messages, a text summary) are
checked against the real output *and* looked up in the guide's text, so that
neither can change without the other.

* Every ``sh`` block must have a check here (or be listed as not run, such as
  ``pip install``); a new or changed block fails until it has one.
* The scripts a guide shows (``gate.py``, ``validate_ninjs.py``) are taken
  from the guide's ```` ```python ```` block that opens with ``# NAME``.
* A block that is one ``wireparse`` command, its output perhaps sent to a
  file (``> out.jsonl``), runs in this process through
  :func:`wireparse._cli.main`; other blocks (pipelines) run with bash, where
  ``wireparse`` and ``python`` run this interpreter (``python -m wireparse``)
  through small shims put first on ``PATH``.
* The ninjs validation needs the IPTC schemas beside the project, in
  ``../shared/schemas`` (they are not copied into it), and ``jsonschema``;
  it skips without them.

Every fixture is invented and written by hand.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from wireparse import _cli

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
HOWTO = ROOT / "docs" / "howto"
SCHEMAS = ROOT.parent / "shared" / "schemas"
"""Where the IPTC ninjs schemas are expected: ``../shared/schemas`` from the project root."""

BASH = shutil.which("bash")

FIXTURES = {
    "articles/2024-05-20/harbour.txt": (
        "Harbour reopens after storm\n"
        "\n"
        "By Jane Doe\n"
        "Published : May 20, 2024 18:05 GMT\n"
        "\n"
        "PORT ELLIS, May 20 (AP) -- The harbour reopened on Monday after three days of gales.\n"
        "\n"
        "Ferries ran on time by the afternoon. (AP)\n"
        "(END)\n"
    ),
    "articles/2024-05-21/bridge.txt": (
        "Council backs new bridge\n"
        "\n"
        "Published : 2024-05-21 10:30\n"
        "\n"
        "RIVERTON -- The council voted for a new bridge on Tuesday.\n"
    ),
    "articles/2024-05-21/council.txt": (
        "RIVERTON -- The council also voted to keep the library open late.\n"
    ),
    "articles/2024-05-21/empty.txt": "\n",
    "articles/2024-05-21/market.text": (
        "Market hall to close for repairs\n"
        "\n"
        "RIVERTON -- The market hall will close for a month from June 1.\n"
    ),
    "articles/README.md": "Articles from the city desk.\n",
}
"""The directory the guides parse (the tree shown in json-lines.md)."""

TXT_FILES = [
    "articles/2024-05-20/harbour.txt",
    "articles/2024-05-21/bridge.txt",
    "articles/2024-05-21/council.txt",
    "articles/2024-05-21/empty.txt",
]
"""The files a directory run takes by default, in the order it takes them."""

NOT_RUN = {"pip install jsonschema\n"}
"""Blocks shown but not run: they install software."""

_SH_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.DOTALL | re.MULTILINE)
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
_SECONDS = re.compile(r" in \d+\.\d s$", re.MULTILINE)
_ONE_COMMAND = re.compile(r"wireparse (?P<args>[^|;&<>\n]+?)(?: > (?P<out>[\w./-]+))?\n")
"""A block that is one ``wireparse`` command, its standard output perhaps sent to a file."""


def page(name: str) -> str:
    return (HOWTO / name).read_text(encoding="utf-8")


def sh_blocks() -> list[tuple[str, str]]:
    """Every ``sh`` block of the guides: (page name, block text)."""
    return [
        (path.name, block)
        for path in sorted(HOWTO.glob("*.md"))
        for block in _SH_BLOCK.findall(path.read_text(encoding="utf-8"))
    ]


def script(page_name: str, name: str) -> str:
    """The guide's ``python`` block that opens with ``# name``."""
    found = [
        block for block in _PYTHON_BLOCK.findall(page(page_name)) if block.startswith(f"# {name}\n")
    ]
    assert len(found) == 1, f"{page_name} shows {name} {len(found)} times"
    return found[0]


def shown(page_name: str, text: str) -> None:
    """Fail unless the guide shows *text*, with any run time written as ``0.1 s``."""
    text = _SECONDS.sub(" in 0.1 s", text)
    assert text in page(page_name), f"{page_name} does not show:\n{text}"


@attrs.frozen
class Run:
    """What a block did."""

    status: int
    stdout: str
    stderr: str
    folder: Path

    def lines(self, name: str) -> list[Any]:
        """The JSON Lines the block wrote to *name*."""
        text = (self.folder / name).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines()]


CHECKS: dict[str, tuple[str, Callable[[Run], None]]] = {}
"""For each block, as the guide shows it: the guide's name and the check."""


def check(page_name: str, block: str) -> Callable[[Callable[[Run], None]], Callable[[Run], None]]:
    def register(function: Callable[[Run], None]) -> Callable[[Run], None]:
        CHECKS[block] = (page_name, function)
        return function

    return register


def write_fixtures(folder: Path) -> None:
    for name, text in FIXTURES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (folder / "gate.py").write_text(script("defects.md", "gate.py"), encoding="utf-8")
    (folder / "validate_ninjs.py").write_text(
        script("ninjs.md", "validate_ninjs.py"), encoding="utf-8"
    )
    shims = folder / "bin"
    shims.mkdir()
    for name, command in (("wireparse", "-m wireparse"), ("python", "")):
        shim = shims / name
        shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" {command} "$@"\n', encoding="utf-8")
        shim.chmod(0o755)


def run(block: str, folder: Path) -> Run:
    """Run *block* in *folder*: in this process if it is one command, else with bash."""
    command = _ONE_COMMAND.fullmatch(block)
    if command is not None:
        return run_main(shlex.split(command["args"]), command["out"], folder)
    if BASH is None:
        pytest.skip("the guides' pipelines are bash commands")
    env = {**os.environ, "PATH": f"{folder / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("PYTHONWARNINGS", None)
    done = subprocess.run(
        [BASH, "-e", "-o", "pipefail", "-c", block],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    return Run(done.returncode, done.stdout, done.stderr, folder)


def run_main(args: list[str], out: str | None, folder: Path) -> Run:
    """``wireparse ARGS [> OUT]`` through :func:`wireparse._cli.main`, in *folder*."""
    stdout, stderr = io.StringIO(), io.StringIO()
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = _cli.main(args)
    finally:
        os.chdir(cwd)
    text = stdout.getvalue()
    if out is not None:
        (folder / out).write_text(text, encoding="utf-8")
        text = ""
    return Run(status, text, stderr.getvalue(), folder)


# --------------------------------------------------------------------------
# The blocks are all checked.


def test_every_block_has_a_check() -> None:
    blocks = {block for _page, block in sh_blocks()}
    assert blocks - NOT_RUN == set(CHECKS)
    assert blocks >= NOT_RUN


def test_each_check_is_on_its_page() -> None:
    for block, (page_name, _function) in CHECKS.items():
        assert f"```sh\n{block}```" in page(page_name)


def test_the_tree_shown_is_the_fixtures() -> None:
    text = page("json-lines.md")
    for name in FIXTURES:
        assert Path(name).name in text


# --------------------------------------------------------------------------
# json-lines.md


@check("json-lines.md", "wireparse articles --format jsonl --jobs 4 > articles.jsonl\n")
def _jsonl(result: Run) -> None:
    assert result.status == 0, result.stderr
    records = result.lines("articles.jsonl")
    assert [record["path"] for record in records] == TXT_FILES
    assert all(next(iter(record)) == "path" for record in records)
    first = (result.folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    shown("json-lines.md", first[: first.index(', "byline"')] + ", ...}")
    shown("json-lines.md", result.stderr)
    assert result.stderr.startswith("wireparse: 4 files, 4 articles, 3 defects, 0 failed")


@check(
    "json-lines.md",
    "wireparse articles --glob '*.txt' --glob '*.text' --format jsonl > articles.jsonl\n",
)
def _jsonl_glob(result: Run) -> None:
    assert result.status == 0, result.stderr
    paths = [record["path"] for record in result.lines("articles.jsonl")]
    assert paths == [*TXT_FILES, "articles/2024-05-21/market.text"]
    assert result.stderr.startswith("wireparse: 5 files, 5 articles, ")
    shown("json-lines.md", "`5 files, 5 articles`")


@check("json-lines.md", "wireparse articles missing.txt --format jsonl > articles.jsonl\n")
def _jsonl_missing(result: Run) -> None:
    assert result.status == 1
    assert [record["path"] for record in result.lines("articles.jsonl")] == TXT_FILES
    assert result.stderr.startswith("wireparse: cannot read 'missing.txt': ")
    shown("json-lines.md", result.stderr)


@check("styles.md", "wireparse --style yonhap --format jsonl articles > articles.jsonl\n")
def _styles_forced(result: Run) -> None:
    assert result.status == 0, result.stderr
    records = result.lines("articles.jsonl")
    assert [record["path"] for record in records] == TXT_FILES
    assert {record["style"] for record in records} == {"yonhap"}


@check("json-lines.md", "wireparse articles --format jsonl --strict > articles.jsonl\n")
def _jsonl_strict(result: Run) -> None:
    assert result.status == 1
    paths = [record["path"] for record in result.lines("articles.jsonl")]
    assert paths == [name for name in TXT_FILES if not name.endswith("empty.txt")]
    shown("json-lines.md", result.stderr)


# --------------------------------------------------------------------------
# ninjs.md


@check("ninjs.md", "wireparse articles --format ninjs > articles.ninjs.jsonl\n")
def _ninjs(result: Run) -> None:
    assert result.status == 0, result.stderr
    items = result.lines("articles.ninjs.jsonl")
    assert len(items) == len(TXT_FILES)
    assert [item["standard"]["version"] for item in items] == ["3.1"] * len(TXT_FILES)
    assert items[0]["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": "Harbour reopens after storm"}
    ]


@check("ninjs.md", "wireparse articles/2024-05-20/harbour.txt --format nitf > harbour.xml\n")
def _nitf(result: Run) -> None:
    assert result.status == 0, result.stderr
    root = ET.parse(result.folder / "harbour.xml").getroot()  # noqa: S314 - our own output
    namespace = "{http://iptc.org/std/NITF/2006-10-18/}"
    assert root.tag == f"{namespace}nitf"
    assert root.findtext(f".//{namespace}hl1") == "Harbour reopens after storm"
    assert len(root.findall(f".//{namespace}p")) == 2


@check(
    "ninjs.md",
    "wireparse articles --format ninjs --quiet | python validate_ninjs.py ninjs-schema_3.1.json\n"
    "wireparse articles --format ninjs --ninjs-version 2.2 --quiet"
    " | python validate_ninjs.py ninjs-schema_2.2.json\n",
)
def _ninjs_valid(result: Run) -> None:
    assert result.status == 0, result.stderr
    assert result.stderr == "4 items, 0 errors\n" * 2
    shown("ninjs.md", "`4 items, 0 errors`")


@pytest.mark.skipif(BASH is None, reason="the guides' commands are bash commands")
def test_validate_ninjs_finds_errors(tmp_path: Path) -> None:
    """The guide's validator is not vacuous: 2.2 objects break the 3.1 schema."""
    pytest.importorskip("jsonschema")
    if not SCHEMAS.is_dir():
        pytest.skip("../shared/schemas is absent; validating ninjs needs the IPTC schemas")
    shutil.copyfile(SCHEMAS / "ninjs-schema_3.1.json", tmp_path / "ninjs-schema_3.1.json")
    write_fixtures(tmp_path)
    result = run(
        "wireparse articles --format ninjs --ninjs-version 2.2 --quiet"
        " | python validate_ninjs.py ninjs-schema_3.1.json",
        tmp_path,
    )
    assert result.status == 1
    assert "line 1: $" in result.stderr
    assert result.stderr.endswith(" errors\n")
    assert not result.stderr.endswith(" 0 errors\n")


# --------------------------------------------------------------------------
# defects.md


@check("defects.md", "wireparse articles/2024-05-21/council.txt\n")
def _text_summary(result: Run) -> None:
    assert result.status == 0, result.stderr
    assert result.stderr == ""
    assert "  1:13: warning: missing-headline: no headline line before the body\n" in result.stdout
    shown("defects.md", f"```text\n{result.stdout}```")


@check("defects.md", "wireparse --strict articles/2024-05-21/empty.txt\n")
def _strict_file(result: Run) -> None:
    assert result.status == 1
    assert result.stdout == ""
    shown("defects.md", f"```text\n{result.stderr}```")


@check(
    "defects.md",
    "set -o pipefail\n"
    "wireparse articles --format jsonl --quiet | python gate.py > articles.jsonl\n",
)
def _gate(result: Run) -> None:
    assert result.status == 1
    assert [record["path"] for record in result.lines("articles.jsonl")] == TXT_FILES
    assert result.stderr.count("\n") == 2  # council's warning, empty's error
    shown("defects.md", f"```text\n{result.stderr}```")


@pytest.mark.skipif(BASH is None, reason="the guides' commands are bash commands")
def test_gate_passes_clean_copy(tmp_path: Path) -> None:
    """With only infos (a zone-less timestamp), the guide's gate lets the run pass."""
    write_fixtures(tmp_path)
    result = run(
        "wireparse articles/2024-05-20/harbour.txt articles/2024-05-21/bridge.txt"
        " --format jsonl --quiet | python gate.py > clean.jsonl",
        tmp_path,
    )
    assert result.status == 0, result.stderr
    assert result.stderr == ""
    assert len(result.lines("clean.jsonl")) == 2


# --------------------------------------------------------------------------
# Running them (after every check above is registered).


@pytest.mark.parametrize("block", sorted(CHECKS), ids=lambda block: block.split("\n")[0][:60])
def test_block(block: str, tmp_path: Path) -> None:
    _page, function = CHECKS[block]
    if "validate_ninjs.py" in block:
        pytest.importorskip("jsonschema")
        if not SCHEMAS.is_dir():
            pytest.skip("../shared/schemas is absent; validating ninjs needs the IPTC schemas")
        for version in ("2.2", "3.1"):
            name = f"ninjs-schema_{version}.json"
            shutil.copyfile(SCHEMAS / name, tmp_path / name)
    write_fixtures(tmp_path)
    result = run(block, tmp_path)
    function(result)
