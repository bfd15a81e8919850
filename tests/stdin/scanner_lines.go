package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Reads standard input line by line and numbers the lines; counts words.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		line := sc.Text()
		words += len(strings.Fields(line))
		fmt.Printf("%3d| %s (%d bytes)\n", lines, line, len(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", lines, "words:", words)
}
