// A finite concurrent prime sieve: the generator stops at a limit and
// closes its channel, each filter ranges over its input and closes its
// output, so the chain winds down by itself once the last number passes.
package main

import "fmt"

func generate(limit int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, p int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			if n%p != 0 {
				out <- n
			}
		}
		close(out)
	}()
	return out
}

func main() {
	ch := generate(250)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
	fmt.Println(len(primes), "primes up to 250")
	fmt.Println(primes[:10], "...", primes[len(primes)-5:])
}
