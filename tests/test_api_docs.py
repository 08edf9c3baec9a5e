"""Every public name has a reference entry with a description and an example.

For each name in ``wireparse.__all__`` and ``wireparse.strategies.__all__``:

* docs/api.rst documents it with a directive (``autoclass``, ``autofunction``,
  ``autodata``, ``data``, ``autoexception`` ...);
* the text a reader sees for it has a description and at least one ``>>>``
  example, found with :class:`doctest.DocTestParser`.  That text is the
  object's own docstring for classes and functions; for data it is the
  api.rst entry's content, plus, for ``autodata``, the attribute docstring
  written under the assignment in the defining module.

A name added to either ``__all__`` without such an entry fails here.  The
examples themselves run elsewhere: pytest collects the docstrings
(``--doctest-modules``) and ``sphinx -b doctest`` runs the rendered page.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import itertools
import re
from pathlib import Path
from types import ModuleType

import pytest

import wireparse
from wireparse import strategies

API_RST = Path(__file__).resolve().parent.parent / "docs" / "api.rst"

_DIRECTIVE = re.compile(r"^\.\. (?:py:)?(auto)?(\w+)::[ \t]*(\S+)[ \t]*$")
_DOCUMENTING = frozenset({"class", "function", "data", "exception", "attribute", "decorator"})
_MODULE_SETTING = frozenset({"module", "currentmodule"})
_NAPOLEON_TYPE_COLON = re.compile(r"(?<!:):(?!:)")
_INLINE_MARKUP = re.compile(r"``.*?``|(?::[\w:+-]+:)?`[^`]*`")


class Entry:
    """One directive of api.rst: its kind, whether autodoc fills it, and its content."""

    def __init__(self, kind: str, auto: bool, body: str) -> None:
        self.kind = kind
        self.auto = auto
        self.body = body


def read_entries(text: str) -> dict[str, Entry]:
    """The documenting directives of an reST page, by fully qualified name.

    Bare names are qualified with the module the last ``module``,
    ``currentmodule`` or ``automodule`` directive set.
    """
    entries: dict[str, Entry] = {}
    module = ""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        match = _DIRECTIVE.match(line)
        if match is None:
            continue
        auto, kind, target = bool(match[1]), match[2], match[3]
        if kind in _MODULE_SETTING:
            module = target
            continue
        if kind not in _DOCUMENTING:
            continue
        body = []
        for following in lines[number + 1 :]:
            if following.strip() and not following.startswith((" ", "\t")):
                break
            body.append(following)
        name = target if "." in target or not module else f"{module}.{target}"
        entries[name] = Entry(kind, auto, inspect.cleandoc("\n".join(body)))
    return entries


def attribute_docstring(module: ModuleType, name: str) -> str | None:
    """The string literal right under the module-level assignment to *name*, if any."""
    tree = ast.parse(inspect.getsource(module))
    body = tree.body
    for statement, following in itertools.pairwise(body):
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, ast.AnnAssign):
            targets = [statement.target]
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            return inspect.cleandoc(following.value.value)
    return None


def has_own_docstring(obj: object) -> bool:
    """Whether *obj* carries its docstring itself (a class, function or module)."""
    return inspect.isclass(obj) or inspect.isroutine(obj) or inspect.ismodule(obj)


def reader_text(obj: object, entry: Entry) -> str:
    """The documentation a reader of the reference sees for *obj*."""
    if has_own_docstring(obj):
        own = vars(obj).get("__doc__") if inspect.isclass(obj) else obj.__doc__
        return inspect.cleandoc(own or "")
    return entry.body


def description(text: str) -> str:
    """The first paragraph of *text* that is prose (not options, not an example)."""
    for paragraph in re.split(r"\n\s*\n", text):
        stripped = paragraph.strip()
        lines = [ln for ln in stripped.splitlines() if not re.match(r":\w[\w-]*:( |$)", ln)]
        if lines and not lines[0].startswith(">>>"):
            return " ".join(ln.strip() for ln in lines)
    return ""


def problems(module: ModuleType, name: str, entries: dict[str, Entry]) -> list[str]:
    """What is missing from the reference entry of ``module.name``; empty when all is there."""
    qualified = f"{module.__name__}.{name}"
    entry = entries.get(qualified)
    if entry is None:
        return [f"{qualified} has no directive in docs/api.rst"]
    obj = getattr(module, name)
    text = reader_text(obj, entry)
    found = []
    if not has_own_docstring(obj) and entry.kind == "data" and entry.auto:
        attribute = attribute_docstring(module, name)
        if attribute is not None:
            first = _INLINE_MARKUP.sub("", attribute.splitlines()[0])
            if _NAPOLEON_TYPE_COLON.search(first.rstrip(":")):
                found.append(
                    f"{qualified}: a colon in the attribute docstring's first line"
                    " makes napoleon read a type"
                )
            text = f"{text}\n\n{attribute}".strip()
    if len(description(text).split()) < 3:
        found.append(f"{qualified} has no description")
    if not doctest.DocTestParser().get_examples(text):
        found.append(f"{qualified} has no '>>>' example")
    return found


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return read_entries(API_RST.read_text(encoding="utf-8"))


PUBLIC = [("wireparse", name) for name in wireparse.__all__] + [
    ("wireparse.strategies", name) for name in strategies.__all__
]


@pytest.mark.parametrize(("module_name", "name"), PUBLIC, ids=[f"{m}.{n}" for m, n in PUBLIC])
def test_public_name_has_reference_entry(
    module_name: str, name: str, entries: dict[str, Entry]
) -> None:
    module = importlib.import_module(module_name)
    assert problems(module, name, entries) == []


def test_every_documented_wireparse_name_is_public(entries: dict[str, Entry]) -> None:
    top_level = {n.removeprefix("wireparse.") for n in entries if n.count(".") == 1}
    assert top_level <= set(wireparse.__all__)


def test_an_undocumented_name_is_reported(entries: dict[str, Entry]) -> None:
    module = ModuleType("wireparse_fake", "A stand-in for a package that grew a name.")
    module.added = lambda: None  # type: ignore[attr-defined]
    assert problems(module, "added", entries) == [
        "wireparse_fake.added has no directive in docs/api.rst"
    ]
    fake_entries = {"wireparse_fake.added": Entry("function", True, "")}
    assert problems(module, "added", fake_entries) == [
        "wireparse_fake.added has no description",
        "wireparse_fake.added has no '>>>' example",
    ]


def test_the_reader_of_api_rst() -> None:
    text = """\
.. module:: pkg

.. data:: VALUE
   :type: int

   The value, described.

   >>> 1 + 1
   2

.. autofunction:: pkg.sub.f
"""
    found = read_entries(text)
    assert sorted(found) == ["pkg.VALUE", "pkg.sub.f"]
    value = found["pkg.VALUE"]
    assert (value.kind, value.auto) == ("data", False)
    assert description(value.body) == "The value, described."
    assert len(doctest.DocTestParser().get_examples(value.body)) == 1
    assert found["pkg.sub.f"].body == ""
