package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:]
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	a[1] = 30
	fmt.Println(base, b[0])
	a = append(a, 50) // writes into base[5]
	fmt.Println(base, a)
	c := base[6:7]
	c = append(c, 70) // overwrites base[7], still fits
	fmt.Println(base, c)
	c = append(c, 80) // reallocates
	c[0] = -6
	fmt.Println(base, c)
	orig := make([]int, 3, 10)
	x := append(orig, 1)
	y := append(orig, 2) // same backing array: x[3] overwritten
	fmt.Println(x, y, orig)
	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5) // full has cap 3: separate arrays
	fmt.Println(p, q)
	ext := base[:2]
	fmt.Println(ext[:cap(ext)])
}
