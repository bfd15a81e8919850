#!/usr/bin/env bash
# generics-speed.sh -- issue 12's speed figures, release build, runs
# alternated, medians of CPU seconds:
#   - bench/programs/generic_heap.go (a generic ordered heap and set) against
#     int_heap.go (the same code written for int) under minigo: the ratio
#     must stay within 1.1;
#   - bench/programs/slicessort.go (slices.Sort on 1M ints, SortStableFunc on
#     200k records) under minigo against native Go: within 5x.
# The outputs must agree (each program's with Go's).
#
#   cargo build --release
#   bench/generics-speed.sh            # RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-$(command -v go || echo "$HOME/go-sdk/bin/go")}
MINIGO=${MINIGO:-target/release/minigo}
RUNS=${RUNS:-5}
out=target/bench
mkdir -p "$out"
python3 - "$GO" "$MINIGO" "$RUNS" "$out" <<'PY'
import os, statistics, subprocess, sys, time
go, minigo, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def timed(cmd):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    data = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{' '.join(cmd)}: exit status {status}")
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime, data
def build(name):
    exe = f"{out}/{name}-go"
    subprocess.run([go, "build", "-o", exe, f"bench/programs/{name}.go"], check=True)
    return exe
names = ["generic_heap", "int_heap", "slicessort"]
exes = {n: build(n) for n in names}
cpu = {(n, impl): [] for n in names for impl in ("go", "minigo")}
wall = {(n, impl): [] for n in names for impl in ("go", "minigo")}
want = {}
for _ in range(runs):
    for n in names:
        for impl, cmd in (("go", [exes[n]]), ("minigo", [minigo, "run", f"bench/programs/{n}.go"])):
            w, c, data = timed(cmd)
            if impl == "go":
                want[n] = data
            elif data != want[n]:
                sys.exit(f"{n}: minigo's output differs from Go's")
            cpu[(n, impl)].append(c)
            wall[(n, impl)].append(w)
med = lambda xs: statistics.median(xs)
print("| program | Go cpu s | minigo wall s | minigo cpu s | minigo ÷ Go (cpu) |")
print("|---|---|---|---|---|")
for n in names:
    g, m = med(cpu[(n, "go")]), med(cpu[(n, "minigo")])
    print(f"| {n} | {g:.2f} | {med(wall[(n, 'minigo')]):.2f} | {m:.2f} | {m / g:.1f}x |")
gh, ih = med(cpu[("generic_heap", "minigo")]), med(cpu[("int_heap", "minigo")])
print(f"\ngeneric ÷ int in minigo (cpu): {gh / ih:.3f}")
PY
