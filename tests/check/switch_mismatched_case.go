package main

import "fmt"

func main() {
	n := 3
	switch n {
	case 1:
		fmt.Println("one")
	case "two": // ERROR "cannot convert .two. \(untyped string constant\) to type int"
		fmt.Println("two")
	}
}
