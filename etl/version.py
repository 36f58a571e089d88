"""The extractor version: what decides an article's rows, as a digest of the code and knowledge.

The incremental build re-processes every file whose recorded version differs, so an edit of a
rule module or of a knowledge file reaches every article without anyone bumping a number. The
modules are found by walking the imports of the build (nothing is listed by hand, so a new module
can never be left out), and the knowledge files are every `data/*.yml` the stages read and every
imported list `data/*.csv`.
"""

import ast
import hashlib
import re
from functools import cache, lru_cache
from pathlib import Path

__version__ = "0.4.0"
PACKAGE_DIR = Path(__file__).resolve().parent
# The module that turns a file into rows; everything it imports, directly or not, decides them.
ENTRY_MODULE = "etl.build"


def module_path(name: str, package_dir: Path = PACKAGE_DIR):
    """The source file of a module of the package in package_dir, or None for any other module."""
    parts = name.split(".")
    if parts[0] != package_dir.name:
        return None
    base = package_dir.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imported_modules(path: Path, name: str) -> set[str]:
    """Every module of name's package that a source file imports (absolute or relative, at any
    depth in the file)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    return _imports_in(path.read_text(encoding="utf-8"), name, package)


@lru_cache(maxsize=1024)  # parsed once per distinct source text: the version test walks often
def _imports_in(source: str, name: str, package: str) -> frozenset:
    # Only the import statements are parsed: a whole module's syntax tree costs every build's
    # start-up a quarter of a second, its import statements a hundredth.
    return imports_of_tree(ast.parse(_import_statements(source)), name, package)


def imports_of_tree(tree: ast.AST, name: str, package: str) -> frozenset:
    """Every module of name's package that the import nodes of `tree` name."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module
            found.add(module)
            # `from etl.extract import numbers` imports the module etl.extract.numbers
            found.update(f"{module}.{alias.name}" for alias in node.names)
    top = name.split(".")[0]
    return frozenset(m for m in found if m.split(".")[0] == top)


# An import statement at any depth: `import a.b as c`, `from .x import (y,\n z)`.
IMPORT_STATEMENT = re.compile(
    r"^[ \t]*(?:import[ \t]+[^\n#;]+|from[ \t]+\.*[\w.]*[ \t]+import[ \t]+(?:\([^)]*\)|[^\n#;]+))",
    re.M,
)


def _import_statements(source: str) -> str:
    """The source's import statements, one per line, dedented (a docstring's line that reads
    like one only adds a module to the walk)."""
    lines = []
    for m in IMPORT_STATEMENT.finditer(source):
        statement = m.group().strip()
        if statement.startswith("from") and "(" in statement:
            statement = " ".join(statement.split())
        try:
            ast.parse(statement)
        except SyntaxError:
            continue  # prose that begins like an import
        lines.append(statement)
    return "\n".join(lines)


def import_graph(package_dir: Path = PACKAGE_DIR) -> dict[str, set[str]]:
    """Module name → the modules of the same package it imports, for every module of it."""
    graph = {}
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(package_dir).with_suffix("")
        parts = [p for p in relative.parts if p != "__init__"]
        name = ".".join([package_dir.name, *parts])
        imports = imported_modules(path, name)
        graph[name] = {m for m in imports if module_path(m, package_dir) and m != name}
    return graph


def reachable_modules(entry: str = ENTRY_MODULE, package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The modules `entry` reaches through imports, itself included, with each package's __init__."""
    graph = import_graph(package_dir)
    seen, stack = set(), [entry]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        parts = name.split(".")
        # importing a.b.c runs a/__init__ and a/b/__init__ first
        stack.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        stack.extend(graph.get(name, ()))
    return sorted(m for m in seen if module_path(m, package_dir))


def knowledge_files(data_dir: Path) -> list[Path]:
    """The knowledge files and the imported lists (counties, the catalogue, listed firms)."""
    return sorted([*data_dir.glob("*.yml"), *data_dir.glob("*.csv")])


def rules_digest(package_dir: Path = PACKAGE_DIR, data_dir: Path = None) -> str:
    data_dir = data_dir or _data_dir(package_dir)
    digest = hashlib.sha256()
    paths = [module_path(m, package_dir) for m in reachable_modules(package_dir=package_dir)]
    for path in paths + knowledge_files(data_dir):
        digest.update(path.relative_to(path.parent.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _data_dir(package_dir: Path) -> Path:
    from etl.knowledge import data_dir_for

    return data_dir_for(package_dir)


@cache
def extractor_version() -> str:
    return f"{__version__}+{rules_digest()}"
