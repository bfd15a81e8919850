package main

import (
	"fmt"
	"iter"
)

func Resource(name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		fmt.Println("open", name)
		defer fmt.Println("close", name)
		for i := 0; ; i++ {
			if !yield(i) {
				fmt.Println("yield false in", name)
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Resource("r1"))
	fmt.Println("pulled nothing yet")
	stop()
	fmt.Println("stopped before first next")
	v, ok := next()
	fmt.Println(v, ok)

	next, stop = iter.Pull(Resource("r2"))
	for range 3 {
		v, _ := next()
		fmt.Println("value", v)
	}
	stop()
	fmt.Println("after stop")
	v, ok = next()
	fmt.Println(v, ok)

	next3, stop3 := iter.Pull(func(yield func(string) bool) {
		defer fmt.Println("deferred in panicking iterator")
		yield("first")
		panic("iterator failed")
	})
	s, _ := next3()
	fmt.Println(s)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next3()
	}()
	stop3()
}
