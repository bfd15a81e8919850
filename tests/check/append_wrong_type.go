package main

import "fmt"

func main() {
	names := []string{"x"}
	names = append(names, 5) // ERROR "cannot use 5 \(untyped int constant\) as string value in argument to append"
	fmt.Println(names)
}
