package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{
		"", "plain", "tab\tnl\n", "\a\b\f\r\v", "quote\" back\\ 'single'", "\x00\x7f\xff",
		"é世😀", "\u00a0nbsp", "\u3000ideographic space", "\u2028\u2029", "\u200bzero width",
		"\ufeff", "\U000e0001 tag", "\u1680ogham", "bad \xe4\xb8 utf8", "\U0010ffff",
	}
	for _, s := range strs {
		fmt.Printf("%s | %s | %s\n", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
		for _, q := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s)} {
			back, err := strconv.Unquote(q)
			if err != nil || back != s && s != "bad \xe4\xb8 utf8" {
				fmt.Println("  round trip failed:", q, err)
			}
		}
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '世', 0x1f600, 0xa0, 0x3000, 0x2028, 0xfeff, 0xd800, -1, 0x110000, 0xe0001}
	for _, r := range runes {
		fmt.Printf("%#x: %s %s %s\n", r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}

	// The Append forms.
	b := []byte("list:")
	b = strconv.AppendQuote(b, "a\tb")
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = append(b, ' ')
	b = strconv.AppendQuoteToGraphic(b, "\u3000\n")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '世')
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToASCII(b, '世')
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	fmt.Println(string(b))
	fmt.Println(string(strconv.AppendQuoteToGraphic(nil, "")), string(strconv.AppendQuoteRuneToGraphic(nil, '\t')))
}
