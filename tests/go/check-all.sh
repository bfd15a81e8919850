#!/usr/bin/env bash
# check-all.sh -- re-record every program under tests/go with the real Go
# toolchain, in a temporary copy, and report each .out/.err/.code that no
# longer matches the committed one (or that appeared or disappeared).
#
# usage:  tests/go/check-all.sh [DIR-OR-FILE.go...]   (default: all of tests/go)
#         GO=path/to/go  as for record-expected.sh (default: go on PATH, else
#         ~/go-sdk/bin/go)
# exit:   0 all match, 1 some differ or could not be recorded, 2 setup error
set -u
here=$(cd "$(dirname "$0")" && pwd)
record=${RECORD:-$here/../../../shared/tools/record-expected.sh}
[ -x "$record" ] || { echo "check-all.sh: cannot find record-expected.sh (set RECORD=...)" >&2; exit 2; }
if [ -z "${GO:-}" ] && ! command -v go >/dev/null && [ -x "$HOME/go-sdk/bin/go" ]; then
  export PATH="$HOME/go-sdk/bin:$PATH"
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# the programs to check, as paths relative to tests/go
progs=()
if [ $# -eq 0 ]; then set -- "$here"; fi
for arg in "$@"; do
  abs=$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")
  if [ -d "$abs" ]; then
    while IFS= read -r f; do progs+=("${f#"$here"/}"); done < <(find "$abs" -name '*.go' | sort)
  else
    progs+=("${abs#"$here"/}")
  fi
done
[ ${#progs[@]} -gt 0 ] || { echo "check-all.sh: no programs" >&2; exit 2; }

for p in "${progs[@]}"; do
  mkdir -p "$tmp/$(dirname "$p")"
  cp "$here/$p" "$tmp/$p"
done
(cd "$tmp" && "$record" "${progs[@]}") >"$tmp/record.log" 2>&1
rstatus=$?

bad=0
for p in "${progs[@]}"; do
  base=${p%.go}
  if [ ! -e "$tmp/$base.out" ]; then
    echo "FAIL $p: not recorded (see below)"; bad=$((bad + 1)); continue
  fi
  for ext in out err code; do
    old="$here/$base.$ext" new="$tmp/$base.$ext"
    if [ -e "$old" ] && [ -e "$new" ]; then
      if ! cmp -s "$old" "$new"; then
        echo "FAIL $base.$ext differs:"
        diff "$old" "$new" | head -n 20 | sed 's/^/    /'
        bad=$((bad + 1))
      fi
    elif [ -e "$old" ]; then
      echo "FAIL $base.$ext: committed but no longer produced"; bad=$((bad + 1))
    elif [ -e "$new" ]; then
      echo "FAIL $base.$ext: produced now but not committed"; bad=$((bad + 1))
    fi
  done
done
if [ $rstatus -ne 0 ]; then
  grep -v ': exit [0-9]*$' "$tmp/record.log" | sed 's/^/record: /'
fi
echo "checked ${#progs[@]} programs: $bad mismatches"
[ $bad -eq 0 ] && [ $rstatus -eq 0 ]
