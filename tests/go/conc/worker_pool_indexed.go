// Workers write each result into its job's own slot of a slice: distinct
// elements may be written concurrently, and wg.Wait makes every write
// visible to main. Per-worker counts are summed, never printed alone.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	index int
	word  string
}

func main() {
	words := strings.Fields("go channels select mutex waitgroup once atomic pool cond map timer ticker")
	results := make([]string, len(words))
	jobs := make(chan job, len(words))
	for i, w := range words {
		jobs <- job{i, w}
	}
	close(jobs)
	var wg sync.WaitGroup
	counts := make([]int, 3)
	for w := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.index] = strings.ToUpper(j.word[:1]) + j.word[1:] + "!"
				counts[w]++
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("jobs done:", total)
	fmt.Println(strings.Join(results, " "))
}
