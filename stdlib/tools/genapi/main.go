// Command genapi writes minigo's API declaration files: one Go source file
// per standard package (stdlib/api/<import path>.go) that declares every
// exported member of the real package, with Go's names, types and exact
// constant values, and functions without bodies. minigo's type checker
// resolves imports of standard packages against these files.
//
// It type-checks the real packages from $GOROOT/src with go/types (for
// linux/amd64, without cgo) and prints their exported scopes.
//
//	go run . -out ../../api     regenerate the files
//	go run . -check ../../api   verify the files on disk
//
// -check type-checks the files on disk together (imports resolve among
// them only), compares every declared member's type and every constant's
// exact value with the real package's, checks that every exported member
// of the real package is either declared or listed as left out, and that
// the files are what -out would write now.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// packages is the set of standard packages minigo declares, by import
// path. Types from packages outside this set cannot be named in the
// declarations.
var packages = []string{
	"bufio",
	"bytes",
	"cmp",
	"container/heap",
	"container/list",
	"container/ring",
	"errors",
	"fmt",
	"io",
	"io/fs",
	"iter",
	"maps",
	"math",
	"math/bits",
	"math/rand",
	"math/rand/v2",
	"os",
	"runtime",
	"slices",
	"sort",
	"strconv",
	"strings",
	"sync",
	"sync/atomic",
	"time",
	"unicode",
	"unicode/utf8",
}

// runtimeSubset is the part of package runtime that minigo declares.
var runtimeSubset = map[string]bool{
	"Caller":       true,
	"Callers":      true,
	"GC":           true,
	"GOARCH":       true,
	"GOMAXPROCS":   true,
	"GOOS":         true,
	"Goexit":       true,
	"Gosched":      true,
	"KeepAlive":    true,
	"MemStats":     true,
	"NumCPU":       true,
	"NumGoroutine": true,
	"ReadMemStats": true,
	"Version":      true,
}

func main() {
	out := flag.String("out", "", "write the declaration files under `dir`")
	check := flag.String("check", "", "verify the declaration files under `dir`")
	flag.Parse()
	if (*out == "") == (*check == "") || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: genapi -out dir | -check dir")
		os.Exit(2)
	}
	goroot, err := findGOROOT()
	if err != nil {
		fatal(err)
	}
	l := newLoader(goroot)
	g, err := generate(l)
	if err != nil {
		fatal(err)
	}
	if *out != "" {
		if err := g.write(*out); err != nil {
			fatal(err)
		}
		return
	}
	problems := verify(g, *check)
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(os.Stderr, "genapi: %d problems\n", len(problems))
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "genapi: %d packages verified against %s\n", len(packages), goVersion(goroot))
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "genapi:", err)
	os.Exit(1)
}

// findGOROOT is $GOROOT, or what `go env GOROOT` says.
func findGOROOT() (string, error) {
	if r := os.Getenv("GOROOT"); r != "" {
		return r, nil
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("set GOROOT: go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// goVersion is the first line of $GOROOT/VERSION (go1.27.3).
func goVersion(goroot string) string {
	b, err := os.ReadFile(goroot + "/VERSION")
	if err != nil {
		return "unknown Go version"
	}
	v, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSpace(v)
}
