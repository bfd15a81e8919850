package main

import "fmt"

func main() {
	strs := []string{"plain", "tab\there", "nl\n", "quote\"s", `back\slash`, "é世", "\x00\x7f", "\xff\xfe", "😀", "\u200b", "bell\a"}
	for _, s := range strs {
		fmt.Printf("%q %+q %#q %x\n", s, s, s, s)
	}
	fmt.Printf("%v %s %10s|%-10s|%.3s|%5.1s|\n", "go", "go", "right", "left", "truncate", "xyz")
	fmt.Printf("%q %q %q %q %q\n", 'a', '\n', '\'', '"', rune(0x1F600))
	fmt.Printf("%c|%5c|%-3c|\n", 'A', 'B', 'C')
	fmt.Printf("%x %X %#x\n", "hello", "hello", "hi")
	fmt.Printf("%08s|%-08s|\n", "ab", "ab")
	fmt.Printf("%.2q %10q|\n", "abcdef", "ab")
}
