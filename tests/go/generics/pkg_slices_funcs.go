package main

import (
	"fmt"
	"slices"
	"strings"
)

type rec struct {
	k string
	v int
}

func main() {
	rs := []rec{{"a", 1}, {"a", 2}, {"b", 3}, {"a", 4}, {"a", 5}}
	c := slices.CompactFunc(slices.Clone(rs), func(x, y rec) bool { return x.k == y.k })
	fmt.Println(c)
	fmt.Println(slices.EqualFunc(rs[:2], []string{"a", "a"}, func(r rec, s string) bool { return r.k == s }))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "3"}, func(a int, b string) int {
		return strings.Compare(fmt.Sprint(a), b)
	}))
	fmt.Println(slices.ContainsFunc(rs, func(r rec) bool { return r.v > 4 }), slices.IndexFunc(rs, func(r rec) bool { return r.k == "b" }))
	rs = slices.DeleteFunc(rs, func(r rec) bool { return r.v%2 == 0 })
	fmt.Println(rs, len(rs))
	ws := strings.Fields("b a c")
	slices.SortFunc(ws, strings.Compare)
	fmt.Println(ws)
	big := slices.Insert([]rec(nil), 0, rec{"z", 26})
	fmt.Println(big)
}
