package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, len(b))
	fmt.Println(r, len(r))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	var by byte = 'z'
	fmt.Println(string(by), string(rune(by)))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}), string([]rune{0x4e16, 'x'}))
	fmt.Printf("%q\n", string([]byte{0xff, 'a'}))
	fmt.Printf("%q %q\n", []byte("ab"), []rune("ab"))
	fmt.Printf("%s %x %X % X\n", []byte("hi!"), []byte("hi!"), "hi!", []byte{1, 171})
	empty := []byte(nil)
	fmt.Println(string(empty) == "", len(string(empty)))
	type MyStr string
	type MyBytes []byte
	ms := MyStr("typed")
	mb := MyBytes(ms)
	fmt.Println(ms, mb, string(mb), MyStr(mb))
	fmt.Println([]byte("") == nil, []rune("") == nil)
}
