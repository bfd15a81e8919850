package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 30}
	fmt.Println(ages[1]) // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
}
