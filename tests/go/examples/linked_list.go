package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

func merge(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func middle(h *Node) *Node {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func main() {
	l := &List{}
	for _, v := range []int{3, 1, 4, 1, 5} {
		l.PushBack(v)
	}
	l.PushFront(9)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(1), l.Remove(7), l.Remove(9))
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum:", sum, "middle:", middle(l.head).Val)

	a := &List{}
	b := &List{}
	for _, v := range []int{1, 4, 6, 9} {
		a.PushBack(v)
	}
	for _, v := range []int{2, 3, 7, 10, 11} {
		b.PushBack(v)
	}
	m := &List{head: merge(a.head, b.head), size: a.size + b.size}
	fmt.Println(m, m.size)
	empty := &List{}
	empty.Reverse()
	fmt.Println(empty, empty.Remove(1), middle(nil) == nil)
	fmt.Printf("%v %+v\n", l.head.Val, Node{Val: 1})
}
