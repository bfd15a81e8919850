package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Num interface {
	Integer | Float
}

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Num](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Product[T Num](xs ...T) T {
	p := T(1)
	for _, x := range xs {
		p *= x
	}
	return p
}

type Cents int64

func main() {
	fmt.Println(Sum([]int{1, 2, 3, 4}))
	fmt.Println(Sum([]float64{0.1, 0.2, 0.3}))
	fmt.Println(Sum([]uint8{200, 100}))
	fmt.Println(Sum([]int8{100, 100}))
	fmt.Println(Sum([]Cents{199, 250, 1}))
	fmt.Println(Sum[float32](nil))
	fmt.Printf("%.3f %.3f\n", Average([]int{1, 2, 4}), Average([]float32{}))
	fmt.Println(Average([]uint64{1 << 63, 1 << 63}))
	fmt.Println(Product(1, 2, 3, 4, 5), Product[float64](), Product(uint16(300), 300))
	fmt.Println(Product(0.5, 0.5))
	fmt.Printf("%T %v\n", Product[Cents](2, 3), Product[Cents](2, 3))
}
