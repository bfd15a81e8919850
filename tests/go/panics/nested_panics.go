package main

import "fmt"

func main() {
	defer func() {
		panic("second panic in defer")
	}()
	fmt.Println("start")
	panic("first panic")
}
