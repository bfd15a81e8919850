package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(name string, parts []string) {
	fmt.Printf("%s %d %q\n", name, len(parts), parts)
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouAEIOU", r) }

func main() {
	// Index family on ordinary, empty, repeated and overlapping patterns.
	hay := "the cat sat on the mat with the hat"
	for _, pat := range []string{"", "t", "the", "at", "hat", "mat with", "dog", hay, hay + "!", "th", "h "} {
		fmt.Println(pat, strings.Index(hay, pat), strings.LastIndex(hay, pat), strings.Count(hay, pat), strings.Contains(hay, pat))
	}
	fmt.Println(strings.Index("", ""), strings.LastIndex("", ""), strings.Count("", ""), strings.Index("", "a"))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Index("aaab", "ab"), strings.LastIndex("abaaa", "aa"))
	fmt.Println(strings.Count("five", ""), strings.Count("héllo", ""), strings.Count("\xff\xfe", ""))

	// Long patterns with many false starts (exercise the fallback paths).
	long := strings.Repeat("a", 300) + "b" + strings.Repeat("a", 300)
	fmt.Println(strings.Index(long, "aaaab"), strings.LastIndex(long, "baaaa"), strings.Index(long, "aaac"), strings.LastIndex(long, "caaa"))
	fmt.Println(strings.Index(long, strings.Repeat("a", 40)+"b"), strings.LastIndex(long, "b"+strings.Repeat("a", 40)))
	fmt.Println(strings.LastIndex(long, strings.Repeat("a", 50)), strings.Index(long, "ba"), strings.Count(long, "aa"))

	// Bytes and runes.
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexByte("golang", 'z'), strings.LastIndexByte("golang", 'g'), strings.LastIndexByte("", 'g'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("aé世b", '世'), strings.IndexRune("aé世b", 'b'))
	fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune("abc", -1), strings.IndexRune("abc", 0xD800), strings.IndexRune("abc", 0x110000))
	fmt.Println(strings.IndexRune("\xe4\xe4\xb8\x96", '世'), strings.ContainsRune("naïve", 'ï'), strings.ContainsRune("", 'a'))

	// Any and Func.
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexAny("golang", ""), strings.IndexAny("", "a"), strings.IndexAny("golang", "xyz"))
	fmt.Println(strings.IndexAny("a long ascii haystack", "kc"), strings.IndexAny("über straße", "ßr"), strings.IndexAny("x\xffy", "\xfe"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.LastIndexAny("golang", ""), strings.LastIndexAny("a long ascii haystack", "al"), strings.LastIndexAny("日本語日本", "本"))
	fmt.Println(strings.LastIndexAny("\xff", "\xfe"), strings.LastIndexAny("x", "xyz"), strings.LastIndexAny("ab\xff", "\xff"))
	fmt.Println(strings.ContainsAny("team", "i"), strings.ContainsAny("failure", "u & i"), strings.ContainsAny("", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello, 世界", func(r rune) bool { return r > 127 }), strings.IndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("go123", unicode.IsLetter), strings.LastIndexFunc("123", unicode.IsLetter), strings.LastIndexFunc("x世y界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.ContainsFunc("hello", isVowel), strings.ContainsFunc("rhythm", isVowel))

	// Prefixes, suffixes, cuts.
	fmt.Println(strings.HasPrefix("prefix", "pre"), strings.HasPrefix("pre", "prefix"), strings.HasPrefix("x", ""), strings.HasSuffix("amigo", "go"), strings.HasSuffix("go", "amigo"), strings.HasSuffix("", ""))
	for _, sep := range []string{"=", "==", "", "x"} {
		before, after, found := strings.Cut("key=value=more", sep)
		fmt.Printf("Cut %q: %q %q %v\n", sep, before, after, found)
		before, after, found = strings.CutLast("key=value=more", sep)
		fmt.Printf("CutLast %q: %q %q %v\n", sep, before, after, found)
	}
	after, ok := strings.CutPrefix("http://example.com", "http://")
	fmt.Println(after, ok)
	after, ok = strings.CutPrefix("ftp://x", "http://")
	fmt.Println(after, ok)
	before, found := strings.CutSuffix("file.go", ".go")
	fmt.Println(before, found)
	before, found = strings.CutSuffix("file.go", ".rs")
	fmt.Println(before, found)

	// Split family.
	show("Split", strings.Split("a,b,c", ","))
	show("Split", strings.Split("a,b,c,", ","))
	show("Split", strings.Split(",", ","))
	show("Split", strings.Split("", ","))
	show("Split", strings.Split("abc", ""))
	show("Split", strings.Split("", ""))
	show("Split", strings.Split("héllo\xff", ""))
	show("Split", strings.Split("a--b----c", "--"))
	show("Split", strings.Split("abc", "abcd"))
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		show(fmt.Sprint("SplitN ", n), strings.SplitN("a,b,c,d", ",", n))
		show(fmt.Sprint("SplitN empty sep ", n), strings.SplitN("wxyz", "", n))
		show(fmt.Sprint("SplitAfterN ", n), strings.SplitAfterN("a,b,c,d", ",", n))
	}
	fmt.Println(strings.SplitN("a,b", ",", 0) == nil, strings.Split("", "x") == nil)
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("SplitAfter", strings.SplitAfter("1..2..3..", ".."))
	show("SplitAfter", strings.SplitAfter("ab", ""))

	// Fields.
	show("Fields", strings.Fields("  foo bar  baz   "))
	show("Fields", strings.Fields(""))
	show("Fields", strings.Fields(" \t\n\v\f\r "))
	show("Fields", strings.Fields("one"))
	show("Fields", strings.Fields("a\tb\nc\rd\ve\ff"))
	show("Fields", strings.Fields("wide\u3000space\u00a0nbsp\u0085next é"))
	show("Fields", strings.Fields("bad\xffbyte here"))
	show("FieldsFunc", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	show("FieldsFunc", strings.FieldsFunc("", unicode.IsSpace))
	show("FieldsFunc", strings.FieldsFunc("xxx", func(r rune) bool { return r == 'x' }))
	show("FieldsFunc", strings.FieldsFunc("a1b22c333", unicode.IsDigit))

	// Join.
	fmt.Printf("%q %q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"solo"}, ","), strings.Join([]string{"a", "b", "c"}, ", "), strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Join(strings.Fields(" x  y z "), ""))

	// Compare and Clone.
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("", "a"), strings.Compare("ab", "a"))
	c := strings.Clone("cloned")
	fmt.Println(c, strings.Clone("") == "", len(strings.Clone("abc")))
}
