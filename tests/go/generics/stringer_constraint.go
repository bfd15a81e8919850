package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface {
	String() string
}

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }

type StringableInt interface {
	~int
	String() string
}

func Describe[T StringableInt](x T) string {
	return fmt.Sprintf("%s (=%d, next %s)", x.String(), int(x), (x + 1).String())
}

type Named interface {
	Name() string
}

type Animal struct{ name string }

func (a *Animal) Name() string { return a.name }

func Names[T Named](xs ...T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return out
}

func main() {
	fmt.Println(JoinAll([]Color{Red, Blue, Green, 7}, ", "))
	fmt.Println(JoinAll([]Temp{21.55, -3}, " / "))
	fmt.Println(JoinAll([]Stringer{Red, Temp(1)}, "|"))
	fmt.Println(JoinAll([]Color{}, ","))
	fmt.Println(Describe(Green))
	fmt.Println(Describe(Blue))
	fmt.Println(Names(&Animal{"cat"}, &Animal{"dog"}))
	fmt.Println(Names[Named](&Animal{"owl"}))
	fmt.Printf("%v %s %d\n", Blue, Blue, Blue)
}
