// sort.Slice with less functions that only read (the VM's own evaluator
// runs them): struct fields through element addresses, pointers, bytes,
// bools, strings, unsigned and narrow integers, floats with NaN, shifts
// and masks, multi-word elements, constants, and panics in less (index
// out of range, nil pointer) recovered by the caller.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	name string
	a    int8
	b    uint16
	f    float64
	next *item
}

func gen(n int) []uint32 {
	x := uint32(2463534242)
	out := make([]uint32, n)
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = x
	}
	return out
}

const bias = 1 << 40

func main() {
	r := gen(300)

	items := make([]item, 60)
	for i := range items {
		items[i] = item{fmt.Sprintf("n%02d", r[i]%37), int8(r[i]), uint16(r[i] >> 8), float64(int32(r[i]%200) - 100), nil}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].a < items[j].a })
	for _, it := range items[:12] {
		fmt.Print(it.a, " ")
	}
	fmt.Println(sort.SliceIsSorted(items, func(i, j int) bool { return items[i].a < items[j].a }))
	sort.Slice(items, func(i, j int) bool {
		if items[i].name != items[j].name {
			return items[i].name < items[j].name
		}
		return items[i].b > items[j].b
	})
	for _, it := range items[:10] {
		fmt.Print(it.name, ":", it.b, " ")
	}
	fmt.Println()
	sort.SliceStable(items, func(i, j int) bool { return items[i].f <= items[j].f && items[i].f != items[j].f })
	for _, it := range items[:10] {
		fmt.Print(it.f, ":", it.name, " ")
	}
	fmt.Println()

	// Pointers to elements.
	ptrs := make([]*item, len(items))
	for i := range items {
		ptrs[i] = &items[i]
	}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].b < ptrs[j].b })
	fmt.Println(ptrs[0].b, ptrs[1].b, ptrs[len(ptrs)-1].b)

	// Bytes and bools (byte arrays in the heap).
	bs := []byte("the quick brown fox jumps over the lazy dog")
	sort.Slice(bs, func(i, j int) bool { return bs[i] > bs[j] })
	fmt.Println(string(bs))
	flags := []bool{true, false, true, true, false, false, true}
	sort.Slice(flags, func(i, j int) bool { return !flags[i] && flags[j] })
	fmt.Println(flags)
	small := []int8{-128, 127, 0, -1, 1, 100, -100}
	sort.Slice(small, func(i, j int) bool { return small[i] < small[j] })
	fmt.Println(small)

	// Unsigned order, masks, shifts, constants and arithmetic in less.
	us := make([]uint64, 40)
	for i := range us {
		us[i] = uint64(r[i+60])<<32 | uint64(r[i+100])
	}
	sort.Slice(us, func(i, j int) bool { return us[i] < us[j] })
	fmt.Println(us[0], us[39], sort.SliceIsSorted(us, func(i, j int) bool { return us[i] < us[j] }))
	sort.Slice(us, func(i, j int) bool { return us[i]&0xff < us[j]&0xff || (us[i]&0xff == us[j]&0xff && us[i]>>60 > us[j]>>60) })
	for _, u := range us[:8] {
		fmt.Print(u&0xff, "/", u>>60, " ")
	}
	fmt.Println()
	is := make([]int, 50)
	for i := range is {
		is[i] = int(r[i+150]%1000) - 500
	}
	sort.Slice(is, func(i, j int) bool { return is[i]*3+bias < is[j]*3+bias-1 })
	fmt.Println(is[:10])
	sort.Slice(is, func(i, j int) bool { return -is[i] < -is[j] })
	fmt.Println(is[:10])
	sort.Slice(is, func(i, j int) bool { return is[i]^0x55 < is[j]^0x55 })
	fmt.Println(is[:10])

	// Floats with NaN and negative zero.
	nan := 0.0
	nan = nan / nan
	fs := []float64{3, nan, -1, 0, 2.5, nan, -7, 1e300, -1e300}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] || (fs[i] != fs[i] && fs[j] == fs[j]) })
	fmt.Println(fs)

	// Multi-word elements: strings and arrays.
	ss := []string{"pear", "fig", "apple", "kiwi", "", "date", "fig", "banana"}
	sort.Slice(ss, func(i, j int) bool { return len(ss[i]) < len(ss[j]) || (len(ss[i]) == len(ss[j]) && ss[i] <= ss[j]) })
	fmt.Println(ss)
	grid := [][3]int{{3, 1, 4}, {1, 5, 9}, {2, 6, 5}, {3, 5, 8}, {1, 5, 8}}
	sort.Slice(grid, func(i, j int) bool {
		a, b := grid[i], grid[j]
		for k := 0; k < 3; k++ {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	})
	fmt.Println(grid)

	// Panics in less: recovered by the caller, each with Go's message.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		short := []int{3, 1}
		sort.Slice([]int{4, 3, 2, 1}, func(i, j int) bool { return short[i] < short[j] })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ps := []*item{&items[0], nil, &items[1]}
		sort.Slice(ps, func(i, j int) bool { return ps[i].a < ps[j].a })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		xs := []uint{5, 1, 70, 2}
		var sh int = -1
		sort.Slice(xs, func(i, j int) bool { return xs[i]<<sh < xs[j] })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceIsSorted([]int{1, 2, 3}, func(i, j int) bool { return items[i+100].a < 0 })
	}()
	fmt.Println("done")
}
