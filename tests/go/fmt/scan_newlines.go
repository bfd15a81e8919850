package main

import "fmt"

func main() {
	var a, b, c int
	ins := []string{"1 2 3", "1\n2\n3", "1 2\n3", "1 2", "1 2 3 4", "1 2 3\n4", "1 2 3   \n", "\n1 2 3", "1 2 3\r\n", "1\r\n2 3", " 1  2   3  ", "1 2 3 x"}
	for _, in := range ins {
		a, b, c = 0, 0, 0
		n, err := fmt.Sscan(in, &a, &b, &c)
		fmt.Printf("Sscan   %q: %d [%d %d %d] %v\n", in, n, a, b, c, err)
		a, b, c = 0, 0, 0
		n, err = fmt.Sscanln(in, &a, &b, &c)
		fmt.Printf("Sscanln %q: %d [%d %d %d] %v\n", in, n, a, b, c, err)
		a, b, c = 0, 0, 0
		n, err = fmt.Sscanf(in, "%d %d %d", &a, &b, &c)
		fmt.Printf("Sscanf  %q: %d [%d %d %d] %v\n", in, n, a, b, c, err)
	}
	// Newlines in the format.
	formats := []struct{ format, in string }{
		{"%d\n%d", "1\n2"}, {"%d\n%d", "1 2"}, {"%d %d", "1\n2"}, {"%d\n\n%d", "1\n\n2"}, {"%d\n\n%d", "1\n2"},
		{"%d \n %d", "1  \n  2"}, {"%d\n", "1"}, {"%d\n", "1\n"}, {"%d\n", "1\n\n"}, {"%d %d\n", "1 2 \n"},
		{"%d ", "1"}, {"%d ", "1\n"}, {"%d  %d", "1 2"}, {"%d%d", "1 2"}, {"%d%d", "1\n2"}, {"\n%d", "\n5"}, {"\n%d", "5"},
		{" %d", "5"}, {"%d\r\n%d", "1\r\n2"}, {"%d\n%d", "1\r\n2"},
	}
	for _, f := range formats {
		a, b = 0, 0
		n, err := fmt.Sscanf(f.in, f.format, &a, &b)
		fmt.Printf("Sscanf(%q, %q): %d [%d %d] %v\n", f.in, f.format, n, a, b, err)
	}
	// Sscanln with strings.
	var s, t string
	n, err := fmt.Sscanln("hello world\n", &s, &t)
	fmt.Println(n, s, t, err)
	n, err = fmt.Sscanln("hello\nworld", &s, &t)
	fmt.Println(n, s, err)
	n, err = fmt.Sscanln("", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("\n\n  word", &s)
	fmt.Println(n, s, err)
}
