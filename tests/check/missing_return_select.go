package main

import "fmt"

func recv(ch chan int, done chan bool) int {
	for {
		select {
		case v := <-ch:
			return v
		case <-done:
			break
		}
		break
	}
} // ERROR "missing return"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(recv(ch, nil))
}
