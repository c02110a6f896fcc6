#!/usr/bin/env bash
# Times the voxel field solve in Java (JMH, FieldSolverBenchmark: own FFT and JTransforms, N^3 box, 2 threads)
# and with numpy/scipy.fft (2 workers) on the same jobs, in the same run, and prints the ratios.
# Jobs: box (random chi in the whole box) and field (the field command's: chi in the central half block,
# shift wanted there; the own engine prunes the zero part, JTransforms and scipy transform the whole box).
# Usage: validation/scripts/compare_field_solver.sh [sizes, default 64,128,256]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes="${1:-64,128,256}"
cd "$root"
cp_file="$(mktemp)"
jmh_json="$(mktemp --suffix=.json)"
np_json="$(mktemp --suffix=.json)"
np_json2="$(mktemp --suffix=.json)"
trap 'rm -f "$cp_file" "$jmh_json" "$np_json" "$np_json2"' EXIT
# compile the modules and write validation's classpath (sibling modules resolve to their target/classes)
mvn -B -q -pl validation -am compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
# numpy before and after the JMH run: on a shared machine the load drifts, and the mean of the two
# medians brackets the Java run in time
python3 validation/scripts/field_solver_numpy.py --sizes "$sizes" --workers 2 > "$np_json"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -cp "validation/target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main FieldSolverBenchmark \
  -p n="$sizes" -p padded=false -rf json -rff "$jmh_json" >&2
python3 validation/scripts/field_solver_numpy.py --sizes "$sizes" --workers 2 > "$np_json2"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$jmh_json" "$np_json" "$np_json2" <<'PY'
import json, sys
jmh = json.load(open(sys.argv[1])); npy = json.load(open(sys.argv[2])); npy2 = json.load(open(sys.argv[3]))
java = {}
for b in jmh:
    p = b["params"]
    java[(p["job"], p["engine"], p["n"])] = b["primaryMetric"]["scorePercentiles"]["50.0"] / 1000.0  # ms -> s
fmt = lambda v: "n/a" if v is None else "%.4f" % v
print("| job | N | Java, own FFT: median [s] | Java, JTransforms: median [s] | scipy.fft, 2 workers: median before / after [s] | scipy (mean) / own | scipy (mean) / best Java |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for job in npy:
    for n in sorted(npy[job], key=int):
        own = java.get((job, "own", n)); jt = java.get((job, "jtransforms", n))
        sp1 = npy[job][n]["median_s"]; sp2 = npy2[job][n]["median_s"]; sp = 0.5 * (sp1 + sp2)
        best = min([v for v in (own, jt) if v is not None], default=None)
        print("| %s | %s | %s | %s | %.4f / %.4f | %s | %s |" % (job, n, fmt(own), fmt(jt), sp1, sp2,
              "n/a" if own is None else "%.2f" % (sp / own), "n/a" if best is None else "%.2f" % (sp / best)))
PY
