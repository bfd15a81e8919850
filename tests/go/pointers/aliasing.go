package main

import "fmt"

type Buf struct {
	data []int
	size int
}

func fill(b *Buf, n int) {
	for i := 0; i < n; i++ {
		b.data = append(b.data, i)
	}
	b.size = len(b.data)
}

func main() {
	var b Buf
	fill(&b, 3)
	fmt.Println(b.data, b.size)
	copyB := b
	copyB.data[0] = 99 // shares the slice's array
	copyB.size = 0
	fmt.Println(b.data, b.size)
	x, y := 1, 2
	px, py := &x, &y
	px, py = py, px
	*px = 20
	fmt.Println(x, y, *py)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i) // Go 1.22: a new i each iteration
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	vals := []int{1, 2, 3}
	var eps []*int
	for _, v := range vals {
		eps = append(eps, &v)
	}
	fmt.Println(*eps[0], *eps[1], *eps[2])
	z := 10
	pz := &z
	pz2 := pz
	*pz2 += 5
	fmt.Println(z, pz == pz2)
}
