// A pipeline of single-goroutine stages keeps the order of its input:
// split lines into words, drop short ones, number them; every stage
// closes its output when its input is exhausted.
package main

import (
	"fmt"
	"strings"
)

func lines(text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range strings.Split(text, "\n") {
			out <- l
		}
	}()
	return out
}

func words(in <-chan string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for l := range in {
			for _, w := range strings.Fields(l) {
				out <- w
			}
		}
	}()
	return out
}

func longer(n int, in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if len(w) > n {
				out <- w
			}
		}
	}()
	return out
}

func main() {
	text := "share memory by\ncommunicating do not\ncommunicate by sharing memory"
	i := 0
	for w := range longer(3, words(lines(text))) {
		i++
		fmt.Printf("%d %s\n", i, w)
	}
	fmt.Println("words kept:", i)
}
