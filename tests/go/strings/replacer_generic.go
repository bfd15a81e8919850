package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []struct {
		oldnew []string
		in     []string
	}{
		// Overlapping old strings: at each position the first matching
		// pair in argument order wins.
		{[]string{"a", "1", "aa", "2", "aaa", "3"}, []string{"aaaa", "aaa", "baaab"}},
		{[]string{"aaa", "3", "aa", "2", "a", "1"}, []string{"aaaa", "aaa", "baaab"}},
		{[]string{"abc", "X", "bcd", "Y", "cd", "Z"}, []string{"abcd", "bcde", "xcdabc"}},
		// An empty old string matches at every position (and the end).
		{[]string{"", "-"}, []string{"", "abc", "héllo"}},
		{[]string{"a", "A", "", "-"}, []string{"banana", ""}},
		{[]string{"", "X", "o", "O"}, []string{"foo", "o"}},
		// Same old string twice: the first one is used.
		{[]string{"cat", "dog", "cat", "bird"}, []string{"cat catalog"}},
		// Replacements are not rescanned.
		{[]string{"a", "b", "b", "a"}, []string{"abba"}},
		{[]string{"x", "xx"}, []string{"xyx"}},
		// Multi-byte old strings and new strings.
		{[]string{"ö", "oe", "ü", "ue", "ß", "ss"}, []string{"Größe für Übermaß"}},
		{[]string{"世界", "world", "你好", "hello"}, []string{"你好世界!"}},
		// Generic replacer with long keys sharing prefixes.
		{[]string{"interface", "I", "internal", "N", "int", "i", "in", "_"}, []string{"int interface internal inn intern"}},
		// No argument pairs at all.
		{nil, []string{"unchanged"}},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.oldnew...)
		for _, in := range c.in {
			fmt.Printf("%q %q -> %q\n", c.oldnew, in, r.Replace(in))
		}
	}

	// The replacer is reusable, and Replace returns s itself when nothing
	// matches.
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	for _, s := range []string{"<b>bold</b> & more", "no specials", "&&&", ""} {
		fmt.Printf("%q\n", r.Replace(s))
	}

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	strings.NewReplacer("a", "b", "c")
}
