package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	// One Replacer shared by many goroutines from its very first use
	// (the lazy build is guarded by a sync.Once).
	reps := []*strings.Replacer{
		strings.NewReplacer("a", "4", "e", "3", "o", "0"),
		strings.NewReplacer("hello", "HELLO"),
		strings.NewReplacer("ab", "x", "abc", "y", "", "."),
		strings.NewReplacer("a", "<a>", "b", ""),
	}
	inputs := []string{"hello world", "abcabc", "banana bread", ""}
	const workers = 16
	results := make([][]string, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := reps[w%len(reps)]
			for i := 0; i < 50; i++ {
				for _, in := range inputs {
					out := r.Replace(in)
					if i == 0 {
						results[w] = append(results[w], out)
					} else if out != results[w][len(results[w])-len(inputs)+indexOf(inputs, in)] {
						results[w] = append(results[w], "MISMATCH")
					}
				}
			}
		}(w)
	}
	wg.Wait()
	for w, res := range results {
		fmt.Printf("worker %2d (replacer %d): %q\n", w, w%len(reps), res)
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
