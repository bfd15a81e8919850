package main

import "fmt"

var ready bool

func init(verbose bool) { // ERROR "func init must have no arguments and no return values"
	ready = verbose
}

func main() {
	fmt.Println(ready)
}
