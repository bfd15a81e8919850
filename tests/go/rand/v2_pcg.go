package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	for _, s := range [][2]uint64{{1, 2}, {0, 0}, {42, 1024}, {^uint64(0), 12345}} {
		p := rand.NewPCG(s[0], s[1])
		fmt.Println("pcg", s)
		for i := 0; i < 6; i++ {
			fmt.Println(" ", p.Uint64())
		}
		b, err := p.MarshalBinary()
		fmt.Println("  marshal", b, err)
		q := new(rand.PCG)
		fmt.Println("  unmarshal", q.UnmarshalBinary(b), q.Uint64() == p.Uint64())
		b2, _ := p.AppendBinary([]byte("x"))
		fmt.Println("  append", len(b2), b2[:5])
	}
	q := new(rand.PCG)
	fmt.Println(q.UnmarshalBinary([]byte("pcg:123")))
	fmt.Println(q.UnmarshalBinary([]byte("pcX:1234567812345678")))
	p := rand.NewPCG(1, 2)
	p.Uint64()
	p.Seed(1, 2)
	fmt.Println(p.Uint64() == rand.NewPCG(1, 2).Uint64())
	var zero rand.PCG
	fmt.Println(zero.Uint64(), zero.Uint64())
}
