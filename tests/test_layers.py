"""The layers of DESIGN section 2, checked on the source with the ast module.

- Only editor/qt imports PySide6 at module level; elsewhere Qt may be
  imported lazily inside a function (the window, the PDF export).
- editor/domain imports nothing of ours outside editor.domain, anywhere.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "editor"


@dataclass(frozen=True)
class Violation:
    file: str
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: imports {self.imported} ({self.rule})"


def _module_name(package_root: Path, file: Path) -> str:
    parts = list(file.relative_to(package_root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_names(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """Absolute names an import statement brings in (relative imports resolved)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level == 0:
        base = node.module or ""
    else:
        here = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
    if node.module is None:  # "from . import x" imports submodules x
        return [f"{base}.{alias.name}" for alias in node.names]
    return [base]


def _is_type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _module_level_imports(tree: ast.Module):
    """Import statements that run when the module is imported (not inside functions)."""
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or _is_type_checking_block(node):
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        pending.extend(ast.iter_child_nodes(node))


def find_violations(package_root: Path) -> list[Violation]:
    """Layer violations in the package at ``package_root`` (a folder named like the package)."""
    top = package_root.name
    found: list[Violation] = []
    for file in sorted(package_root.rglob("*.py")):
        relative = file.relative_to(package_root).as_posix()
        module = _module_name(package_root, file)
        is_package = file.name == "__init__.py"
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        if not relative.startswith("qt/"):
            for node in _module_level_imports(tree):
                for name in _imported_names(node, module, is_package):
                    if name.split(".")[0] == "PySide6":
                        found.append(Violation(relative, node.lineno, name, "PySide6 outside editor/qt at module level"))
        if relative.startswith("domain/"):
            for node in ast.walk(tree):
                for name in _imported_names(node, module, is_package):
                    ours = name == top or name.startswith(top + ".")
                    if ours and not (name == f"{top}.domain" or name.startswith(f"{top}.domain.")):
                        found.append(Violation(relative, node.lineno, name, "the domain imports only the domain"))
    return found


def test_the_editor_package_keeps_its_layers():
    violations = find_violations(PACKAGE)
    assert not violations, "\n".join(map(str, violations))


# --- the checker itself, on a tiny fake tree -----------------------------------------


@pytest.fixture
def fake_package(tmp_path) -> Path:
    root = tmp_path / "editor"
    files = {
        "__init__.py": "",
        "cli.py": "import argparse\n\ndef pdf():\n    from PySide6.QtGui import QPdfWriter\n",
        "qt/__init__.py": "",
        "qt/app.py": "from PySide6.QtWidgets import QApplication\n",
        "domain/__init__.py": "from .report import CaseReport\n",
        "domain/report.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import QObject\n",
        "io/__init__.py": "",
        "io/native.py": "from ..domain.report import CaseReport\nfrom editor.domain import report\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_checker_accepts_lazy_and_qt_package_imports(fake_package):
    assert find_violations(fake_package) == []


@pytest.mark.parametrize(
    ("file", "text", "expected"),
    [
        ("io/docx.py", "import PySide6\n", "PySide6"),
        ("io/docx.py", "from PySide6.QtGui import QTextDocument\n", "PySide6.QtGui"),
        ("io/docx.py", "try:\n    import PySide6.QtCore as qc\nexcept ImportError:\n    qc = None\n", "PySide6.QtCore"),
        ("cli.py", "class Window:\n    from PySide6.QtWidgets import QWidget\n", "PySide6.QtWidgets"),
        ("domain/units.py", "from ..validation import Finding\n", "editor.validation"),
        ("domain/units.py", "from .. import io\n", "editor.io"),
        ("domain/units.py", "def later():\n    import editor.qt.app\n", "editor.qt.app"),
    ],
)
def test_checker_catches_a_forbidden_import(fake_package, file, text, expected):
    (fake_package / file).write_text(text)
    violations = find_violations(fake_package)
    assert [(v.file, v.imported) for v in violations] == [(file, expected)]
