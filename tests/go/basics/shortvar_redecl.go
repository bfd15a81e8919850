package main

import (
	"errors"
	"fmt"
)

func two(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	a, err := two(3)
	fmt.Println(a, err)
	b, err := two(-1) // err is reused, b is new
	fmt.Println(b, err)
	a, c := 100, 200 // a reused
	fmt.Println(a, c)
	if a, err := two(50); err == nil {
		fmt.Println("inner", a)
	}
	fmt.Println("outer", a)
}
