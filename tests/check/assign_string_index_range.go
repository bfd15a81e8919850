package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b", ",")
	s := parts[0]
	for i := range s {
		s[i] = 'x' // ERROR "cannot assign to s\[i\]"
	}
	fmt.Println(s)
}
