package main

import "fmt"

func main() {
	i := 0
	goto inside // ERROR "goto inside jumps into block starting at .*goto_into_block.go:8:12"
	for i < 3 {
	inside:
		fmt.Println(i)
		i++
	}
}
