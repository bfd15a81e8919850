package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for range 5 {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Uint32(), r.Int31n(1000))
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	// Same seed, same sequence.
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for range 100 {
		if a.Int() != b.Int() {
			same = false
		}
	}
	fmt.Println("same:", same)

	// Global functions: only properties are printed.
	n := rand.Intn(10)
	fmt.Println(n >= 0 && n < 10)
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1)
	// Dice histogram with a fixed seed.
	d := rand.New(rand.NewSource(1))
	hist := make([]int, 6)
	for range 600 {
		hist[d.Intn(6)]++
	}
	fmt.Println(hist)
	fmt.Printf("%.4f\n", d.NormFloat64())
	fmt.Printf("%.4f\n", d.ExpFloat64())
}
