package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(mu.state) // ERROR "mu.state undefined \(type .?sync.?.Mutex has no field or method state\)"
	mu.Unlock()
}
