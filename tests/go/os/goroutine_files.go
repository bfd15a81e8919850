package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

func main() {
	dir, err := os.MkdirTemp("", "minigo-goroutines-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	// Each goroutine writes its own file in many small writes.
	const workers, lines = 8, 200
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			f, err := os.Create(fmt.Sprintf("%s/w%d.txt", dir, w))
			if err != nil {
				errs[w] = err
				return
			}
			defer f.Close()
			for i := 0; i < lines; i++ {
				if _, err := fmt.Fprintf(f, "worker %d line %d\n", w, i); err != nil {
					errs[w] = err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			fmt.Println("worker", w, err)
		}
	}

	// Read them back concurrently, results through a channel.
	type result struct {
		w, lines int
		ok       bool
	}
	results := make(chan result)
	for w := 0; w < workers; w++ {
		go func(w int) {
			data, err := os.ReadFile(fmt.Sprintf("%s/w%d.txt", dir, w))
			if err != nil {
				results <- result{w, -1, false}
				return
			}
			ls := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			ok := true
			for i, l := range ls {
				if l != fmt.Sprintf("worker %d line %d", w, i) {
					ok = false
				}
			}
			results <- result{w, len(ls), ok}
		}(w)
	}
	got := make([]result, workers)
	for i := 0; i < workers; i++ {
		r := <-results
		got[r.w] = r
	}
	for _, r := range got {
		fmt.Println("file", r.w, "lines", r.lines, "ok", r.ok)
	}

	// One shared file, appended to by all with a mutex around each line.
	shared, _ := os.OpenFile(dir+"/shared.txt", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0644)
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				mu.Lock()
				shared.WriteString(fmt.Sprintf("%d:%d\n", w, i))
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	shared.Close()
	data, _ := os.ReadFile(dir + "/shared.txt")
	counts := make([]int, workers)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		w := int(l[0] - '0')
		counts[w]++
	}
	fmt.Println("shared lines:", strings.Count(string(data), "\n"), counts)
	entries, _ := os.ReadDir(dir)
	fmt.Println("files:", len(entries))
}
