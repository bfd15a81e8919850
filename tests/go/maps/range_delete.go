package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	// deleting during range is allowed; deleted entries are not visited later
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k%2 == 1 {
			fmt.Println("odd survived")
		}
		sum += v
	}
	fmt.Println(sum)
	// delete everything while ranging
	visited := 0
	for k := range m {
		delete(m, k)
		visited++
	}
	fmt.Println(len(m), visited <= 50)
	// modifying values of existing keys during range
	n := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range n {
		n[k] *= 10
	}
	fmt.Println(n)
	clear(n)
	fmt.Println(len(n), n)
}
