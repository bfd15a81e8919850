// defer in a range-over-func body defers to the enclosing function: it
// runs when that function returns, in LIFO order with its other defers,
// after the iterator's own deferred calls; deferred closures see named
// results.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator defer", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func order() {
	defer fmt.Println("first defer")
	for x := range seq(3) {
		defer fmt.Println("loop defer", x)
		fmt.Println("body", x)
	}
	defer fmt.Println("last defer")
	fmt.Println("order returns")
}

func nested() {
	for a := range seq(2) {
		for b := range seq(2) {
			defer fmt.Println("nested defer", a, b)
		}
		fmt.Println("after inner", a)
	}
	fmt.Println("nested returns")
}

func counter() (n int) {
	for x := range seq(4) {
		defer func() { n += x }()
	}
	return 100
}

func early() (s string) {
	defer func() { s += "+outer" }()
	for x := range seq(5) {
		defer func() { s += fmt.Sprint("+", x) }()
		if x == 2 {
			return "ret"
		}
	}
	return "never"
}

type logger struct{ lines []string }

func (l *logger) add(s string) { l.lines = append(l.lines, s) }

func methodDefer() []string {
	l := &logger{}
	func() {
		for x := range seq(3) {
			defer l.add(fmt.Sprint("m", x))
		}
		l.add("body done")
	}()
	return l.lines
}

func inClosure() {
	f := func() {
		defer fmt.Println("closure first")
		for x := range seq(2) {
			defer fmt.Println("closure loop", x)
		}
	}
	f()
	fmt.Println("after closure")
}

func main() {
	order()
	nested()
	fmt.Println(counter())
	fmt.Println(early())
	fmt.Println(methodDefer())
	inClosure()
}
