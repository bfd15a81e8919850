package main

import "fmt"

func main() {
	x := 3.7
	defer int(x) // ERROR "defer requires function call, not conversion"
	fmt.Println(x)
}
