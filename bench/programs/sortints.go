// sortints sorts 1M pseudo-random ints twice: with sort.Ints and with
// sort.Slice and a less function, checks both results and prints a checksum.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 1000000
	a := make([]int, n)
	b := make([]int, n)
	x := uint64(88172645463325252)
	for i := range a {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = int(x % 1000000000)
		b[i] = a[i]
	}
	sort.Ints(a)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	var sum int
	for i := range a {
		if a[i] != b[i] || (i > 0 && a[i-1] > a[i]) {
			panic("not sorted")
		}
		sum += a[i] * (i%7 + 1)
	}
	fmt.Println(sum, sort.IntsAreSorted(a), sort.SliceIsSorted(b, func(i, j int) bool { return b[i] < b[j] }))
}
