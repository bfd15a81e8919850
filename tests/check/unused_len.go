package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	fmt.Println(s)
}
