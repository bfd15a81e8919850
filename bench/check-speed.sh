#!/usr/bin/env bash
# check-speed.sh -- time `minigo vet` (syntax and type checking, whole
# process) on a generated program of about N lines (default 20000).
#
# usage:  bench/check-speed.sh [N]        (run from the repository root,
#                                          after cargo build --release)
# Prints the program's size and the best and median wall time of $RUNS runs
# (default 10). With Go at hand ($GO, default go on PATH or ~/go-sdk/bin/go)
# it first checks that the program is valid Go (`go vet`).
set -u -o pipefail
n=${1:-20000}
RUNS=${RUNS:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
MINIGO=${MINIGO:-$root/target/release/minigo}
[ -x "$MINIGO" ] || { echo "$0: no minigo at $MINIGO (cargo build --release)" >&2; exit 2; }
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
python3 "$here/gen-program.py" "$n" >"$work/prog.go" || exit 2
GO=${GO:-$(command -v go || echo "$HOME/go-sdk/bin/go")}
if [ -x "$GO" ]; then
  (cd "$work" && GOTOOLCHAIN=local GOFLAGS= "$GO" vet prog.go) || { echo "$0: the generated program is not valid Go" >&2; exit 2; }
fi
"$MINIGO" vet "$work/prog.go" || { echo "$0: minigo rejects the program" >&2; exit 1; }
times=()
for _ in $(seq "$RUNS"); do
  s=$(date +%s%N)
  "$MINIGO" vet "$work/prog.go" || exit 1
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
best=$(head -n1 <<<"$sorted")
med=$(sed -n "$(( (RUNS + 1) / 2 ))p" <<<"$sorted")
printf 'lines: %s   bytes: %s   runs: %s\n' "$(wc -l <"$work/prog.go")" "$(wc -c <"$work/prog.go")" "$RUNS"
printf 'minigo vet: best %d.%03d ms, median %d.%03d ms\n' $((best / 1000)) $((best % 1000)) $((med / 1000)) $((med % 1000))
