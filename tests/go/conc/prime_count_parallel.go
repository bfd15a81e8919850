// Parallel segments: each goroutine counts the primes of its own range
// and sends the count with its segment index; main adds them up in
// segment order, so the running totals print deterministically.
package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

type count struct{ seg, n int }

func main() {
	const segs, width = 8, 1000
	out := make(chan count)
	for s := 0; s < segs; s++ {
		go func() {
			c := 0
			for n := s * width; n < (s+1)*width; n++ {
				if isPrime(n) {
					c++
				}
			}
			out <- count{s, c}
		}()
	}
	per := make([]int, segs)
	for i := 0; i < segs; i++ {
		c := <-out
		per[c.seg] = c.n
	}
	total := 0
	for s, n := range per {
		total += n
		fmt.Printf("[%4d,%4d): %3d  running %4d\n", s*width, (s+1)*width, n, total)
	}
}
