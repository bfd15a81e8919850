package main

import "fmt"

func main() {
	n := 3
	if n > 2 {
		goto done // ERROR "goto done jumps over declaration of msg at .*goto_over_var.go:11:6"
	}
	fmt.Println("small")
	msg := "finished"
	fmt.Println(msg)
done:
	fmt.Println("end")
}
