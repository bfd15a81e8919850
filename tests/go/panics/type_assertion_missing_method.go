package main

import "fmt"

type Walker interface{ Walk() string }
type Rock struct{}

func main() {
	var x interface{} = Rock{}
	fmt.Println("asserting")
	w := x.(Walker)
	fmt.Println(w.Walk())
}
