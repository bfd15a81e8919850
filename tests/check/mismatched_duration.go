package main

import (
	"fmt"
	"time"
)

func backoff(attempt int) time.Duration {
	return attempt * time.Second // ERROR "mismatched types int and time.Duration"
}

func main() {
	fmt.Println(backoff(3))
}
