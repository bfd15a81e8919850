package main

import (
	"fmt"
	"strings"
)

type Inventory struct {
	names  []string
	counts map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	if inv.counts == nil {
		inv.counts = map[string]int{}
	}
	if _, ok := inv.counts[name]; !ok {
		inv.names = append(inv.names, name)
	}
	inv.counts[name] += n
}

func (inv *Inventory) Items(yield func(string, int) bool) {
	for _, n := range inv.names {
		if !yield(n, inv.counts[n]) {
			return
		}
	}
}

func (inv *Inventory) LowStock(limit int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for name, c := range inv.Items {
			if c < limit && !yield(name) {
				return
			}
		}
	}
}

type Words string

func (w Words) Each(yield func(int, string) bool) {
	for i, f := range strings.Fields(string(w)) {
		if !yield(i, f) {
			return
		}
	}
}

func main() {
	var inv Inventory
	inv.Add("bolts", 100)
	inv.Add("nuts", 3)
	inv.Add("gears", 7)
	inv.Add("nuts", 2)
	for name, c := range inv.Items {
		fmt.Println(name, c)
	}
	for name := range inv.LowStock(10) {
		fmt.Println("low:", name)
	}
	f := inv.Items
	for name := range f {
		fmt.Print(name, ";")
	}
	fmt.Println()
	for i, w := range Words("one two  three").Each {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	for i := range Words("").Each {
		fmt.Println("never", i)
	}
	g := (*Inventory).Items
	for name, c := range func(y func(string, int) bool) { g(&inv, y) } {
		if c > 50 {
			fmt.Println("big:", name)
		}
	}
}
