package main

import "fmt"

func describe(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	case int: // ERROR "duplicate case int in type switch"
		return "another int"
	}
	return "other"
}

func main() {
	fmt.Println(describe(1))
}
