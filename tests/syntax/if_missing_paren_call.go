package main

import "strings"

func main() {
	s := "abc"
	if strings.HasPrefix(s, "a" {
		println("yes")
	}
}
