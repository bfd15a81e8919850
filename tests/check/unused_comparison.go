package main

import "fmt"

func main() {
	a, b := 1, 2
	a == b // ERROR "a == b \(untyped bool value\) is not used"
	fmt.Println(a, b)
}
