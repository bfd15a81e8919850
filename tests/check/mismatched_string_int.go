package main

import "fmt"

func label(n int) string {
	return "item #" + n // ERROR "invalid operation: .item #. \+ n \(mismatched types untyped string and int\)"
}

func main() {
	fmt.Println(label(4))
}
