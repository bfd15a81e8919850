package main

import "fmt"

func main() {
	x := int32(5)
	p := &x
	q := (*int64)(p) // ERROR "cannot convert p \(variable of type \*int32\) to type \*int64"
	fmt.Println(*q)
}
