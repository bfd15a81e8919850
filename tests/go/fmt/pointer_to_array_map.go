package main

import "fmt"

type Grid [2][2]int

type Pair struct{ A, B int }

type Label string

func (l Label) String() string { return "<" + string(l) + ">" }

func main() {
	// A top-level pointer to an array or a map prints as &[...] / &map[...],
	// like a pointer to a struct or a slice.
	arr := [3]int{1, 2, 3}
	fmt.Println(&arr)
	fmt.Printf("%v %+v %d\n", &arr, &arr, &arr)
	g := Grid{{1, 2}, {3, 4}}
	fmt.Println(&g)
	ps := [2]Pair{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", &ps, &ps)
	bs := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%v %s %x\n", &bs, &bs, &bs)
	ls := [2]Label{"x", "y"}
	fmt.Println(&ls)
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(&m)
	fmt.Printf("%v %+v\n", &m, &m)
	var empty map[string]bool
	fmt.Println(&empty)
	nested := map[int][]int{2: {3}, 1: {1, 2}}
	fmt.Println(&nested)
	// Through an interface, and as %s.
	var any interface{} = &arr
	fmt.Println(any)
	fmt.Printf("%s\n", &[2]string{"p", "q"})
	// Zero-length array.
	var z [0]int
	fmt.Println(&z)
	// Pointer to array built with new.
	np := new([4]bool)
	np[2] = true
	fmt.Println(np)
}
