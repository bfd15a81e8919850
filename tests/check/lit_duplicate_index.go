package main

import "fmt"

func main() {
	names := [...]string{0: "zero", 1: "one", 1: "uno"} // ERROR "duplicate index 1 in array or slice literal"
	fmt.Println(names)
}
