package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("añb€c😀")
	fmt.Println("UnreadByte at start:", r.UnreadByte())
	fmt.Println("UnreadRune at start:", r.UnreadRune())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end:", err)
			break
		}
		fmt.Printf("%q size %d Len %d\n", ch, size, r.Len())
	}
	fmt.Println("UnreadRune after EOF:", r.UnreadRune())

	r.Seek(0, io.SeekStart)
	r.ReadRune()
	r.ReadRune()
	fmt.Println("UnreadRune:", r.UnreadRune(), "Len", r.Len())
	fmt.Println("UnreadRune twice:", r.UnreadRune())
	ch, _, _ := r.ReadRune()
	fmt.Printf("again %q\n", ch)
	fmt.Println("UnreadByte after ReadRune:", r.UnreadByte(), "Len", r.Len())
	b, _ := r.ReadByte()
	fmt.Printf("ReadByte mid-rune %#x\n", b)
	fmt.Println("UnreadRune after ReadByte:", r.UnreadRune())

	positions := []struct {
		off    int64
		whence int
	}{
		{2, io.SeekStart}, {3, io.SeekCurrent}, {-1, io.SeekCurrent}, {0, io.SeekEnd},
		{-4, io.SeekEnd}, {100, io.SeekStart}, {-1, io.SeekStart}, {0, 3},
	}
	for _, p := range positions {
		pos, err := r.Seek(p.off, p.whence)
		fmt.Println("Seek", p.off, p.whence, "->", pos, err, "Len", r.Len())
	}
	n, err := r.Read(make([]byte, 4))
	fmt.Println("Read past end:", n, err)
	_, _, err = r.ReadRune()
	fmt.Println("ReadRune past end:", err)

	// Seek clears the rune memory.
	r.Seek(0, io.SeekStart)
	r.ReadRune()
	r.Seek(0, io.SeekCurrent)
	fmt.Println("UnreadRune after Seek:", r.UnreadRune())

	// Invalid UTF-8.
	bad := strings.NewReader("\xffa\xe2\x82\xac\xe2\x82")
	for {
		ch, size, err := bad.ReadRune()
		if err != nil {
			break
		}
		fmt.Printf("%q/%d ", ch, size)
	}
	fmt.Println()
}
