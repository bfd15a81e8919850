package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println("héllo", "世界", 42, true, 3.5)
	fmt.Print("no newline", " ", "then newline\n")
}
