// A goroutine that recovers its own panic does not bring the program
// down: each worker turns a panic into an error value sent back to main,
// and the successful results are kept by index.
package main

import (
	"fmt"
	"sync"
)

type outcome struct {
	val int
	err error
}

func safeDiv(a, b int) (res outcome) {
	defer func() {
		if r := recover(); r != nil {
			res.err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return outcome{val: a / b}
}

func main() {
	divisors := []int{3, 0, 7, 1, 0, 5}
	out := make([]outcome, len(divisors))
	var wg sync.WaitGroup
	for i, d := range divisors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = safeDiv(100, d)
		}()
	}
	wg.Wait()
	for i, o := range out {
		if o.err != nil {
			fmt.Println(i, "error:", o.err)
		} else {
			fmt.Println(i, "value:", o.val)
		}
	}
}
