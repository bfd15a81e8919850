package main

import (
	"fmt"
	"strconv"
)

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface {
	Signed | Unsigned
}

type Float interface{ ~float32 | ~float64 }

type Ordered interface {
	Integer | Float | ~string
}

type Shower interface{ Show() string }

// Intersection: a type in Integer that also has Show.
type ShowInt interface {
	Integer
	Shower
}

type Level uint8

func (l Level) Show() string { return "L" + strconv.Itoa(int(l)) }

type Rank int16

func (r Rank) Show() string { return "#" + strconv.Itoa(int(r)) }

func Highest[T ShowInt](xs ...T) string {
	best := xs[0]
	for _, x := range xs {
		if x > best {
			best = x
		}
	}
	return best.Show()
}

func Sort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func Abs[T Signed | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

// Inline constraint literals.
func Halve[T interface{ ~int | ~float64 }](x T) T { return x / 2 }

func Bits[T Unsigned](x T) int {
	n := 0
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

func main() {
	fmt.Println(Highest(Level(3), Level(9), Level(1)))
	fmt.Println(Highest[Rank](-4, 2, 0))
	xs := []int{5, -2, 9, 0}
	Sort(xs)
	ss := []string{"pear", "fig", "apple"}
	Sort(ss)
	fs := []float32{2.5, -1, 0.5}
	Sort(fs)
	us := []Level{3, 1, 2}
	Sort(us)
	fmt.Println(xs, ss, fs, us)
	fmt.Println(Abs(-3), Abs(4.5), Abs(int8(-128)), Abs(Rank(-7)), Abs(float32(-0.25)))
	fmt.Println(Halve(7), Halve(7.0))
	fmt.Println(Bits(uint8(255)), Bits(uint64(1<<63|1)), Bits(Level(6)), Bits[uint](0))
}
