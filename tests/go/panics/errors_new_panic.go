package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred calls still run")
	err := errors.New("fatal configuration error")
	panic(err)
}
