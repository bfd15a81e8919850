package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	rand.Seed(42) // a no-op since Go 1.24
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Int31n(3); v < 0 || v >= 3 {
			ok = false
		}
		if v := rand.Float64(); v < 0 || v >= 1 {
			ok = false
		}
		if v := rand.Float32(); v < 0 || v >= 1 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31() < 0 || rand.Int() < 0 {
			ok = false
		}
		_ = rand.Uint32()
		_ = rand.Uint64()
		if rand.ExpFloat64() < 0 {
			ok = false
		}
		_ = rand.NormFloat64()
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(10)
	sort.Ints(p)
	fmt.Println(p)
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Ints(s)
	fmt.Println(s)
	b := make([]byte, 13)
	n, err := rand.Read(b)
	fmt.Println(n, err)
	// two unseeded draws of 64 bits are almost surely different
	fmt.Println(rand.Uint64() != rand.Uint64())
	// different values seen
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		seen[rand.Intn(4)] = true
	}
	fmt.Println(len(seen))
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 2, 1, 3)
	fmt.Println(z.Uint64() <= 3)
}
