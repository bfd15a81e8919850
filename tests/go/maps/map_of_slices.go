package main

import "fmt"

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b")
	g.AddEdge("a", "c")
	g.AddEdge("b", "d")
	fmt.Println(g)
	fmt.Println(len(g["a"]), g["z"] == nil)
	s := g["a"]
	s[0] = "B"
	fmt.Println(g["a"])
	counts := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := counts[a]
		if !ok {
			inner = map[string]int{}
			counts[a] = inner
		}
		inner[b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(counts, len(counts["x"]))
	ptrs := map[string]*int{}
	n := 5
	ptrs["n"] = &n
	*ptrs["n"] = 6
	fmt.Println(n)
	type S struct{ V int }
	sm := map[string]S{"a": {1}}
	tmp := sm["a"]
	tmp.V = 2
	fmt.Println(sm["a"].V)
	sm["a"] = tmp
	fmt.Println(sm)
	pm := map[string]*S{"a": {1}}
	pm["a"].V = 42
	fmt.Println(pm["a"].V, *pm["a"])
}
