package main

import "fmt"

type v1 struct {
	Name string
}

type v2 struct {
	Name  string
	Email string
}

func main() {
	old := v1{Name: "a"}
	upgraded := v2(old) // ERROR "cannot convert old \(variable of struct type v1\) to type v2"
	fmt.Println(upgraded)
}
