package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12") // ERROR "declared and not used: err"
	fmt.Println(n)
}
