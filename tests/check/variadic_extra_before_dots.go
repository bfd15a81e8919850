package main

import "fmt"

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	words := []string{"a", "b"}
	fmt.Println(join(",", "x", words...)) // ERROR "too many arguments in call to join"
}
