// A pipeline of stages connected by channels: generate, square, keep the
// odd ones, sum. Each stage closes its output when its input is done.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	var nums []int
	for i := 1; i <= 25; i++ {
		nums = append(nums, i)
	}
	total := 0
	for v := range odd(square(gen(nums...))) {
		total += v
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("total", total)
}
