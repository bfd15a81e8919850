package main

import "fmt"

type entry struct {
	hits int
	last string
}

func main() {
	stats := map[string]entry{"home": {}}
	stats["home"].hits = 1 // ERROR "cannot assign to struct field stats\[.home.\].hits in map"
	fmt.Println(stats)
}
