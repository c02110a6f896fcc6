"""Executes a Jupyter notebook's code cells in order, in one namespace, and fails on the first exception.

CI uses it so that the notebooks under examples/ cannot rot. With nbclient importable it runs the
notebook in a real kernel; otherwise (no Jupyter installed) it reads the .ipynb JSON and runs each
code cell with exec(), with matplotlib on its non-interactive Agg backend. Notebook cells must be
plain Python (no IPython magics or shell escapes).

Usage: python run_notebook.py NOTEBOOK.ipynb [...]
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path


def run_with_exec(path: Path) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    if notebook.get("nbformat") != 4:
        raise SystemExit(f"{path}: nbformat {notebook.get('nbformat')} is not supported (4 is)")
    os.environ.setdefault("MPLBACKEND", "Agg")
    namespace = {"__name__": "__main__", "__file__": str(path)}
    previous = os.getcwd()
    os.chdir(path.parent)
    try:
        for index, cell in enumerate(notebook["cells"]):
            if cell.get("cell_type") != "code":
                continue
            source = "".join(cell.get("source", []))
            if any(line.lstrip().startswith(("%", "!")) for line in source.splitlines()):
                raise SystemExit(f"{path}: cell {index} uses an IPython magic or shell escape; keep cells plain Python")
            started = time.monotonic()
            try:
                exec(compile(source, f"{path.name}[cell {index}]", "exec"), namespace)
            except Exception:
                traceback.print_exc()
                raise SystemExit(f"{path}: cell {index} failed")
            print(f"{path.name}: cell {index} ran in {time.monotonic() - started:.1f} s", file=sys.stderr)
    finally:
        os.chdir(previous)


def run_with_nbclient(path: Path) -> None:
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=3600, resources={"metadata": {"path": str(path.parent)}}).execute()


def main(arguments: list[str]) -> int:
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        import nbclient  # noqa: F401
        import nbformat  # noqa: F401
        runner = run_with_nbclient
    except ImportError:
        runner = run_with_exec
    for name in arguments:
        path = Path(name).resolve()
        started = time.monotonic()
        runner(path)
        print(f"{path.name}: ran ({runner.__name__}) in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
