package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("héllo")
	fmt.Println("UnreadByte first:", b.UnreadByte())
	fmt.Println("UnreadRune first:", b.UnreadRune())

	c, _ := b.ReadByte()
	fmt.Printf("ReadByte %q\n", c)
	fmt.Println("UnreadByte:", b.UnreadByte())
	fmt.Println("UnreadByte again:", b.UnreadByte())
	fmt.Println("after:", b.String())

	b.ReadByte()
	fmt.Println("UnreadRune after ReadByte:", b.UnreadRune())

	r, size, _ := b.ReadRune()
	fmt.Printf("ReadRune %q %d\n", r, size)
	fmt.Println("UnreadRune:", b.UnreadRune(), b.String())
	fmt.Println("UnreadRune twice:", b.UnreadRune())
	r, size, _ = b.ReadRune()
	fmt.Printf("ReadRune again %q %d\n", r, size)
	fmt.Println("UnreadByte after ReadRune:", b.UnreadByte(), b.String())

	// A write invalidates unread.
	b.ReadByte()
	b.WriteString("!")
	fmt.Println("UnreadByte after write:", b.UnreadByte())

	// Read of n bytes: UnreadByte puts back one byte.
	p := make([]byte, 2)
	b.Read(p)
	fmt.Println("UnreadByte after Read:", b.UnreadByte(), b.String())

	// ReadString and Next allow UnreadByte too.
	b2 := bytes.NewBufferString("a,b,c")
	s, _ := b2.ReadString(',')
	fmt.Printf("%q unread: %v rest %q\n", s, b2.UnreadByte(), b2.String())
	b2.Next(2)
	fmt.Println("after Next:", b2.UnreadByte(), b2.String())

	// A failed read (EOF) does not allow UnreadByte.
	b3 := bytes.NewBufferString("")
	b3.ReadByte()
	fmt.Println("UnreadByte after EOF:", b3.UnreadByte())
	_, _, err := b3.ReadRune()
	fmt.Println("ReadRune EOF:", err, "UnreadRune:", b3.UnreadRune())

	// Truncate invalidates.
	b4 := bytes.NewBufferString("xyz")
	b4.ReadRune()
	b4.Truncate(1)
	fmt.Println("UnreadRune after Truncate:", b4.UnreadRune())
}
