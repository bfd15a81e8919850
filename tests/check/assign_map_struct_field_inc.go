package main

import "fmt"

type counter struct{ n int }

func main() {
	counts := map[string]counter{}
	for _, w := range []string{"a", "b", "a"} {
		counts[w].n++ // ERROR "cannot assign to struct field counts\[w\].n in map"
	}
	fmt.Println(counts)
}
