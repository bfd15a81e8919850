#!/usr/bin/env bash
# stdlib-speed.sh -- issue 9's speed figures: bench/programs/numfmt.go
# (format and parse 1M numbers with fmt and strconv) and sortints.go (sort
# 1M ints with sort.Ints and sort.Slice), under native Go and `minigo run`
# (release build), run alternately; prints each one's median wall and CPU
# seconds and minigo's ratio to Go. The outputs must agree.
#
#   cargo build --release
#   bench/stdlib-speed.sh            # RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-$(command -v go || echo "$HOME/go-sdk/bin/go")}
MINIGO=${MINIGO:-target/release/minigo}
RUNS=${RUNS:-5}
out=target/bench
mkdir -p "$out"
python3 - "$GO" "$MINIGO" "$RUNS" "$out" <<'PY'
import os, resource, statistics, subprocess, sys, time
go, minigo, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def timed(cmd):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    data = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime, data
print("| program | Go wall s | Go cpu s | minigo wall s | minigo cpu s | minigo ÷ Go (cpu) |")
print("|---|---|---|---|---|---|")
for name in ["numfmt", "sortints"]:
    src = f"bench/programs/{name}.go"
    exe = f"{out}/{name}-go"
    subprocess.run([go, "build", "-o", exe, src], check=True)
    g, m = [], []
    for _ in range(runs):
        gw, gc, gout = timed([exe])
        mw, mc, mout = timed([minigo, "run", src])
        if gout != mout:
            sys.exit(f"{name}: outputs differ:\n{gout!r}\n{mout!r}")
        g.append((gw, gc)); m.append((mw, mc))
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    print(f"| {name} | {med(g,0):.3f} | {med(g,1):.3f} | {med(m,0):.3f} | {med(m,1):.3f} | {med(m,1)/med(g,1):.2f} |")
PY
