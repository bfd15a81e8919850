package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 42, 12345} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		for i := 0; i < 8; i++ {
			fmt.Println(" ", r.Float64(), r.Float32())
		}
		for i := 0; i < 8; i++ {
			fmt.Println("  norm", r.NormFloat64(), "exp", r.ExpFloat64())
		}
		sum, sq := 0.0, 0.0
		for i := 0; i < 20000; i++ {
			x := r.NormFloat64()
			sum += x
			sq += x * x
		}
		fmt.Printf("  mean %.6f var %.6f\n", sum/20000, sq/20000)
		e := 0.0
		for i := 0; i < 20000; i++ {
			e += r.ExpFloat64()
		}
		fmt.Printf("  exp mean %.6f\n", e/20000)
	}
}
