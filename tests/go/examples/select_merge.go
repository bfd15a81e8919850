package main

import (
	"fmt"
	"sort"
)

func gen(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return ch
}

func merge(a, b <-chan string) []string {
	var out []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	got := merge(gen("a", 4), gen("b", 3))
	sort.Strings(got)
	fmt.Println(got, len(got))

	// Select with both send and receive cases.
	in := make(chan int)
	out := make(chan int, 10)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	var pending []int
	received := 0
	for in != nil || len(pending) > 0 {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			received++
			pending = append(pending, v*v)
		case sendCh <- next:
			pending = pending[1:]
		}
	}
	close(out)
	var squares []int
	for v := range out {
		squares = append(squares, v)
	}
	fmt.Println(received, squares)

	// Default case counts how many sends fit.
	buf := make(chan int, 3)
	sent := 0
	for i := range 10 {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent without blocking:", sent, len(buf))

	// A select over many ready channels eventually takes each.
	chs := make([]chan int, 3)
	for i := range chs {
		chs[i] = make(chan int, 100)
		for j := range 100 {
			chs[i] <- j
		}
	}
	seen := map[int]bool{}
	for range 150 {
		select {
		case <-chs[0]:
			seen[0] = true
		case <-chs[1]:
			seen[1] = true
		case <-chs[2]:
			seen[2] = true
		}
	}
	fmt.Println("all cases chosen:", len(seen) == 3, len(chs[0])+len(chs[1])+len(chs[2]))
	// Empty-struct signalling.
	ready := make(chan struct{})
	res := make(chan string)
	go func() {
		<-ready
		res <- "go!"
	}()
	close(ready)
	fmt.Println(<-res)
}
