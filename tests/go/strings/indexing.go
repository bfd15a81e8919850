package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(s[0], s[1], string(s[0]), s[len(s)-1])
	fmt.Printf("%T %c %q\n", s[0], s[0], s[2])
	fmt.Println(s[:1], s[1:3], s[7:], s[:0] == "", s[3:7])
	fmt.Println(s[:2]) // cuts é in half: prints an invalid byte
	fmt.Printf("%q %+q %x % x\n", s[:2], s, s[:3], s[:3])
	b := s[1]
	b++
	fmt.Println(b, s[1])
}
