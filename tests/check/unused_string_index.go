package main

import "fmt"

func main() {
	word := "gopher"
	word[0] // ERROR "word\[0\] \(value of type byte\) is not used"
	fmt.Println(word)
}
