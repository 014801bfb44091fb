"""No module of the app imports itself back through others.

Read from the source with `ast`, so nothing is imported and every import counts: top-level ones,
lazy ones inside functions and relative ones. A circle works today only as long as each of its
imports runs late enough; it breaks as soon as one of them moves to the top of a file.
"""

import ast
from pathlib import Path

from .conftest import REPO

PACKAGE = "shoppermap"
ROOT = REPO / PACKAGE


def module_names(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the package by its dotted name; a package is named by its __init__."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _resolve(module: str | None, level: int, importer: str, is_package: bool) -> str:
    """The absolute name `from <level dots><module> import …` refers to, inside `importer`."""
    if level == 0:
        return module or ""
    base = importer.split(".")
    # a package's own relative imports start at the package, a module's at the one holding it
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that module `name` imports, anywhere in its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(node.module, node.level, name, is_package)
            if source not in known:
                continue
            # `from package import module` imports that module; a plain name comes from the package
            named = {f"{source}.{alias.name}" for alias in node.names}
            modules = named & known
            found.update(modules)
            if named - modules:
                found.add(source)
    found.discard(name)
    return found


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Each module's imports of other modules of the package."""
    names = module_names(root)
    known = set(names)
    return {name: imports_of(name, path, known) for name, path in names.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports as a chain whose last module is its first, or None."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        # depth first without recursion; `trail` is the chain from `start` to the current module
        trail = [start]
        on_trail = {start}
        pending = [iter(sorted(graph[start]))]
        while pending:
            nxt = next(pending[-1], None)
            if nxt is None:
                finished = trail.pop()
                on_trail.discard(finished)
                done.add(finished)
                pending.pop()
            elif nxt in on_trail:
                return [*trail[trail.index(nxt) :], nxt]
            elif nxt not in done:
                trail.append(nxt)
                on_trail.add(nxt)
                pending.append(iter(sorted(graph[nxt])))
    return None


def test_the_graph_sees_relative_lazy_and_package_imports():
    graph = import_graph()
    assert "shoppermap.cli" in graph["shoppermap.__main__"]  # from .cli import main
    assert "shoppermap.ui.app" in graph["shoppermap.cli"]  # imported inside a function
    assert "shoppermap.storage" in graph["shoppermap.ui.app"]  # a package: its __init__
    assert "shoppermap.ui.help" in graph["shoppermap.ui.window_docks"]  # from . import help


def test_find_cycle_reports_the_chain():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_imports_itself_back():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle: " + " → ".join(cycle)
