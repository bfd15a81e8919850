package main

import "fmt"

func main() {
	flags := [4]bool{5: true} // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	fmt.Println(flags)
}
