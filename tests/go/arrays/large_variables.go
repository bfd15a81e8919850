package main

import "fmt"

var sieve [1000001]bool

func main() {
	count := 0
	for i := 2; i <= 1000000; i++ {
		if !sieve[i] {
			count++
			for j := i * 2; j <= 1000000; j += i {
				sieve[j] = true
			}
		}
	}
	var local [70000]int
	for i := range local {
		local[i] = i
	}
	p := &local
	fmt.Println(count, local[69999], len(p), p[12345])
}
