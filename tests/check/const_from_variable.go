package main

import "fmt"

var base = 10

const limit = base * 2 // ERROR "base \* 2 \(value of type int\) is not constant"

func main() {
	fmt.Println(limit)
}
