package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, in := range []string{
		`"hello" world`, `"with \"escapes\"" tail`, "`raw` and more", `'x' rest`, `'\n'!`,
		`"unterminated`, `no quote`, `""`, `''`, `'ab'`, "`a\rb` x", `"\xff" y`, `"a` + "\n" + `b"`,
		`"é" z`, "\"\xff\" invalid", `"\u00e9"abc`, `"`,
	} {
		p, err := strconv.QuotedPrefix(in)
		fmt.Printf("QuotedPrefix(%q) = %q %v\n", in, p, err)
	}

	for _, s := range []string{
		"", "plain", "with `backquote`", "tab\there", "new\nline", "cr\r", "\x7f", "\x00",
		"ünïcode 世界", "\ufeffBOM", "\xff", "`", "end`", "emoji 😀", "\u2028", "a\x1fb",
	} {
		fmt.Printf("CanBackquote(%q) = %v\n", s, strconv.CanBackquote(s))
	}

	// Scan a list of quoted strings separated by commas.
	src := `"one", 'two'? no: "t\"wo", ` + "`three`" + `, "fo\u00fcr"`
	rest := src
	for len(rest) > 0 {
		if rest[0] == ',' || rest[0] == ' ' {
			rest = rest[1:]
			continue
		}
		p, err := strconv.QuotedPrefix(rest)
		if err != nil {
			fmt.Printf("stop at %q: %v\n", rest, err)
			break
		}
		v, err := strconv.Unquote(p)
		fmt.Printf("token %s -> %q %v\n", p, v, err)
		rest = rest[len(p):]
	}
}
