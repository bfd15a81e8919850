package main

import (
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
)

func count(n int, log string) iter.Seq[int] {
	return func(yield func(int) bool) {
		fmt.Println(log, "starts")
		defer fmt.Println(log, "ends")
		for i := range n {
			if !yield(i) {
				fmt.Println(log, "told to stop at", i)
				return
			}
		}
	}
}

func catch(name string, f func()) {
	defer func() {
		r := recover()
		// (The dynamic type of a runtime error is the runtime's own.)
		if msg := fmt.Sprint(r); strings.HasPrefix(msg, "runtime error: ") {
			fmt.Printf("%s: recovered %s\n", name, msg)
			return
		}
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	// stop before next: seq never runs; next then gives zero values.
	next, stop := iter.Pull(count(3, "A"))
	stop()
	v, ok := next()
	fmt.Println("A after stop:", v, ok)
	stop()

	// Exhaustion, then next and stop again.
	next, stop = iter.Pull(count(2, "B"))
	for {
		v, ok := next()
		fmt.Println("B next:", v, ok)
		if !ok {
			break
		}
	}
	v, ok = next()
	fmt.Println("B again:", v, ok)
	stop()
	stop()

	// Stop in the middle: yield returns false, seq's defers run inside stop.
	next, stop = iter.Pull(count(5, "C"))
	next()
	next()
	fmt.Println("C stopping")
	stop()
	fmt.Println("C stopped")
	v, ok = next()
	fmt.Println("C after stop:", v, ok)

	// (The func literals are converted to iter.Seq: minigo cannot infer
	// V from a func literal yet.)

	// A panic in seq is raised again in the caller of next.
	nextS, stopS := iter.Pull(iter.Seq[string](func(yield func(string) bool) {
		yield("one")
		panic(errors.New("seq broke"))
	}))
	s, _ := nextS()
	fmt.Println("D got", s)
	catch("D next", func() { nextS() })
	s, ok = nextS()
	fmt.Printf("D after panic: %q %v\n", s, ok)
	stopS()

	// A panic while stopping is raised in the caller of stop.
	next, stop = iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		if !yield(1) {
			panic("refusing to stop")
		}
	}))
	next()
	catch("E stop", stop)
	stop()

	// A runtime error in seq keeps its type.
	next, stop = iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		var xs []int
		yield(xs[3])
	}))
	catch("F next", func() { next() })
	stop()

	// yield kept and called after seq returned, or after stop: false.
	var saved func(int) bool
	next, stop = iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		saved = yield
		yield(7)
	}))
	v, ok = next()
	fmt.Println("G:", v, ok)
	v, ok = next()
	fmt.Println("G end:", v, ok)
	fmt.Println("G saved yield:", saved(8))
	stop()
	fmt.Println("G saved yield after stop:", saved(9))

	// next called from inside seq panics; the panic reaches the outer next.
	var inner func() (int, bool)
	next, stop = iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		inner()
	}))
	inner = next
	catch("H reentrant next", func() { next() })
	stop()

	// Pull2 with early stop, and its panics' texts.
	next2, stop2 := iter.Pull2(iter.Seq2[string, int](func(yield func(string, int) bool) {
		defer fmt.Println("I seq done")
		for i, w := range []string{"a", "b", "c"} {
			if !yield(w, i) {
				return
			}
		}
	}))
	k, v2, ok := next2()
	fmt.Println("I:", k, v2, ok)
	stop2()
	k, v2, ok = next2()
	fmt.Printf("I after stop: %q %v %v\n", k, v2, ok)
	var inner2 func() (string, int, bool)
	next2, stop2 = iter.Pull2(iter.Seq2[string, int](func(yield func(string, int) bool) { inner2() }))
	inner2 = next2
	catch("J reentrant next2", func() { next2() })
	stop2()

	// runtime.Goexit in seq ends the goroutine that called next.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("K goroutine's defers run")
		next, stop := iter.Pull(iter.Seq[int](func(yield func(int) bool) {
			yield(1)
			runtime.Goexit()
		}))
		defer stop()
		v, _ := next()
		fmt.Println("K got", v)
		next()
		fmt.Println("K not reached")
	}()
	wg.Wait()

	// Interleaved pulls, and pulls on several goroutines at once.
	na, sa := iter.Pull(count(3, "L1"))
	nb, sb := iter.Pull(count(3, "L2"))
	for {
		a, ok1 := na()
		b, ok2 := nb()
		if !ok1 || !ok2 {
			break
		}
		fmt.Println("L pair", a, b)
	}
	sa()
	sb()
	results := make([]int, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next, stop := iter.Pull(iter.Seq[int](func(yield func(int) bool) {
				for i := 1; i <= 100*(g+1); i++ {
					if !yield(i) {
						return
					}
				}
			}))
			defer stop()
			for {
				v, ok := next()
				if !ok {
					break
				}
				results[g] += v
			}
		}()
	}
	wg.Wait()
	fmt.Println("M sums", results)
}
