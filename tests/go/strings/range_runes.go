package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Printf("%d %q %U %d\n", i, r, r, len(string(r)))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d %q %x\n", i, r, r)
	}
	fmt.Println(len(bad), len([]rune(bad)))
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	overlong := "\xc0\x80\xed\xa0\x80"
	for i, r := range overlong {
		fmt.Print(i, ":", r == '\uFFFD', " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", []rune(overlong))
}
