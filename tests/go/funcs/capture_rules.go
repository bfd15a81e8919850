package main

import "fmt"

type acc struct{ total int }

func (a *acc) add(n int) { a.total += n }

func makeAdder(n int) func(int) int { return func(x int) int { return x + n } }

func counter() (func() int, func()) {
	c := 0
	return func() int { return c }, func() { c++ }
}

func lateAssign() func() string {
	var s string
	f := func() string { return s }
	s = "assigned after capture"
	return f
}

func named() (out string) {
	defer func() { out += " (deferred saw the return)" }()
	return "returned"
}

func nested(base int) func() func() int {
	return func() func() int {
		return func() int { return base * 10 }
	}
}

func viaPointer() int {
	a := acc{}
	add := func(n int) { a.add(n) }
	add(3)
	add(4)
	return a.total
}

func main() {
	add5 := makeAdder(5)
	fmt.Println(add5(1), makeAdder(-1)(1))
	get, inc := counter()
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(lateAssign()())
	fmt.Println(named())
	fmt.Println(nested(4)()())
	fmt.Println(viaPointer())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, w := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(w) * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	y := 10
	incY := func() { y++ }
	incY()
	incY()
	fmt.Println(y)
	msg := "hello"
	pair := struct{ a, b int }{1, 2}
	cl := func() string { return fmt.Sprint(msg, pair.a+pair.b) }
	fmt.Println(cl())
}
