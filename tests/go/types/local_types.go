package main

import "fmt"

func a() {
	type T struct{ x int }
	type L []T
	v := L{{1}, {2}}
	fmt.Printf("%v %+v %T %T %#v\n", v, v[0], v, v[0], v[1])
}

func b() {
	type T struct {
		name string
		n    float64
	}
	t := T{"b", 1.5}
	p := &t
	p.n *= 2
	fmt.Printf("%v %+v %T %T\n", t, *p, t, p)
	type celsius float64
	c := celsius(21.5)
	fmt.Println(c, c*2)
	fmt.Printf("%T %v\n", c, c)
}

func main() {
	a()
	b()
	type T int
	var x T = 3
	fmt.Printf("%T %d\n", x, x)
}
