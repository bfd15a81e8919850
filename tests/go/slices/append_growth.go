package main

import "fmt"

type Big struct {
	a, b, c int64
}

// The slices live in package variables so that they are on the heap: for a
// local slice that does not escape, gc may start it in a 32-byte stack
// buffer, which changes the first capacities.
var (
	s   []int
	b   []byte
	bs  []Big
	st  []string
	i32 []int32
)

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 600; i++ {
		bs = append(bs, Big{})
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 300; i++ {
		st = append(st, "")
		if cap(st) != last {
			fmt.Print(cap(st), " ")
			last = cap(st)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 1000; i++ {
		i32 = append(i32, 1)
		if cap(i32) != last {
			fmt.Print(cap(i32), " ")
			last = cap(i32)
		}
	}
	fmt.Println()
}
