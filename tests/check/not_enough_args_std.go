package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Replace("a-b-c", "-", "+") // ERROR "not enough arguments in call to strings.Replace"
	fmt.Println(s)
}
