// The concurrent prime sieve: a chain of filter goroutines, one per
// prime found, each passing on what its prime does not divide.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < 60; i++ {
		prime := <-ch
		primes = append(primes, prime)
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(primes)
}
