package main

import "fmt"

type Department struct { // ERROR "invalid recursive type Department"
	name    string
	manager Employee
}

type Employee struct {
	name string
	dept Department
}

func main() {
	var e Employee
	fmt.Println(e.name)
}
