// for range over a channel: it receives until the channel is closed
// and drained (values buffered before close are still delivered), break
// leaves the rest in the channel, and a loop over a closed
// empty channel runs zero times.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		ch <- i * 10
	}
	close(ch)
	for v := range ch {
		if v == 40 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| left:", len(ch))
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println("| left:", len(ch))
	n := 0
	for range ch {
		n++
	}
	fmt.Println("iterations over closed empty channel:", n)

	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"x", "yy", "zzz"} {
			words <- w
		}
	}()
	total := 0
	for w := range words {
		total += len(w)
	}
	fmt.Println("total length:", total)
}
