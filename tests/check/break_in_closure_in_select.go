package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		print := func() {
			fmt.Println(v)
			break // ERROR "break is not in a loop, switch, or select"
		}
		print()
	}
}
