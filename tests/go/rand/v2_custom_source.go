package main

import (
	"fmt"
	"math/rand/v2"
)

type seq struct{ x uint64 }

func (s *seq) Uint64() uint64 {
	s.x += 0x9e3779b97f4a7c15
	z := s.x
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func main() {
	r := rand.New(&seq{})
	for i := 0; i < 5; i++ {
		fmt.Println(r.Uint64(), r.Int64N(1e12), r.Uint32N(10), r.IntN(7), r.Float64(), r.Float32())
	}
	fmt.Println(r.Perm(12))
	for _, v := range []uint64{1, 1 << 63, ^uint64(0), 0xfedcba9876543210} {
		f := rand.New(&seq{v})
		fmt.Println(v, f.Uint32(), f.Int64(), f.Int32(), f.Int(), f.Uint(), f.Float64(), f.Float32(), f.IntN(10), f.Uint64N(1<<40), f.Int32N(1000))
	}
	// the same generator state through a Rand and directly
	p1 := rand.NewPCG(5, 6)
	p2 := rand.NewPCG(5, 6)
	r1 := rand.New(p1)
	fmt.Println(r1.Uint64() == p2.Uint64(), r1.Int64() == int64(p2.Uint64()&(1<<63-1)))
	// a ChaCha8 Rand from a seed built from text
	var seed [32]byte
	for i, b := range []byte("ChaCha8 is the default generator") {
		seed[i] = b
	}
	c := rand.New(rand.NewChaCha8(seed))
	var out []int
	for i := 0; i < 20; i++ {
		out = append(out, c.IntN(100))
	}
	fmt.Println(out)
	z := rand.NewZipf(c, 2.5, 1, 50)
	hist := make([]int, 6)
	for i := 0; i < 2000; i++ {
		v := z.Uint64()
		if v < 5 {
			hist[v]++
		} else {
			hist[5]++
		}
	}
	fmt.Println(hist)
}
