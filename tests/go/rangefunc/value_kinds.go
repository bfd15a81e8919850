// Iteration values of many kinds: strings, slices, structs, arrays,
// interfaces, maps, pointers, funcs, channels, complex numbers, small
// ints and floats.
package main

import "fmt"

type point struct {
	x, y int
	tag  string
}

func structs(yield func(point, *point) bool) {
	ps := []point{{1, 2, "a"}, {3, 4, "b"}}
	for i := range ps {
		if !yield(ps[i], &ps[i]) {
			return
		}
	}
}

func arrays(yield func([3]int) bool) {
	a := [3]int{1, 2, 3}
	for i := 0; i < 3; i++ {
		a[i] *= 10
		if !yield(a) {
			return
		}
	}
}

func ifaces(yield func(any, error) bool) {
	_ = yield(1, nil) && yield("two", fmt.Errorf("e2")) && yield(3.5, nil) && yield(nil, nil)
}

func misc(yield func(uint8, complex128) bool) {
	_ = yield(255, 1+2i) && yield(7, complex(0, -1))
}

func containers(yield func(map[string]int, []string) bool) {
	_ = yield(map[string]int{"k": 1}, []string{"s1"}) && yield(nil, nil)
}

func funcs(yield func(func(int) int, chan int) bool) {
	ch := make(chan int, 1)
	ch <- 5
	yield(func(v int) int { return v + 1 }, ch)
}

func floats(yield func(float32, bool) bool) {
	_ = yield(1.5, true) && yield(-0.25, false)
}

func main() {
	for p, q := range structs {
		q.tag += "!"
		fmt.Println(p, *q)
	}
	for a := range arrays {
		a[0] = -1
		fmt.Println(a)
	}
	for v, err := range ifaces {
		fmt.Printf("%v %T %v\n", v, v, err)
	}
	for b, c := range misc {
		b++
		fmt.Println(b, c, real(c), imag(c))
	}
	for m, s := range containers {
		fmt.Println(len(m), m["k"], len(s), s == nil)
	}
	for f, ch := range funcs {
		fmt.Println(f(41), <-ch)
	}
	for f, b := range floats {
		fmt.Println(f*2, !b)
	}
	// A string built from the values.
	s := ""
	for v := range func(yield func(string) bool) {
		for _, w := range []string{"é", "ß", "日本"} {
			if !yield(w) {
				return
			}
		}
	} {
		s += v + "|"
	}
	fmt.Println(s, len(s))
}
