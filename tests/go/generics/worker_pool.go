package main

import (
	"errors"
	"fmt"
	"sync"
)

type Result[T any] struct {
	Index int
	Val   T
	Err   error
}

// Run processes jobs on n workers and returns results in input order.
func Run[In, Out any](jobs []In, n int, f func(In) (Out, error)) []Result[Out] {
	results := make([]Result[Out], len(jobs))
	ch := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				v, err := f(jobs[i])
				results[i] = Result[Out]{i, v, err}
			}
		}()
	}
	for i := range jobs {
		ch <- i
	}
	close(ch)
	wg.Wait()
	return results
}

type Pipeline[T any] struct{ stages []func(T) T }

func (p *Pipeline[T]) Then(f func(T) T) *Pipeline[T] {
	p.stages = append(p.stages, f)
	return p
}

func (p *Pipeline[T]) Run(in []T) []T {
	src := make(chan T)
	go func() {
		for _, v := range in {
			src <- v
		}
		close(src)
	}()
	var cur <-chan T = src
	for _, st := range p.stages {
		out := make(chan T)
		go func(in <-chan T, f func(T) T) {
			for v := range in {
				out <- f(v)
			}
			close(out)
		}(cur, st)
		cur = out
	}
	var res []T
	for v := range cur {
		res = append(res, v)
	}
	return res
}

var errOdd = errors.New("odd input")

func main() {
	rs := Run([]int{1, 2, 3, 4, 5, 6}, 3, func(n int) (string, error) {
		if n%2 == 1 {
			return "", fmt.Errorf("job %d: %w", n, errOdd)
		}
		return fmt.Sprint(n * n), nil
	})
	for _, r := range rs {
		fmt.Printf("%d %q %v\n", r.Index, r.Val, r.Err)
	}
	var p Pipeline[int]
	fmt.Println(p.Then(func(n int) int { return n + 1 }).Then(func(n int) int { return n * 10 }).Run([]int{1, 2, 3}))
	var q Pipeline[string]
	fmt.Println(q.Run([]string{"unchanged"}))
}
