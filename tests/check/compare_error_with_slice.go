package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("x")
	codes := []int{1}
	fmt.Println(err == codes) // ERROR "invalid operation: err == codes \(mismatched types error and \[\]int\)"
}
