package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	fmt.Println(s, len(t))
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Printf("%+v\n", ps)
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m["c"] = 3
	fmt.Println(alias)
	var nilM map[int]int
	clear(nilM)
	var nilS []int
	clear(nilS)
	fmt.Println(nilM == nil, nilS == nil)
	z := 0.0
	fm := map[float64]int{z / z: 1, 1: 2}
	fmt.Println(len(fm))
	clear(fm) // also removes NaN keys, which delete cannot
	fmt.Println(len(fm))
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
}
