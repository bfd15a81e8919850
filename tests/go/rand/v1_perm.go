package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 2, 42} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(r.Perm(0), r.Perm(1), r.Perm(5), r.Perm(20))
		s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
		n := make([]int, 50)
		for i := range n {
			n[i] = i
		}
		r.Shuffle(len(n), func(i, j int) { n[i], n[j] = n[j], n[i] })
		fmt.Println(n)
		r.Shuffle(0, func(i, j int) { panic("no") })
		r.Shuffle(1, func(i, j int) { panic("no") })
		for _, size := range []int{0, 1, 3, 7, 8, 9, 16, 20} {
			b := make([]byte, size)
			k, err := r.Read(b)
			fmt.Println("read", size, k, err, b)
		}
		fmt.Println(r.Int63())
	}
	// Read across calls continues the same 7-byte values as one read
	r1 := rand.New(rand.NewSource(7))
	r2 := rand.New(rand.NewSource(7))
	a := make([]byte, 30)
	r1.Read(a)
	b := make([]byte, 30)
	r2.Read(b[:3])
	r2.Read(b[3:11])
	r2.Read(b[11:])
	fmt.Println(a)
	fmt.Println(b)
	// Seed resets the read position
	r1.Seed(7)
	c := make([]byte, 10)
	r1.Read(c)
	fmt.Println(c)
}
