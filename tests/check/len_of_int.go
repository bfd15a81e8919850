package main

import "fmt"

func main() {
	n := 12345
	fmt.Println("digits:", len(n)) // ERROR "invalid argument: n \(variable of type int\) for built-in len"
}
