package main

import "fmt"

func main() {
	s := "immutable"
	b := []byte(s)
	c := b
	c[0] = 'I'
	fmt.Println(s, string(b), string(c))
	d := []byte(s)
	d[0] = 'X'
	fmt.Println(string(b), string(d))
	b = append(b, "!!"...)
	fmt.Println(string(b))
	var buf []byte
	for i := 0; i < 3; i++ {
		buf = append(buf, 'a'+byte(i))
		buf = append(buf, ", "...)
	}
	fmt.Printf("%s|\n", buf[:len(buf)-2])
	runes := []rune("añb")
	runes = append(runes, '€')
	fmt.Println(string(runes), len(string(runes)), len(runes))
	n := copy(b, "HELLO")
	fmt.Println(n, string(b))
	fmt.Println(string(s[2]), s[2:4]+s[:2])
}
