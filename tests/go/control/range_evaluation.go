package main

import "fmt"

func main() {
	// The key is a copy: changing it in the body does not change the
	// iteration.
	s := []int{1, 2, 3, 4}
	for i := range s {
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()

	// The slice is evaluated once: reassigning it in the body keeps the
	// length the loop started with, while element stores are seen.
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i == 0 {
			t[1] = 20
			t = t[:2]
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(t))

	// Elements written ahead of the loop position are read when reached.
	u := []int{1, 1, 0, 0, 0, 0}
	for i, v := range u {
		if i+2 < len(u) {
			u[i+2] = v + u[i+1]
		}
	}
	fmt.Println(u)

	// An integer range whose bound changes in the body.
	n := 3
	count := 0
	for range n {
		n++
		count++
	}
	fmt.Println(count, n)

	// Keys and values captured by closures, and values changed in the body.
	var fs []func() int
	for i, v := range []int{5, 6, 7} {
		v += i
		fs = append(fs, func() int { return i*100 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Assigning to existing variables.
	var k, val int
	for k, val = range []int{9, 8, 7} {
	}
	fmt.Println(k, val)

	// Strings: byte offsets and runes.
	for i, r := range "aé😀b" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()

	// A parameter-like slice never reassigned, summed twice.
	sum := func(xs []float64) float64 {
		total := 0.0
		for _, x := range xs {
			total += x
		}
		for i := range xs {
			total += xs[i]
		}
		return total
	}
	fmt.Println(sum([]float64{0.5, 1.5, 2}))
}
