package main

import "fmt"

// A bank-queue simulation using a buffered channel as a FIFO queue.

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

func main() {
	queue := make(chan Customer, 16)
	// deterministic pseudo-random numbers (linear congruential generator)
	seed := uint32(12345)
	rnd := func(n int) int {
		seed = seed*1103515245 + 12345
		return int(seed>>16) % n
	}
	var served []string
	clock, busyUntil, nextID := 0, 0, 1
	var current *Customer
	totalWait := 0
	for clock < 40 {
		if rnd(3) == 0 && len(queue) < cap(queue) {
			queue <- Customer{nextID, clock, 1 + rnd(5)}
			nextID++
		}
		if current != nil && clock >= busyUntil {
			served = append(served, fmt.Sprintf("c%d@%d", current.ID, clock))
			current = nil
		}
		if current == nil && len(queue) > 0 {
			c := <-queue
			totalWait += clock - c.Arrive
			busyUntil = clock + c.Service
			current = &c
		}
		clock++
	}
	close(queue)
	left := 0
	for range queue {
		left++
	}
	fmt.Println("served:", served)
	fmt.Println("arrived:", nextID-1, "served:", len(served), "left in queue:", left)
	fmt.Printf("average wait: %.2f\n", float64(totalWait)/float64(len(served)+1))
}
