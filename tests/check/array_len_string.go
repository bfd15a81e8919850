package main

import "fmt"

func main() {
	var row ["3"]int // ERROR "array length .3. \(untyped string constant\) must be integer"
	fmt.Println(row)
}
