package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p := [2]Point{{1, 2}, {3, 4}}
	q := [2]Point{{1, 2}, {3, 4}}
	fmt.Println(p == q)
	q[1].Y = 5
	fmt.Println(p == q, p, q)
	s1 := [2]string{"a", "b"}
	fmt.Println(s1 == [2]string{"a", "b"})
	var e1, e2 [0]int
	fmt.Println(e1 == e2, len(e1))
	f1 := [2]float64{0, 1}
	z := 0.0
	f2 := [2]float64{-z, 1}
	fmt.Println(f1 == f2)
	n := z / z
	f3 := [1]float64{n}
	fmt.Println(f3 == f3)
	var i1 [2]interface{}
	i2 := [2]interface{}{nil, nil}
	fmt.Println(i1 == i2)
	i2[0] = 1
	fmt.Println(i1 == i2, i2)
}
