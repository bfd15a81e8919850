package main

import "fmt"

type Color string

const (
	Red Color = iota // ERROR "cannot use iota \(untyped int constant 0\) as Color value in constant declaration"
	Green // ERROR "cannot use iota \(untyped int constant 1\) as Color value in constant declaration"
)

func main() {
	fmt.Println(Red, Green)
}
