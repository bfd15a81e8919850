package main

import (
	"fmt"
	"foo" // ERROR "package foo is not in std"
)

func main() {
	fmt.Println(foo.Bar())
}
