package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "first line\nsecond\n\nfourth\nno newline at end"
	n := 0
	for line := range strings.Lines(text) {
		n++
		fmt.Printf("%d %q\n", n, line)
	}
	for line := range strings.Lines("") {
		fmt.Println("never", line)
	}
	for line := range strings.Lines("a\r\nb\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for line := range strings.Lines("\n\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			fmt.Println("blank line found; stop")
			break
		}
	}
}
