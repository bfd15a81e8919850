package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := strconv.Atoi("3") + 1 // ERROR "multiple-value strconv.Atoi\(.3.\) \(value of type \(int, error\)\) in single-value context"
	fmt.Println(total)
}
