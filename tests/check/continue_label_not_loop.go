package main

import "fmt"

func main() {
	items := []int{1, 2, 3}
sw:
	switch len(items) {
	case 3:
		for _, it := range items {
			if it == 2 {
				continue sw // ERROR "invalid continue label sw"
			}
			fmt.Println(it)
		}
	}
}
