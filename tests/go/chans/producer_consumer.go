// A producer fills a buffered channel and closes it; consumers drain it
// with range, and report their totals on a results channel.
package main

import "fmt"

type item struct {
	id    int
	label string
}

func produce(n int, out chan<- item) {
	for i := 1; i <= n; i++ {
		out <- item{i, fmt.Sprintf("item-%d", i)}
	}
	close(out)
}

func consume(in <-chan item, results chan<- [2]int) {
	count, sum := 0, 0
	for it := range in {
		count++
		sum += it.id + len(it.label)
	}
	results <- [2]int{count, sum}
}

func main() {
	items := make(chan item, 8)
	results := make(chan [2]int)
	go produce(500, items)
	for i := 0; i < 4; i++ {
		go consume(items, results)
	}
	count, sum := 0, 0
	for i := 0; i < 4; i++ {
		r := <-results
		count += r[0]
		sum += r[1]
	}
	fmt.Println("consumed", count, "items, checksum", sum)
	v, ok := <-items
	fmt.Println("after close:", v, ok, len(items), cap(items))
}
