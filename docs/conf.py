"""Sphinx configuration for the wireparse documentation.

Build (from the repository root)::

    python -m sphinx -W --keep-going -n -b html docs docs/_build/html
    python -m sphinx -W --keep-going -n -b doctest docs docs/_build/doctest
"""

import os
from importlib import metadata
from pathlib import Path

project = "wireparse"
author = "The wireparse developers"
copyright = f"2026, {author}"
release = metadata.version("wireparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_inventories"]
myst_enable_extensions = ["colon_fence", "deflist"]

nitpicky = True
default_role = "any"

# Types go in the signatures (long ones wrap, one parameter a line): the
# attrs classes then need no separate, repetitive "Parameters" lists.
autodoc_typehints = "signature"
python_maximum_signature_line_length = 100
autodoc_member_order = "bysource"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

doctest_global_setup = "import wireparse"

html_theme = "furo"
html_title = f"wireparse {release}"

# --- Intersphinx, with an offline mode -------------------------------------
#
# The build machines reach no network but package registries, and an
# inventory that cannot be fetched is an untyped warning that -W turns into a
# failure.  So each mapping is used only if it can be resolved:
#
# * with a local inventory file (Python's, from Debian's python3.11-doc), the
#   mapping is always kept; offline it reads only the file, online it tries the
#   URL first and falls back to the file;
# * without one, the mapping is kept only when online, that is on Read the
#   Docs or with WIREPARSE_DOCS_OFFLINE=0.
#
# WIREPARSE_DOCS_OFFLINE=1 forces offline; when unset, builds are offline
# except on Read the Docs.  A dropped mapping's targets are added to
# nitpick_ignore_regex, so references to them render as plain text.
_offline_env = os.environ.get("WIREPARSE_DOCS_OFFLINE")
OFFLINE = _offline_env != "0" if _offline_env else os.environ.get("READTHEDOCS") != "True"
_PYTHON_INV = os.environ.get(
    "WIREPARSE_PYTHON_INVENTORY", "/usr/share/doc/python3.11/html/objects.inv"
)

# attrs and dateutil: small inventories of the targets these pages use, made
# by _inventories/make.py, so their references resolve and link offline too.
_LOCAL = Path(__file__).parent / "_inventories"

# name: (URL, local inventory or None, py targets to ignore if dropped)
_INVENTORIES = {
    "python": (
        "https://docs.python.org/3",
        _PYTHON_INV,
        r"(datetime|re|enum|collections\.abc|typing)\..*",
    ),
    "attrs": ("https://www.attrs.org/en/stable/", str(_LOCAL / "attrs.inv"), r"attrs?\..*"),
    "dateutil": (
        "https://dateutil.readthedocs.io/en/stable/",
        str(_LOCAL / "dateutil.inv"),
        r"dateutil\..*",
    ),
}

intersphinx_mapping = {}
intersphinx_timeout = 10
nitpick_ignore_regex = []
for _name, (_url, _local, _targets) in _INVENTORIES.items():
    _have_local = _local is not None and Path(_local).is_file()
    if _have_local:
        intersphinx_mapping[_name] = (_url, _local if OFFLINE else (None, _local))
    elif not OFFLINE:
        intersphinx_mapping[_name] = (_url, None)
    else:
        nitpick_ignore_regex.append((r"py:.*", _targets))

# The rule-table types are private aliases of callables over the parser's
# private state; they appear in Style's signatures by name only.
nitpick_ignore = [("py:class", "HeaderRule"), ("py:class", "BodyRule")]

# wireparse.strategies returns Hypothesis strategies, an optional dependency
# whose inventory the offline build cannot fetch: the type renders as text.
nitpick_ignore.append(("py:class", "SearchStrategy"))
