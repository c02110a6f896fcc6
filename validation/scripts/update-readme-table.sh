#!/usr/bin/env bash
# Regenerates the README's validation table from `./metalnmr validate --markdown` (between the markers).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
table="$("$root/metalnmr" validate --markdown || true)"
python3 - "$root/README.md" "$table" <<'PY'
import sys
path, table = sys.argv[1], sys.argv[2] + "\n"
text = open(path).read()
b, e = "<!-- validation-table:begin -->\n", "<!-- validation-table:end -->"
i, j = text.index(b) + len(b), text.index(e)
tmp = path + ".tmp"
open(tmp, "w").write(text[:i] + table + text[j:])
import os; os.replace(tmp, path)
PY
