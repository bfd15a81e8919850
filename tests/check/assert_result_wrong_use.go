package main

import "fmt"

func main() {
	var v any = "42"
	s := v.(string)
	var n int = s // ERROR "cannot use s \(variable of type string\) as int value in variable declaration"
	fmt.Println(n)
}
