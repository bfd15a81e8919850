package main

import "fmt"

func main() {
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	for _, in := range []string{"0", "42", "+5", "-5", "0xff", "0b1", "0o10", "010", "18446744073709551615", "18446744073709551616", "1_0", "x"} {
		u = 7
		n, err := fmt.Sscan(in, &u)
		fmt.Printf("uint %q: n=%d u=%d err=%v\n", in, n, u, err)
	}
	for _, in := range []string{"255", "256", "0xff", "0x100"} {
		u8 = 0
		n, err := fmt.Sscan(in, &u8)
		fmt.Printf("uint8 %q: %d %d %v\n", in, n, u8, err)
	}
	for _, in := range []string{"65535", "65536"} {
		u16 = 0
		n, err := fmt.Sscan(in, &u16)
		fmt.Printf("uint16 %q: %d %d %v\n", in, n, u16, err)
	}
	for _, in := range []string{"4294967295", "4294967296"} {
		u32 = 0
		n, err := fmt.Sscan(in, &u32)
		fmt.Printf("uint32 %q: %d %d %v\n", in, n, u32, err)
	}
	n, err := fmt.Sscan("12345678901234567890", &u64)
	fmt.Println(n, u64, err)
	n, err = fmt.Sscan("0x1000", &up)
	fmt.Println(n, up, err)
	var b byte
	n, err = fmt.Sscanf("ff", "%x", &b)
	fmt.Println(n, b, err)
	n, err = fmt.Sscanf("11111111", "%b", &b)
	fmt.Println(n, b, err)
	n, err = fmt.Sscanf("377", "%o", &b)
	fmt.Println(n, b, err)
	n, err = fmt.Sscanf("U+1F600", "%U", &u32)
	fmt.Println(n, u32, err)
	n, err = fmt.Sscanf("1F600", "%U", &u32)
	fmt.Println(n, u32, err)
	var r rune
	n, err = fmt.Sscanf("U+00E9", "%U", &r)
	fmt.Println(n, r, string(r), err)
	n, err = fmt.Sscanf("é", "%c", &r)
	fmt.Println(n, r, string(r), err)
	n, err = fmt.Sscanf("é", "%c", &b)
	fmt.Println(n, b, err)
	n, err = fmt.Sscanf("A", "%c", &u16)
	fmt.Println(n, u16, err)
	// %c does not skip spaces.
	var c1, c2, c3 rune
	n, err = fmt.Sscanf(" a b", "%c%c%c", &c1, &c2, &c3)
	fmt.Printf("%d %q %q %q %v\n", n, c1, c2, c3, err)
	n, err = fmt.Sscanf("xy", "%c%c%c", &c1, &c2, &c3)
	fmt.Printf("%d %q %q %v\n", n, c1, c2, err)
	var i8 int8
	n, err = fmt.Sscanf("é", "%c", &i8)
	fmt.Println(n, i8, err)
}
