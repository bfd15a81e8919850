package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x << 1.5) // ERROR "1.5 \(untyped float constant\) truncated to uint"
}
