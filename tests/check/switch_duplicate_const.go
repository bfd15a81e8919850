package main

import "fmt"

const (
	modeRead  = 1
	modeWrite = 2
	modeAll   = 1
)

func main() {
	m := 1
	switch m {
	case modeRead:
		fmt.Println("read")
	case modeWrite:
		fmt.Println("write")
	case modeAll: // ERROR "duplicate case modeAll \(constant 1 of type int\) in expression switch"
		fmt.Println("all")
	}
}
