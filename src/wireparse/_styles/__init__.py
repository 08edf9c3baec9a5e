"""The built-in house styles and the registry that holds them.

Each public module in this package defines ``STYLES``, a tuple of
:class:`~wireparse.Style` instances; they are registered in module-name order,
after the plain style.
"""

from __future__ import annotations

import importlib
import pkgutil

from wireparse._styles._base import Region, RegionRole, Style, StyleRegistry

__all__ = ["Region", "RegionRole", "Style", "StyleRegistry", "styles"]


def _builtins() -> list[Style]:
    found: list[Style] = [Style()]
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found.extend(getattr(module, "STYLES", ()))
    return found


styles = StyleRegistry(_builtins())
"""The registered styles: a mapping of names to :class:`~wireparse.Style`."""
