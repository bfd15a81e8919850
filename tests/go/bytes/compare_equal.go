package main

import (
	"bytes"
	"fmt"
)

func main() {
	pairs := [][2]string{
		{"", ""}, {"a", ""}, {"", "a"}, {"abc", "abc"}, {"abc", "abd"},
		{"abd", "abc"}, {"ab", "abc"}, {"abc", "ab"}, {"\xff", "\x00"}, {"Go", "go"},
	}
	for _, p := range pairs {
		a, b := []byte(p[0]), []byte(p[1])
		fmt.Printf("%q %q: Compare=%d Equal=%v EqualFold=%v HasPrefix=%v HasSuffix=%v\n",
			p[0], p[1], bytes.Compare(a, b), bytes.Equal(a, b), bytes.EqualFold(a, b),
			bytes.HasPrefix(a, b), bytes.HasSuffix(a, b))
	}
	// nil and empty are the same.
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare(nil, nil))
	// Comparing a slice with itself, and overlapping slices.
	s := []byte("abcabc")
	fmt.Println(bytes.Compare(s, s), bytes.Compare(s[:3], s[3:]), bytes.Compare(s[:2], s[:3]))

	folds := [][2]string{
		{"Straße", "STRASSE"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212a"}, {"ǅ", "ǆ"},
		{"hello, WORLD", "HELLO, world"}, {"é", "É"}, {"abc", "abcd"}, {"ÿ", "Ÿ"}, {"ı", "I"},
	}
	for _, f := range folds {
		fmt.Printf("EqualFold(%q, %q) = %v\n", f[0], f[1], bytes.EqualFold([]byte(f[0]), []byte(f[1])))
	}

	// Clone.
	orig := []byte("clone me")
	cl := bytes.Clone(orig)
	cl[0] = 'C'
	fmt.Printf("%q %q\n", orig, cl)
	fmt.Println(bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil, len(bytes.Clone([]byte{})))

	// Sorting byte slices with Compare.
	words := [][]byte{[]byte("pear"), []byte("apple"), []byte("fig"), []byte("apricot"), []byte("")}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && bytes.Compare(words[j-1], words[j]) > 0; j-- {
			words[j-1], words[j] = words[j], words[j-1]
		}
	}
	fmt.Printf("%q\n", words)
}
