package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.Int64N(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Int32N(3); v < 0 || v >= 3 {
			ok = false
		}
		if v := rand.Uint64N(5); v >= 5 {
			ok = false
		}
		if v := rand.Uint32N(7); v >= 7 {
			ok = false
		}
		if v := rand.UintN(9); v >= 9 {
			ok = false
		}
		if v := rand.Float64(); v < 0 || v >= 1 {
			ok = false
		}
		if v := rand.Float32(); v < 0 || v >= 1 {
			ok = false
		}
		if rand.Int64() < 0 || rand.Int32() < 0 || rand.Int() < 0 {
			ok = false
		}
		_, _, _ = rand.Uint32(), rand.Uint64(), rand.Uint()
		if rand.ExpFloat64() < 0 {
			ok = false
		}
		_ = rand.NormFloat64()
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println(p)
	s := []string{"x", "y", "z"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Strings(s)
	fmt.Println(s)
	fmt.Println(rand.Uint64() != rand.Uint64())
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		seen[rand.IntN(5)] = true
	}
	fmt.Println(len(seen))
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			good := true
			for i := 0; i < 500; i++ {
				if rand.IntN(3) >= 3 {
					good = false
				}
			}
			done <- good
		}()
	}
	all := true
	for g := 0; g < 4; g++ {
		all = all && <-done
	}
	fmt.Println("goroutines:", all)
}
