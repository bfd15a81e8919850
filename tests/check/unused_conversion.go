package main

import "fmt"

func main() {
	n := 5
	int64(n) // ERROR "int64\(n\) \(value of type int64\) is not used"
	fmt.Println(n)
}
