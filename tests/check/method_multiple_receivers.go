package main

import "fmt"

type pair struct{ a, b int }

func (p, q pair) sum() int { // ERROR "method has multiple receivers"
	return p.a + q.b // ERROR "undefined: q"
}

func main() {
	fmt.Println(pair{1, 2})
}
