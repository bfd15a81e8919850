package main

import "fmt"

func main() {
	var row [2.5]int // ERROR "array length 2.5 \(untyped float constant\) must be integer"
	fmt.Println(row)
}
