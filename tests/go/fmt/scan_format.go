package main

import "fmt"

func main() {
	var a, b int
	var s string
	cases := []struct{ format, in string }{
		{"%d%%", "50%"}, {"%d %%", "50 %"}, {"%d%%", "50"}, {"%d%%", "50x"}, {"%%%d", "%7"}, {"%%%d", "7"},
		{"(%d,%d)", "(3,4)"}, {"(%d,%d)", "(3;4)"}, {"(%d,%d)", "[3,4]"}, {"x%d", "y5"}, {"%d", ""}, {"", ""},
		{"", "extra"}, {"abc", "abc"}, {"abc", "abd"}, {"%d items", "5 items"}, {"%d items", "5 things"},
		{"%d%", "5"}, {"%", "x"}, {"%d %d %d", "1 2 3"}, {"%d", "1 2"}, {"%5d%d", "12345678"},
		{"%d:%d", "12:34"}, {"%d: %d", "12:34"}, {"%d :%d", "12 :34"}, {"%dx%d", "3x4"}, {"é%d", "é9"},
		{"%d\t%d", "1 \t 2"}, {"%v %v", "7 8"}, {"%3d %3d", "1234 5"},
	}
	for _, c := range cases {
		a, b = -1, -1
		n, err := fmt.Sscanf(c.in, c.format, &a, &b)
		fmt.Printf("Sscanf(%q, %q) = %d [%d %d] %v\n", c.in, c.format, n, a, b, err)
	}
	// Operand count mismatches.
	n, err := fmt.Sscanf("1 2", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 x", "%d %s %d", &a, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %%", &a, &b)
	fmt.Println(n, err)
	// Sscanf stops at the first failure; earlier operands keep their values.
	a, b = 0, 0
	n, err = fmt.Sscanf("10 oops", "%d %d", &a, &b)
	fmt.Println(n, a, b, err)
	// Literal text around strings.
	var k, v string
	n, err = fmt.Sscanf("[key] = value", "[%3s] = %s", &k, &v)
	fmt.Println(n, k, v, err)
	n, err = fmt.Sscanf("date: 2024-01-15", "date: %d-%d-%d", &a, &b, &a)
	fmt.Println(n, a, b, err)
}
