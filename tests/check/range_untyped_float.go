package main

import "fmt"

func main() {
	for i := range 2.5 { // ERROR "cannot range over 2.5 \(untyped float constant\)"
		fmt.Println(i)
	}
}
