package main

import (
	"fmt"
	"strings"
)

func main() {
	name := "  Gopher  "
	fmt.Println(strings.Strip(name)) // ERROR "undefined: strings.Strip"
}
