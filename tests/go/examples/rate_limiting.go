package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(5 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("took at least 20ms:", elapsed >= 20*time.Millisecond)

	// Bursty limiter: 3 tokens up front, then refills from a ticker.
	burstyLimiter := make(chan time.Time, 3)
	for range 3 {
		burstyLimiter <- time.Now()
	}
	ticker := time.NewTicker(5 * time.Millisecond)
	go func() {
		for t := range ticker.C {
			burstyLimiter <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	start = time.Now()
	var gaps []bool
	for req := range burstyRequests {
		<-burstyLimiter
		fmt.Println("bursty request", req)
		gaps = append(gaps, time.Since(start) >= 4*time.Millisecond)
	}
	ticker.Stop()
	fmt.Println("first three immediate:", !gaps[0] && !gaps[1] && !gaps[2])
	fmt.Println("last waited:", gaps[4])

	// Ticker counting ticks until a deadline.
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute)
}
