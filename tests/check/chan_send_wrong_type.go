package main

import "fmt"

func main() {
	results := make(chan int, 1)
	results <- "done" // ERROR "cannot use .done. \(untyped string constant\) as int value in send"
	fmt.Println(<-results)
}
