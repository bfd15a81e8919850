package main

import "fmt"

const maxConns = 10

func main() {
	maxConns = 20 // ERROR "cannot assign to maxConns \(neither addressable nor a map index expression\)"
	fmt.Println(maxConns)
}
