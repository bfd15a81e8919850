package main

import "fmt"

type Rect struct {
	X, Y, W, H int
}

func main() {
	r := Rect{0, 0, 10} // ERROR "too few values in struct literal of type Rect"
	fmt.Println(r)
}
