#!/usr/bin/env bash
# Runs every fuzz target (or those named) under libFuzzer for FUZZ_TIME seconds each (default 60),
# or until FUZZ_RUNS inputs (default: no limit). New inputs go to .build-fuzz/corpus/<target>, seeded
# from Fuzz/Corpus/<target>; a crash is saved as .build-fuzz/crash-<target>-*, and then belongs in
# Fuzz/Regressions/<target>/ with the fix, where the tests replay it.
set -euo pipefail
cd "$(dirname "$0")/.."
time_limit="${FUZZ_TIME:-60}"
runs="${FUZZ_RUNS:--1}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv dates json manifest numbers scene series sidecar spec template extract html)
status=0
for t in "${targets[@]}"; do
    mkdir -p ".build-fuzz/corpus/$t"
    echo "== $t"
    if ! RECKON_FUZZ_TARGET="$t" .build-fuzz/debug/reckon-fuzz -max_total_time="$time_limit" -runs="$runs" \
        -timeout=10 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix=".build-fuzz/crash-$t-" ".build-fuzz/corpus/$t" "Fuzz/Corpus/$t" 2>".build-fuzz/$t.log"; then
        echo "$t: found a problem; see .build-fuzz/$t.log and .build-fuzz/crash-$t-*"
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$t.log" || true
done
exit $status
