package main

import "fmt"

func main() {
retry:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
		continue retry
	}
retry: // ERROR "label retry already defined at .*label_duplicate.go:6:1"
	for {
		break retry // ERROR "invalid break label retry"
	}
}
