package main

import "fmt"

type Vec struct{ X, Y float64 }

type Line struct {
	A, B Vec
	Tag  string
}

type Holder struct {
	Arr [3]int
	Ptr *int
}

func main() {
	l1 := Line{Vec{0, 0}, Vec{1, 1}, "diag"}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.B.X = 2
	fmt.Println(l1 == l2, l1.B, l2.B)
	x := 5
	h1 := Holder{[3]int{1, 2, 3}, &x}
	h2 := h1
	h2.Arr[0] = 100
	*h2.Ptr = 6
	fmt.Println(h1.Arr, h2.Arr, x, h1.Ptr == h2.Ptr, h1 == h2)
	h2.Arr = h1.Arr
	fmt.Println(h1 == h2)
	vs := []Vec{{1, 2}, {3, 4}}
	for _, v := range vs {
		v.X = 0
	}
	fmt.Println(vs)
	for i := range vs {
		vs[i].X = 0
	}
	fmt.Println(vs)
	arr := [2]Vec{{1, 1}, {2, 2}}
	brr := arr
	brr[0].Y = 9
	fmt.Println(arr, brr)
	var i1, i2 interface{} = Vec{1, 2}, Vec{1, 2}
	fmt.Println(i1 == i2)
}
