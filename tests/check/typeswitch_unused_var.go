package main

import "fmt"

func kind(x any) string {
	switch v := x.(type) { // ERROR "v declared and not used"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "unknown"
}

func main() {
	fmt.Println(kind(1))
}
