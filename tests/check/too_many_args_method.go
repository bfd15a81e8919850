package main

import "fmt"

type queue struct{ items []string }

func (q *queue) push(s string) { q.items = append(q.items, s) }

func main() {
	q := &queue{}
	q.push("a", "b") // ERROR "too many arguments in call to q.push"
	fmt.Println(q.items)
}
