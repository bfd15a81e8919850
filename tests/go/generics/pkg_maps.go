package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(m, c, maps.Clone(map[int]int(nil)) == nil)
	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(dst)
	fmt.Println(maps.Equal(m, map[string]int{"c": 3, "b": 2, "a": 1}), maps.Equal(m, c), maps.Equal(map[int]int{}, map[int]int(nil)))
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println(sum)
	col := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(col)
	maps.Insert(col, maps.All(map[int]string{5: "five", 0: "ZERO"}))
	fmt.Println(col, len(col))
	type Env map[string]string
	e := maps.Clone(Env{"HOME": "/root"})
	fmt.Printf("%T %v\n", e, e)
}
