package main

import "fmt"

type rec struct {
	id   int
	tags []string
}

func main() {
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)

	// Overlapping ranges move as memmove does.
	s := []int{0, 1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6}
	copy(s, s[3:])
	fmt.Println(s)

	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	fmt.Println(copy(b, ""), copy([]byte{}, "abc"))

	var none []int
	fmt.Println(copy(none, []int{1}), copy(dst, none))

	rs := make([]rec, 2)
	copy(rs, []rec{{1, []string{"a"}}, {2, nil}, {3, []string{"c"}}})
	rs[0].tags[0] = "changed"
	fmt.Println(rs, len(rs[1].tags))

	grid := [][]int{{1, 2}, {3, 4}}
	clone := make([][]int, len(grid))
	copy(clone, grid)
	clone[0][0] = 100
	fmt.Println(grid, clone)
}
