package main

import "fmt"

func sum(a [6]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}
	fmt.Println(sum(primes))
	var rev [6]int
	for i, v := range primes {
		rev[len(primes)-1-i] = v
	}
	fmt.Println(rev)
	var counts [26]int
	for _, c := range "the quick brown fox jumps over the lazy dog" {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	for i, n := range counts {
		if n > 1 {
			fmt.Printf("%c=%d ", 'a'+i, n)
		}
	}
	fmt.Println()
	var bits [8]bool
	x := 0b10110010
	for i := range bits {
		bits[i] = x&(1<<i) != 0
	}
	fmt.Println(bits)
	const N = 4
	var fib [N * 3]uint
	fib[0], fib[1] = 0, 1
	for i := 2; i < len(fib); i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	fmt.Println(fib, cap(fib))
}
