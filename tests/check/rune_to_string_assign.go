package main

import "fmt"

func main() {
	var sep string = ',' // ERROR "cannot use ',' \(untyped rune constant 44\) as string value in variable declaration"
	fmt.Println(sep)
}
