package main

import "fmt"

type Board struct {
	cells [300]int
	turn  int
}

func (b Board) Sum() int {
	t := b.turn
	for _, c := range b.cells {
		t += c
	}
	return t
}

func (b *Board) Set(i, v int) { b.cells[i] = v }

func fill(n int) [260]int {
	var a [260]int
	for i := range a {
		a[i] = i * n
	}
	return a
}

type Summer interface{ Sum() int }

func main() {
	a := fill(2)
	b := fill(2)
	fmt.Println(a == b, a[259])
	b[100] = -1
	fmt.Println(a == b, a != b)
	var bd Board
	bd.Set(299, 5)
	bd.turn = 1
	var s Summer = bd
	bd.Set(0, 100)
	fmt.Println(s.Sum(), bd.Sum())
	f := Board.Sum
	fmt.Println(f(bd))
	g := bd.Sum
	bd.Set(1, 1000)
	fmt.Println(g(), bd.Sum())
	m := map[[256]byte]int{}
	var k [256]byte
	k[255] = 'x'
	m[k]++
	m[k]++
	fmt.Println(m[k], len(m))
	grid := [2][200]int{}
	grid[1][199] = 7
	fmt.Println(grid[1][199], len(grid[0]))
	defer func(x [300]int) { fmt.Println("deferred", x[299]) }(bd.cells)
	c := func() int { return a[258] + bd.cells[0] }
	fmt.Println(c())
	var big any = a
	fmt.Println(big.([260]int)[1])
	fmt.Printf("%v\n", [3]int{1, 2, 3})
	ptr := &bd.cells
	ptr[2] = 2
	fmt.Println(bd.cells[:3], len(ptr))
}
