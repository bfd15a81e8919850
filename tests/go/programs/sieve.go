package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int, primes []int) []int {
	var fs []int
	for _, p := range primes {
		if p*p > n {
			break
		}
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	ps := sieve(100000)
	fmt.Println(len(ps), ps[:15], ps[len(ps)-1])
	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	maxGap, at := 0, 0
	for i := 1; i < len(ps); i++ {
		if g := ps[i] - ps[i-1]; g > maxGap {
			maxGap, at = g, ps[i-1]
		}
	}
	fmt.Println("max gap", maxGap, "after", at)
	for _, n := range []int{360, 97, 1001, 65536, 999983 * 2, 600851475143} {
		fmt.Println(n, factorize(n, ps))
	}
}
