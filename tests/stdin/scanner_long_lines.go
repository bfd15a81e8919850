package main

import (
	"bufio"
	"fmt"
	"os"
)

// Lines longer than the Scanner's buffer: first with a small Buffer
// maximum (ErrTooLong), then the rest through bufio.Reader.ReadLine.
func main() {
	r := bufio.NewReaderSize(os.Stdin, 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%d %v %q\n", len(line), isPrefix, line)
	}
}
