// Closures sharing captured variables with their function, per-iteration
// loop variables (Go 1.22) captured in a loop, func values composed,
// compared with nil, and returned from closures.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	for _, s := range []string{"a", "b"} {
		defer_free := func() string { return s + "!" }
		fmt.Println(defer_free())
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	h := compose(inc, dbl)
	fmt.Println(h(5), compose(dbl, inc)(5))
	x := 1
	add := func(d int) { x += d }
	add(10)
	add(100)
	fmt.Println(x)
	var nilf func()
	fmt.Println(nilf == nil, h != nil)
	outer := 5
	mk := func() func() int {
		return func() int { outer++; return outer }
	}
	g := mk()
	g()
	fmt.Println(g(), outer)
}
