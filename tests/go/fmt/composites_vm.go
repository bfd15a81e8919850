// fmt of structs, slices, pointers to structs, nil pointers and slices,
// nested slices, with %v %+v %#v %T %d %x %q.
package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Line struct {
	A, B Point
	Tags []string
}

func main() {
	p := Point{1, 2, "p"}
	fmt.Println(p, []int{1, 2, 3}, []string{"a", "b"})
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	l := &Line{A: p, B: Point{3, 4, "q"}, Tags: []string{"x"}}
	fmt.Println(l)
	fmt.Printf("%+v %T\n", *l, l)
	var np *Point
	var ns []int
	fmt.Println(np, ns, len(ns))
	fmt.Printf("%v %d %x %q\n", []int{10, 20}, []int{10, 20}, []int{255, 16}, []string{"hi"})
	grid := [][]float64{{1.5, 2}, {3}}
	fmt.Println(grid)
	fmt.Printf("%#v\n", grid)
	fmt.Printf("%T %T\n", grid, struct{ A int }{1})
}
