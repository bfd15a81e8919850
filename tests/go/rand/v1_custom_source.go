package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source without Uint64: Rand builds Uint64 from two Int63s.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n = (c.n*6364136223846793005 + 1) & (1<<63 - 1); return c.n }
func (c *counter) Seed(seed int64) { c.n = seed }

// wrap is a Source64 over the package's own source.
type wrap struct {
	src   rand.Source64
	calls int
}

func (w *wrap) Int63() int64    { w.calls++; return w.src.Int63() }
func (w *wrap) Uint64() uint64  { w.calls++; return w.src.Uint64() }
func (w *wrap) Seed(seed int64) { w.src.Seed(seed) }

func main() {
	r := rand.New(&counter{1})
	for i := 0; i < 5; i++ {
		fmt.Println(r.Int63(), r.Uint64(), r.Intn(1000), r.Float64())
	}
	b := make([]byte, 11)
	r.Read(b)
	fmt.Println(b)
	r.Seed(1)
	fmt.Println(r.Int63())
	fmt.Println(r.Perm(8))

	w := &wrap{src: rand.NewSource(42).(rand.Source64)}
	r2 := rand.New(w)
	r3 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if r2.Uint64() != r3.Uint64() || r2.Intn(77) != r3.Intn(77) || r2.NormFloat64() != r3.NormFloat64() {
			same = false
		}
	}
	fmt.Println("same:", same, w.calls > 0)
	b2 := make([]byte, 9)
	b3 := make([]byte, 9)
	r2.Read(b2)
	r3.Read(b3)
	fmt.Println(b2, b3)
	// Shuffle and Perm over a large n use Int63n / int31n paths
	p := r3.Perm(100)
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(p[:10], sum)
	n := 0
	r3.Shuffle(1000, func(i, j int) {
		if i < j {
			panic("bad")
		}
		n++
	})
	fmt.Println(n)
	for _, seed := range []int64{1, 100, 1e6} {
		rr := rand.New(rand.NewSource(seed))
		fmt.Println(seed, rr.Int63n(1e18), rr.Int63n(3), rr.Intn(1<<40), rr.Int31n(1<<30+1), rr.Float32())
	}
}
