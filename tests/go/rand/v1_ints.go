package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647, 2147483648, -9223372036854775808} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		for i := 0; i < 5; i++ {
			fmt.Println(" ", r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		}
		for _, n := range []int{1, 2, 3, 10, 100, 1000, 1 << 31, 1<<31 - 1, 1<<31 + 1, 1 << 62, 1<<63 - 1} {
			fmt.Println("  Intn", n, r.Intn(n), r.Int63n(int64(n)))
		}
		for _, n := range []int32{1, 2, 7, 1000, 1<<31 - 1, 1 << 30} {
			fmt.Println("  Int31n", n, r.Int31n(n))
		}
	}
	// Seed resets the sequence
	r := rand.New(rand.NewSource(5))
	a := r.Int63()
	r.Intn(10)
	r.Seed(5)
	fmt.Println(a == r.Int63())
	// seeds equal mod 2^31-1 give the same sequence
	r1 := rand.New(rand.NewSource(3))
	r2 := rand.New(rand.NewSource(3 + 2147483647))
	fmt.Println(r1.Int63() == r2.Int63())
	// the Source directly
	s := rand.NewSource(99)
	fmt.Println(s.Int63(), s.Int63())
	s64 := s.(rand.Source64)
	fmt.Println(s64.Uint64())
	// panics
	for _, f := range []func(){
		func() { r.Intn(0) },
		func() { r.Int63n(-1) },
		func() { r.Int31n(0) },
		func() { r.Shuffle(-1, func(i, j int) {}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
