package main

import "fmt"

type config struct{ debug bool }

func main() {
	var c *config = new(nil) // ERROR "use of untyped nil in argument to new"
	fmt.Println(c)
}
