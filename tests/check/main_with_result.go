package main

import "fmt"

func main() int { // ERROR "func main must have no arguments and no return values"
	fmt.Println("exit code 0")
	return 0
}
