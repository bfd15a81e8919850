package main

import "fmt"

type ID int

func main() {
	ids := []ID{1, 2}
	var n int = 3
	ids[0] = n // ERROR "cannot use n \(variable of type int\) as ID value in assignment"
	fmt.Println(ids)
}
