#!/usr/bin/env bash
# parse-speed.sh -- time `minigo parse` against go/parser (bench/goparse) over
# every .go file of a Go toolchain's source tree that gofmt accepts.
#
# usage:  bench/parse-speed.sh GOROOT        (run from the repository root)
#
# Each run is a whole `xargs -n 1000` pipeline, so process start-up, reading
# the files and writing nothing are all in it, as they are for a user. The
# two programs take turns, run after run, so that a busy spell of this shared
# machine lands on both. Reports the median and best wall seconds of $RUNS
# runs, the median CPU seconds (user+sys of all processes, which a busy
# machine disturbs much less), total MB (10^6 bytes) and MB/s from the median
# wall time.
#
# environment:
#   MINIGO  minigo binary (default target/release/minigo; build it with
#           cargo build --release)
#   GO      Go toolchain that builds bench/goparse (default: go on PATH,
#           else ~/go-sdk/bin/go)
#   RUNS    timed runs of each (default 5)
#   BATCH   files per invocation (default 1000)
set -u -o pipefail
[ $# = 1 ] || { echo "usage: $0 GOROOT" >&2; exit 2; }
GOROOT=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
MINIGO=${MINIGO:-$root/target/release/minigo}
case "$MINIGO" in /*) ;; *) MINIGO=$PWD/$MINIGO ;; esac
GO=${GO:-$(command -v go || echo "$HOME/go-sdk/bin/go")}
RUNS=${RUNS:-5}
BATCH=${BATCH:-1000}
[ -x "$MINIGO" ] || { echo "$0: no minigo at $MINIGO (cargo build --release, or set MINIGO)" >&2; exit 2; }
[ -x "$GO" ] || { echo "$0: no Go toolchain (set GO)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "$0: needs GNU time at /usr/bin/time" >&2; exit 2; }
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT

goparse=$root/target/bench/goparse
mkdir -p "$(dirname "$goparse")"
(cd "$here/goparse" && GOTOOLCHAIN=local GOFLAGS=-mod=mod "$GO" build -o "$goparse" .) ||
  { echo "$0: cannot build bench/goparse" >&2; exit 2; }

"$root/tests/parse-corpus.sh" --list-accepted "$GOROOT" >"$work/files" || exit 2
tr '\n' '\0' <"$work/files" >"$work/files0"
nfiles=$(wc -l <"$work/files")
bytes=$(xargs -0 stat -c %s <"$work/files0" | awk '{ s += $1 } END { print s }')

# One timed run: appends "wall cpu" to $work/NAME.times; the command's own
# exit status is kept so that a parser that fails is not quietly timed.
timed() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$work/t" xargs -0 -n "$BATCH" "$@" <"$work/files0" >/dev/null 2>"$work/$name.stderr"
  local rc=$?
  # GNU time puts "Command exited with non-zero status N" before its numbers.
  tail -n1 "$work/t" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' >>"$work/$name.times"
  if [ "$rc" != 0 ]; then
    [ -e "$work/$name.bad" ] || echo "warning: $name exited $rc; first error: $(head -n1 "$work/$name.stderr")" >&2
    echo bad >"$work/$name.bad"
  fi
}

# Warm the page cache (and check both accept every file) before timing.
xargs -0 cat <"$work/files0" >/dev/null
for ((i = 0; i < RUNS; i++)); do
  timed go "$goparse"
  timed minigo "$MINIGO" parse
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "files: $nfiles   total: $mb MB   $BATCH files per invocation   $RUNS runs each"
printf '%-22s %10s %10s %10s %10s\n' "" "wall med" "wall best" "cpu med" "MB/s"
for name in go minigo; do
  med=$(cut -d' ' -f1 "$work/$name.times" | median)
  best=$(cut -d' ' -f1 "$work/$name.times" | sort -n | head -n1)
  cpu=$(cut -d' ' -f2 "$work/$name.times" | median)
  rate=$(awk -v b="$bytes" -v s="$med" 'BEGIN { printf "%.1f", (s > 0) ? b / 1e6 / s : 0 }')
  label=$([ "$name" = go ] && echo "go/parser (goparse)" || echo "minigo parse")
  [ -e "$work/$name.bad" ] && label="$label (FAILED)"
  printf '%-22s %9.2fs %9.2fs %9.2fs %10s\n' "$label" "$med" "$best" "$cpu" "$rate"
done
ratio=$(awk -v a="$(cut -d' ' -f1 "$work/minigo.times" | median)" -v b="$(cut -d' ' -f1 "$work/go.times" | median)" \
  'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
echo "minigo / go/parser wall time (medians): $ratio"
[ ! -e "$work/go.bad" ] && [ ! -e "$work/minigo.bad" ]
