package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("boom")
	var msg string = err // ERROR "cannot use err \(variable of interface type error\) as string value in variable declaration"
	fmt.Println(msg)
}
