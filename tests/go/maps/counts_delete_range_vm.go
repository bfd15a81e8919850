// Maps: counting, comma-ok, delete, range (order-independent sums),
// nil maps, slices as values, float keys (-0 and +0 are one key), clear.
package main

import "fmt"

func main() {
	counts := map[string]int{}
	words := []string{"go", "rust", "go", "lua", "go", "rust"}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts, len(counts))
	v, ok := counts["go"]
	_, missing := counts["zig"]
	fmt.Println(v, ok, missing, counts["nope"])
	delete(counts, "lua")
	fmt.Println(counts)
	total := 0
	for k, n := range counts {
		total += n * len(k)
	}
	fmt.Println(total)
	sq := make(map[int]int)
	for i := 0; i < 100; i++ {
		sq[i] = i * i
	}
	sum := 0
	for _, x := range sq {
		sum += x
	}
	fmt.Println(len(sq), sum, sq[7])
	var nilm map[string]bool
	fmt.Println(nilm["x"], len(nilm), nilm)
	m2 := map[string][]int{"a": {1, 2}, "b": nil}
	m2["a"] = append(m2["a"], 3)
	fmt.Println(m2)
	fk := map[float64]string{0.5: "half", -0.0: "zero"}
	fk[0.0] = "zero2"
	fmt.Println(fk, len(fk))
	clear(sq)
	fmt.Println(len(sq))
}
