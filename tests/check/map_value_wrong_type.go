package main

import "fmt"

func main() {
	stock := map[string]int{}
	stock["apples"] = "12" // ERROR "cannot use .12. \(untyped string constant\) as int value in assignment"
	fmt.Println(stock)
}
