package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	var z [4]string
	fmt.Printf("%q %d\n", z, len(z))
	d := [...]int{5, 6, 7, 8}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	f := [...]string{2: "c", 0: "a"}
	fmt.Println(len(f), f)
	for i, v := range d {
		d[3-i] = v // range evaluates a copy of the array
	}
	fmt.Println(d)
	s := a[:]
	s[2] = 33
	fmt.Println(a, s)
}
