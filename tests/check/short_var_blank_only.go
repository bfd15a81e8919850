package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	_, _ := pair() // ERROR "no new variables on left side of :="
	fmt.Println("ok")
}
