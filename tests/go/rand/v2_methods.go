package main

import (
	"fmt"
	"math/rand/v2"
)

func show(name string, r *rand.Rand) {
	fmt.Println("==", name)
	for i := 0; i < 4; i++ {
		fmt.Println(r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint())
	}
	for _, n := range []int64{1, 2, 3, 10, 1000, 1 << 31, 1<<31 + 3, 1<<62 + 1, 1<<63 - 1} {
		fmt.Println(" N", n, r.Int64N(n), r.Uint64N(uint64(n)), r.IntN(int(n)), r.UintN(uint(n)))
	}
	fmt.Println(" Uint64N big", r.Uint64N(1<<63+5), r.Uint64N(^uint64(0)))
	for _, n := range []int32{1, 2, 5, 100, 1<<31 - 1} {
		fmt.Println(" N32", n, r.Int32N(n), r.Uint32N(uint32(n)), r.Uint32N(^uint32(0)))
	}
	for i := 0; i < 4; i++ {
		fmt.Println(" f", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	}
	fmt.Println(" perm", r.Perm(0), r.Perm(1), r.Perm(10))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(" shuffle", s)
	z := rand.NewZipf(r, 1.5, 2, 100)
	var zs []uint64
	for i := 0; i < 15; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println(" zipf", zs)
	sum, sq := 0.0, 0.0
	for i := 0; i < 10000; i++ {
		x := r.NormFloat64()
		sum += x
		sq += x * x
	}
	fmt.Printf(" norm mean %.6f var %.6f\n", sum/10000, sq/10000)
}

func main() {
	show("pcg 1 2", rand.New(rand.NewPCG(1, 2)))
	show("pcg 99 7", rand.New(rand.NewPCG(99, 7)))
	var seed [32]byte
	copy(seed[:], "minigo")
	show("chacha8", rand.New(rand.NewChaCha8(seed)))
	show("chacha8 zero", rand.New(rand.NewChaCha8([32]byte{})))
	r := rand.New(rand.NewPCG(3, 4))
	for _, f := range []func(){
		func() { r.IntN(0) },
		func() { r.Int64N(-5) },
		func() { r.Int32N(0) },
		func() { r.Uint64N(0) },
		func() { r.Uint32N(0) },
		func() { r.UintN(0) },
		func() { r.Shuffle(-1, func(i, j int) {}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println(rand.NewZipf(r, 1, 1, 5) == nil)
}
