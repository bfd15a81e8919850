package main

import (
	"fmt"
	"sort"
)

type Graph[K comparable] struct {
	adj   map[K][]K
	order []K
}

func NewGraph[K comparable]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) addNode(k K) {
	if _, ok := g.adj[k]; !ok {
		g.adj[k] = nil
		g.order = append(g.order, k)
	}
}

func (g *Graph[K]) AddEdge(a, b K) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[K]) BFS(start K) []K {
	seen := map[K]bool{start: true}
	queue := []K{start}
	var out []K
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return out
}

func (g *Graph[K]) DFS(start K) []K {
	seen := map[K]bool{}
	var out []K
	var visit func(K)
	visit = func(n K) {
		if seen[n] {
			return
		}
		seen[n] = true
		out = append(out, n)
		for _, m := range g.adj[n] {
			visit(m)
		}
	}
	visit(start)
	return out
}

func (g *Graph[K]) Components() [][]K {
	seen := map[K]bool{}
	var comps [][]K
	for _, n := range g.order {
		if seen[n] {
			continue
		}
		c := g.BFS(n)
		for _, m := range c {
			seen[m] = true
		}
		comps = append(comps, c)
	}
	return comps
}

func (g *Graph[K]) ShortestPath(from, to K) []K {
	prev := map[K]K{}
	seen := map[K]bool{from: true}
	queue := []K{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			var path []K
			for at := to; at != from; at = prev[at] {
				path = append([]K{at}, path...)
			}
			return append([]K{from}, path...)
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil
}

type cell struct{ r, c int }

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println("bfs", g.BFS("a"))
	fmt.Println("dfs", g.DFS("a"))
	fmt.Println("comps", g.Components())
	fmt.Println("path", g.ShortestPath("a", "e"), g.ShortestPath("e", "a"), g.ShortestPath("a", "y"))
	grid := []string{
		"..#.",
		"..#.",
		"....",
	}
	gg := NewGraph[cell]()
	for r, row := range grid {
		for c := range row {
			if row[c] == '#' {
				continue
			}
			gg.addNode(cell{r, c})
			if c+1 < len(row) && row[c+1] != '#' {
				gg.AddEdge(cell{r, c}, cell{r, c + 1})
			}
			if r+1 < len(grid) && grid[r+1][c] != '#' {
				gg.AddEdge(cell{r, c}, cell{r + 1, c})
			}
		}
	}
	p := gg.ShortestPath(cell{0, 0}, cell{0, 3})
	fmt.Println(len(p)-1, p)
	reach := gg.DFS(cell{0, 3})
	sort.Slice(reach, func(i, j int) bool {
		if reach[i].r != reach[j].r {
			return reach[i].r < reach[j].r
		}
		return reach[i].c < reach[j].c
	})
	fmt.Println(len(reach), reach)
	ig := NewGraph[int]()
	ig.AddEdge(1, 2)
	fmt.Println(ig.BFS(1), ig.BFS(3))
}
