package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T ~int | ~float64](xs ...T) T {
	if len(xs) == 0 {
		var zero T
		return zero
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Clamp[T Number](x, lo, hi T) T {
	return Max(lo, min(x, hi))
}

type Score int
type Weight float64

func main() {
	fmt.Println(Max(3, 7), Max(-1, -5), Max(2.5, 1.5))
	fmt.Println(Max[int8](-128, 127), Max(uint8(200), 100))
	fmt.Println(Max(Score(10), 20), Max(Weight(0.5), 0.25))
	fmt.Printf("%T %T\n", Max(Score(10), 20), Max(Weight(0.5), 0.25))
	fmt.Println(MaxOf(4, 9, 2, 8), MaxOf(1.5, -2.0), MaxOf[int](), MaxOf[float64]())
	fmt.Println(MaxOf(Score(3), Score(1)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(5, 0, 10))
	fmt.Println(Clamp(float32(1.75), 0, 1.5))
	fmt.Println(Max(float32(1)/3, 0.3))
}
