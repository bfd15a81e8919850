package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("héllo, wörld"))
	fmt.Println("Len/Size:", r.Len(), r.Size())
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Printf("Read: %d %v %q Len=%d\n", n, err, p[:n], r.Len())

	// ReadAt does not move the offset.
	q := make([]byte, 5)
	n, err = r.ReadAt(q, 7)
	fmt.Printf("ReadAt(7): %d %v %q Len=%d\n", n, err, q[:n], r.Len())
	n, err = r.ReadAt(q, 10)
	fmt.Printf("ReadAt(10): %d %v %q\n", n, err, q[:n])
	n, err = r.ReadAt(q, 100)
	fmt.Printf("ReadAt(100): %d %v\n", n, err)
	n, err = r.ReadAt(q, -1)
	fmt.Printf("ReadAt(-1): %d %v\n", n, err)

	c, err := r.ReadByte()
	fmt.Printf("ReadByte: %q %v\n", c, err)
	fmt.Println("UnreadByte:", r.UnreadByte(), r.Len())
	fmt.Println("UnreadRune after UnreadByte:", r.UnreadRune())

	ch, size, err := r.ReadRune()
	fmt.Printf("ReadRune: %q %d %v\n", ch, size, err)
	fmt.Println("UnreadRune:", r.UnreadRune(), r.Len())
	fmt.Println("UnreadRune again:", r.UnreadRune())

	// Seek.
	for _, s := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {4, io.SeekCurrent}, {-2, io.SeekEnd}, {-100, io.SeekCurrent}, {0, 7}, {50, io.SeekStart}} {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Println("Seek", s.off, s.whence, "->", pos, err, "Len", r.Len())
	}
	// Past the end, reads are EOF.
	n, err = r.Read(p)
	fmt.Println("Read past end:", n, err)
	_, err = r.ReadByte()
	fmt.Println("ReadByte past end:", err)
	_, _, err = r.ReadRune()
	fmt.Println("ReadRune past end:", err)

	r.Seek(0, io.SeekStart)
	fmt.Println("UnreadByte at start:", r.UnreadByte())
	fmt.Println("UnreadRune at start:", r.UnreadRune())

	// Invalid UTF-8 runes.
	r2 := bytes.NewReader([]byte("a\xffb\xe2\x82"))
	for {
		ch, size, err := r2.ReadRune()
		if err != nil {
			fmt.Println("end", err)
			break
		}
		fmt.Printf("%q %d\n", ch, size)
	}

	// WriteTo, Reset.
	r3 := bytes.NewReader([]byte("write me out"))
	r3.Seek(6, io.SeekStart)
	var sink bytes.Buffer
	m, err := r3.WriteTo(&sink)
	fmt.Printf("WriteTo: %d %v %q Len=%d\n", m, err, sink.String(), r3.Len())
	m, err = r3.WriteTo(&sink)
	fmt.Println("WriteTo again:", m, err)
	r3.Reset([]byte("new"))
	fmt.Println("Reset:", r3.Len(), r3.Size())
	all, _ := io.ReadAll(r3)
	fmt.Printf("ReadAll after Reset: %q\n", all)

	// A zero Reader.
	var z bytes.Reader
	n, err = z.Read(p)
	fmt.Println("zero Reader:", z.Len(), z.Size(), n, err)

	// io.SectionReader-like manual: ReadAt in a loop.
	data := bytes.NewReader([]byte("0123456789abcdef"))
	buf := make([]byte, 4)
	for off := int64(0); ; off += 4 {
		n, err := data.ReadAt(buf, off)
		fmt.Printf("off %d: %q %v\n", off, buf[:n], err)
		if err != nil {
			break
		}
	}
}
