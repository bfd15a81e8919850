package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	data := []byte("alpha\nbeta\ngamma")
	for line := range bytes.Lines(data) {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range bytes.SplitSeq([]byte("k1=v1&k2=v2&&"), []byte("&")) {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range bytes.SplitAfterSeq([]byte("1.2.3"), []byte(".")) {
		fmt.Printf("%s|", part)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" x  y\tz ")) {
		fmt.Printf("%s;", f)
	}
	fmt.Println()
	for f := range bytes.FieldsFuncSeq([]byte("ab12cd3"), unicode.IsDigit) {
		fmt.Printf("%s;", f)
	}
	fmt.Println()
	// The yielded slices alias the input.
	buf := []byte("aa,bb")
	for part := range bytes.SplitSeq(buf, []byte(",")) {
		part[0] = 'X'
	}
	fmt.Println(string(buf))
}
