package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	ch <- "b"
}
