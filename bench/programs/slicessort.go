// slicessort: slices.Sort on 1M pseudo-random ints, checked with
// slices.IsSorted and slices.BinarySearch.
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := make([]int, 1000000)
	x := uint64(88172645463325252)
	for i := range xs {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		xs[i] = int(x % 1000000007)
	}
	probe := xs[12345]
	slices.Sort(xs)
	i, found := slices.BinarySearch(xs, probe)
	fmt.Println(slices.IsSorted(xs), xs[0], xs[len(xs)/2], xs[len(xs)-1], xs[i] == probe, found)
}
