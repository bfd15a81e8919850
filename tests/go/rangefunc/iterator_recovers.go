// An iterator that recovers its loop body's panic and returns: Go's
// runtime then panics with "range function recovered a loop body panic
// and did not resume panicking"; one that re-panics passes it on; one
// that calls the body again after its panic.
package main

import "fmt"

func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator swallowed:", r)
	}()
	yield(1)
}

func repanic(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator saw:", r)
		panic(r)
	}()
	yield(1)
}

func again(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("first recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "-> runtime error:", e.Error())
			return
		}
		fmt.Println(name, "->", r)
	}()
	f()
}

func main() {
	try("swallow", func() {
		for x := range swallow {
			panic(fmt.Sprint("body ", x))
		}
		fmt.Println("not reached")
	})
	try("repanic", func() {
		for x := range repanic {
			panic(fmt.Sprint("body ", x))
		}
	})
	try("again", func() {
		for x := range again {
			fmt.Println("body", x)
			panic("first")
		}
	})
	fmt.Println("done")
}
