package main

import "fmt"

// Queue is a ring buffer that grows when full.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		n := make([]T, max(1, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			n[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = n, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }
func (q *Queue[T]) Cap() int { return len(q.buf) }

func (q *Queue[T]) Items() []T {
	out := make([]T, q.size)
	for i := range out {
		out[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	return out
}

type job struct {
	id   int
	name string
}

func main() {
	q := NewQueue[int](2)
	for i := 1; i <= 3; i++ {
		q.Enqueue(i)
	}
	fmt.Println(q.Items(), q.Len(), q.Cap())
	v, ok := q.Dequeue()
	fmt.Println(v, ok)
	q.Enqueue(4)
	q.Enqueue(5)
	fmt.Println(q.Items(), q.Len(), q.Cap())
	q.Enqueue(6)
	fmt.Println(q.Items(), q.Len(), q.Cap())
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok = q.Dequeue()
	fmt.Println(v, ok)
	z := NewQueue[job](0)
	z.Enqueue(job{1, "build"})
	z.Enqueue(job{2, "test"})
	j, _ := z.Dequeue()
	fmt.Printf("%+v %v %d\n", j, z.Items(), z.Cap())
	fmt.Printf("%T\n", z)
}
