package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	delete(m, "missing")
	clear(m)
	fmt.Println("map:", m, len(m))
	_, prs := m["k2"]
	fmt.Println("prs:", prs)

	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	n2 := map[string]int{"foo": 1, "bar": 2}
	if equal(n, n2) {
		fmt.Println("n == n2")
	}

	// Sorted iteration via keys.
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25, "dave": 30}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %3d\n", k, ages[k])
	}

	// Counting words.
	words := []string{"a", "b", "a", "c", "b", "a"}
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)

	// Struct keys.
	visited := map[Point]bool{}
	visited[Point{1, 2}] = true
	visited[Point{1, 2}] = true
	visited[Point{2, 1}] = false
	fmt.Println(len(visited), visited[Point{1, 2}], visited[Point{3, 3}])
	fmt.Println(visited)

	// Map of slices and map of maps.
	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "simple", "ok"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"x", "a"}, {"x", "b"}, {"y", "a"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested)

	// Maps are references.
	alias := n
	alias["baz"] = 3
	fmt.Println(n, len(n))

	// Nil map reads work.
	var nilMap map[string]float64
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for k := range nilMap {
		fmt.Println("never", k)
	}

	// Printing maps with various key types.
	fmt.Println(map[int]string{3: "c", -1: "z", 2: "b"})
	fmt.Println(map[float64]bool{2.5: true, -1: false})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Printf("%v %+v %#v\n", map[Point]int{{2, 1}: 1, {1, 2}: 2}, map[string]Point{"a": {1, 1}}, map[string]int{"b": 2, "a": 1})

	// Deleting while ranging is allowed.
	del := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	for k := range del {
		if k%2 == 0 {
			delete(del, k)
		}
	}
	fmt.Println(del)
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
