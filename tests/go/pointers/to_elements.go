package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	fmt.Println(arr)
	s := []int{10, 20, 30}
	ps := &s[0]
	s[0] = 11
	fmt.Println(*ps)
	s = append(s, 40) // reallocates: ps points into the old array
	s[0] = 12
	fmt.Println(*ps, s[0])
	type Pair struct{ A, B int }
	pr := Pair{1, 2}
	pa := &pr.B
	*pa = 200
	fmt.Println(pr)
	nodes := []Node{{Val: 1}, {Val: 2}, {Val: 3}}
	for i := 0; i < len(nodes)-1; i++ {
		nodes[i].Next = &nodes[i+1]
	}
	for n := &nodes[0]; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	nodes[2].Val = 30
	fmt.Println(nodes[0].Next.Next.Val)
	parr := &arr
	parr[2] = 300
	fmt.Println(arr, len(parr))
	for i := range parr {
		parr[i] *= 2
	}
	fmt.Println(*parr)
}
