package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrBase))
	fmt.Println(err)
	panic(err)
}
