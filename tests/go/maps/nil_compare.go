package main

import "fmt"

func lookup(m map[string]int, k string) string {
	if m == nil {
		return "no map"
	}
	if v, ok := m[k]; ok {
		return fmt.Sprint(k, "=", v)
	}
	return "missing " + k
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, nil != m, len(m), lookup(m, "a"))
	m = map[string]int{"a": 1}
	fmt.Println(m == nil, m != nil, lookup(m, "a"), lookup(m, "b"))
	empty := make(map[int]bool)
	fmt.Println(empty == nil, len(empty))
	delete(m, "a")
	fmt.Println(m == nil, len(m))
}
