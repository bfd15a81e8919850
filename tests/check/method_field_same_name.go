package main

import "fmt"

type user struct {
	Name string
}

func (u user) Name() string { // ERROR "field and method with the same name Name"
	return u.Name // ERROR "cannot use u.Name \(value of type func\(\) string\) as string value in return statement"
}

func main() {
	fmt.Println(user{Name: "x"})
}
