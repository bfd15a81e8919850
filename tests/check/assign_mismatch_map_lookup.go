package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	v, ok, extra := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	fmt.Println(v, ok, extra)
}
