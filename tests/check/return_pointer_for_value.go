package main

import "fmt"

type config struct{ debug bool }

func load() config {
	c := &config{debug: true}
	return c // ERROR "cannot use c \(variable of type \*config\) as config value in return statement"
}

func main() {
	fmt.Println(load())
}
