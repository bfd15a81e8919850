package main

import "fmt"

func main() {
	codes := map[string]int{
		"ok":        200,
		"not found": 404,
		"ok":        201, // ERROR "duplicate key .ok. in map literal"
	}
	fmt.Println(codes)
}
