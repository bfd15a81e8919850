package main

import "fmt"

func main() {
	x := 1
	p := &x
	*p := 2 // ERROR "non-name \*p on left side of :="
	fmt.Println(x)
}
