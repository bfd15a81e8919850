package main

import (
	"fmt"
	"strings"
)

func main() {
	before, after, _ := strings.Cut("a=b", "=")
	fmt.Println(strings.ToUpper(strings.Cut(before+after, "x"))) // ERROR "too many arguments in call to strings.ToUpper"
}
