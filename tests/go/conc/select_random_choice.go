// When several select cases are ready, one is chosen uniformly at
// random: over many rounds with both channels always ready, each case
// wins often (the chance that one never wins is about 2^-1000).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	const rounds = 1000
	for i := 0; i < rounds; i++ {
		a <- 0
		b <- 1
		select {
		case v := <-a:
			counts[v]++
			<-b
		case v := <-b:
			counts[v]++
			<-a
		}
	}
	fmt.Println("rounds:", counts[0]+counts[1])
	fmt.Println("both chosen:", counts[0] > 0 && counts[1] > 0)
	fmt.Println("neither starved (>= 300 each):", counts[0] >= 300 && counts[1] >= 300)
	fmt.Println("left:", len(a), len(b))
}
