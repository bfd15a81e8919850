package main

import (
	"errors"
	"fmt"
	"strings"
)

type big struct {
	a, b, c, d, e, f, g, h int
	name               string
}

// Recursion with wide frames crosses many stack segments before it
// panics; the recovery is several segments above.
func dive(n int, b big) int {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached with %s", b.name))
	}
	b.a += n
	return dive(n-1, b) + b.a
}

func catcher(depth int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	dive(depth, big{name: "x"})
	return "not reached"
}

// Each level defers; the deferred calls run in reverse as the stack
// unwinds across segment boundaries.
func deferEach(n int, log *strings.Builder) {
	if n == 0 {
		panic(errors.New("deep error"))
	}
	defer func() {
		if n%1000 == 0 {
			fmt.Fprintf(log, "%d ", n)
		}
	}()
	deferEach(n-1, log)
}

func results(n int) (int, string, float64) {
	if n == 0 {
		return 1, "s", 0.5
	}
	a, s, f := results(n - 1)
	return a + 1, s, f * 1.0001
}

func main() {
	fmt.Println(catcher(10))
	fmt.Println(catcher(20000))
	var log strings.Builder
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		deferEach(5000, &log)
	}()
	fmt.Println(log.String())
	// Results come back across every boundary on the way up.
	a, s, f := results(30000)
	fmt.Printf("%d %s %.6f\n", a, s, f)
	// And the stack is usable again at full depth.
	fmt.Println(catcher(20000))
}
