// Goroutines select over the same channels at once, senders and
// receivers both: each value is delivered to exactly one select case,
// whichever goroutines race for it.
package main

import "fmt"

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	const senders, each = 12, 400
	sums := make(chan int)
	quit := make(chan struct{})
	for r := 0; r < 6; r++ {
		go func() {
			sum := 0
			for {
				select {
				case v := <-a:
					sum += v
				case v := <-b:
					sum += v
				case v := <-c:
					sum += v
				case <-quit:
					sums <- sum
					return
				}
			}
		}()
	}
	done := make(chan bool)
	for s := 0; s < senders; s++ {
		go func(s int) {
			for i := 1; i <= each; i++ {
				v := s*each + i
				select {
				case a <- v:
				case b <- v:
				case c <- v:
				}
			}
			done <- true
		}(s)
	}
	for s := 0; s < senders; s++ {
		<-done
	}
	close(quit)
	total := 0
	for r := 0; r < 6; r++ {
		total += <-sums
	}
	n := senders * each
	fmt.Println("received", total, "expected", n*(n+1)/2)
}
