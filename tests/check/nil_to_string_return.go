package main

import "fmt"

func lookup(m map[string]string, k string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return nil // ERROR "cannot use nil as string value in return statement"
}

func main() {
	fmt.Println(lookup(nil, "a"))
}
