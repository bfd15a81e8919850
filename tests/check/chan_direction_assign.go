package main

import "fmt"

func main() {
	recvOnly := make(<-chan int)
	var both chan int = recvOnly // ERROR "cannot use recvOnly \(variable of type <-chan int\) as chan int value in variable declaration"
	fmt.Println(both)
}
