package main

import (
	"fmt"
	"sort"
)

type DSU[T comparable] struct {
	parent map[T]T
	size   map[T]int
}

func NewDSU[T comparable]() *DSU[T] { return &DSU[T]{map[T]T{}, map[T]int{}} }

func (d *DSU[T]) Find(x T) T {
	p, ok := d.parent[x]
	if !ok {
		d.parent[x], d.size[x] = x, 1
		return x
	}
	if p == x {
		return x
	}
	root := d.Find(p)
	d.parent[x] = root
	return root
}

func (d *DSU[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

func (d *DSU[T]) Groups(less func(a, b T) bool) [][]T {
	m := map[T][]T{}
	for x := range d.parent {
		r := d.Find(x)
		m[r] = append(m[r], x)
	}
	var out [][]T
	for _, g := range m {
		sort.Slice(g, func(i, j int) bool { return less(g[i], g[j]) })
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i][0], out[j][0]) })
	return out
}

type edge struct {
	a, b string
	w    int
}

func main() {
	d := NewDSU[int]()
	fmt.Println(d.Union(1, 2), d.Union(3, 4), d.Union(2, 1), d.Union(2, 4))
	d.Find(9)
	fmt.Println(d.Groups(func(a, b int) bool { return a < b }))
	fmt.Println(d.Find(4) == d.Find(1), d.Find(9) == d.Find(1))
	// Kruskal's minimum spanning tree.
	edges := []edge{{"a", "b", 4}, {"a", "c", 1}, {"b", "c", 2}, {"b", "d", 5}, {"c", "d", 8}, {"d", "e", 3}}
	sort.Slice(edges, func(i, j int) bool { return edges[i].w < edges[j].w })
	k := NewDSU[string]()
	total := 0
	for _, e := range edges {
		if k.Union(e.a, e.b) {
			total += e.w
			fmt.Print(e.a, e.b, " ")
		}
	}
	fmt.Println(total)
}
