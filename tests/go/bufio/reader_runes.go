package main

import (
	"bufio"
	"fmt"
	"io"
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

func main() {
	for _, chunk := range []int{100, 1, 2} {
		r := bufio.NewReaderSize(&chunkReader{"aé世🎉\xff\xe4\xb8z", chunk}, 16)
		for {
			c, size, err := r.ReadRune()
			if err != nil {
				fmt.Println("end", c, size, err)
				break
			}
			fmt.Printf("%q %d %U ", c, size, c)
		}
		fmt.Println()
	}
	r := bufio.NewReader(&chunkReader{"héllo", 100})
	fmt.Println(r.UnreadRune() == bufio.ErrInvalidUnreadRune)
	c, size, _ := r.ReadRune()
	fmt.Println(string(c), size, r.UnreadRune(), r.UnreadRune())
	c, size, _ = r.ReadRune()
	c, size, _ = r.ReadRune()
	fmt.Println(string(c), size)
	fmt.Println(r.UnreadRune(), r.Buffered())
	c, size, _ = r.ReadRune()
	fmt.Println(string(c), size)
	// UnreadRune after ReadByte is an error; UnreadByte after ReadRune is fine.
	r.ReadByte()
	fmt.Println(r.UnreadRune())
	r.ReadRune()
	fmt.Println(r.UnreadByte())
	b, _ := r.ReadByte()
	fmt.Printf("%q\n", b)
	// After Peek, UnreadRune fails.
	r.ReadRune()
	r.Peek(1)
	fmt.Println(r.UnreadRune())
	fmt.Println(bufio.ErrInvalidUnreadByte, "|", bufio.ErrInvalidUnreadRune)
	// ReadRune through a tiny buffer holding an incomplete rune.
	r = bufio.NewReaderSize(&chunkReader{"123456789012345世", 5}, 16)
	for i := 0; i < 15; i++ {
		r.ReadByte()
	}
	c, size, err := r.ReadRune()
	fmt.Println(string(c), size, err)
}
