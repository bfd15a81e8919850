package main

import "fmt"

func main() {
	s := "hello"
	p := &s[1] // ERROR "invalid operation: cannot take address of s\[1\] \(value of type byte\)"
	fmt.Println(*p)
}
