package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type job struct {
	id int
	n  int
}

type result struct {
	jobID  int
	worker int
	value  int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan job, results chan<- result) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{j.id, id, collatz(j.n)}
	}
}

func main() {
	const numJobs = 12
	jobs := make(chan job, numJobs)
	results := make(chan result, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- job{j, j * 7}
	}
	close(jobs)
	var all []result
	perWorker := map[int]int{}
	for range numJobs {
		r := <-results
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].jobID < all[j].jobID })
	for _, r := range all {
		fmt.Printf("job %2d -> %3d steps\n", r.jobID, r.value)
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("jobs done:", total, "workers used <= 3:", len(perWorker) <= 3)

	// A pool with a WaitGroup closing the results channel.
	in := make(chan string)
	out := make(chan string)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range in {
				out <- s + s
			}
		}()
	}
	go func() {
		for _, s := range []string{"a", "b", "c", "d", "e", "f"} {
			in <- s
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)
}
