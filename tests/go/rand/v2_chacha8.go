package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seeds [][32]byte
	seeds = append(seeds, [32]byte{})
	seeds = append(seeds, [32]byte([]byte("chacha8 seed for the minigo test")))
	var s3 [32]byte
	for i := range s3 {
		s3[i] = byte(i * 7)
	}
	seeds = append(seeds, s3)
	for _, seed := range seeds {
		c := rand.NewChaCha8(seed)
		fmt.Println("seed", seed[:4])
		for i := 0; i < 5; i++ {
			fmt.Println(" ", c.Uint64())
		}
		// go through many blocks and reseeds
		var x uint64
		for i := 0; i < 1000; i++ {
			x ^= c.Uint64()
		}
		fmt.Println("  xor1000", x)
		b, err := c.MarshalBinary()
		fmt.Println("  marshal", b, err)
		d := new(rand.ChaCha8)
		fmt.Println("  unmarshal", d.UnmarshalBinary(b))
		same := true
		for i := 0; i < 300; i++ {
			if c.Uint64() != d.Uint64() {
				same = false
			}
		}
		fmt.Println("  same after unmarshal:", same)
		buf := make([]byte, 13)
		n, err := c.Read(buf)
		fmt.Println("  read", n, err, buf)
		b, _ = c.MarshalBinary()
		fmt.Println("  marshal with read buffer", b)
		e := new(rand.ChaCha8)
		fmt.Println("  unmarshal", e.UnmarshalBinary(b))
		b1 := make([]byte, 5)
		b2 := make([]byte, 5)
		c.Read(b1)
		e.Read(b2)
		fmt.Println("  ", b1, b2, c.Uint64() == e.Uint64())
		c.Seed(seed)
		fmt.Println("  reseeded", c.Uint64() == rand.NewChaCha8(seed).Uint64())
	}
	d := new(rand.ChaCha8)
	fmt.Println(d.UnmarshalBinary([]byte("chacha8:")))
	fmt.Println(d.UnmarshalBinary([]byte("readbuf:\x09abc")))
	var zero rand.ChaCha8
	fmt.Println(zero.Uint64(), zero.Uint64())
	// Read sizes
	c := rand.NewChaCha8([32]byte{1})
	for _, n := range []int{0, 1, 7, 8, 9, 16, 3} {
		b := make([]byte, n)
		k, err := c.Read(b)
		fmt.Println(n, k, err, b)
	}
}
