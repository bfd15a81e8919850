#!/bin/sh
# Records gc's scanner diagnostics for the lexer's golden tests: for each
# tests/gc/NAME.go, writes tests/gc/NAME.err with the lines of
# `go tool compile` that are not parser ("syntax error") messages, with
# the directory stripped from the file name.
# Usage (from lexer/): tools/record-gc.sh [GO]    GO defaults to ~/go-sdk/bin/go
set -eu
GO=${1:-$HOME/go-sdk/bin/go}
cd tests/gc
for f in *.go; do
	"$GO" tool compile -p p -o /dev/null "$f" 2>&1 | grep -v 'syntax error' >"${f%.go}.err" || true
done
