package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	var err error = errors.New("x")
	var me *myErr = err // ERROR "cannot use err \(variable of interface type error\) as \*myErr value in variable declaration: need type assertion"
	fmt.Println(me)
}
