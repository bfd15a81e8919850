package main

import "fmt"

func main() {
	price := 9.99
	label := "$" + string(price) // ERROR "cannot convert price \(variable of type float64\) to type string"
	fmt.Println(label)
}
