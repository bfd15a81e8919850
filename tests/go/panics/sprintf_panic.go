package main

import "fmt"

func process(items []string) {
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("item %d is empty (of %d)", i, len(items)))
		}
		fmt.Println("item", it)
	}
}

func main() {
	process([]string{"a", "b", "", "d"})
}
