// Labeled break and continue from a range-over-func body to ordinary
// loops, switches and selects around it.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  seq done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
Outer:
	for i := 0; i < 4; i++ {
		for x := range seq(4) {
			if x == i {
				fmt.Println("continue Outer at", i, x)
				continue Outer
			}
			if i == 3 {
				fmt.Println("break Outer")
				break Outer
			}
			fmt.Println("body", i, x)
		}
		fmt.Println("after inner", i)
	}

	fmt.Println("range over slice outside:")
S:
	for _, s := range []string{"a", "b", "c"} {
		for x := range seq(3) {
			if s == "b" {
				continue S
			}
			if x == 1 {
				break
			}
			fmt.Println(s, x)
		}
		fmt.Println("end of", s)
	}

	fmt.Println("labeled switch:")
	for _, k := range []int{1, 2} {
	Sw:
		switch k {
		case 1, 2:
			for x := range seq(5) {
				if x == k {
					break Sw
				}
				fmt.Println("k", k, "x", x)
			}
			fmt.Println("not reached for", k)
		}
		fmt.Println("after switch", k)
	}

	fmt.Println("labeled select:")
	ch := make(chan int, 1)
	ch <- 7
Sel:
	select {
	case v := <-ch:
		for x := range seq(3) {
			if x == 1 {
				break Sel
			}
			fmt.Println("select body", v, x)
		}
		fmt.Println("not reached")
	}

	fmt.Println("two levels of ordinary loops:")
A:
	for a := 0; a < 2; a++ {
		for b := 0; b < 2; b++ {
			for x := range seq(3) {
				if x == 1 && b == 1 {
					continue A
				}
				if x == 2 {
					break
				}
				fmt.Println(a, b, x)
			}
		}
	}
	fmt.Println("done")
}
