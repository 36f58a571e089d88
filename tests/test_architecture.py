"""The layout's promises, checked: imports flow one way through the stages, and the extractor
version covers every module and knowledge file that decides an article's rows."""

import ast
import shutil

import pytest

from etl import version
from etl.version import (
    ENTRY_MODULE,
    PACKAGE_DIR,
    import_graph,
    module_path,
    reachable_modules,
    rules_digest,
)

ROOT = PACKAGE_DIR.parent

# Lower layers never import higher ones. A module belongs to the layer of its longest prefix.
LAYERS = {
    "etl": 0,
    "etl.text": 0,
    "etl.words": 0,
    "etl.model": 0,
    "etl.knowledge": 0,
    "etl.version": 0,
    "etl.script": 1,
    "etl.read": 2,
    "etl.clean": 3,
    "etl.extract": 4,
    "etl.load": 5,
    "etl.build": 6,
    "etl.imports": 7,  # curators' commands that write data/*.csv; the build never imports them
    "etl.evaluate": 7,
    "etl.cli": 7,
    "etl.__main__": 7,
}
STAGE_PACKAGES = ("etl.clean", "etl.extract", "etl.load")
# Formatted lines, docstring included: about one screen.
MAX_FUNCTION_LINES = 70


def layer_of(module: str) -> int:
    parts = module.split(".")
    for i in range(len(parts), 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in LAYERS:
            return LAYERS[prefix]
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and docs/architecture.md")


def find_cycle(graph: dict) -> list:
    state, path = {}, []

    def visit(node):
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_import_graph_has_no_cycle():
    assert find_cycle(import_graph()) == []


def test_the_benchmark_package_has_no_cycle():
    graph = import_graph(ROOT / "bench")
    assert "bench.run" in graph and find_cycle(graph) == []


def test_a_cycle_is_found_when_there_is_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]


def test_no_module_imports_a_higher_layer():
    upward = [
        (module, imported)
        for module, imports in import_graph().items()
        for imported in imports
        if layer_of(imported) > layer_of(module)
    ]
    assert upward == []


def test_the_package_root_imports_nothing():
    # Every module imports `etl` first; a root that imported a stage would drag it into all.
    assert import_graph()["etl"] == set()


def test_every_stage_module_is_reached_by_the_build():
    graph = import_graph()
    reached = set(reachable_modules())
    stage_modules = {
        m for m in graph if m.startswith(STAGE_PACKAGES) or m in ("etl.read", "etl.script")
    }
    assert stage_modules and stage_modules <= reached


def test_every_function_reads_in_a_screen():
    """A function that outgrows a screen becomes registered rules or named steps (see
    MetricTables, CANDIDATE_RULES, build's steps) before it becomes a table of special cases."""
    long = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines})")
    assert long == []


def test_the_benchmark_and_plugins_stay_outside_the_product():
    for path in PACKAGE_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import bench" not in text and "from bench" not in text, path
    for path in (ROOT / "plugins").glob("*.py"):
        assert "sys.path" not in path.read_text(encoding="utf-8"), path


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PACKAGE_DIR, root / "etl", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "data", root / "data", ignore=shutil.ignore_patterns("raw", "*.db*", "bench")
    )
    return root


@pytest.mark.parametrize("module", reachable_modules(ENTRY_MODULE))
def test_editing_any_module_the_build_reaches_changes_the_version(project_copy, module):
    package = project_copy / "etl"
    before = rules_digest(package, project_copy / "data")
    path = module_path(module, package)
    original = path.read_bytes()
    try:
        path.write_bytes(original + b"\n# an edit\n")
        assert rules_digest(package, project_copy / "data") != before
    finally:
        path.write_bytes(original)


@pytest.mark.parametrize(
    "name", sorted(p.name for pattern in ("*.yml", "*.csv") for p in (ROOT / "data").glob(pattern))
)
def test_editing_any_knowledge_file_changes_the_version(project_copy, name):
    package, data = project_copy / "etl", project_copy / "data"
    before = rules_digest(package, data)
    path = data / name
    original = path.read_bytes()
    try:
        path.write_bytes(original + b"\n# a curator's note\n")
        assert rules_digest(package, data) != before
    finally:
        path.write_bytes(original)


def test_the_version_reaches_the_table_reader():
    # The bug this layout fixed: etl/tables.py was left off a hand-made list.
    assert "etl.extract.tables" in reachable_modules()


def test_the_import_statements_alone_give_every_modules_imports():
    """The version parses only import statements (start-up time); for every module of the
    package they must give what a walk of the whole syntax tree gives, multi-line and nested
    imports included."""
    for path in sorted(version.PACKAGE_DIR.rglob("*.py")):
        parts = [p for p in path.relative_to(version.PACKAGE_DIR).with_suffix("").parts]
        name = ".".join([version.PACKAGE_DIR.name, *[p for p in parts if p != "__init__"]])
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        source = path.read_text(encoding="utf-8")
        assert version._imports_in(source, name, package) == version.imports_of_tree(
            ast.parse(source), name, package
        ), path
    nested = "def f():\n    if x:\n        from .spans import (\n            a,\n            b,\n        )\n"
    assert version._imports_in(nested, "etl.extract.m", "etl.extract") == {
        "etl.extract.spans",
        "etl.extract.spans.a",
        "etl.extract.spans.b",
    }
