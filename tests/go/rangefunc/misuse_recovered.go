// Misbehaving iterators with the runtime's panic recovered: recover
// returns the runtime's error (a runtime.errorString) whose Error() is
// the runtime's text.
package main

import "fmt"

var saved func(int) bool

func twice(yield func(int) bool) {
	if !yield(1) {
		yield(2)
	}
}

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func check(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T\n", name, r)
		err, ok := r.(error)
		fmt.Println("  error:", ok, err)
	}()
	f()
}

func main() {
	check("after false", func() {
		for x := range twice {
			fmt.Println("body", x)
			break
		}
	})
	check("after exit", func() {
		for x := range keep {
			fmt.Println("body", x)
		}
		saved(3)
	})
	check("after return", func() {
		f := func() int {
			for x := range twice {
				return x
			}
			return 0
		}
		fmt.Println(f())
	})
	check("nested after false", func() {
		for a := range twice {
			for b := range twice {
				fmt.Println(a, b)
				break
			}
		}
	})
	fmt.Println("done")
}
