package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 2}
	for i, v := range slices.All(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		if i == 0 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(slices.Values(s)), s)
	fmt.Println(slices.Collect(slices.Values(s)))
	ages := map[string]int{"zoe": 31, "al": 40, "mia": 25}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Println(k, ages[k])
	}
	older := 0
	for _, v := range maps.All(ages) {
		if v > 30 {
			older++
		}
	}
	fmt.Println("older", older)
	idx := maps.Collect(slices.All([]string{"a", "b"}))
	fmt.Println(idx)
	upper := slices.Collect(func(yield func(string) bool) {
		for _, k := range slices.Sorted(maps.Keys(ages)) {
			if !yield(strings.ToUpper(k)) {
				return
			}
		}
	})
	fmt.Println(upper)
	for c := range slices.Chunk([]string{"a", "b", "c", "d", "e"}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	words := slices.Collect(strings.FieldsSeq("b c a b"))
	slices.Sort(words)
	fmt.Println(slices.Compact(words))
}
