// Several senders feed one channel; a counter per sender shows every
// value arrived exactly once, whatever the interleaving.
package main

import (
	"fmt"
	"sort"
)

type msg struct {
	from string
	seq  int
}

func sender(name string, n int, out chan<- msg, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- msg{name, i}
	}
	done <- true
}

func main() {
	out := make(chan msg)
	done := make(chan bool)
	names := []string{"alpha", "beta", "gamma", "delta"}
	for i, name := range names {
		go sender(name, 100*(i+1), out, done)
	}
	go func() {
		for range names {
			<-done
		}
		close(out)
	}()
	seen := map[string]int{}
	sums := map[string]int{}
	for m := range out {
		seen[m.from]++
		sums[m.from] += m.seq
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, seen[k], sums[k])
	}
}
