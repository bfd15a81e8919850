package main

import (
	"fmt"
	"strings"
)

func main() {
	s := *strings.ToUpper("abc") // ERROR "invalid operation: cannot indirect strings.ToUpper\(.abc.\) \(value of type string\)"
	fmt.Println(s)
}
