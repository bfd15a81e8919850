// recover only stops a panic in its own goroutine: main's deferred
// recover does not see a goroutine's panic, which ends the program.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	ready := make(chan bool)
	go func() {
		<-ready
		panic(fmt.Sprintf("worker failed at step %d", 3))
	}()
	fmt.Println("starting worker")
	ready <- true
	<-make(chan int)
}
