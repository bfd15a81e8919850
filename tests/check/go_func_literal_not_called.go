package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // ERROR "expression in go must be function call"
		defer wg.Done()
		fmt.Println("worker")
	}
	wg.Wait()
}
