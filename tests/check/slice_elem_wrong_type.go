package main

import "fmt"

func main() {
	ids := []int{1, "two", 3} // ERROR "cannot use .two. \(untyped string constant\) as int value in array or slice literal"
	fmt.Println(ids)
}
