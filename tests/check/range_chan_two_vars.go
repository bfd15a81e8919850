package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	for i, s := range ch { // ERROR "range over ch \(variable of type chan string\) permits only one iteration variable"
		fmt.Println(i, s)
	}
}
