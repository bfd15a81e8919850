package main

import "fmt"

type IntPtr *int

func (p IntPtr) Value() int { // ERROR "invalid receiver type IntPtr \(pointer or interface type\)"
	return *p
}

func main() {
	x := 1
	fmt.Println(IntPtr(&x))
}
