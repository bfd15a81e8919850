// Assorted range-over-func cases: assigning iteration values to named
// results and parameters, an iterator called from a goroutine's loop,
// deep recursion through yield, a loop over a range-over-func inside a
// select and a type switch, and a body that ranges over the same
// iterator again.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func lastOf(n int) (last int) {
	for last = range seq(n) {
	}
	return
}

func param(x int) int {
	for x = range seq(x) {
		if x == 3 {
			break
		}
	}
	return x
}

// deep yields n, n-1, ..., 1 through n nested calls.
func deep(n int, yield func(int) bool) bool {
	if n == 0 {
		return true
	}
	return yield(n) && deep(n-1, yield)
}

func classify(v any) string {
	switch t := v.(type) {
	case int:
		s := 0
		for x := range seq(t) {
			s += x
		}
		return fmt.Sprint("int sum ", s)
	case string:
		for i := range seq(len(t)) {
			if t[i] == 'x' {
				return fmt.Sprint("x at ", i)
			}
		}
		return "no x"
	}
	return "other"
}

func main() {
	fmt.Println(lastOf(5), lastOf(0))
	fmt.Println(param(10), param(2))

	n := 0
	for v := range func(y func(int) bool) { deep(5000, y) } {
		n += v
	}
	fmt.Println("deep sum:", n)

	fmt.Println(classify(5), classify("abxd"), classify("ab"), classify(1.5))

	done := make(chan int)
	go func() {
		t := 0
		for x := range seq(100) {
			t += x
		}
		done <- t
	}()
	ch := make(chan string, 1)
	ch <- "hi"
	select {
	case s := <-ch:
		for i := range seq(2) {
			fmt.Println("select", s, i)
		}
	}
	fmt.Println("goroutine:", <-done)

	it := seq(3)
	for a := range it {
		for b := range it {
			if b > a {
				break
			}
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()

	// The range expression is evaluated once, before the loop.
	calls := 0
	mk := func() func(func(int) bool) { calls++; return seq(3) }
	for range mk() {
	}
	fmt.Println("calls:", calls)
}
