package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Edge[K comparable] struct {
	To     K
	Weight int
}

type Digraph[K comparable] struct {
	nodes []K
	out   map[K][]Edge[K]
}

func NewDigraph[K comparable](nodes ...K) *Digraph[K] {
	g := &Digraph[K]{out: map[K][]Edge[K]{}}
	for _, n := range nodes {
		g.nodes = append(g.nodes, n)
		g.out[n] = nil
	}
	return g
}

func (g *Digraph[K]) Add(from, to K, w int) {
	g.out[from] = append(g.out[from], Edge[K]{to, w})
}

var ErrCycle = errors.New("graph has a cycle")

// TopoSort is Kahn's algorithm; ties broken by node order.
func (g *Digraph[K]) TopoSort() ([]K, error) {
	indeg := map[K]int{}
	for _, n := range g.nodes {
		for _, e := range g.out[n] {
			indeg[e.To]++
		}
	}
	var ready, out []K
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, e := range g.out[n] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	if len(out) != len(g.nodes) {
		return out, fmt.Errorf("toposort: %w (%d of %d sorted)", ErrCycle, len(out), len(g.nodes))
	}
	return out, nil
}

// Dijkstra with a linear scan; unreachable nodes are absent from dist.
func (g *Digraph[K]) Dijkstra(src K) (map[K]int, map[K]K) {
	dist := map[K]int{src: 0}
	prev := map[K]K{}
	done := map[K]bool{}
	for {
		var best K
		found := false
		for _, n := range g.nodes {
			d, ok := dist[n]
			if ok && !done[n] && (!found || d < dist[best]) {
				best, found = n, true
			}
		}
		if !found {
			return dist, prev
		}
		done[best] = true
		for _, e := range g.out[best] {
			nd := dist[best] + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
}

func PathTo[K comparable](prev map[K]K, src, dst K) []K {
	path := []K{dst}
	for dst != src {
		p, ok := prev[dst]
		if !ok {
			return nil
		}
		path = append([]K{p}, path...)
		dst = p
	}
	return path
}

func main() {
	g := NewDigraph("shirt", "tie", "jacket", "belt", "pants", "shoes", "socks")
	g.Add("shirt", "tie", 1)
	g.Add("tie", "jacket", 1)
	g.Add("shirt", "belt", 1)
	g.Add("belt", "jacket", 1)
	g.Add("pants", "belt", 1)
	g.Add("pants", "shoes", 1)
	g.Add("socks", "shoes", 1)
	order, err := g.TopoSort()
	fmt.Println(strings.Join(order, " "), err)
	g.Add("jacket", "shirt", 1)
	order, err = g.TopoSort()
	fmt.Println(order, err, errors.Is(err, ErrCycle))

	r := NewDigraph(0, 1, 2, 3, 4, 5)
	r.Add(0, 1, 7)
	r.Add(0, 2, 9)
	r.Add(0, 5, 14)
	r.Add(1, 2, 10)
	r.Add(1, 3, 15)
	r.Add(2, 3, 11)
	r.Add(2, 5, 2)
	r.Add(5, 4, 9)
	r.Add(3, 4, 6)
	dist, prev := r.Dijkstra(0)
	keys := make([]int, 0, len(dist))
	for k := range dist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, dist[k], PathTo(prev, 0, k))
	}
	d2, p2 := r.Dijkstra(4)
	fmt.Println(d2, PathTo(p2, 4, 0))
}
