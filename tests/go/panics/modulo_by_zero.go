package main

import "fmt"

func main() {
	var d int8
	n := int8(7)
	fmt.Println(n % (d + 1))
	fmt.Println(n % d)
}
