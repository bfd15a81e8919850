package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Printf("%s (len %d):", name, l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	show("new", l)
	fmt.Println("front/back of empty:", l.Front() == nil, l.Back() == nil)

	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show("built", l)

	l.MoveToFront(e4)
	show("4 to front", l)
	l.MoveToBack(e4)
	show("4 to back", l)
	l.MoveBefore(e4, e1)
	show("4 before 1", l)
	l.MoveAfter(e1, l.Back())
	show("1 after back", l)
	l.MoveAfter(e1, e1) // no-op
	l.MoveBefore(e1, e1)
	show("no-ops", l)

	v := l.Remove(e4)
	fmt.Println("removed:", v, "next/prev of removed:", e4.Next() == nil, e4.Prev() == nil)
	show("after remove", l)

	// Removing an element of another list does nothing.
	other := list.New()
	o1 := other.PushBack("o1")
	fmt.Println("remove foreign:", l.Remove(o1), other.Len(), l.Len())
	// Inserting relative to a foreign mark does nothing.
	fmt.Println("insert foreign:", l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil)
	l.MoveToFront(o1)
	show("after foreign move", l)

	other.PushBack("o2")
	l.PushBackList(other)
	show("push back list", l)
	l.PushFrontList(other)
	show("push front list", l)
	l.PushBackList(l) // a list onto itself
	show("self", l)

	// A zero List works without Init.
	var z list.List
	z.PushBack("a")
	z.PushFront("b")
	show("zero", &z)
	z.Init()
	show("reinit", &z)

	// Remove while iterating.
	n := list.New()
	for i := 0; i < 10; i++ {
		n.PushBack(i)
	}
	for e := n.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			n.Remove(e)
		}
		e = next
	}
	show("no multiples of 3", n)
	fmt.Println("front prev nil:", n.Front().Prev() == nil, "back next nil:", n.Back().Next() == nil)
}
