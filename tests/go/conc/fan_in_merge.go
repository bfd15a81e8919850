// Fan-in: a merge function forwards several input channels into one and
// closes it once every forwarder is done (a WaitGroup counts them).
// Totals per source are independent of the interleaving.
package main

import (
	"fmt"
	"sync"
)

type tagged struct {
	src string
	v   int
}

func source(name string, from, to int) <-chan tagged {
	out := make(chan tagged)
	go func() {
		for i := from; i <= to; i++ {
			out <- tagged{name, i}
		}
		close(out)
	}()
	return out
}

func merge(ins ...<-chan tagged) <-chan tagged {
	out := make(chan tagged)
	var wg sync.WaitGroup
	wg.Add(len(ins))
	for _, in := range ins {
		go func() {
			defer wg.Done()
			for t := range in {
				out <- t
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	merged := merge(source("x", 1, 10), source("y", 100, 150), source("z", -5, 5))
	counts := map[string]int{}
	sums := map[string]int{}
	for t := range merged {
		counts[t.src]++
		sums[t.src] += t.v
	}
	fmt.Println(counts)
	fmt.Println(sums)
}
