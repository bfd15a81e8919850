package main

import (
	"fmt"
	"os"
)

func main() {
	arg := "8"
	if len(os.Args) > 1 {
		arg = os.Args[1]
	}
	n := int(arg) // ERROR "cannot convert arg \(variable of type string\) to type int"
	fmt.Println(n * 2)
}
