package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	strs := []string{"c", "a", "b"}
	sort.Strings(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	sort.Ints(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", sort.IntsAreSorted(ints), sort.StringsAreSorted([]string{"b", "a"}))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	fruits := []string{"peach", "banana", "kiwi", "fig", "apple"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	sort.Stable(sort.Reverse(byLength(fruits)))
	fmt.Println(fruits)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)

	// Multi-key sort.
	words := strings.Fields("the quick brown fox jumps over the lazy dog a")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	// Binary search.
	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{7, 8, 0, 12} {
		i := sort.SearchInts(sorted, x)
		found := i < len(sorted) && sorted[i] == x
		fmt.Printf("search %d -> %d %t\n", x, i, found)
	}
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first i with i*i>=50:", idx)
	ss := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(ss, "banana"), sort.SearchStrings(ss, "blueberry"))

	// Sorting a big reversed slice.
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println("big sorted:", ok, sort.IsSorted(sort.IntSlice(big)))
	rev := sort.IntSlice{3, 1, 2}
	sort.Sort(sort.Reverse(rev))
	fmt.Println(rev, rev.Len())
}
