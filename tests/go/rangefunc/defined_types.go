// Iterators of defined func types: a Seq type, a yield parameter of a
// defined type, type conversions to the sequence type, and helpers that
// compose sequences.
package main

import "fmt"

type Seq func(yield func(int) bool)
type Seq2 func(yield func(string, int) bool)
type Yield func(int) bool
type SeqY func(yield Yield)

func Count(n int) Seq {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func (s Seq) Filter(pred func(int) bool) Seq {
	return func(yield func(int) bool) {
		for v := range s {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func (s Seq) Map(f func(int) int) Seq {
	return func(yield func(int) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func (s Seq) Take(n int) Seq {
	return func(yield func(int) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func (s Seq) Collect() []int {
	var out []int
	for v := range s {
		out = append(out, v)
	}
	return out
}

func Naturals() Seq {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate(words []string) Seq2 {
	return func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(Count(10).Collect())
	even := func(v int) bool { return v%2 == 0 }
	sq := func(v int) int { return v * v }
	fmt.Println(Count(10).Filter(even).Map(sq).Collect())
	fmt.Println(Naturals().Map(sq).Filter(even).Take(5).Collect())
	fmt.Println(Naturals().Take(0).Collect() == nil)

	for w, i := range Enumerate([]string{"zero", "one", "two"}) {
		fmt.Println(w, i)
	}

	var sy SeqY = func(yield Yield) {
		yield(10)
		yield(20)
	}
	for v := range sy {
		fmt.Println("SeqY", v)
	}

	// A plain func converted to Seq, and a Seq assigned to a plain
	// func variable.
	raw := func(yield func(int) bool) { yield(99) }
	for v := range Seq(raw) {
		fmt.Println("converted", v)
	}
	var plain func(func(int) bool) = Count(3)
	for v := range plain {
		fmt.Println("plain", v)
	}
	fmt.Printf("%T %T\n", Count(1), Enumerate(nil))
}
