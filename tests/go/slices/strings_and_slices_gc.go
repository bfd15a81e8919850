// Builds strings and slices of slices in loops (the VM collects garbage
// meanwhile), then sums and prints them, and ranges over a string by rune.
package main

import "fmt"

var words []string

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s = s + string(rune('a'+i%26))
	}
	return s
}

func main() {
	for i := 0; i < 200; i++ {
		words = append(words, build(i%30))
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println(len(words), cap(words), total, words[57], words[199][3:9])
	grid := make([][]int, 0)
	for i := 0; i < 50; i++ {
		row := make([]int, i)
		for j := range row {
			row[j] = i * j
		}
		grid = append(grid, row)
	}
	sum := 0
	for _, r := range grid {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum, len(grid[49]), cap(grid))
	for i, r := range "héllo, 世界" {
		fmt.Println(i, r, string(r))
	}
}
