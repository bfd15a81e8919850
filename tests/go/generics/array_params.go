package main

import "fmt"

type Vec3[T ~int | ~float64] [3]T

func (v Vec3[T]) Dot(o Vec3[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec3[T]) Cross(o Vec3[T]) Vec3[T] {
	return Vec3[T]{v[1]*o[2] - v[2]*o[1], v[2]*o[0] - v[0]*o[2], v[0]*o[1] - v[1]*o[0]}
}

func Reverse4[T any](a [4]T) [4]T {
	for i, j := 0, 3; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

type Ring[T any] struct {
	buf [4]T
	n   int
}

func (r *Ring[T]) Add(v T) { r.buf[r.n%len(r.buf)] = v; r.n++ }

func (r *Ring[T]) Last() []T {
	k := min(r.n, len(r.buf))
	out := make([]T, 0, k)
	for i := r.n - k; i < r.n; i++ {
		out = append(out, r.buf[i%len(r.buf)])
	}
	return out
}

func Flatten[T any](m [2][3]T) []T {
	var out []T
	for _, row := range m {
		out = append(out, row[:]...)
	}
	return out
}

func main() {
	a := Vec3[int]{1, 2, 3}
	b := Vec3[int]{4, 5, 6}
	fmt.Println(a.Dot(b), a.Cross(b), len(a))
	f := Vec3[float64]{1, 0, 0}
	fmt.Println(f.Cross(Vec3[float64]{0, 1, 0}), f.Dot(f))
	orig := [4]string{"a", "b", "c", "d"}
	fmt.Println(Reverse4(orig), orig)
	var r Ring[int]
	for i := 1; i <= 6; i++ {
		r.Add(i)
	}
	fmt.Println(r.Last(), r.buf)
	var r2 Ring[string]
	r2.Add("only")
	fmt.Println(r2.Last(), len(r2.Last()))
	fmt.Println(Flatten([2][3]int{{1, 2, 3}, {4, 5, 6}}))
	fmt.Printf("%T %v\n", Vec3[float64]{}, a == Vec3[int]{1, 2, 3})
}
