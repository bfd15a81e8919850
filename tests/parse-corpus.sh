#!/usr/bin/env bash
# parse-corpus.sh -- run `minigo parse` over every .go file of a Go toolchain's
# source tree, with gofmt as the judge of which files are valid Go syntax.
#
# usage:  tests/parse-corpus.sh GOROOT
#         tests/parse-corpus.sh --list-accepted GOROOT   (print the files gofmt
#                                                     accepts, one a line, and stop)
#
# Every file `$GOROOT/bin/gofmt -e` accepts must parse silently (exit 0); every
# file it rejects must make minigo exit 1 with at least one `file:line:col:`
# error, within $TIMEOUT seconds and without a panic. Prints the failures, then
# the counts; exits 1 on any failure, 2 when the tools themselves misbehave.
# Two files gofmt rejects are accepted as gc's own parser accepts them (see
# gc_parser_accepts below); they are counted on their own.
#
# environment:
#   MINIGO    minigo binary (default target/release/minigo)
#   JOBS      parallel processes (default 2)
#   BATCH     files per minigo invocation for the accepted files (default 1000)
#   TIMEOUT   seconds allowed per minigo run on one rejected file (default 10)
set -u -o pipefail

# Files gofmt (go/parser) rejects but gc's own parser
# (cmd/compile/internal/syntax) accepts: the error is gc's type checker's,
# which needs types to word it (for `for i, j, k = range x` types2 says
# "range clause permits at most two iteration variables", or for a channel
# "permits only one iteration variable"). minigo's parser is gc's, so it
# accepts them; the checker reports them.
gc_parser_accepts() {
  case "${1#"$GOROOT/src/"}" in
    internal/types/testdata/fixedbugs/issue50372.go) ;;
    internal/types/testdata/spec/range.go) ;;
    *) return 1 ;;
  esac
}

# One rejected file: minigo must say why it is not Go, and say it cleanly.
# Prints "OK FILE", "GC FILE" (accepted as gc's parser accepts it) or
# "FAIL FILE: reason".
check_rejected() {
  local f=$1 err rc
  err=$(timeout -k 2 "$TIMEOUT" "$MINIGO" parse "$f" 2>&1 >/dev/null)
  rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "FAIL $f: timed out after ${TIMEOUT}s"; return; fi
  if grep -q -e 'panicked at' -e 'RUST_BACKTRACE' <<<"$err"; then
    echo "FAIL $f: panic: $(grep -m1 'panicked at' <<<"$err")"; return
  fi
  if [ "$rc" -ge 128 ]; then echo "FAIL $f: killed by signal $((rc - 128))"; return; fi
  if gc_parser_accepts "$f"; then
    if [ "$rc" = 0 ] && [ -z "$err" ]; then echo "GC $f"; else echo "FAIL $f: gc's parser accepts it; minigo: exit $rc: $(head -n1 <<<"$err")"; fi
    return
  fi
  if [ "$rc" != 1 ]; then echo "FAIL $f: exit $rc, expected 1"; return; fi
  # A //line directive may rename the file or drop the column in gc's
  # positions, so any positioned line counts, not only ones naming $f.
  if ! grep -qE '^.+:[0-9]+(:[0-9]+)?: .' <<<"$err"; then
    echo "FAIL $f: exit 1 but no file:line:col: error (stderr: $(head -c 200 <<<"$err"))"; return
  fi
  echo "OK $f"
}

# One accepted file, checked alone (after its batch failed): silent exit 0.
check_accepted() {
  local f=$1 err rc
  err=$(timeout -k 2 "$TIMEOUT" "$MINIGO" parse "$f" 2>&1 >/dev/null)
  rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "FAIL $f: timed out after ${TIMEOUT}s"; return; fi
  if grep -q 'panicked at' <<<"$err"; then echo "FAIL $f: panic: $(grep -m1 'panicked at' <<<"$err")"; return; fi
  if [ "$rc" -ge 128 ]; then echo "FAIL $f: killed by signal $((rc - 128))"; return; fi
  if [ "$rc" = 1 ]; then echo "FAIL $f: rejected: $(head -n1 <<<"$err")"; return; fi
  if [ "$rc" != 0 ]; then echo "FAIL $f: exit $rc: $(head -n1 <<<"$err")"; return; fi
  if [ -n "$err" ]; then echo "FAIL $f: exit 0 but printed: $(head -n1 <<<"$err")"; return; fi
  echo "OK $f"
}

# gofmt over one batch; its errors go to a file of their own so that parallel
# batches do not interleave, with the batch list beside them.
gofmt_batch() {
  local out
  out=$(mktemp -p "$WORK/gofmt" b.XXXXXX) || exit 255
  printf '%s\n' "$@" >"$out.files"
  "$GOFMT" -l -e "$@" >/dev/null 2>"$out.err"
  echo $? >"$out.rc"
}

minigo_batch() {
  local out
  out=$(mktemp -p "$WORK/minigo" b.XXXXXX) || exit 255
  printf '%s\n' "$@" >"$out.files"
  timeout -k 2 $((TIMEOUT * 30)) "$MINIGO" parse "$@" >/dev/null 2>"$out.err"
  echo $? >"$out.rc"
}

case "${1:-}" in
  --check-rejected) check_rejected "$2"; exit 0 ;;
  --check-accepted) check_accepted "$2"; exit 0 ;;
  --gofmt-batch) shift; gofmt_batch "$@"; exit 0 ;;
  --minigo-batch) shift; minigo_batch "$@"; exit 0 ;;
esac

list_only=0
if [ "${1:-}" = --list-accepted ]; then list_only=1; shift; fi
[ $# = 1 ] || { echo "usage: $0 [--list-accepted] GOROOT" >&2; exit 2; }
GOROOT=$1
GOFMT=$GOROOT/bin/gofmt
[ -x "$GOFMT" ] || { echo "$0: no gofmt at $GOFMT" >&2; exit 2; }
[ -d "$GOROOT/src" ] || { echo "$0: no $GOROOT/src" >&2; exit 2; }
MINIGO=${MINIGO:-target/release/minigo}
case "$MINIGO" in /*) ;; *) MINIGO=$PWD/$MINIGO ;; esac
JOBS=${JOBS:-2}
BATCH=${BATCH:-1000}
TIMEOUT=${TIMEOUT:-10}
if [ "$list_only" = 0 ] && ! [ -x "$MINIGO" ]; then
  echo "$0: no minigo binary at $MINIGO (cargo build --release, or set MINIGO)" >&2; exit 2
fi
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
WORK=$(mktemp -d) || exit 2
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gofmt" "$WORK/minigo"
export GOFMT GOROOT MINIGO TIMEOUT WORK

# -type f: go/parser's testdata has a directory named not_a_file.go.
find "$GOROOT/src" -name '*.go' -type f | LC_ALL=C sort >"$WORK/all"
total=$(wc -l <"$WORK/all")

# --- classify with gofmt --------------------------------------------------
# gofmt names the offending file in each error line; 200 files a batch keeps
# the fallback below (one gofmt per file) cheap when a name cannot be trusted.
tr '\n' '\0' <"$WORK/all" | xargs -0 -n 200 -P "$JOBS" "$self" --gofmt-batch
: >"$WORK/rejected"
for rcf in "$WORK"/gofmt/*.rc; do
  b=${rcf%.rc}
  rc=$(cat "$rcf")
  case "$rc" in
    0) continue ;;
    2) ;;
    *) echo "$0: gofmt exited $rc on a batch; cannot classify" >&2; exit 2 ;;
  esac
  names=$(grep -oE '^.+\.go:[0-9]+:[0-9]+: ' "$b.err" | sed -E 's/:[0-9]+:[0-9]+: $//' | LC_ALL=C sort -u)
  # A //line directive in a rejected file can make gofmt report another name:
  # then ask gofmt about each file of the batch on its own.
  if [ -n "$names" ] && [ -z "$(LC_ALL=C comm -23 <(printf '%s\n' "$names") <(LC_ALL=C sort "$b.files"))" ]; then
    printf '%s\n' "$names" >>"$WORK/rejected"
  else
    while IFS= read -r f; do
      "$GOFMT" -e "$f" >/dev/null 2>&1 || echo "$f" >>"$WORK/rejected"
    done <"$b.files"
  fi
done
LC_ALL=C sort -u -o "$WORK/rejected" "$WORK/rejected"
LC_ALL=C comm -23 "$WORK/all" "$WORK/rejected" >"$WORK/accepted"
if [ "$list_only" = 1 ]; then cat "$WORK/accepted"; exit 0; fi
n_acc=$(wc -l <"$WORK/accepted")
n_rej=$(wc -l <"$WORK/rejected")

# --- accepted files: batches, and one by one where a batch complains ---------
tr '\n' '\0' <"$WORK/accepted" | xargs -0 -n "$BATCH" -P "$JOBS" "$self" --minigo-batch
: >"$WORK/recheck"
for rcf in "$WORK"/minigo/*.rc; do
  b=${rcf%.rc}
  if [ "$(cat "$rcf")" != 0 ] || [ -s "$b.err" ]; then cat "$b.files" >>"$WORK/recheck"; fi
done
: >"$WORK/acc-results"
if [ -s "$WORK/recheck" ]; then
  tr '\n' '\0' <"$WORK/recheck" | xargs -0 -n 1 -P "$JOBS" "$self" --check-accepted >"$WORK/acc-results"
fi
acc_fail=$(grep -c '^FAIL ' "$WORK/acc-results")

# --- rejected files: one by one -------------------------------------------
: >"$WORK/rej-results"
if [ -s "$WORK/rejected" ]; then
  tr '\n' '\0' <"$WORK/rejected" | xargs -0 -n 1 -P "$JOBS" "$self" --check-rejected >"$WORK/rej-results"
fi
rej_ok=$(grep -c '^OK ' "$WORK/rej-results")
rej_gc=$(grep -c '^GC ' "$WORK/rej-results")
rej_fail=$((n_rej - rej_ok - rej_gc))

# Failures, with paths shortened to the part under $GOROOT/src.
show() {
  local line
  while IFS= read -r line; do
    line=${line#FAIL }
    echo "  ${line//"$GOROOT/src/"/}"
  done
}
if [ "$acc_fail" -gt 0 ]; then
  echo "accepted by gofmt, failed by minigo ($acc_fail; paths under $GOROOT/src):"
  grep '^FAIL ' "$WORK/acc-results" | LC_ALL=C sort | show
fi
if [ "$rej_fail" -gt 0 ]; then
  echo "rejected by gofmt, not rejected cleanly by minigo ($rej_fail; paths under $GOROOT/src):"
  grep -v -e '^OK ' -e '^GC ' "$WORK/rej-results" | LC_ALL=C sort | show
fi
echo "total:                      $total"
echo "accepted by gofmt:          $n_acc"
echo "accepted and parsed:        $((n_acc - acc_fail))"
echo "rejected by gofmt:          $n_rej"
echo "rejected with clean errors: $rej_ok"
echo "accepted as gc's parser does (type errors in gc): $rej_gc"
[ "$acc_fail" = 0 ] && [ "$rej_fail" = 0 ]
