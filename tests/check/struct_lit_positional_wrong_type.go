package main

import "fmt"

type pair struct {
	key   string
	value int
}

func main() {
	p := pair{1, "one"} // ERROR "cannot use 1 \(untyped int constant\) as string value in struct literal" "cannot use .one. \(untyped string constant\) as int value in struct literal"
	fmt.Println(p)
}
