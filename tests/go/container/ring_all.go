package main

import (
	"container/ring"
	"fmt"
)

func values(r *ring.Ring) []any {
	var vs []any
	r.Do(func(v any) { vs = append(vs, v) })
	return vs
}

func main() {
	r := ring.New(5)
	fmt.Println("len:", r.Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	fmt.Println("values:", values(r))
	fmt.Println("prev:", r.Prev().Value, "move 3:", r.Move(3).Value, "move -2:", r.Move(-2).Value, "move 12:", r.Move(12).Value)

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprint("s", i)
		s = s.Next()
	}
	rest := r.Link(s)
	fmt.Println("linked:", values(r), r.Len(), "rest:", rest.Value)

	removed := r.Unlink(4)
	fmt.Println("unlinked:", values(removed), "left:", values(r))
	fmt.Println("unlink 0:", r.Unlink(0) == nil, "unlink len:", values(r.Unlink(r.Len())))

	var nilRing *ring.Ring
	fmt.Println("nil len:", nilRing.Len())
	fmt.Println("new 0:", ring.New(0) == nil, "new -1:", ring.New(-1) == nil)

	// A zero Ring is a one-element ring.
	var z ring.Ring
	fmt.Println("zero len:", z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)

	// Linking a ring with itself removes the elements between.
	t := ring.New(4)
	for i := 0; i < 4; i++ {
		t.Value = i * 10
		t = t.Next()
	}
	got := t.Link(t.Move(2))
	fmt.Println("self link:", values(t), values(got))

	sum := 0
	u := ring.New(100)
	for i := 1; i <= 100; i++ {
		u.Value = i
		u = u.Next()
	}
	u.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum:", sum)
}
