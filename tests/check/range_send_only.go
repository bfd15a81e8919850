package main

import "fmt"

func printAll(results chan<- int) {
	for r := range results { // ERROR "cannot range over results \(variable of type chan<- int\): receive from send-only channel chan<- int"
		fmt.Println(r)
	}
}

func main() {
	ch := make(chan int)
	close(ch)
	printAll(ch)
}
