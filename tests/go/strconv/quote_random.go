package main

import (
	"fmt"
	"strconv"
)

var seed uint32 = 2024

func next(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

// pieces that random strings are made of: ASCII, controls, escapes,
// multi-byte runes, invalid bytes.
var pieces = []string{"a", "Z", " ", "\\", "\"", "'", "`", "\n", "\t", "\x00", "\x7f", "é", "世", "😀", "\u00a0", "\u2028", "\u3000", "\xff", "\xe4\xb8", "\ufeff", "\U000e0001"}

func randString() string {
	n := next(8)
	s := ""
	for i := 0; i < n; i++ {
		s += pieces[next(len(pieces))]
	}
	return s
}

// escapes that random literals are made of.
var lits = []string{`a`, `\n`, `\\`, `\"`, `\'`, `\x41`, `\x4`, `\xff`, `\101`, `\400`, `\u00e9`, `\uD800`, `\U0001F600`, `\U00110000`, `\q`, `é`, `"`, `'`, "\n", `\`}

func randLiteral() string {
	q := []string{`"`, `'`, "`"}[next(3)]
	n := next(4)
	s := q
	for i := 0; i < n; i++ {
		s += lits[next(len(lits))]
	}
	if next(8) != 0 {
		s += q
	}
	return s
}

func main() {
	ok := 0
	for i := 0; i < 300; i++ {
		s := randString()
		for mode, q := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s)} {
			back, err := strconv.Unquote(q)
			// Invalid bytes are quoted as \x escapes: they come back too.
			if err != nil || back != s {
				fmt.Printf("round trip %d failed: %q -> %s -> %q %v\n", mode, s, q, back, err)
			} else {
				ok++
			}
			if i%30 == 0 {
				fmt.Printf("%d %q -> %s\n", mode, s, q)
			}
		}
		if strconv.CanBackquote(s) {
			back, err := strconv.Unquote("`" + s + "`")
			if err != nil || back != s {
				fmt.Printf("backquote failed: %q\n", s)
			}
		}
	}
	fmt.Println("round trips:", ok)

	valid := 0
	for i := 0; i < 200; i++ {
		lit := randLiteral()
		v, err := strconv.Unquote(lit)
		p, perr := strconv.QuotedPrefix(lit + "tail")
		if err == nil {
			valid++
		}
		fmt.Printf("%-28q Unquote=%q %v | QuotedPrefix=%q %v\n", lit, v, err, p, perr)
	}
	fmt.Println("valid literals:", valid)
}
