package main

import "fmt"

func main() {
	var r rune
	var i32 int32
	var b byte
	var u8 uint8
	var bs []byte
	var us []uint8
	n, err := fmt.Sscan("65 66 67 68 bytes uints", &r, &i32, &b, &u8, &bs, &us)
	fmt.Println(n, err, r, i32, b, u8, string(bs), string(us))
	n, err = fmt.Sscanf("xé", "%c%c", &b, &r)
	fmt.Println(n, err, b, r, string(r))
	n, err = fmt.Sscanf("300", "%d", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscanf("2147483648", "%d", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("U+263A", "%U", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("68656c6c6f", "%x", &us)
	fmt.Println(n, err, string(us))
	runes := make([]rune, 3)
	n, err = fmt.Sscan("1 2 3", &runes[0], &runes[1], &runes[2])
	fmt.Println(n, err, runes)
	bytes := make([]byte, 2)
	n, err = fmt.Sscanf("ff 7f", "%x %x", &bytes[0], &bytes[1])
	fmt.Println(n, err, bytes)
}
