package main

import "fmt"

func main() {
	greeting := "hello"
	greeting[0] = 'H' // ERROR "cannot assign to greeting\[0\] \(neither addressable nor a map index expression\)"
	fmt.Println(greeting)
}
