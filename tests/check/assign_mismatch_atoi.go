package main

import (
	"fmt"
	"strconv"
)

func main() {
	port := strconv.Atoi("8080") // ERROR "assignment mismatch: 1 variable but strconv.Atoi returns 2 values"
	fmt.Println(port)
}
