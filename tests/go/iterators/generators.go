package main

import "fmt"

func fib(yield func(uint64) bool) {
	a, b := uint64(0), uint64(1)
	for {
		if !yield(a) {
			return
		}
		a, b = b, a+b
	}
}

func primes(yield func(int) bool) {
	var found []int
	for n := 2; ; n++ {
		isPrime := true
		for _, p := range found {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			found = append(found, n)
			if !yield(n) {
				return
			}
		}
	}
}

func collatz(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for step := 0; ; step++ {
			if !yield(step, n) || n == 1 {
				return
			}
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
	}
}

func main() {
	for v := range fib {
		if v > 1000 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	count := 0
	for p := range primes {
		count++
		if count == 100 {
			fmt.Println("100th prime", p)
			break
		}
	}
	for step, v := range collatz(6) {
		fmt.Print(step, ":", v, " ")
	}
	fmt.Println()
	longest, at := 0, 0
	for start := 1; start < 30; start++ {
		n := 0
		for range collatz(start) {
			n++
		}
		if n > longest {
			longest, at = n, start
		}
	}
	fmt.Println(at, longest)
}
