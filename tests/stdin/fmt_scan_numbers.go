package main

import "fmt"

// Reads a count, then that many integers, then floats until EOF.
func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("no count:", err)
		return
	}
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("bad int:", err)
			return
		}
		sum += x
	}
	fmt.Println("sum of", n, "ints:", sum)
	var fs []float64
	for {
		var f float64
		_, err := fmt.Scan(&f)
		if err != nil {
			fmt.Println("stopped:", err)
			break
		}
		fs = append(fs, f)
	}
	total := 0.0
	for _, f := range fs {
		total += f
	}
	fmt.Printf("%d floats, total %.3f\n", len(fs), total)
}
