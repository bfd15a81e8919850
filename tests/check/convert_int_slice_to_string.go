package main

import "fmt"

func main() {
	codes := []int{72, 105}
	fmt.Println(string(codes)) // ERROR "cannot convert codes \(variable of type \[\]int\) to type string"
}
