package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const text = `first line
second line with more words

  indented fourth
last line without newline`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		fmt.Printf("%d: %q (%d words)\n", n, line, len(strings.Fields(line)))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}

	// Word splitting.
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	count := map[int]int{}
	words := 0
	for ws.Scan() {
		words++
		count[len(ws.Text())]++
	}
	fmt.Println("words:", words, "by length:", count)

	// Rune splitting.
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("[%s]", rs.Text())
	}
	fmt.Println()

	// Sum numbers line by line.
	nums := bufio.NewScanner(strings.NewReader("10\n20\n\n30\r\n40"))
	total := 0
	for nums.Scan() {
		if v, err := strconv.Atoi(strings.TrimSpace(nums.Text())); err == nil {
			total += v
		}
	}
	fmt.Println("total:", total)

	// A Writer with buffering.
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	fmt.Fprintf(w, "buffered %d", 1)
	fmt.Println("before flush:", sb.Len(), w.Buffered())
	w.Flush()
	fmt.Println("after flush:", sb.String())
	r := bufio.NewReader(strings.NewReader("key: value\nnext"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
