package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}

outer:
	for i, row := range grid {
		for j, v := range row {
			if v == 5 {
				fmt.Println("found 5 at", i, j)
				break outer
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()

next:
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				fmt.Println("row starting", row[0], "has even", v)
				continue next
			}
		}
		fmt.Println("row without even", row)
	}

	// Labeled continue in a classic for loop.
	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println("lower triangle:", count)

	// break out of a select and switch inside a loop.
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			switch {
			case v == 3:
				fmt.Println("skipping 3")
				continue loop
			case v == 4:
				break
			}
			fmt.Println("got", v)
		}
	}

	// goto.
	i := 0
again:
	if i < 3 {
		fmt.Println("goto iteration", i)
		i++
		goto again
	}
	n := 10
	if n > 5 {
		goto big
	}
	fmt.Println("small")
big:
	fmt.Println("after big label")

	// Labeled block break with a switch.
	x := 2
sw:
	switch x {
	case 2:
		for k := 0; k < 10; k++ {
			if k == 1 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}
	fmt.Println(findPair(grid, 8))
	fmt.Println(findPair(grid, 10))
}
