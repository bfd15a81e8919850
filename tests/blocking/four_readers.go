// Four goroutines block reading standard input while main sleeps: each
// holds an M in a blocking call, so schedtrace shows the threads grow.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	for i := 0; i < 4; i++ {
		go func() {
			b := make([]byte, 8)
			os.Stdin.Read(b)
		}()
	}
	for i := 0; i < 5; i++ {
		time.Sleep(20 * time.Millisecond)
	}
	fmt.Println("done")
}
