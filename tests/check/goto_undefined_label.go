package main

import "fmt"

func main() {
	n := 0
	if n == 0 {
		goto cleanup // ERROR "label cleanup not defined"
	}
	fmt.Println(n)
}
