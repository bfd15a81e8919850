package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct {
	A, B Point
}

type Key struct {
	Name string
	Ver  [2]int
	Live bool
}

type WithIface struct {
	V interface{}
}

func main() {
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1})
	s1 := Segment{Point{0, 0}, Point{1, 1}}
	s2 := Segment{B: Point{1, 1}}
	fmt.Println(s1 == s2)

	grid := map[Point]rune{}
	for y := range 3 {
		for x := range 3 {
			if (x+y)%2 == 0 {
				grid[Point{x, y}] = '#'
			}
		}
	}
	for y := range 3 {
		for x := range 3 {
			if c, ok := grid[Point{x, y}]; ok {
				fmt.Print(string(c))
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
	fmt.Println(len(grid), grid)

	versions := map[Key]string{
		{"lib", [2]int{1, 0}, true}:  "old",
		{"lib", [2]int{2, 1}, true}:  "new",
		{"lib", [2]int{2, 1}, false}: "dead",
	}
	fmt.Println(versions[Key{"lib", [2]int{2, 1}, true}], versions[Key{Name: "lib"}] == "")
	var ks []Key
	for k := range versions {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].Ver != ks[j].Ver {
			return ks[i].Ver[0] < ks[j].Ver[0] || (ks[i].Ver[0] == ks[j].Ver[0] && ks[i].Ver[1] < ks[j].Ver[1])
		}
		return !ks[i].Live && ks[j].Live
	})
	for _, k := range ks {
		fmt.Printf("%+v -> %s\n", k, versions[k])
	}
	fmt.Println(versions)

	// Structs with interface fields compare dynamically.
	w1, w2 := WithIface{1}, WithIface{1}
	w3 := WithIface{"1"}
	fmt.Println(w1 == w2, w1 == w3)
	set := map[WithIface]int{w1: 1, w3: 3}
	set[w2]++
	fmt.Println(set[WithIface{1}], set[WithIface{"1"}], len(set))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := WithIface{[]int{1}}
		fmt.Println(bad == bad)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		set[WithIface{map[int]int{}}] = 1
	}()

	// Anonymous struct keys and array keys.
	type edge = struct{ from, to string }
	edges := map[edge]int{{"a", "b"}: 1, {"b", "c"}: 2}
	edges[edge{"a", "b"}] += 10
	fmt.Println(edges[edge{"a", "b"}], edges)
	counts := map[[3]int]int{}
	for _, t := range [][3]int{{1, 2, 3}, {3, 2, 1}, {1, 2, 3}} {
		counts[t]++
	}
	fmt.Println(counts)
	var zero Point
	fmt.Println(zero == Point{}, Point{} == Point{0, 0})
	// Interface holding structs as keys.
	im := map[interface{}]string{Point{1, 1}: "p", Key{Name: "k"}: "k"}
	fmt.Println(im[Point{1, 1}], im[Key{Name: "k"}], im[Point{}] == "")
}
