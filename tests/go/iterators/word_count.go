package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

const text = `The cat sat.
The dog sat on the cat.

A bird flew over the dog`

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(s) {
			for w := range strings.FieldsFuncSeq(line, func(r rune) bool {
				return r == ' ' || r == '.' || r == '\n'
			}) {
				if !yield(strings.ToLower(w)) {
					return
				}
			}
		}
	}
}

func main() {
	counts := map[string]int{}
	for w := range Words(text) {
		counts[w]++
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	for _, k := range keys[:5] {
		fmt.Println(k, counts[k])
	}
	fmt.Println(len(keys), slices.Collect(Words("One.Two")))
	lineNo := 0
	for line := range strings.Lines(text) {
		lineNo++
		n := 0
		for range strings.FieldsSeq(line) {
			n++
		}
		fmt.Println(lineNo, n)
	}
}
