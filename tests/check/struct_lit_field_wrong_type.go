package main

import "fmt"

type person struct {
	name string
	age  int
}

func main() {
	p := person{name: "Ada", age: "36"} // ERROR "cannot use .36. \(untyped string constant\) as int value in struct literal"
	fmt.Println(p)
}
