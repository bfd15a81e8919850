package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

func risky(id int) (val int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("task %d panicked: %v", id, r)
		}
	}()
	switch id % 4 {
	case 1:
		var m map[int]int
		m[id] = 1
	case 2:
		s := []int{1, 2, 3}
		return s[id], nil
	case 3:
		panic(errors.New("explicit"))
	}
	return id * 10, nil
}

func main() {
	var wg sync.WaitGroup
	results := make(chan result, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := risky(i)
			results <- result{i, v, err}
		}()
	}
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		if r.err != nil {
			fmt.Println(r.id, "error:", r.err)
		} else {
			fmt.Println(r.id, "value:", r.val)
		}
	}

	// A supervisor that restarts a worker after a panic.
	restarts := 0
	var log []string
	for attempt := 0; attempt < 5; attempt++ {
		done := make(chan string)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					done <- fmt.Sprint("crash: ", r)
					return
				}
				done <- "clean exit"
			}()
			if attempt < 3 {
				panic(fmt.Sprintf("attempt %d failed", attempt))
			}
		}()
		msg := <-done
		log = append(log, msg)
		if strings.HasPrefix(msg, "crash") {
			restarts++
			continue
		}
		break
	}
	fmt.Println(strings.Join(log, "; "))
	fmt.Println("restarts:", restarts)

	// Errors collected from goroutines, joined.
	var mu sync.Mutex
	var errs []error
	var wg2 sync.WaitGroup
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			if i%2 == 0 {
				mu.Lock()
				errs = append(errs, fmt.Errorf("job %d", i))
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	joined := errors.Join(errs...)
	fmt.Printf("%q\n", joined.Error())
}
