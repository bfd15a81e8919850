package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func readLines(in string, chunk int) {
	r := bufio.NewReaderSize(&chunkReader{in, chunk}, 16)
	fmt.Printf("input %q chunk %d\n", in, chunk)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Printf("  err %v line=%q prefix=%v\n", err, line, isPrefix)
			break
		}
		fmt.Printf("  %q prefix=%v\n", line, isPrefix)
	}
}

func main() {
	readLines("short\nlines\r\nhere", 100)
	readLines("a line that is much longer than sixteen bytes\nnext\n", 100)
	readLines("a line that is much longer than sixteen bytes\nnext\n", 3)
	readLines("exactly16bytes!!\n", 100)
	readLines("fifteen bytes!\r\nx\n", 100) // \r\n straddles the buffer end
	readLines("123456789012345\r\n", 1)
	readLines("ends with cr\r", 100)
	readLines("\n\n\r\n", 1)
	readLines("", 1)
	readLines(strings.Repeat("0123456789", 5)+"\r\n"+"tail", 7)

	// Rebuilding long lines from prefixes.
	long := strings.Repeat("abcdefghij", 20)
	r := bufio.NewReaderSize(&chunkReader{long + "\n" + long[:33] + "\n", 9}, 16)
	for {
		var full []byte
		for {
			part, isPrefix, err := r.ReadLine()
			if err != nil {
				fmt.Println("done:", err)
				return
			}
			full = append(full, part...)
			if !isPrefix {
				break
			}
		}
		fmt.Println(len(full), string(full) == long || string(full) == long[:33])
	}
}
