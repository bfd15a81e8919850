package main

import "fmt"

type point struct{ x, y int }

type l struct {
	name string
	at   point
}

func main() {
	x := l{"a", point{1, 2}}
	fmt.Println(x)
	y := l{"b", point{3, 4}}
	fmt.Println(x, y)
	z := l{name: "c"}
	fmt.Println(x, y, z)
	var w l = l{"d", point{5, 6}}
	n, m := 7, "eight"
	fmt.Println(w, n, m)
	wide := struct {
		a, b string
		c    []int
		d    point
	}{"s", "t", []int{9}, point{10, 11}}
	k := 12
	fmt.Println(wide, k, w)
}
