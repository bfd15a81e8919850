package main

import "fmt"

// swallow recovers a panic from the loop body and does not re-panic;
// Go reports that as a fatal misuse of range-over-func.
func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered:", r)
	}()
	yield(1)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	for v := range swallow {
		fmt.Println("body", v)
		panic("boom in body")
	}
	fmt.Println("after loop")
}
