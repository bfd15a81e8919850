// break and continue in the body of a range-over-func loop, including in
// switches and selects inside it, and what the iterator sees.
package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			ok := yield(i)
			fmt.Println("  yield", i, "->", ok)
			if !ok {
				return
			}
		}
		fmt.Println("  exhausted")
	}
}

func main() {
	fmt.Println("break at 3:")
	for x := range upto(5) {
		if x == 3 {
			break
		}
		fmt.Println("body", x)
	}
	fmt.Println("continue on even:")
	for x := range upto(5) {
		if x%2 == 0 {
			continue
		}
		fmt.Println("body", x)
	}
	fmt.Println("break inside switch leaves the switch:")
	for x := range upto(3) {
		switch x {
		case 2:
			fmt.Println("two")
			break
		default:
			fmt.Println("other", x)
		}
	}
	fmt.Println("continue inside switch:")
	for x := range upto(4) {
		switch {
		case x == 2:
			continue
		case x == 4:
			fmt.Println("four")
		}
		fmt.Println("after switch", x)
	}
	fmt.Println("labeled break of the loop itself from a switch:")
L:
	for x := range upto(5) {
		switch x {
		case 3:
			break L
		}
		fmt.Println("body", x)
	}
	fmt.Println("labeled continue of the loop itself:")
M:
	for x := range upto(3) {
		for i := 0; i < 3; i++ {
			if i == 1 {
				continue M
			}
			fmt.Println("inner", x, i)
		}
	}
	fmt.Println("select in body:")
	ch := make(chan int, 1)
	for x := range upto(3) {
		ch <- x
		select {
		case v := <-ch:
			if v == 2 {
				break
			}
			fmt.Println("got", v)
		}
	}
	fmt.Println("break in nested ordinary loop only:")
	for x := range upto(2) {
		for i := 0; ; i++ {
			if i == 2 {
				break
			}
			fmt.Println(x, i)
		}
	}
	fmt.Println("break immediately:")
	for range upto(3) {
		break
	}
	fmt.Println("done")
}
