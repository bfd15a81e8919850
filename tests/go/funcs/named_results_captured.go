package main

import "fmt"

func named() (r int) {
	defer func() { r *= 10 }()
	r = 4
	return r + 1
}

func bare() (a, b string, n int) {
	defer func() { n = len(a) + len(b) }()
	a, b = "xy", "zzz"
	return
}

func ptr() (v int, s []int) {
	p := &v
	*p = 7
	s = append(s, v)
	return
}

func tuple() (x, y int) {
	defer func() { x, y = y, x }()
	return pair()
}

func pair() (int, int) { return 1, 2 }

func counter() (calls int) {
	inc := func() { calls++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	return calls * 2
}

func main() {
	fmt.Println(named())
	a, b, n := bare()
	fmt.Println(a, b, n)
	v, s := ptr()
	fmt.Println(v, s)
	x, y := tuple()
	fmt.Println(x, y)
	fmt.Println(counter())
}
