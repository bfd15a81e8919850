// sort.Slice, SliceStable and SliceIsSorted with less functions the VM
// can run from Rust (leaf) and ones it cannot (calls, allocation), on
// keys with many duplicates so that the order of equal elements shows
// the algorithm's exact sequence of swaps.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	key  int
	name string
	w    float64
}

func gen(n int) []rec {
	x := uint32(2463534242)
	out := make([]rec, n)
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = rec{int(x % 7), fmt.Sprintf("r%d", i), float64(x%1000) / 8}
	}
	return out
}

func names(rs []rec) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.name)
		b.WriteByte(' ')
	}
	return b.String()
}

func keyOf(r rec) int { return r.key }

func main() {
	for _, n := range []int{0, 1, 2, 12, 13, 49, 50, 51, 200} {
		a := gen(n)
		sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		b := gen(n)
		sort.Slice(b, func(i, j int) bool { return keyOf(b[i]) < keyOf(b[j]) })
		fmt.Println(n, names(a) == names(b), sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }))
		if n == 51 {
			fmt.Println(names(a))
		}
	}

	// Stable: equal keys keep their order.
	s := gen(120)
	sort.SliceStable(s, func(i, j int) bool { return s[i].key > s[j].key })
	fmt.Println(names(s[:40]))
	t := gen(120)
	sort.SliceStable(t, func(i, j int) bool { return strings.Compare(t[i].name[:2], t[j].name[:2]) < 0 })
	fmt.Println(names(t[:30]))

	// Strings and floats, counting calls through a captured variable.
	words := strings.Fields("pear fig apple kiwi date banana cherry grape lemon lime mango fig apple")
	calls := 0
	sort.Slice(words, func(i, j int) bool { calls++; return words[i] < words[j] })
	fmt.Println(words, calls > 0)
	fs := []float64{3.5, -1, 2.25, 0, -7.5, 2.25, 10, 1e-3}
	sort.Slice(fs, func(i, j int) bool { return fs[i] > fs[j] })
	fmt.Println(fs)

	// Descending with a reversed comparison, then IsSorted both ways.
	ns := []int{5, 2, 8, 1, 9, 3, 3, 7, 0, 6, 4, 11, 15, 13, 12, 14, 10}
	sort.Slice(ns, func(i, j int) bool { return ns[i] > ns[j] })
	fmt.Println(ns, sort.SliceIsSorted(ns, func(i, j int) bool { return ns[i] > ns[j] }),
		sort.SliceIsSorted(ns, func(i, j int) bool { return ns[i] < ns[j] }))

	// A less that indexes out of range panics out of sort.Slice.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		short := []int{3, 1, 2}
		sort.Slice([]int{4, 3, 2, 1}, func(i, j int) bool { return short[i] < short[j] })
		fmt.Println("not reached")
	}()

	// A panic in less while another panic unwinds.
	func() {
		defer func() { fmt.Println("outer:", recover()) }()
		defer func() {
			zs := []int{2, 1}
			var zero int
			sort.Slice(zs, func(i, j int) bool { return zs[i]/zero < zs[j] })
		}()
		panic("first")
	}()

	// Not a slice.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
	// A nil slice and a slice of arrays.
	var nilSlice []int
	sort.Slice(nilSlice, func(i, j int) bool { return nilSlice[i] < nilSlice[j] })
	pairs := [][2]int{{3, 1}, {1, 2}, {3, 0}, {2, 9}, {1, 1}}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	fmt.Println(nilSlice, pairs)
}
