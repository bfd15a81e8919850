package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	for _, p := range [][3]float64{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3, 1000}, {3, 2, 5}, {1.01, 1, 1 << 20}} {
		z := rand.NewZipf(r, p[0], p[1], uint64(p[2]))
		var out []uint64
		for i := 0; i < 20; i++ {
			out = append(out, z.Uint64())
		}
		fmt.Println(p, out)
		max := uint64(0)
		for i := 0; i < 5000; i++ {
			if v := z.Uint64(); v > max {
				max = v
			}
		}
		fmt.Println("  max <= imax:", max <= uint64(p[2]))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z *rand.Zipf
		z.Uint64()
	}()
}
