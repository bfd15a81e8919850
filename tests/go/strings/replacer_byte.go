package main

import (
	"fmt"
	"strings"
)

func main() {
	// Single-byte old and new strings: the byte replacer.
	rot := make([]string, 0, 104)
	for c := 'a'; c <= 'z'; c++ {
		rot = append(rot, string(c), string('a'+(c-'a'+13)%26))
	}
	for c := 'A'; c <= 'Z'; c++ {
		rot = append(rot, string(c), string('A'+(c-'A'+13)%26))
	}
	rot13 := strings.NewReplacer(rot...)
	enc := rot13.Replace("Hello, World! Why did the gopher cross the road?")
	fmt.Println(enc)
	fmt.Println(rot13.Replace(enc))

	// First pair for a byte wins.
	r := strings.NewReplacer("a", "1", "a", "2", "b", "3")
	fmt.Println(r.Replace("abcab"))

	// Swapping bytes.
	swap := strings.NewReplacer("0", "1", "1", "0")
	fmt.Println(swap.Replace("0011 0101"))

	// Bytes >= 0x80 are bytes, not runes.
	hi := strings.NewReplacer("\xc3", "C")
	fmt.Printf("%q\n", hi.Replace("é and ü"))

	// Single-byte old strings with longer (or empty) new strings: the
	// byte-string replacer.
	esc := strings.NewReplacer("\n", `\n`, "\t", `\t`, "\\", `\\`, "\"", `\"`, "\x00", "")
	fmt.Println(esc.Replace("a\tb\nc\\d\"e\x00f"))
	fmt.Println(esc.Replace("nothing to escape"))
	many := strings.Repeat("x\ny", 20)
	fmt.Println(len(esc.Replace(many)), strings.Count(esc.Replace(many), `\n`))

	del := strings.NewReplacer("a", "", "e", "", "i", "", "o", "", "u", "")
	fmt.Println(del.Replace("the quick brown fox jumps over the lazy dog"))

	expand := strings.NewReplacer("1", "one ", "2", "two ", "3", "three ")
	fmt.Println(expand.Replace("1 2 3 321"))

	// First pair for a byte wins here too.
	r2 := strings.NewReplacer("a", "AA", "a", "BBB", "c", "")
	fmt.Println(r2.Replace("abcabc"))
}
