package main

import "fmt"

func main() {
	result := nil // ERROR "use of untyped nil in assignment"
	fmt.Println(result)
}
