package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 3, "bob": 5}
	for name, score := range scores { // ERROR "declared and not used: name"
		fmt.Println(score)
	}
}
