// A select whose only cases are on nil channels can never proceed (a
// nil channel is never ready); without default that is a deadlock.
package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("both nil:", in == nil, out == nil)
	select {
	case <-in:
		fmt.Println("received")
	case out <- "x":
		fmt.Println("sent")
	}
}
