package main

import (
	"fmt"
	"strings"
)

type List struct {
	head *node
	size int
}

type node struct {
	val  int
	next *node
}

func (l *List) Push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &node{val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.next != nil {
			cur = cur.next
		}
		cur.next = n
	}
	l.size++
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).next {
		if (*p).val == v {
			*p = (*p).next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		sb.WriteString(fmt.Sprint(n.val))
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l List
	for i := 1; i <= 4; i++ {
		l.Append(i * 10)
	}
	l.Push(5)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(20), l.Remove(99), l.Remove(40))
	fmt.Println(l)
	fmt.Println(l.size)
	var empty List
	empty.Reverse()
	fmt.Println(empty, empty.Remove(1))
}
