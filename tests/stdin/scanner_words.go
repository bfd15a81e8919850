package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// Counts word frequencies on standard input.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		counts[sc.Text()]++
		total++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println("total", total, "distinct", len(keys), sc.Err())
}
