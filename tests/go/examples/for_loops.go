package main

import "fmt"

func main() {
	i := 1
	for i <= 3 {
		fmt.Println("while-style", i)
		i = i + 1
	}

	for j := 0; j < 3; j++ {
		fmt.Println("classic", j)
	}

	for k := range 3 {
		fmt.Println("range int", k)
	}

	for range 2 {
		fmt.Println("range without var")
	}

	n := 0
	for {
		n++
		if n == 2 {
			continue
		}
		if n > 4 {
			break
		}
		fmt.Println("infinite loop step", n)
	}

	for m := range 10 {
		if m%2 == 0 {
			continue
		}
		fmt.Print(m, " ")
	}
	fmt.Println()

	// Multiple loop variables.
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Println("a,b", a, b)
	}

	// Nested loops building a triangle.
	for row := 1; row <= 4; row++ {
		line := ""
		for col := 0; col < row; col++ {
			line += "*"
		}
		fmt.Printf("%-5s|\n", line)
	}

	// Range over a typed int.
	type count uint8
	var c count = 4
	for x := range c {
		fmt.Printf("%T %d\n", x, x)
	}

	// Sum with a range over a slice and index only.
	nums := []int{5, 6, 7}
	sum := 0
	for idx := range nums {
		sum += nums[idx] * idx
	}
	fmt.Println("weighted sum", sum)

	// Loop variable modified inside the body.
	for q := 0; q < 10; q++ {
		if q == 3 {
			q += 4
		}
		fmt.Print(q, ";")
	}
	fmt.Println()

	// range over zero and negative counts.
	for z := range 0 {
		fmt.Println("never", z)
	}
	neg := -3
	for z := range neg {
		fmt.Println("never", z)
	}
	fmt.Println("done")
}
