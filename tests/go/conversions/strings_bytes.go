package main

import (
	"fmt"
	"strconv"
)

type Name string
type Bytes []byte
type Runes []rune

func main() {
	s := "Go€"
	fmt.Println([]byte(s), []rune(s), Bytes(s), Runes(s))
	fmt.Println(string([]byte{71, 111}), string(Runes{8364}), Name(s))
	for _, r := range []rune{'a', 0x1F600, -5, 0x10FFFF, 0x110000, 0xDFFF} {
		fmt.Printf("%q ", string(r))
	}
	fmt.Println()
	fmt.Println(strconv.Itoa(-1234), strconv.Itoa(0), len(strconv.Itoa(1<<62)))
	for _, in := range []string{"42", "-0", "007", " 1", "1e3", "0x10", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "٣"} {
		n, err := strconv.Atoi(in)
		fmt.Println(n, err)
	}
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	var nm Name = "typed"
	fmt.Println(string(nm)+"!", len(nm), nm[0])
}
