package main

import "fmt"

func Grow[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) < n {
		ns := make(S, len(s), len(s)+n)
		copy(ns, s)
		return ns
	}
	return s
}

func AppendAll[S ~[]E, E any](s S, more ...E) S { return append(s, more...) }

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Clear[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n
}

func MakeMap[M ~map[K]V, K comparable, V any](hint int) M { return make(M, hint) }

func MakeChan[C ~chan E, E any](n int) C { return make(C, n) }

func Lens[T ~string | ~[]byte](xs ...T) []int {
	var out []int
	for _, x := range xs {
		out = append(out, len(x))
	}
	return out
}

func CopyInto[S ~[]E, E any](dst, src S) int { return copy(dst, src) }

func ZeroAll[S ~[]E, E any](s S) S {
	clear(s)
	return s
}

type Bytes []byte
type Set map[string]struct{}
type Pipe chan int

func main() {
	s := Grow([]int{1, 2}, 10)
	fmt.Println(s, len(s), cap(s))
	s2 := Grow(s, 5)
	fmt.Println(len(s2), cap(s2))
	b := AppendAll(Bytes("ab"), 'c', 'd')
	fmt.Printf("%T %s\n", b, b)
	c := Clone([]string{"x", "y"})
	c[0] = "changed"
	fmt.Println(c, Clone([]int(nil)) == nil, Clone([]int{}) == nil)
	st := Set{"a": {}, "b": {}}
	fmt.Println(Clear(st), len(st))
	m := MakeMap[map[string]int](4)
	m["k"] = 1
	fmt.Println(m, len(m))
	p := MakeChan[Pipe](2)
	p <- 7
	fmt.Printf("%T %d %d\n", p, len(p), cap(p))
	fmt.Println(Lens("abc", "", "héllo"), Lens([]byte{1, 2}, nil))
	dst := make([]int, 2)
	fmt.Println(CopyInto(dst, []int{9, 8, 7}), dst)
	fmt.Println(ZeroAll([]float64{1, 2}), ZeroAll(Bytes("hi")))
}
