// An errgroup-like pattern: tasks run under a WaitGroup and report
// failures on an error channel buffered for all of them; after Wait the
// channel is closed and drained. The error of the lowest task index is
// "the" error, whichever failed first in time.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type taskError struct {
	task int
	err  error
}

func run(id int) error {
	if id%4 == 3 {
		return fmt.Errorf("task %d: %w", id, errors.New("bad input"))
	}
	return nil
}

func main() {
	const n = 12
	var wg sync.WaitGroup
	errs := make(chan taskError, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := run(i); err != nil {
				errs <- taskError{i, err}
			}
		}()
	}
	wg.Wait()
	close(errs)
	var all []taskError
	for e := range errs {
		all = append(all, e)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].task < all[j].task })
	fmt.Println("failed:", len(all), "of", n)
	for _, e := range all {
		fmt.Println(" ", e.err)
	}
	if len(all) > 0 {
		fmt.Println("first by index:", all[0].err)
	}
}
