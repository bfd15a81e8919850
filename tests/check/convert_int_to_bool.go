package main

import "fmt"

func main() {
	flag := 1
	enabled := bool(flag) // ERROR "cannot convert flag \(variable of type int\) to type bool"
	fmt.Println(enabled)
}
