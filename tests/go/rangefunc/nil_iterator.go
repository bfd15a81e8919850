// Ranging over a nil iterator function calls it: a nil dereference,
// recovered here, then unrecovered.
package main

import "fmt"

type Seq func(yield func(int) bool)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s Seq
		for x := range s {
			fmt.Println("never", x)
		}
	}()
	var f func(func() bool)
	for range f {
		fmt.Println("never")
	}
}
