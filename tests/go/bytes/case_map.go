package main

import (
	"bytes"
	"fmt"
	"unicode"
)

// turkish is the SpecialCase of Go's unicode.TurkishCase, spelled out.
var turkish = unicode.SpecialCase{
	unicode.CaseRange{Lo: 0x0049, Hi: 0x0049, Delta: [unicode.MaxCase]rune{0, 0x131 - 0x49, 0}},
	unicode.CaseRange{Lo: 0x0069, Hi: 0x0069, Delta: [unicode.MaxCase]rune{0x130 - 0x69, 0, 0x130 - 0x69}},
	unicode.CaseRange{Lo: 0x0130, Hi: 0x0130, Delta: [unicode.MaxCase]rune{0, 0x69 - 0x130, 0}},
	unicode.CaseRange{Lo: 0x0131, Hi: 0x0131, Delta: [unicode.MaxCase]rune{0x49 - 0x131, 0, 0x49 - 0x131}},
}

func main() {
	inputs := []string{"", "hello", "HELLO", "Hello, Wörld", "straße", "ǆemal", "ıi İI", "αβγ ΑΒΓ", "\xffabc\xfe", "123 !?"}
	for _, in := range inputs {
		s := []byte(in)
		fmt.Printf("%q: upper=%q lower=%q title=%q Title=%q\n", in,
			bytes.ToUpper(s), bytes.ToLower(s), bytes.ToTitle(s), bytes.Title(s))
	}
	// ToUpper on ASCII returns a copy.
	orig := []byte("abc")
	up := bytes.ToUpper(orig)
	up[0] = 'X'
	fmt.Printf("%q %q\n", orig, up)
	same := []byte("ABC")
	cp := bytes.ToUpper(same)
	cp[0] = 'Z'
	fmt.Printf("%q %q\n", same, cp)

	tr := []byte("ılık İstanbul iğne")
	fmt.Printf("Turkish upper: %q\n", bytes.ToUpperSpecial(turkish, tr))
	fmt.Printf("Turkish lower: %q\n", bytes.ToLowerSpecial(turkish, []byte("ILIK İSTANBUL")))
	fmt.Printf("Turkish title: %q\n", bytes.ToTitleSpecial(turkish, tr))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Printf("%q\n", bytes.Map(rot13, []byte("Twas brillig and the slithy gopher...")))
	dropVowels := func(r rune) rune {
		if bytes.ContainsRune([]byte("aeiou"), r) {
			return -1
		}
		return r
	}
	fmt.Printf("%q\n", bytes.Map(dropVowels, []byte("programming language")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL\xff")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune { return '世' }, []byte("abc")))

	for _, in := range []string{"valid é", "a\xffb", "a\xff\xfe\xfdb", "\xe4\xb8", "ok\xc0\xafend"} {
		fmt.Printf("ToValidUTF8(%q) = %q / %q\n", in, bytes.ToValidUTF8([]byte(in), []byte("?")), bytes.ToValidUTF8([]byte(in), nil))
	}
	fmt.Printf("%q\n", bytes.Title([]byte("her royal highness_of-the land's people")))
}
