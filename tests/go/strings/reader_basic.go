package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader! ünïcode")
	fmt.Println("Len/Size:", r.Len(), r.Size())
	p := make([]byte, 8)
	for {
		n, err := r.Read(p)
		fmt.Printf("Read %d %v %q Len=%d\n", n, err, p[:n], r.Len())
		if err == io.EOF {
			break
		}
	}
	fmt.Println("Size unchanged:", r.Size())

	r2 := strings.NewReader("0123456789")
	q := make([]byte, 4)
	for _, off := range []int64{0, 3, 6, 8, 10, 11, -1} {
		n, err := r2.ReadAt(q, off)
		fmt.Printf("ReadAt(%d): %d %v %q\n", off, n, err, q[:n])
	}
	fmt.Println("ReadAt leaves Len:", r2.Len())

	for i := 0; i < 3; i++ {
		b, err := r2.ReadByte()
		fmt.Printf("ReadByte %q %v\n", b, err)
	}
	n, err := r2.Read(nil)
	fmt.Println("Read(nil):", n, err)

	// Read zero-length from an exhausted reader.
	r3 := strings.NewReader("")
	n, err = r3.Read(nil)
	fmt.Println("empty Read(nil):", n, err)
	_, err = r3.ReadByte()
	fmt.Println("empty ReadByte:", err)

	// Reset reuses the Reader.
	r2.Reset("reset text")
	fmt.Println("after Reset:", r2.Len(), r2.Size())
	all, err := io.ReadAll(r2)
	fmt.Printf("ReadAll %q %v\n", all, err)

	// Zero value Reader.
	var z strings.Reader
	n, err = z.Read(p)
	fmt.Println("zero:", z.Len(), z.Size(), n, err)

	// io.ReadFull and LimitReader-like use.
	r4 := strings.NewReader("abcdefghij")
	buf := make([]byte, 4)
	n, err = io.ReadFull(r4, buf)
	fmt.Printf("ReadFull %d %v %q\n", n, err, buf)
	n, err = io.ReadFull(r4, buf)
	fmt.Printf("ReadFull %d %v %q\n", n, err, buf)
	n, err = io.ReadFull(r4, buf)
	fmt.Printf("ReadFull %d %v %q\n", n, err, buf[:n])
	n, err = io.ReadFull(r4, buf)
	fmt.Printf("ReadFull %d %v\n", n, err)
}
