#!/usr/bin/env bash
# Fits the same synthetic peaks:2 spectra with the Java fitter and with scipy.optimize.least_squares
# in one run and prints both median single-fit times and their ratio (issue 8 target: Java >= 5x faster).
# Usage: validation/scripts/compare-fit-speed.sh [spectra=5] [repeats=30]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/validation/target/metalnmr.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/sim-core/src" "$root/validation/src" -newer "$jar" -name '*.java' | head -n 1)" ]; then
  echo "compare-fit-speed: building (mvn package, tests skipped)..." >&2
  (cd "$root" && mvn -B -q -DskipTests package -pl validation -am) >&2
fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
echo "machine: $(nproc) cores, $(uname -m); $(java -version 2>&1 | sed -n 1p); python $(python3 -c 'import scipy, numpy, sys; print(sys.version.split()[0], "scipy", scipy.__version__, "numpy", numpy.__version__)')"
java -cp "$jar" org.metalnmr.validation.bench.FitComparison "$dir" "${1:-5}" "${2:-30}"
# single-threaded numpy/BLAS: the Java fit is single-threaded, and BLAS threads on a busy 2-core
# machine make scipy times erratic (seen: 18 ms to 500 ms for the same fit)
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 python3 "$root/validation/scripts/fit_scipy.py" "$dir"
