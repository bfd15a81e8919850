// Four goroutines compute while main waits for them: GODEBUG=schedtrace
// shows the Ps busy, scheddetail the Ms and Gs.
package main

import "fmt"

func spin(n int, done chan<- int) {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	done <- s
}

func main() {
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go spin(3000000, done)
	}
	t := 0
	for i := 0; i < 4; i++ {
		t += <-done
	}
	fmt.Println(t)
}
