package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	pts := map[Point]string{{1, 2}: "a", {0, 0}: "origin", {-1, 5}: "b"}
	fmt.Println(pts[Point{0, 0}], pts[Point{1, 2}], len(pts))
	fmt.Println(pts)
	arr := map[[3]int]int{}
	arr[[3]int{1, 2, 3}]++
	arr[[3]int{1, 2, 3}]++
	arr[[3]int{3, 2, 1}]++
	fmt.Println(arr)
	iface := map[interface{}]string{}
	iface[1] = "int 1"
	iface[int64(1)] = "int64 1"
	iface["1"] = "string 1"
	iface[Point{1, 1}] = "point"
	iface[true] = "bool"
	iface[1.5] = "float"
	fmt.Println(len(iface), iface[1], iface[int64(1)], iface["1"], iface[Point{1, 1}], iface[true])
	fl := map[float64]int{}
	z := 0.0
	fl[z] = 1
	fl[-z] = 2 // -0 == +0: same key
	nan := z / z
	fl[nan] = 3
	fl[nan] = 3 // NaN != NaN: a new key each time
	fmt.Println(len(fl), fl[0], fl[nan])
	fmt.Println(fl)
	ks := map[Key]bool{{"a", 1}: true}
	fmt.Println(ks[Key{"a", 1}], ks[Key{"a", 2}])
	bk := map[bool]int{true: 1, false: 0}
	fmt.Println(bk)
	rk := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(rk)
	var ik interface{} = Point{2, 3}
	pts[ik.(Point)] = "via iface"
	fmt.Println(pts[Point{2, 3}])
	type Inner struct{ A [2]string }
	nested := map[Inner]int{{[2]string{"x", "y"}}: 9}
	fmt.Println(nested[Inner{[2]string{"x", "y"}}])
}
