package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 42
	s := strconv.itoa(n) // ERROR "undefined: strconv.itoa \(but have Itoa\)"
	fmt.Println(s)
}
