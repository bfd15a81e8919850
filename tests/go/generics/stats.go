package main

import (
	"fmt"
	"math"
	"sort"
)

type Real interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Stats struct {
	N                   int
	Min, Max, Mean, Std float64
	Median              float64
}

func Describe[T Real](xs []T) (Stats, bool) {
	if len(xs) == 0 {
		return Stats{}, false
	}
	fs := make([]float64, len(xs))
	for i, x := range xs {
		fs[i] = float64(x)
	}
	sort.Float64s(fs)
	var sum float64
	for _, f := range fs {
		sum += f
	}
	mean := sum / float64(len(fs))
	var sq float64
	for _, f := range fs {
		sq += (f - mean) * (f - mean)
	}
	med := fs[len(fs)/2]
	if len(fs)%2 == 0 {
		med = (fs[len(fs)/2-1] + fs[len(fs)/2]) / 2
	}
	return Stats{len(fs), fs[0], fs[len(fs)-1], mean, math.Sqrt(sq / float64(len(fs))), med}, true
}

func Normalize[T Real](xs []T) []float64 {
	s, ok := Describe(xs)
	if !ok || s.Max == s.Min {
		return nil
	}
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Round((float64(x)-s.Min)/(s.Max-s.Min)*100) / 100
	}
	return out
}

type Millis int64

func main() {
	s, ok := Describe([]int{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Printf("%+v %v\n", s, ok)
	s2, _ := Describe([]float32{1.5, 0.5})
	fmt.Printf("%+v\n", s2)
	s3, ok := Describe([]Millis{})
	fmt.Printf("%+v %v\n", s3, ok)
	s4, _ := Describe([]Millis{120, 80, 100})
	fmt.Printf("%.1f %.1f %.3f\n", s4.Mean, s4.Median, s4.Std)
	fmt.Println(Normalize([]int32{10, 20, 15, 30}), Normalize([]int{1, 1}))
}
