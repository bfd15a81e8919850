// A pool of workers takes jobs from one channel and sends results on
// another; results are put back in job order.
package main

import (
	"fmt"
	"strings"
)

type job struct {
	id   int
	text string
}

type result struct {
	id    int
	words int
	upper string
}

func worker(jobs <-chan job, results chan<- result) {
	for j := range jobs {
		results <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
	}
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"pack my box with five dozen liquor jugs",
		"go",
		"channels and goroutines",
	}
	jobs := make(chan job, len(texts))
	results := make(chan result, len(texts))
	for w := 0; w < 3; w++ {
		go worker(jobs, results)
	}
	for i, t := range texts {
		jobs <- job{i, t}
	}
	close(jobs)
	ordered := make([]result, len(texts))
	for range texts {
		r := <-results
		ordered[r.id] = r
	}
	for _, r := range ordered {
		fmt.Printf("%d: %d words, %q\n", r.id, r.words, r.upper)
	}
}
