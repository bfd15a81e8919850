package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 3}
	for name, score := scores {
		fmt.Println(name, score)
	}
}
