package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.next = nd
		l.tail = nd
	}
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for l.head != nil && pred(l.head.val) {
		l.head = l.head.next
		removed++
	}
	for n := l.head; n != nil && n.next != nil; {
		if pred(n.next.val) {
			n.next = n.next.next
			removed++
		} else {
			n = n.next
		}
	}
	l.tail = nil
	for n := l.head; n != nil; n = n.next {
		l.tail = n
	}
	l.n -= removed
	return removed
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	l.Each(func(i int, v T) {
		if i > 0 {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, v)
	})
	b.WriteString("]")
	return b.String()
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l)
	fmt.Println("removed", l.RemoveIf(func(x int) bool { return x%2 == 0 }), l, l.n)
	l.PushBack(7)
	l.PushFront(0)
	fmt.Println(l, l.n, l.tail.val, l.head.val)
	words := FromSlice(strings.Fields("to be or not to be"))
	words.RemoveIf(func(s string) bool { return s == "to" })
	fmt.Println(words, words.n)
	var empty List[float64]
	empty.Reverse()
	fmt.Println(&empty, empty.n, empty.RemoveIf(func(float64) bool { return true }))
	fmt.Printf("%T %T\n", l, l.head)
}
