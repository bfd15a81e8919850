package main

import (
	"fmt"
	"unicode/utf8"
)

func examineRune(r rune) {
	if r == 't' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}

	// Bytes, runes and conversions.
	word := "héllo, 世界"
	bs := []byte(word)
	rs := []rune(word)
	fmt.Println(len(word), len(bs), len(rs))
	fmt.Println(bs[:4], rs[:4])
	rs[0] = 'H'
	fmt.Println(string(rs), word[1:3], string(word[7]))
	fmt.Println(string(rs[7:]), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	fmt.Printf("%q %+q %x % x %X\n", word, word, word, "hé", "hé")
	fmt.Printf("%c %c %U %d %q\n", 'G', 0x1F600, 'é', 'é', '\n')

	// utf8 helpers.
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	fmt.Println(buf, utf8.RuneLen('€'), utf8.ValidString("a\xffb"), utf8.ValidString(word))
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	last, lsize := utf8.DecodeLastRuneInString(word)
	fmt.Println(string(last), lsize, utf8.FullRune([]byte{0xe4, 0xb8}))

	// Strings are immutable; building via concatenation.
	out := ""
	for i := len(rs) - 1; i >= 0; i-- {
		out += string(rs[i])
	}
	fmt.Println(out)
	// Comparison is bytewise.
	fmt.Println("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z")
	// Escapes and raw strings.
	fmt.Println("tab\there", `back\slash`, "quote\"d", "\x41\101\u0041")
	multi := `line1
line2`
	fmt.Println(len(multi), multi)
	var ch byte = 'a'
	ch += 2
	fmt.Println(ch, string(ch), string(rune(ch-32)))
}
