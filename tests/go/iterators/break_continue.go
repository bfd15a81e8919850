package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			fmt.Println("  yield", i)
			if !yield(i) {
				fmt.Println("  iterator sees stop at", i)
				return
			}
		}
		fmt.Println("  iterator done")
	}
}

func main() {
	for i := range upto(5) {
		if i%2 == 0 {
			continue
		}
		fmt.Println("odd", i)
	}
	for i := range upto(5) {
		if i == 3 {
			break
		}
		fmt.Println("got", i)
	}
	for i := range upto(3) {
		switch i {
		case 2:
			fmt.Println("switch break does not stop the loop")
			break
		}
		fmt.Println("after switch", i)
	}
}
