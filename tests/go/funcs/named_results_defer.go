package main

import (
	"errors"
	"fmt"
)

func double() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1 // x = 6, then defer doubles it
}

func shadow() (x int) {
	defer func() { x++ }()
	return 10
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }() // does not change the returned value
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("inner")
}

func order() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	return "start:"
}

func main() {
	fmt.Println(double(), shadow(), unnamed())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(wrap())
	fmt.Println(order())
}
