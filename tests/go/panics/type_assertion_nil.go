package main

import "fmt"

type Walker interface{ Walk() string }

type Stringer interface{ String() string }

func main() {
	var w Walker
	fmt.Println(w == nil)
	s := w.(Stringer)
	fmt.Println(s)
}
