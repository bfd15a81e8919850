package main

import (
	"fmt"
	"strings"
)

func main() {
	// One pair with a multi-byte old string: the single-string replacer
	// (a Boyer-Moore search).
	r := strings.NewReplacer("needle", "NEEDLE")
	hay := strings.Repeat("hay ", 30) + "needle" + strings.Repeat(" hay", 10) + "needleneedle"
	out := r.Replace(hay)
	fmt.Println(strings.Count(out, "NEEDLE"), len(out), strings.Index(out, "NEEDLE"))
	fmt.Println(r.Replace("no match here"))
	fmt.Println(r.Replace("needle"))
	fmt.Println(r.Replace("needl"))
	fmt.Println(r.Replace("nneedleeneedle"))

	// Periodic patterns.
	ab := strings.NewReplacer("abab", "X")
	for _, s := range []string{"abababab", "ababa", "aabababb", "bababab"} {
		fmt.Printf("%q -> %q\n", s, ab.Replace(s))
	}
	aa := strings.NewReplacer("aa", "b")
	for _, s := range []string{"a", "aa", "aaa", "aaaa", "aaaaa"} {
		fmt.Printf("%q -> %q\n", s, aa.Replace(s))
	}

	// Deleting a word.
	del := strings.NewReplacer("very ", "")
	fmt.Println(del.Replace("a very very very long sentence"))

	// Unicode pattern.
	u := strings.NewReplacer("ñandú", "rhea")
	fmt.Println(u.Replace("el ñandú y otro ñandú"))

	// Compared with strings.ReplaceAll on many inputs.
	pats := []string{"ab", "abc", "aab", "xyzzy"}
	texts := []string{"", "ab", "abcabcab", "aaabaab", "xyzzyxyzzy xyz", "abababc"}
	ok := true
	for _, p := range pats {
		rp := strings.NewReplacer(p, "<"+p+">")
		for _, t := range texts {
			if rp.Replace(t) != strings.ReplaceAll(t, p, "<"+p+">") {
				ok = false
				fmt.Println("mismatch", p, t)
			}
		}
	}
	fmt.Println("matches ReplaceAll:", ok)
}
