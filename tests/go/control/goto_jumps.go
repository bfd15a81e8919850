package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto again
done:
	return steps
}

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto out
			}
		}
	}
	return -1, -1
out:
	return 0, 0
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	r, c := find([][]int{{1, 2}, {3, 4}}, 3)
	fmt.Println(r, c)
	r, c = find([][]int{{1, 2}, {3, 4}}, 9)
	fmt.Println(r, c)
	i := 0
loop:
	if i < 3 {
		defer fmt.Println("deferred", i)
		i++
		goto loop
	}
	total := 0
	for k := 0; k < 1000000; k++ {
		total += k
	}
	fmt.Println(total)
}
