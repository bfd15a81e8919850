package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 3}
	delete(ages, 3) // ERROR "cannot use 3 \(untyped int constant\) as string value in argument to delete"
	fmt.Println(ages)
}
