package main

import "fmt"

func main() {
	fmt.Println(int("42") + 1) // ERROR "cannot convert .42. \(untyped string constant\) to type int"
}
