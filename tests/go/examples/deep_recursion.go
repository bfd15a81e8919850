package main

import (
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Big struct {
	A [16]int
	S string
}

func descend(n int, acc []string) []string {
	if n == 0 {
		return acc
	}
	if n%1000 == 0 {
		acc = append(acc, fmt.Sprintf("%v", Level(n)))
	}
	return descend(n-1, acc)
}

func sumBig(n int, b Big) int {
	if n == 0 {
		return b.A[0] + len(b.S)
	}
	b.A[0]++
	return sumBig(n-1, b)
}

func panicDeep(n int) {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached, %v", Level(n)))
	}
	defer func() {
		if n%2500 == 0 {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("%v <- %v", r, Level(n)))
			}
		}
	}()
	panicDeep(n - 1)
}

func collatzDepth(n, depth int) int {
	if n == 1 {
		return depth
	}
	if n%2 == 0 {
		return collatzDepth(n/2, depth+1)
	}
	return collatzDepth(3*n+1, depth+1)
}

func mutualA(n int, sb *strings.Builder) {
	if n == 0 {
		return
	}
	if n%5000 == 0 {
		fmt.Fprint(sb, Level(n), " ")
	}
	mutualB(n-1, sb)
}

func mutualB(n int, sb *strings.Builder) {
	if n == 0 {
		return
	}
	mutualA(n-1, sb)
}

func main() {
	fmt.Println(descend(10000, nil))
	fmt.Println(sumBig(5000, Big{S: "abc"}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicDeep(10000)
	}()
	fmt.Println(collatzDepth(27, 0), collatzDepth(97, 0))
	var sb strings.Builder
	mutualA(30000, &sb)
	fmt.Println(sb.String())
	done := make(chan int)
	for g := range 4 {
		go func() {
			done <- len(descend(2000*(g+1), nil))
		}()
	}
	total := 0
	for range 4 {
		total += <-done
	}
	fmt.Println("goroutine levels:", total)
}
