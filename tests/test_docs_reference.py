"""The reference pages stay complete and true to the code.

* ``docs/reference/cli.md`` names every option of the command's parser, and
  every ``console`` example on it runs, through :func:`wireparse._cli.main`,
  on the example files the page itself shows, with the output it shows.
* ``docs/reference/defects.md`` has a row for every defect code the source
  can emit, and no other.
* ``docs/reference/kinds.md`` describes every segment and token kind.
* ``docs/styles.md`` has a sample of every registered house style.

The pages' ``{doctest}`` blocks run under ``sphinx -b doctest``; these tests
check what a doctest cannot: that nothing is left out.
"""

from __future__ import annotations

import ast
import doctest
import io
import re
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import wireparse
from wireparse import SegmentKind, TokenKind, _cli

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SOURCE = ROOT / "src" / "wireparse"
CLI_PAGE = DOCS / "reference" / "cli.md"
DEFECTS_PAGE = DOCS / "reference" / "defects.md"
KINDS_PAGE = DOCS / "reference" / "kinds.md"
STYLES_PAGE = DOCS / "styles.md"


def fenced_blocks(text: str, info: str) -> Iterator[tuple[str, str]]:
    """Each fenced block whose info string starts with *info*: its options line and body."""
    pattern = re.compile(
        rf"^(?P<fence>`{{3,}})(?P<info>{re.escape(info)}[^\n]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$",
        re.MULTILINE | re.DOTALL,
    )
    for match in pattern.finditer(text):
        yield match.group("info"), match.group("body")


# --------------------------------------------------------------------------
# The command line.


def cli_options() -> list[str]:
    """Every option string of the command's parser, and the positional's name."""
    parser = _cli._build_parser()
    found: list[str] = []
    for action in parser._actions:
        if action.option_strings:
            found.extend(action.option_strings)
        else:
            found.append(str(action.metavar or action.dest))
    return found


def test_the_cli_parser_has_the_options_the_page_expects():
    # A guard for the test below: the builder is found and reads as expected.
    assert {"-f", "--format", "--json", "--jobs", "--strict", "PATH"} <= set(cli_options())


@pytest.mark.parametrize("option", cli_options())
def test_every_cli_option_is_documented(option):
    page = CLI_PAGE.read_text(encoding="utf-8")
    # Documented with Sphinx's option directive, so that {option} links to it.
    described = [
        spec
        for info, body in fenced_blocks(page, "{option}")
        for spec in [info.removeprefix("{option}").strip() or body.splitlines()[0]]
    ]
    words = {word.rstrip(",") for spec in described for word in spec.split()}
    assert option in words, f"{option} has no {{option}} entry in {CLI_PAGE.relative_to(ROOT)}"


def example_files(page: str) -> dict[str, str]:
    """The files the page shows: ``{code-block}`` blocks captioned with a path."""
    files: dict[str, str] = {}
    for _info, body in fenced_blocks(page, "{code-block}"):
        options, _, content = body.partition("\n\n")
        caption = re.search(r"^:caption: (\S+)$", options, re.MULTILINE)
        if caption is not None:
            files[caption.group(1)] = content
    return files


def console_examples(page: str) -> list[tuple[str, str]]:
    """Each ``$ command`` of the page's ``console`` blocks, with the output shown under it."""
    examples: list[tuple[str, str]] = []
    for _info, body in fenced_blocks(page, "console"):
        for chunk in re.split(r"^(?=\$ )", body, flags=re.MULTILINE):
            if chunk.strip():
                command, _, output = chunk.partition("\n")
                examples.append((command.removeprefix("$ "), output))
    return examples


class Shell:
    """Runs the page's commands: ``wireparse ...`` (with ``< FILE`` or ``cat FILE |``) and
    ``echo $?``, with standard output and standard error on one stream, as on a terminal."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.status = 0

    def run(self, command: str) -> str:
        if command == "echo $?":
            return f"{self.status}\n"
        words = shlex.split(command)
        stdin = b""
        if words[:1] == ["cat"] and "|" in words:
            bar = words.index("|")
            stdin = b"".join(Path(name).read_bytes() for name in words[1:bar])
            words = words[bar + 1 :]
        if "<" in words:
            at = words.index("<")
            stdin = Path(words[at + 1]).read_bytes()
            words = words[:at] + words[at + 2 :]
        assert words[:1] == ["wireparse"], f"not a wireparse command: {command}"
        terminal = io.StringIO()
        self.monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        self.monkeypatch.setattr(sys, "stdout", terminal)
        self.monkeypatch.setattr(sys, "stderr", terminal)
        self.status = _cli.main(words[1:])
        output = terminal.getvalue()
        # The version changes with each release; the page shows one.
        return output.replace(f"wireparse {wireparse.__version__}\n", "wireparse 0.1.0\n")


CHECKER = doctest.OutputChecker()


def test_the_cli_page_has_examples():
    page = CLI_PAGE.read_text(encoding="utf-8")
    assert len(example_files(page)) >= 3
    assert len(console_examples(page)) >= 10


def test_every_cli_example_gives_the_output_shown(tmp_path, monkeypatch):
    page = CLI_PAGE.read_text(encoding="utf-8")
    for name, content in example_files(page).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps its help to the terminal
    monkeypatch.setattr(_cli, "_clock", lambda: 0.0)  # every run takes "0.0 s"
    shell = Shell(monkeypatch)
    failures = []
    for command, want in console_examples(page):
        got = shell.run(command)
        if not CHECKER.check_output(want, got, doctest.ELLIPSIS):
            failures.append(f"$ {command}\n--- shown:\n{want}--- got:\n{got}")
    assert not failures, "\n\n".join(failures)


def test_the_progress_bar_shown_is_the_one_drawn():
    page = CLI_PAGE.read_text(encoding="utf-8")
    assert _cli._progress_line(1234, 13650, 2.4, 80) in page
    assert _cli._progress_line(1234, None, 2.4, 80) in page


# --------------------------------------------------------------------------
# Defect codes.

CODE_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
"""A defect code: kebab-case, two words or more."""

PASSED_THROUGH = {"problem", "code"}
"""Names that carry a code made elsewhere, and collected there: a timestamp
reading's ``problem`` (made by ``Reading(...)``), a decoder event's ``code``
(made by ``event = (offset, "code", message)``)."""


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _code_argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for given in call.keywords:
        if given.arg == keyword:
            return given.value
    if len(call.args) > position and not isinstance(call.args[position], ast.Starred):
        return call.args[position]
    return None


def _strings(node: ast.expr | None, where: str) -> Iterator[str]:
    """The code strings *node* can give; fails on an expression it cannot see through."""
    if node is None:
        return
    if isinstance(node, ast.Constant) and node.value is None:
        return  # a reading without a problem
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body, where)
        yield from _strings(node.orelse, where)
    elif isinstance(node, ast.Name) and node.id in PASSED_THROUGH:
        return
    else:
        pytest.fail(
            f"{where}: a defect code this test cannot read ({ast.unparse(node)}); "
            "pass a string literal, or teach tests/test_docs_reference.py where it comes from"
        )


def _event_code(node: ast.Assign) -> ast.expr | None:
    """The code in ``<something>.event = (offset, code, message)``; ``None`` elsewhere."""
    is_event = any(
        isinstance(target, ast.Attribute) and target.attr == "event" for target in node.targets
    )
    if is_event and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 3:
        return node.value.elts[1]
    return None


def source_defect_codes() -> dict[str, list[str]]:
    """Every defect code the package can emit, with where each is made.

    Read from the syntax tree of every module, so that the layout of a call
    does not matter: the first argument (or ``code=``) of ``Defect(...)`` and
    of ``state.defect(...)``, the second (or ``problem=``) of a timestamp
    ``Reading(...)``, and the code in a decoder's ``event = (offset, code,
    message)``.
    """
    found: dict[str, list[str]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            codes: list[str] = []
            if isinstance(node, ast.Call):
                name = _call_name(node.func)
                if name in {"Defect", "defect"}:
                    codes = list(_strings(_code_argument(node, 0, "code"), where))
                elif name == "Reading":
                    codes = list(_strings(_code_argument(node, 1, "problem"), where))
            elif isinstance(node, ast.Assign):
                codes = list(_strings(_event_code(node), where))
            for code in codes:
                assert CODE_RE.fullmatch(code), f"{where}: {code!r} is not a kebab-case code"
                found.setdefault(code, []).append(where)
    return found


def page_defect_codes() -> list[str]:
    """The codes in the first column of the defects page's table."""
    page = DEFECTS_PAGE.read_text(encoding="utf-8")
    return re.findall(r"^\| `([^`]+)` \|", page, flags=re.MULTILINE)


def test_the_defect_codes_are_found_in_the_source():
    # A guard for the collector: codes made in each of the ways it reads.
    codes = source_defect_codes()
    for code in ("legacy-encoding", "naive-timestamp", "empty-input", "duplicate-timestamp"):
        assert code in codes
    assert any("_stream.py" in where for where in codes["legacy-encoding"])


def test_every_defect_code_is_in_the_table_and_no_other():
    emitted = set(source_defect_codes())
    listed = page_defect_codes()
    assert len(listed) == len(set(listed)), "a code is listed twice"
    assert sorted(emitted - set(listed)) == [], f"missing from {DEFECTS_PAGE.name}"
    assert sorted(set(listed) - emitted) == [], "listed, but emitted nowhere"


def test_every_defect_code_has_an_example():
    page = DEFECTS_PAGE.read_text(encoding="utf-8")
    sections = re.split(r"^### ", page, flags=re.MULTILINE)[1:]
    examples = {}
    for section in sections:
        title, _, body = section.partition("\n")
        examples[title.strip().strip("`")] = "".join(
            block for _info, block in fenced_blocks(body, "{doctest}")
        )
    for code in page_defect_codes():
        assert code in examples, f"{code} has no section of its own"
        assert f"{code} (" in examples[code], f"{code}'s section shows no {code} defect"


def test_every_defect_severity_in_the_table_is_the_one_shown():
    page = DEFECTS_PAGE.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`]+)` \| (\w+) \|", page, flags=re.MULTILINE)
    assert len(rows) == len(page_defect_codes())
    for code, severity in rows:
        # The doctests print "code (severity) at ...": the table must agree.
        assert f"{code} ({severity}) at " in page, f"{code} is shown with another severity"


# --------------------------------------------------------------------------
# Segment and token kinds.


@pytest.mark.parametrize("kind", [*SegmentKind, *TokenKind], ids=repr)
def test_every_kind_is_described(kind):
    page = KINDS_PAGE.read_text(encoding="utf-8")
    heading = "## Segment kinds" if isinstance(kind, SegmentKind) else "## Token kinds"
    section = page.split(heading, 1)[1].split("\n## ", 1)[0]
    row = f"| `{kind.value}` | {{attr}}`~wireparse.{type(kind).__name__}.{kind.name}` | "
    assert row in section, f"{kind!r} has no row in the {heading.removeprefix('## ')} table"
    # And an example shows it: the doctests print each kind's value first on a line.
    shown = "".join(block for _info, block in fenced_blocks(section, "{doctest}"))
    assert re.search(rf"^{re.escape(kind.value)} +\S", shown, re.MULTILINE), (
        f"no example shows a {kind.value} {type(kind).__name__}"
    )


def test_the_kinds_tables_have_no_other_rows():
    page = KINDS_PAGE.read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([^`]+)` \| \{attr\}", page, flags=re.MULTILINE)
    assert sorted(listed) == sorted(kind.value for kind in [*SegmentKind, *TokenKind])


# --------------------------------------------------------------------------
# House styles.


@pytest.mark.parametrize("name", list(wireparse.styles))
def test_every_style_has_a_sample(name):
    page = STYLES_PAGE.read_text(encoding="utf-8")
    assert f"| `{name}` |" in page, f"{name} is not in the table of built-in styles"
    sections = {
        title.strip().strip("`"): body
        for section in re.split(r"^#{2,4} ", page, flags=re.MULTILINE)[1:]
        for title, _, body in [section.partition("\n")]
    }
    assert name in sections, f"{name} has no section of its own"
    samples = "".join(block for _info, block in fenced_blocks(sections[name], "{doctest}"))
    detected = f">>> wireparse.styles.detect(sample).name\n'{name}'\n"
    forced = f'style="{name}"'
    assert detected in samples or forced in samples, f"{name}'s section has no sample"
