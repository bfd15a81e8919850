package main

import (
	"fmt"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A fox, a dog, and THE end. Über-fast foxes don't wait.`

func lower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	if r == 'Ü' {
		return 'ü'
	}
	return r
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r == '\'' || r == 'ü'
}

func words(s string) []string {
	var out []string
	var cur []rune
	for _, r := range s {
		r = lower(r)
		if isWordRune(r) {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

type entry struct {
	word  string
	count int
}

func sortEntries(es []entry) {
	// insertion sort: by count descending, then word ascending
	for i := 1; i < len(es); i++ {
		for j := i; j > 0; j-- {
			a, b := es[j-1], es[j]
			if a.count > b.count || a.count == b.count && a.word < b.word {
				break
			}
			es[j-1], es[j] = b, a
		}
	}
}

func main() {
	ws := words(text)
	fmt.Println(len(ws), "words")
	freq := map[string]int{}
	for _, w := range ws {
		freq[w]++
	}
	var es []entry
	for w, c := range freq {
		es = append(es, entry{w, c})
	}
	sortEntries(es)
	for _, e := range es[:8] {
		var bar strings.Builder
		for i := 0; i < e.count; i++ {
			bar.WriteByte('*')
		}
		fmt.Printf("%-6s %2d %s\n", e.word, e.count, bar.String())
	}
	fmt.Println(len(es), "distinct")
}
