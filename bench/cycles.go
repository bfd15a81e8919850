// cycles: builds and drops cyclic structures in a loop — doubly linked
// rings whose nodes also point at a random other node through an edge
// slice, and small graphs with back edges — so that only a collector
// that handles cycles keeps memory flat. Run it with /usr/bin/time to see
// the peak RSS (issue 5: under 100 MB over about 10 s).
package main

import "fmt"

type node struct {
	prev, next *node
	edges      []*node
	id         int
}

type graph struct {
	nodes []*node
	root  *node
}

var seed uint32 = 7

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

func ring(n int) *node {
	first := &node{id: 0}
	all := []*node{first}
	prev := first
	for i := 1; i < n; i++ {
		x := &node{id: i, prev: prev}
		prev.next = x
		all = append(all, x)
		prev = x
	}
	prev.next = first
	first.prev = prev
	for _, x := range all {
		x.edges = append(x.edges, all[rnd(n)], x)
	}
	return first
}

func buildGraph(n int) *graph {
	g := &graph{}
	for i := 0; i < n; i++ {
		g.nodes = append(g.nodes, &node{id: i})
	}
	for i, x := range g.nodes {
		x.edges = append(x.edges, g.nodes[(i+1)%n], g.nodes[rnd(n)])
	}
	g.root = g.nodes[0]
	g.root.prev = g.nodes[n-1]
	return g
}

func main() {
	total := 0
	for round := 0; round < 10000; round++ {
		r := ring(1000)
		for x, i := r, 0; i < 1000; x, i = x.next, i+1 {
			total += x.edges[0].id
		}
		g := buildGraph(500)
		total += len(g.nodes) + g.root.prev.id
	}
	fmt.Println("checksum:", total)
}
