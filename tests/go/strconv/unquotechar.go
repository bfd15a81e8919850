package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s     string
		quote byte
	}{
		{`abc`, '"'}, {`\n rest`, '"'}, {`\"x`, '"'}, {`\"x`, '\''}, {`\'x`, '\''}, {`\'x`, '"'},
		{`\'x`, 0}, {`"x`, '"'}, {`"x`, '\''}, {`"x`, 0}, {`'x`, '\''}, {`'x`, 0},
		{`é!`, '"'}, {`世界`, 0}, {`\x41B`, 0}, {`\xe9`, 0}, {`\u00e9z`, 0}, {`\U0001F600!`, 0},
		{`\101z`, 0}, {`\777`, 0}, {`\`, 0}, {``, 0}, {`\k`, 0}, {`\\x`, 0}, {`\a\b`, 0},
		{"\xff rest", 0}, {`\uD800`, 0}, {`\x4`, 0}, {`\12`, 0}, {`\u004`, '"'},
	}
	for _, c := range cases {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.quote)
		fmt.Printf("UnquoteChar(%q, %q) = %q %v %q %v\n", c.s, c.quote, v, mb, tail, err)
	}

	// Decode a whole escaped body rune by rune.
	body := `tab\there \u00e9\x21 \U0001F600 \101\\`
	var out []rune
	for len(body) > 0 {
		v, _, tail, err := strconv.UnquoteChar(body, '"')
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		out = append(out, v)
		body = tail
	}
	fmt.Printf("%q\n", string(out))
}
