package main

import "fmt"

func main() {
	var label string
	n := 7
	label = n // ERROR "cannot use n \(variable of type int\) as string value in assignment"
	fmt.Println(label)
}
