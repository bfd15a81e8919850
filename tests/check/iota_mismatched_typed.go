package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func main() {
	var lvl int = Warn // ERROR "cannot use Warn \(constant 2 of int type Level\) as int value in variable declaration"
	fmt.Println(lvl)
}
