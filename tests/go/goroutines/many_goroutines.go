// Many goroutines, each writing its own slot; main waits by yielding
// until every one has finished.
package main

import (
	"fmt"
	"runtime"
)

func square(i int, out []int) {
	out[i] = i * i
}

func main() {
	const n = 2000
	out := make([]int, n)
	for i := 0; i < n; i++ {
		go square(i, out)
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println("sum of squares below", n, "=", sum)
}
