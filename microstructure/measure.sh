#!/usr/bin/env bash
# Time and peak memory of `metalnmr microstructure` on the LiMetalNMR standard case (hexagonal Li cylinders,
# r = h = 10 um, spacing 30 um, on a 20 um Li slab, 128 um box), per grid size and B0 orientation.
# Prints one line per run: grid, orientation, deposit-minus-bulk shifts, the command's own spectrum time, wall and
# CPU time of the whole JVM, peak RSS (MiB and bytes per voxel), and the load average before and after the run
# (the machine may be shared: wall times under load are long; CPU times are the comparable numbers).
#
# Usage (repository root):  microstructure/measure.sh [GRID ...]      default: 64 128 256 512
#   ORIENT="z x" (default) the B0 orientations: z = slab normal along B0, x = across.
#   HEAP sets -Xmx for every grid; by default it scales with the grid: 26 bytes per voxel of heap, at least 512 MiB
#   (the solve's estimate is about 19.5 B/voxel at 256^3 and 18.2 at 512^3, plus 10 % margin and the JVM's own objects;
#   512^3 runs with -Xmx3329m and stays under 4 GiB of RSS). Grids larger than the heap are refused before allocating.
# Needs GNU time (/usr/bin/time) and bc. Uses ./metalnmr, which builds the jar when it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
grids=("$@")
[ ${#grids[@]} -eq 0 ] && grids=(64 128 256 512)
orients="${ORIENT:-z x}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "# $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u '+%Y-%m-%d %H:%M UTC')"
printf "%-5s %-3s %8s %8s %10s %8s %8s %8s %8s %7s  %-15s %s\n" grid B0 mean_ppm peak_ppm spectrum_s wall_s cpu_s heap rss_MiB B/vox load_before load_after
for n in "${grids[@]}"; do
  if [ -n "${HEAP:-}" ]; then
    heap="$HEAP"
  else
    heap="$(( (n * n * n * 26 / 1048576 > 512) ? n * n * n * 26 / 1048576 : 512 ))m"
  fi
  for orient in $orients; do
    dir="$out/run-$n-$orient"
    before="$(cut -d' ' -f1-3 /proc/loadavg)"
    if ! /usr/bin/time -f "%e %U %S %M" -o "$out/time" env METALNMR_JAVA_OPTS="-Xmx$heap" ./metalnmr microstructure \
        --generate hex-array --grid "$n" --b0-axis "$orient" --out "$dir" --json > "$out/json" 2> "$out/err"; then
      printf "%-5s %-3s refused or failed (-Xmx%s): %s\n" "$n" "$orient" "$heap" "$(tail -n 1 "$out/err")"
      continue
    fi
    after="$(cut -d' ' -f1-3 /proc/loadavg)"
    read -r wall user sys rss < "$out/time"
    mean=$(grep -o '"depositMinusBulkMeanPpm" : [-0-9.eE]*' "$out/json" | awk '{print $3}')
    peak=$(grep -o '"depositMinusBulkPeakPpm" : [-0-9.eE]*' "$out/json" | awk '{print $3}')
    secs=$(grep -o '"secondsSpectrum" : [-0-9.eE]*' "$out/json" | awk '{print $3}')
    printf "%-5s %-3s %8.3f %8.3f %10.2f %8.2f %8.2f %8s %8.0f %7.1f  %-15s %s\n" "$n" "$orient" "$mean" "$peak" "$secs" "$wall" \
      "$(echo "$user + $sys" | bc)" "$heap" "$(echo "$rss / 1024" | bc)" "$(echo "$rss * 1024 / ($n * $n * $n)" | bc -l)" "$before" "$after"
  done
done
