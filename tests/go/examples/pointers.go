package main

import "fmt"

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int { return &v }

func swap(a, b *int) { *a, *b = *b, *a }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	fmt.Println(p == &i, *p)

	a, b := newInt(3), newInt(3)
	fmt.Println(a == b, *a == *b)
	*a++
	fmt.Println(*a, *b)

	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	// Pointer to struct: auto-dereference for fields.
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2, Next: &Node{Val: 3}}
	for cur := n; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", *n.Next.Next, *n.Next.Next)

	// new.
	c := new(Counter)
	c.Inc()
	c.Inc()
	var v Counter
	v.Inc() // addressable: (&v).Inc()
	fmt.Println(c.n, v.n, *c)

	// Pointer to array elements and slice elements.
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 20
	s := arr[:]
	ps := &s[2]
	*ps = 30
	fmt.Println(arr)

	// Pointer to pointer.
	pp := &p
	**pp = 77
	fmt.Println(i, **pp)

	// Pointers to struct fields.
	type pair struct{ a, b int }
	pr := pair{1, 2}
	pa := &pr.a
	*pa = 10
	fmt.Println(pr)

	// Nil pointers.
	var np *Node
	fmt.Println(np == nil, np)
	// Address of a composite literal.
	lit := &[]string{"x"}
	*lit = append(*lit, "y")
	fmt.Println(*lit, len(*lit))
	m := map[string]*Counter{"a": {}, "b": {n: 5}}
	m["a"].Inc()
	m["b"].Inc()
	fmt.Println(m["a"].n, m["b"].n)
	// Top-level pointers print as &{...}.
	fmt.Println(&pr, &arr, &s)
	fmt.Printf("%v %+v\n", &pr, &Node{Val: 9})
}
