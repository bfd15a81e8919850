package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto top
	}
	n = 3*n + 1
	goto top
}

func main() {
	i := 0
again:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto again
	}
	fmt.Println()
	fmt.Println(collatz(27), collatz(1), collatz(6))
	x := 10
	if x > 5 {
		goto big
	}
	fmt.Println("small")
big:
	fmt.Println("done", x)
	j := 0
	for {
		j++
		if j > 3 {
			goto out
		}
	}
out:
	fmt.Println("j", j)
}
