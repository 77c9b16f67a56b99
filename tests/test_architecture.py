"""The shape of the package (#15): small modules, and no import cycle between them."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "consult_nlp"


def _top_level_imports(path: Path) -> set[str]:
    """Package modules a module imports when it is imported (not inside functions or TYPE_CHECKING blocks)."""
    out = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(a.name for a in node.names)
    return out & {p.stem for p in PKG.glob("*.py")}


def test_no_module_is_over_700_lines():
    long = {p.name: n for p in PKG.glob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 700}
    assert not long, f"split these modules: {long}"


def test_no_import_cycle():
    graph = {p.stem: _top_level_imports(p) - {p.stem} for p in PKG.glob("*.py")}
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for n in sorted(graph.get(m, ())):
            assert state.get(n) != 1, "import cycle: " + " -> ".join([*path, m, n])
            if n not in state:
                visit(n, [*path, m])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [])
