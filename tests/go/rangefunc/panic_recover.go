// A panic in a range-over-func body goes through the iterator (running
// its deferred calls) to the enclosing function, which may recover it;
// defers in the body run as the enclosing function's.
package main

import (
	"errors"
	"fmt"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator unwinds", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func safeDiv(xs []int, d int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	it := func(yield func(int) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
	for x := range it {
		sum += x / d
	}
	return sum, nil
}

func bodyPanics() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("caught ", r)
	}()
	for x := range seq(5) {
		defer fmt.Println("body defer", x)
		if x == 2 {
			panic(fmt.Sprint("boom at ", x))
		}
	}
	return "normal"
}

var errSentinel = errors.New("sentinel")

func errPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	for a := range seq(2) {
		for b := range seq(2) {
			if a == 1 && b == 1 {
				panic(errSentinel)
			}
		}
	}
	return nil
}

func deferRecovers() (n int) {
	for x := range seq(3) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("loop defer recovered", r, "x", x)
				n = -1
			}
		}()
		if x == 1 {
			var m map[string]int
			m["x"] = 1
		}
	}
	return 5
}

func main() {
	fmt.Println(safeDiv([]int{10, 20, 30}, 5))
	fmt.Println(safeDiv([]int{10, 20, 30}, 0))
	fmt.Println(bodyPanics())
	fmt.Println(errPanic() == errSentinel)
	fmt.Println(deferRecovers())
}
