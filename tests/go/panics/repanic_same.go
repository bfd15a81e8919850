package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "- panicking again with it")
		panic(r)
	}()
	panic("the original")
}
