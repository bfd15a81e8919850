package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3}
	s = slices.Insert(s, 1, 10, 11)
	fmt.Println(s)
	s = slices.Insert(s, len(s), 99)
	fmt.Println(s)
	s = slices.Insert(s, 0)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(n int) bool { return n%2 == 1 })
	fmt.Println(s)
	c := slices.Compact([]int{1, 1, 2, 3, 3, 3, 1, 1})
	fmt.Println(c, len(c))
	cf := slices.CompactFunc([]string{"a", "A", "b", "B", "b"}, func(a, b string) bool { return a == b || a[0]^b[0] == 32 })
	fmt.Println(cf)
	r := []string{"a", "b", "c", "d"}
	slices.Reverse(r)
	fmt.Println(r)
	r = slices.Replace(r, 1, 3, "X", "Y", "Z")
	fmt.Println(r)
	fmt.Println(slices.Compact([]int(nil)) == nil, slices.Compact([]int{}))
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = slices.Delete([]int{1, 2}, 1, 5)
}
