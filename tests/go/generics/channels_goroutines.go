package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[K]V{}
	}
	s.m[k] = f(s.m[k])
}

type Future[T any] struct{ ch chan T }

func Async[T any](f func() T) Future[T] {
	fu := Future[T]{make(chan T, 1)}
	go func() { fu.ch <- f() }()
	return fu
}

func (f Future[T]) Await() T { return <-f.ch }

func main() {
	fmt.Println(Collect(MapChan(Generate(1, 2, 3, 4), func(n int) string { return fmt.Sprint(n * n) })))
	fmt.Println(Collect(Generate[string]()))
	fmt.Println(ParallelMap([]int{1, 2, 3, 4, 5, 6, 7, 8}, 3, func(n int) int { return n * 100 }))
	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Update([]string{"even", "odd"}[i%2], func(v int) int { return v + i })
		}()
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range sm.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, sm.m[k])
	}
	a := Async(func() int { return 6 * 7 })
	b := Async(func() []string { return []string{"x", "y"} })
	fmt.Println(a.Await(), b.Await())
	fmt.Printf("%T %T\n", a, Generate(1.5))
	buf := make(chan Future[bool], 2)
	buf <- Async(func() bool { return true })
	fmt.Println(len(buf), (<-buf).Await())
}
