package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
loop:
	switch {
	case n < 3:
		n++
		goto loop
	}
	fmt.Println("n =", n)
sw:
	for i := 0; ; i++ {
		switch i {
		case 5:
			break sw
		case 2:
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
