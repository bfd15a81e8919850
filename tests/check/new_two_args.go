package main

import "fmt"

func main() {
	counter := new(int, 0) // ERROR "too many arguments for new\(int, 0\) \(expected 1, found 2\)"
	fmt.Println(*counter)
}
