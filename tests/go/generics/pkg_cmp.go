package main

import (
	"cmp"
	"fmt"
	"math"
)

type Version struct{ Major, Minor, Patch int }

func (a Version) Compare(b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch))
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return min(max(x, lo), hi) }

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(math.Inf(-1), nan))
	fmt.Println(cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan), nan < 1.0)
	fmt.Println(cmp.Compare(-0.0, 0.0), cmp.Less(1, 2), cmp.Less("b", "a"))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "fallback"), cmp.Or[int](), cmp.Or("", ""))
	fmt.Println(Version{1, 2, 3}.Compare(Version{1, 2, 4}), Version{2, 0, 0}.Compare(Version{1, 9, 9}), Version{1, 1, 1}.Compare(Version{1, 1, 1}))
	fmt.Println(Clamp(5, 1, 3), Clamp("m", "a", "k"), Clamp(2.5, 0, 10))
	type Port uint16
	fmt.Println(cmp.Compare(Port(80), Port(443)), cmp.Or(Port(0), Port(8080)))
}
