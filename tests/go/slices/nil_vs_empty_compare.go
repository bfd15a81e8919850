package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[0:0]
	e := b[0:0]
	f := append(a, b...)
	g := []byte("")
	var h []string = nil
	fmt.Println(a == nil, b == nil, c == nil, d == nil, e == nil, f == nil, g == nil, h == nil, nil != b)
	fmt.Printf("%#v %#v %v %d\n", a, b, c, len(g))
	for i := 0; i < 3; i++ {
		var z []int
		z = append(z, make([]int, 0)...)
		fmt.Println(z == nil, len(z), cap(z))
	}
}
