package main

import "fmt"

func main() {
	var s, t string
	var bs []byte
	for _, in := range []string{"word", "  lead", "two words", "tab\tsep", "", "   ", "héllo wörld", "a\nb"} {
		s = "?"
		n, err := fmt.Sscan(in, &s)
		fmt.Printf("Sscan %q: %d %q %v\n", in, n, s, err)
	}
	for _, c := range []struct{ format, in string }{
		{"%s", "abc def"}, {"%v", "abc def"}, {"%q", `"quoted string" rest`}, {"%q", "`raw\\n string` rest"},
		{"%q", `"esc\t\x41\u00e9\101\\\""`}, {"%q", `"bad \z escape"`}, {"%q", `"unterminated`}, {"%q", "noquote"},
		{"%q", `"new` + "\n" + `line"`}, {"%x", "48656c6c6f rest"}, {"%X", "4A4b"}, {"%x", "zz"}, {"%x", "4"},
		{"%x", "414"}, {"%3s", "abcdef"}, {"%1s", "xyz"}, {"%d", "str"}, {"%c", "str"}, {"%5q", `"abcdefgh"`},
		{"%q", `"\U0001F600"`}, {"%q", `"\uD800"`}, {"%q", `"\400"`}, {"%q", `"'"`}, {"%q", `"\'"`},
	} {
		s = "?"
		n, err := fmt.Sscanf(c.in, c.format, &s)
		fmt.Printf("Sscanf(%q, %q): %d %q %v\n", c.in, c.format, n, s, err)
	}
	n, err := fmt.Sscan("bytes here", &bs, &s)
	fmt.Printf("%d %q %q %v\n", n, bs, s, err)
	n, err = fmt.Sscanf("616263", "%x", &bs)
	fmt.Printf("%d %q %v\n", n, bs, err)
	n, err = fmt.Sscanf("k=v", "%1s=%s", &s, &t)
	fmt.Printf("%d %q %q %v\n", n, s, t, err)
	n, err = fmt.Sscanf("key:value", "%s:%s", &s, &t)
	fmt.Printf("%d %q %q %v\n", n, s, t, err)
	n, err = fmt.Sscanf("name=Bob age=30", "name=%s age=%s", &s, &t)
	fmt.Printf("%d %q %q %v\n", n, s, t, err)
	// Unicode spaces separate words.
	n, err = fmt.Sscan("one\u00a0two\u2003three", &s, &t)
	fmt.Printf("%d %q %q %v\n", n, s, t, err)
}
