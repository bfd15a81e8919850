// Sending on a nil channel blocks forever; a goroutine that did its
// work first does not change that: deadlock.
package main

import "fmt"

func main() {
	results := make(chan int, 1)
	go func() { results <- 42 }()
	fmt.Println("result", <-results)
	var pending chan int
	pending <- 1
}
