package main

import (
	"fmt"
	"strings"
	"unicode"
)

func repeatPanics(s string, n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprintf("%q", strings.Repeat(s, n))
}

func rot13(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	}
	return r
}

func main() {
	// Case mapping, ASCII and beyond.
	for _, s := range []string{"", "hello", "HELLO", "MiXeD 123!", "héllo wörld", "ǆemal ǅ Ǆ", "ſtraße µ ÿ", "ΑΒΓ αβγ ς", "Ǳ ǲ ǳ", "ı İ i I", "bad\xffutf8", "ａｂｃ ＡＢＣ", "𐐨𐐀"} {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	fmt.Println(strings.Title("hello wide_world o'neil 3rd-place ünïcode\tx"))

	// Map: changing, keeping and dropping runes.
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "same\xffstring"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'a' {
			return '世'
		}
		return r
	}, "banana\xff"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return unicode.ReplacementChar }, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, ""))

	// EqualFold.
	pairs := [][2]string{{"Go", "GO"}, {"go", "gO"}, {"Go", "Goo"}, {"", ""}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212a"}, {"S", "ſ"}, {"Straße", "STRASSE"}, {"ǆ", "ǅ"}, {"É", "é"}, {"a\xff", "A\xff"}, {"@", "`"}, {"[", "{"}, {"Ꭰ", "ꭰ"}}
	for _, p := range pairs {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()

	// Trim family.
	for _, cut := range []string{"", "x", "xy", "!?", "é", "日本", "\xff"} {
		s := "xyx!?hello?!xyé日本"
		fmt.Printf("%q: %q %q %q\n", cut, strings.Trim(s, cut), strings.TrimLeft(s, cut), strings.TrimRight(s, cut))
	}
	fmt.Printf("%q %q %q\n", strings.Trim("", "abc"), strings.Trim("aaaa", "a"), strings.Trim("  spaced  ", " "))
	fmt.Printf("%q %q\n", strings.Trim("a long string of a's and bees...", "ab .'s"), strings.TrimRight("abc\xff\xff", "\xff"))
	for _, s := range []string{"", "   ", " \t\n x y \r\n", "no-space", "\u00a0\u2003wide\u3000", "\u0085x\u0085", " x\xff ", "\xff  "} {
		fmt.Printf("%q ", strings.TrimSpace(s))
	}
	fmt.Println()
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("9999", unicode.IsDigit), strings.TrimLeftFunc("", unicode.IsDigit), strings.TrimRightFunc("é世界", func(r rune) bool { return r > 255 }))
	fmt.Printf("%q %q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "prefix-"), strings.TrimSuffix("body.txt", ".txt"), strings.TrimSuffix("body", ".txt"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("aaa", "a"), strings.TrimSuffix("aaa", ""))

	// Replace.
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 0))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 100))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", 2))
	fmt.Printf("%q\n", strings.Replace("", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "|", -1))
	fmt.Printf("%q\n", strings.Replace("aaaa", "aa", "b", -1))
	fmt.Printf("%q\n", strings.Replace("aaaa", "a", "", -1))
	fmt.Printf("%q\n", strings.Replace("same", "x", "y", -1))
	fmt.Printf("%q\n", strings.ReplaceAll("a.b.c", ".", "::"))
	fmt.Printf("%q\n", strings.ReplaceAll("\xff\xfe", "", "+"))

	// Repeat, including the panics.
	fmt.Println(repeatPanics("ab", 3), repeatPanics("", 5), repeatPanics("x", 0), repeatPanics("xyz", 1))
	fmt.Println(repeatPanics("-", 10), repeatPanics(" ", 3), repeatPanics("0", 4), repeatPanics("=+", 2), repeatPanics("\t", 2))
	fmt.Println(repeatPanics("x", -1))
	fmt.Println(repeatPanics("xx", 1<<62))
	fmt.Println(repeatPanics("", -3))
	fmt.Println(len(strings.Repeat("abc", 5000)), strings.Count(strings.Repeat("abc", 5000), "ca"))

	// ToValidUTF8.
	for _, s := range []string{"", "valid ☺", "a\xffb", "a\xff\xfeb", "\xff", "\xe2\x98", "a\xe2\x98b\xffc", "\xed\xa0\x80", "\xf4\x90\x80\x80"} {
		fmt.Printf("%q %q ", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""))
	}
	fmt.Println()
	fmt.Printf("%q\n", strings.ToValidUTF8("x\xffy", "\uFFFD"))
}
