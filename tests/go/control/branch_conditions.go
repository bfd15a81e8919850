package main

import "fmt"

var zero = 0.0

func classify(x float64) string {
	s := ""
	if x < 1 {
		s += "lt "
	}
	if !(x < 1) {
		s += "!lt "
	}
	if x >= 1 {
		s += "ge "
	}
	if !(x >= 1) {
		s += "!ge "
	}
	if x == x {
		s += "eq "
	}
	if x != x {
		s += "ne "
	}
	return s
}

func firstOver(xs []float64, limit float64) int {
	i := 0
	for ; i < len(xs); i++ {
		if xs[i] > limit {
			break
		}
	}
	return i
}

func countSkipping(n int) (int, int) {
	kept, skipped := 0, 0
	for i := 0; i < n; i++ {
		if i%3 == 0 || i%5 == 0 {
			skipped++
			continue
		}
		if !(i > 2 && i < 90) {
			continue
		}
		kept += i
	}
	return kept, skipped
}

func main() {
	for _, x := range []float64{0.5, 1, 2, zero/zero, -1/zero} {
		fmt.Printf("%v: %s\n", x, classify(x))
	}
	fmt.Println(firstOver([]float64{1, 2, zero/zero, 8, 3}, 5))
	fmt.Println(firstOver([]float64{1, 2}, 5))
	fmt.Println(countSkipping(100))

	// && and || chains in conditions, with the side effects of each
	// operand showing which ones ran.
	calls := 0
	t := func(v bool) bool { calls++; return v }
	for a := 0; a < 2; a++ {
		for b := 0; b < 2; b++ {
			calls = 0
			r := ""
			if t(a == 1) && t(b == 1) || t(a == b) {
				r += "A"
			}
			if !(t(a == 0) || t(b == 0)) && t(true) {
				r += "B"
			}
			if t(a == 1) && !t(b == 1) {
				r += "C"
			}
			fmt.Println(a, b, r, calls)
		}
	}

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i && (i+j)%2 == 1 {
				continue outer
			}
			if i == 3 && j == 1 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// A condition that is a bool variable, negated, and in a switch.
	done := false
	steps := 0
	for !done {
		steps++
		if steps >= 3 {
			done = true
		}
	}
	fmt.Println(steps)
	var u uint8 = 200
	for u > 10 {
		if u < 150 {
			break
		}
		u -= 7
	}
	fmt.Println(u)
}
