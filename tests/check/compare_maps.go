package main

import "fmt"

func sameConfig(a, b map[string]string) bool {
	return a == b // ERROR "invalid operation: a == b \(map can only be compared to nil\)"
}

func main() {
	fmt.Println(sameConfig(nil, nil))
}
