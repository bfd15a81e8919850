package main

import "fmt"

func main() {
	n := 3
	fmt.Println(max(n, 2.5)) // ERROR "2.5 \(untyped float constant\) truncated to int"
}
