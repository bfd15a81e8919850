package main

import "fmt"

func main() {
	pairs := map[string]int{"a": 1}
	for k, v, extra := range pairs { // ERROR "range clause permits at most two iteration variables"
		fmt.Println(k, v, extra) // ERROR "undefined: extra"
	}
}
