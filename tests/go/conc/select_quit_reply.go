// A select loop with a quit channel that carries a reply channel: the
// worker, told to stop, answers with its final state on the channel it
// was given and returns, so main knows it is done.
package main

import "fmt"

type state struct {
	count, sum, max int
}

func worker(jobs <-chan int, quit <-chan chan state) {
	var s state
	for {
		select {
		case j := <-jobs:
			s.count++
			s.sum += j
			if j > s.max {
				s.max = j
			}
		case reply := <-quit:
			reply <- s
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan chan state)
	go worker(jobs, quit)
	for _, j := range []int{7, 3, 19, 4, 11, 8} {
		jobs <- j
	}
	reply := make(chan state)
	quit <- reply
	s := <-reply
	fmt.Printf("%+v\n", s)
	select {
	case jobs <- 1:
		fmt.Println("worker still running")
	default:
		fmt.Println("nobody receives jobs any more")
	}
}
