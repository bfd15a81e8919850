package main

import "fmt"

var base []int

func show(name string, s []int) {
	fmt.Printf("%s=%v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func main() {
	base = make([]int, 3, 6)
	for i := range base {
		base[i] = i + 1
	}
	show("base", base)

	// Appending within capacity shares the backing array.
	a := append(base, 4)
	b := append(base, 5)
	show("a", a)
	show("b", b)
	fmt.Println("a[3] overwritten by b:", a[3])

	// Appending beyond capacity copies.
	c := append(base[:6:6][:6], 7)
	c[0] = 100
	show("c", c)
	show("base", base)

	// Three-index slices limit capacity so append copies.
	lim := base[0:2:2]
	show("lim", lim)
	lim = append(lim, 42)
	lim[0] = -1
	show("lim", lim)
	show("base", base)

	// Without the limit, append writes into base.
	nolim := base[0:2]
	nolim = append(nolim, 42)
	show("nolim", nolim)
	show("base", base)

	// Subslices see writes.
	full := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	mid := full[3:7]
	mid[0] = 33
	show("mid", mid)
	fmt.Println(full)
	ext := mid[:cap(mid)]
	show("ext", ext)
	mid2 := full[2:4:5]
	show("mid2", mid2)

	// A slice of slices sharing a row.
	row := []int{1, 2, 3}
	grid := [][]int{row, row}
	grid[0][1] = 20
	fmt.Println(grid)

	// Passing a slice shares elements but not the header.
	f := func(s []int) {
		s[0] = 999
		s = append(s, 1000)
		_ = s
	}
	g := []int{1, 2, 3}
	f(g)
	fmt.Println(g, len(g))

	// Appending a slice to itself.
	self := []int{1, 2}
	self = append(self, self...)
	self = append(self, self[1:3]...)
	fmt.Println(self)

	// Empty and nil slices.
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
	fmt.Println(nilS[:0] == nil, full[:0] == nil, len(full[10:]))
}
