package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  \t xx hello, world xx \n ")
	fmt.Printf("TrimSpace: %q\n", bytes.TrimSpace(s))
	fmt.Printf("TrimSpace unicode: %q\n", bytes.TrimSpace([]byte("\u00a0\u2003 héllo \u3000")))
	fmt.Printf("TrimSpace all: %q %v\n", bytes.TrimSpace([]byte(" \t\n")), bytes.TrimSpace([]byte(" \t\n")) == nil)
	fmt.Printf("Trim: %q\n", bytes.Trim(s, " \t\nx"))
	fmt.Printf("TrimLeft: %q\n", bytes.TrimLeft(s, " \t\nx"))
	fmt.Printf("TrimRight: %q\n", bytes.TrimRight(s, " \t\nx"))
	fmt.Printf("Trim one byte: %q\n", bytes.Trim([]byte("aaabaaa"), "a"))
	fmt.Printf("Trim unicode set: %q\n", bytes.Trim([]byte("¡¡Hola!!"), "!¡"))
	fmt.Printf("TrimLeft unicode: %q TrimRight unicode: %q\n", bytes.TrimLeft([]byte("世界abc世"), "界世"), bytes.TrimRight([]byte("世界abc世"), "界世"))
	fmt.Printf("Trim empty cutset: %q\n", bytes.Trim([]byte(" a "), ""))
	fmt.Printf("Trim everything: %q %v\n", bytes.Trim([]byte("aaa"), "a"), bytes.Trim([]byte("aaa"), "a") == nil)
	fmt.Printf("Trim nil: %v\n", bytes.Trim(nil, "a") == nil)
	fmt.Printf("Trim long ascii set: %q\n", bytes.Trim([]byte("123abc456def789"), "0123456789"))

	fmt.Printf("TrimFunc: %q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("TrimLeftFunc: %q\n", bytes.TrimLeftFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("TrimRightFunc: %q\n", bytes.TrimRightFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("TrimRightFunc multibyte: %q\n", bytes.TrimRightFunc([]byte("abc世界"), func(r rune) bool { return r > 127 }))
	fmt.Printf("TrimFunc all: %q\n", bytes.TrimFunc([]byte("999"), unicode.IsDigit))

	fmt.Printf("TrimPrefix: %q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimPrefix([]byte("body"), []byte("x")))
	fmt.Printf("TrimSuffix: %q %q\n", bytes.TrimSuffix([]byte("file.go"), []byte(".go")), bytes.TrimSuffix([]byte("file.go"), []byte(".rs")))

	for _, sep := range []string{"=", "==", "x", ""} {
		b, a, ok := bytes.Cut([]byte("key=value=more"), []byte(sep))
		fmt.Printf("Cut(%q): %q %q %v (after nil: %v)\n", sep, b, a, ok, a == nil)
		b, a, ok = bytes.CutLast([]byte("key=value=more"), []byte(sep))
		fmt.Printf("CutLast(%q): %q %q %v\n", sep, b, a, ok)
	}
	after, ok := bytes.CutPrefix([]byte("Content-Type: text"), []byte("Content-Type: "))
	fmt.Printf("CutPrefix: %q %v\n", after, ok)
	after, ok = bytes.CutPrefix([]byte("abc"), []byte("x"))
	fmt.Printf("CutPrefix miss: %q %v\n", after, ok)
	before, ok := bytes.CutSuffix([]byte("image.png"), []byte(".png"))
	fmt.Printf("CutSuffix: %q %v\n", before, ok)
	before, ok = bytes.CutSuffix([]byte("image.png"), nil)
	fmt.Printf("CutSuffix empty: %q %v\n", before, ok)

	// Cut returns slices of the original.
	line := []byte("name: gopher")
	k, v, _ := bytes.Cut(line, []byte(": "))
	v[0] = 'G'
	fmt.Printf("%q %q %q\n", k, v, line)
}
