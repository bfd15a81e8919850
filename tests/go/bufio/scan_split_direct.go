package main

import (
	"bufio"
	"fmt"
)

func show(name string, f bufio.SplitFunc, data string, atEOF bool) {
	var d []byte
	if data != "<nil>" {
		d = []byte(data)
	}
	adv, tok, err := f(d, atEOF)
	fmt.Printf("%s(%q, %v) = %d %q nil=%v %v\n", name, data, atEOF, adv, tok, tok == nil, err)
}

func main() {
	cases := []string{"<nil>", "", "a", "a\n", "a\r\n", "\r", "\n", "ab\ncd", "  x  ", " \t", "é", "\xe4\xb8", "\xff"}
	for _, c := range cases {
		for _, eof := range []bool{false, true} {
			show("ScanLines", bufio.ScanLines, c, eof)
			show("ScanWords", bufio.ScanWords, c, eof)
			if eof || (c != "" && c != "<nil>") { // Go indexes data[0] here
				show("ScanRunes", bufio.ScanRunes, c, eof)
				show("ScanBytes", bufio.ScanBytes, c, eof)
			}
		}
	}
}
