// Fan-out then fan-in: one channel of numbers is read by several
// workers at once (each value goes to exactly one), and their outputs
// are merged; the sorted merged values are those of a sequential loop.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func digitSum(n int) int {
	s := 0
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return s
}

func main() {
	in := make(chan int)
	go func() {
		for i := 95; i <= 125; i++ {
			in <- i
		}
		close(in)
	}()
	outs := make([]chan [2]int, 5)
	for i := range outs {
		outs[i] = make(chan [2]int)
		go func(out chan<- [2]int) {
			for n := range in {
				out <- [2]int{n, digitSum(n)}
			}
			close(out)
		}(outs[i])
	}
	merged := make(chan [2]int)
	var wg sync.WaitGroup
	for _, o := range outs {
		wg.Add(1)
		go func(o <-chan [2]int) {
			defer wg.Done()
			for p := range o {
				merged <- p
			}
		}(o)
	}
	go func() { wg.Wait(); close(merged) }()
	var got [][2]int
	for p := range merged {
		got = append(got, p)
	}
	sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
	ok := true
	for i, p := range got {
		if p[0] != 95+i || p[1] != digitSum(p[0]) {
			ok = false
		}
	}
	fmt.Println(len(got), ok)
	fmt.Println(got[:6])
}
