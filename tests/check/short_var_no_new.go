package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("1")
	n, err := strconv.Atoi("2") // ERROR "no new variables on left side of :="
	fmt.Println(n, err)
}
