// A map shared by goroutines must be guarded: each goroutine counts the
// words of its own line into one map under a Mutex; the keys are then
// sorted for printing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	lines := []string{
		"the cat sat on the mat",
		"the dog sat on the log",
		"a cat and a dog",
		"on and on and on",
	}
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for rep := 0; rep < 3; rep++ {
		for _, l := range lines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, w := range strings.Fields(l) {
					mu.Lock()
					counts[w]++
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-4s %2d\n", k, counts[k])
	}
}
