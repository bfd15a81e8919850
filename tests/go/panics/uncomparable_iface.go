package main

import "fmt"

func main() {
	m := map[string]any{"a": []string{"x"}, "b": []string{"x"}}
	fmt.Println("comparing")
	fmt.Println(m["a"] == m["b"])
}
