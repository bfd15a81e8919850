package main

import "fmt"

type point struct{ x, y int }

func origin(ok bool) point {
	if !ok {
		return nil // ERROR "cannot use nil as point value in return statement"
	}
	return point{}
}

func main() {
	fmt.Println(origin(true))
}
