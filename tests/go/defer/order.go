package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x) // arguments evaluated now
	defer func() { fmt.Println("x at exit:", x) }()
	x = 2
	nested()
	func() {
		defer fmt.Println("inner func defer")
		fmt.Println("inner func body")
	}()
	type T struct{ n int }
	t := T{1}
	defer fmt.Println("struct copy:", t)
	pt := &t
	defer func(p *T) { fmt.Println("through pointer:", p.n) }(pt)
	t.n = 42
	fmt.Println("main end")
}
