package main

import "fmt"

type PriorityQueue[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PriorityQueue[T] {
	return &PriorityQueue[T]{less: less}
}

func (pq *PriorityQueue[T]) Len() int { return len(pq.data) }

func (pq *PriorityQueue[T]) Push(v T) {
	pq.data = append(pq.data, v)
	i := len(pq.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !pq.less(pq.data[i], pq.data[p]) {
			break
		}
		pq.data[i], pq.data[p] = pq.data[p], pq.data[i]
		i = p
	}
}

func (pq *PriorityQueue[T]) Pop() (T, bool) {
	var zero T
	if len(pq.data) == 0 {
		return zero, false
	}
	top := pq.data[0]
	last := len(pq.data) - 1
	pq.data[0] = pq.data[last]
	pq.data[last] = zero
	pq.data = pq.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(pq.data) && pq.less(pq.data[l], pq.data[m]) {
			m = l
		}
		if r < len(pq.data) && pq.less(pq.data[r], pq.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		pq.data[i], pq.data[m] = pq.data[m], pq.data[i]
		i = m
	}
	return top, true
}

type task struct {
	pri  int
	name string
}

func main() {
	pq := NewPQ(func(a, b int) bool { return a < b })
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7, 3} {
		pq.Push(v)
	}
	for pq.Len() > 0 {
		v, _ := pq.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := pq.Pop()
	fmt.Println("empty pop ok:", ok)
	maxq := NewPQ(func(a, b string) bool { return a > b })
	for _, s := range []string{"pear", "apple", "fig", "banana"} {
		maxq.Push(s)
	}
	for maxq.Len() > 0 {
		s, _ := maxq.Pop()
		fmt.Print(s, " ")
	}
	fmt.Println()
	tq := NewPQ(func(a, b task) bool {
		if a.pri != b.pri {
			return a.pri > b.pri
		}
		return a.name < b.name
	})
	tq.Push(task{1, "sweep"})
	tq.Push(task{3, "deploy"})
	tq.Push(task{2, "review"})
	tq.Push(task{3, "build"})
	for tq.Len() > 0 {
		t, _ := tq.Pop()
		fmt.Printf("%+v\n", t)
	}
	fmt.Printf("%T\n", tq)
}
