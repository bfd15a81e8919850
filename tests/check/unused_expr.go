package main

import "fmt"

func main() {
	x := 10
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	fmt.Println(x)
}
