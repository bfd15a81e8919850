package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		`""`, `"plain"`, `"\a\b\f\n\r\t\v"`, `"\\"`, `"\""`, `"\'"`,
		`"\x00\x41\x7f\x80\xff"`, `"\xFf"`, `"\000\101\177\377"`, `"\u0041\u00e9\u4e16"`,
		`"\U0001F600\U00000041"`, `"\uFFFD"`, `"mixed \u00e9\x41\102 é"`, `"ünïcödé"`,
		`'a'`, `'\n'`, `'\''`, `'"'`, `'\x41'`, `'\101'`, `'\u00e9'`, `'\U0001F600'`, `'é'`, `'\\'`, `''`,
		"`raw \\n string`", "``", "`with\rcarriage\r\nreturns`", "`multi\nline`", "`\"quotes\" 'inside'`",
	}
	for _, in := range inputs {
		out, err := strconv.Unquote(in)
		fmt.Printf("%-32s -> %q %v\n", in, out, err)
	}
	// The value of \xff is the single byte, not a rune.
	s, _ := strconv.Unquote(`"\xff"`)
	fmt.Println(len(s), []byte(s))
	s, _ = strconv.Unquote(`"\u00ff"`)
	fmt.Println(len(s), []byte(s))
	s, _ = strconv.Unquote(`"\377"`)
	fmt.Println(len(s), []byte(s))
	// A raw string may hold invalid UTF-8, a quoted one without escapes may not.
	s, err := strconv.Unquote("`\xff`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("\"\xff\"")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("'\xff'")
	fmt.Printf("%q %v\n", s, err)
}
