package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%v len=%d cap=%d v=%v #v=%#v\n", name, s == nil, len(s), cap(s), s, s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:]
	e := b[:0]
	describe("a", a)
	describe("b", b)
	describe("c", c)
	describe("d", d)
	describe("e", e)
	a = append(a, 1)
	describe("a2", a)
	for range []int(nil) {
		fmt.Println("never")
	}
	var x []string
	fmt.Println(len(x), x == nil, x, fmt.Sprintf("%q", x))
	x = append(x, []string(nil)...)
	fmt.Println(x == nil)
	y := append([]int(nil), []int{}...)
	fmt.Println(y == nil)
	z := a[0:0]
	fmt.Println(z == nil, len(z), cap(z))
}
