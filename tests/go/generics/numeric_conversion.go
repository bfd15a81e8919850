package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint64 | ~float32 | ~float64
}

func Convert[To, From Number](x From) To { return To(x) }

func ConvertAll[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Scale[T Number](x T, f float64) T { return T(float64(x) * f) }

func Mean[T Number](xs []T) T {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return T(s / float64(len(xs)))
}

func Overflow[T ~uint8 | ~int8 | ~uint16](x T) (T, T) {
	max := ^T(0)
	if max < 0 { // signed: ^0 is -1
		max = T(127)
	}
	return max, max + 1
}

func ToString[T ~int | ~rune | ~byte](x T) string { return string(rune(x)) }

type Meters float64
type Byte uint8

func main() {
	fmt.Println(Convert[int](3.99), Convert[int](-3.99), Convert[uint8](int(300)))
	fmt.Println(Convert[int8](int64(200)), Convert[float32](1.0/3.0), Convert[uint16](int32(-1)))
	fmt.Println(Convert[float64](int64(1<<53+1)), Convert[int64](float32(16777217)))
	fmt.Println(ConvertAll[float64]([]int{1, 2, 3}), ConvertAll[uint8]([]float64{1.5, 255.9, 0}))
	fmt.Println(ConvertAll[Meters]([]int32{5, -5}), ConvertAll[int, Byte]([]Byte{7}))
	fmt.Println(Scale(10, 0.25), Scale(Meters(2), 1.5), Scale(uint8(100), 3.0))
	fmt.Println(Mean([]int{1, 2, 4}), Mean([]float64{1, 2, 4}), Mean([]uint8{250, 251}))
	fmt.Println(Overflow(uint8(0)))
	fmt.Println(Overflow(int8(0)))
	fmt.Println(Overflow(Byte(0)))
	fmt.Println(Overflow[uint16](0))
	fmt.Println(ToString(65), ToString('é'), ToString(byte('z')))
}
