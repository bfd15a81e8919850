package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

func main() {
	s := []byte("chicken kitchen 世界 chicken")
	for _, sep := range []string{"", "c", "ch", "ken", "kitchen", "世界", "界", "dog", "chicken kitchen 世界 chicken", "chicken kitchen 世界 chicken!"} {
		fmt.Printf("%q: Index=%d LastIndex=%d\n", sep, bytes.Index(s, []byte(sep)), bytes.LastIndex(s, []byte(sep)))
	}
	for _, c := range []byte{'c', 'n', 'z', ' ', 0xe4} {
		fmt.Printf("IndexByte(%q)=%d LastIndexByte=%d\n", c, bytes.IndexByte(s, c), bytes.LastIndexByte(s, c))
	}
	for _, r := range []rune{'k', '世', '界', 'x', unicode.ReplacementChar, -1, 0x110000} {
		fmt.Printf("IndexRune(%q)=%d\n", r, bytes.IndexRune(s, r))
	}
	bad := []byte("ab\xffcd\xe4\xb8")
	fmt.Println("IndexRune RuneError in invalid:", bytes.IndexRune(bad, unicode.ReplacementChar))
	fmt.Println("IndexRune RuneError literal:", bytes.IndexRune([]byte("x\uFFFDy"), unicode.ReplacementChar))

	for _, chars := range []string{"", "xyz", "kt", "界c", "\xff", "zzzzzzzzzzn", "\uFFFD"} {
		fmt.Printf("IndexAny(%q)=%d LastIndexAny=%d\n", chars, bytes.IndexAny(s, chars), bytes.LastIndexAny(s, chars))
		fmt.Printf("  in invalid: %d %d\n", bytes.IndexAny(bad, chars), bytes.LastIndexAny(bad, chars))
	}
	fmt.Println("one byte:", bytes.IndexAny([]byte("\xff"), "\uFFFD"), bytes.LastIndexAny([]byte("a"), "ba"))

	fmt.Println("IndexFunc upper:", bytes.IndexFunc([]byte("abcDef"), unicode.IsUpper))
	fmt.Println("LastIndexFunc space:", bytes.LastIndexFunc([]byte("a b c d"), unicode.IsSpace))
	fmt.Println("IndexFunc han:", bytes.IndexFunc(s, isHan))
	fmt.Println("LastIndexFunc han:", bytes.LastIndexFunc(s, isHan))
	fmt.Println("IndexFunc none:", bytes.IndexFunc(s, unicode.IsDigit), bytes.LastIndexFunc(nil, unicode.IsDigit))

	// Long inputs that take the Rabin-Karp and brute-force fallbacks.
	long := bytes.Repeat([]byte("aab"), 200)
	long = append(long, []byte("aaac")...)
	fmt.Println("long Index aaac:", bytes.Index(long, []byte("aaac")))
	fmt.Println("long LastIndex aab:", bytes.LastIndex(long, []byte("aab")))
	fmt.Println("long Index aabaabx:", bytes.Index(long, []byte("aabaabx")))
	fmt.Println("long LastIndex baab:", bytes.LastIndex(long, []byte("baab")))
	runes := bytes.Repeat([]byte("é"), 300)
	runes = append(runes, []byte("è")...)
	fmt.Println("IndexRune è after many é:", bytes.IndexRune(runes, 'è'), bytes.IndexRune(runes, 'ê'))
	fmt.Println("Index in periodic:", bytes.Index(bytes.Repeat([]byte("ab"), 500), []byte("ba")), bytes.Index(bytes.Repeat([]byte("ab"), 500), []byte("bb")))
}
