package main

import (
	"fmt"
	"strings"
)

func main() {
	buf := []byte("hello")
	fmt.Println(strings.ToUpper(buf)) // ERROR "cannot use buf \(variable of type \[\]byte\) as string value in argument to strings.ToUpper"
}
