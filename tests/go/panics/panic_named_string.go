package main

import "fmt"

type Reason string

func main() {
	fmt.Println("panicking with a named string type")
	panic(Reason("bad state"))
}
