package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("before")
	var target *int
	errors.As(errors.New("x"), &target)
	fmt.Println("not reached")
}
