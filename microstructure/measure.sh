#!/usr/bin/env bash
# Time and peak memory of `metalnmr microstructure` on the LiMetalNMR standard case (hexagonal Li cylinders,
# r = h = 10 um, spacing 30 um, on a 20 um Li slab, 128 um box), per grid size and B0 orientation.
# Prints one line per run: grid, orientation, deposit-minus-bulk shifts, the command's own spectrum time, wall and
# CPU time of the whole JVM, peak RSS, and the load average (the machine is shared: wall times under load are long).
# Usage (repository root): microstructure/measure.sh [GRID ...]   (default: 128 256); HEAP (default 1g) sets -Xmx.
# Needs GNU time (/usr/bin/time). Uses ./metalnmr, which builds the jar when it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
grids=("$@")
[ ${#grids[@]} -eq 0 ] && grids=(128 256)
heap="${HEAP:-1g}"
out="$(mktemp -d)"
printf "%-5s %-7s %12s %12s %10s %8s %8s %9s %s\n" grid B0 dep-bulk_mean dep-bulk_peak spectrum_s wall_s cpu_s rss_MiB load
for n in "${grids[@]}"; do
  for orient in z x; do
    dir="$out/run-$n-$orient"
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" env METALNMR_JAVA_OPTS="-Xmx$heap" ./metalnmr microstructure --generate hex-array \
      --grid "$n" --b0-axis "$orient" --out "$dir" --json > "$out/json"
    read -r wall user sys rss < "$out/time"
    mean=$(grep -o '"depositMinusBulkMeanPpm" : [-0-9.eE]*' "$out/json" | awk '{print $3}')
    peak=$(grep -o '"depositMinusBulkPeakPpm" : [-0-9.eE]*' "$out/json" | awk '{print $3}')
    secs=$(grep -o '"secondsSpectrum" : [-0-9.eE]*' "$out/json" | awk '{print $3}')
    printf "%-5s %-7s %12.3f %12.3f %10.2f %8.2f %8.2f %9.0f %s\n" "$n" "$orient" "$mean" "$peak" "$secs" "$wall" \
      "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
rm -rf "$out"
