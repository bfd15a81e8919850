package main

import "fmt"

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	inputs := []string{
		"0", "42", "-17", "+5", "0x1F", "0X1f", "-0x10", "0b101", "0B11", "0o17", "0O7", "017", "08",
		"1_000", "0x_ff", "1__0", "_1", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "12abc", "abc", "", "  \t 33", "-", "+", "0x", "0b2", "- 5",
	}
	for _, in := range inputs {
		i = -999
		n, err := fmt.Sscan(in, &i)
		fmt.Printf("int %q: n=%d i=%d err=%v\n", in, n, i, err)
	}
	for _, in := range []string{"127", "128", "-128", "-129", "0x7f", "0x80"} {
		i8 = 0
		n, err := fmt.Sscan(in, &i8)
		fmt.Printf("int8 %q: %d %d %v\n", in, n, i8, err)
	}
	for _, in := range []string{"32767", "32768", "-32768", "-32769"} {
		i16 = 0
		n, err := fmt.Sscan(in, &i16)
		fmt.Printf("int16 %q: %d %d %v\n", in, n, i16, err)
	}
	for _, in := range []string{"2147483647", "2147483648", "-2147483648", "-2147483649"} {
		i32 = 0
		n, err := fmt.Sscan(in, &i32)
		fmt.Printf("int32 %q: %d %d %v\n", in, n, i32, err)
	}
	var r rune
	n, err := fmt.Sscan("65", &r)
	fmt.Println(n, r, err)
	n, err = fmt.Sscan("-1234567890123", &i64)
	fmt.Println(n, i64, err)
	// Verbs and bases.
	verbs := []struct{ format, in string }{
		{"%d", "123"}, {"%d", "0x10"}, {"%b", "1011"}, {"%b", "102"}, {"%o", "777"}, {"%o", "8"},
		{"%x", "ff"}, {"%X", "FF"}, {"%x", "0xff"}, {"%v", "0x10"}, {"%v", "010"}, {"%d", "010"},
		{"%x", "-a"}, {"%s", "5"}, {"%f", "5"}, {"%q", "5"}, {"%t", "5"},
		{"%3d", "12345"}, {"%1d", "9876"}, {"%2x", "abcd"}, {"%5d", "  42"},
	}
	for _, v := range verbs {
		i = -1
		n, err := fmt.Sscanf(v.in, v.format, &i)
		fmt.Printf("Sscanf(%q, %q): n=%d i=%d err=%v\n", v.in, v.format, n, i, err)
	}
	// Several ints.
	var a, b, c int
	n, err = fmt.Sscan("1 2 3", &a, &b, &c)
	fmt.Println(n, a, b, c, err)
	n, err = fmt.Sscan("4 5", &a, &b, &c)
	fmt.Println(n, a, b, c, err)
	n, err = fmt.Sscan("7 x 9", &a, &b, &c)
	fmt.Println(n, a, b, c, err)
	n, err = fmt.Sscanf("1234", "%2d%2d", &a, &b)
	fmt.Println(n, a, b, err)
	n, err = fmt.Sscanf("1-2-3", "%d-%d-%d", &a, &b, &c)
	fmt.Println(n, a, b, c, err)
}
