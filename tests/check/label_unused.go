package main

import "fmt"

func main() {
outer: // ERROR "label outer defined and not used"
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				break
			}
			fmt.Println(i, j)
		}
	}
}
