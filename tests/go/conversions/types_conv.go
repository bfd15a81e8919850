package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

type IntSlice []int
type Handler func(int) int

func main() {
	fmt.Println(CToF(100), FToC(-40), CToF(FToC(212)))
	fmt.Printf("%T %v\n", CToF(0), CToF(0))
	p := Point{1, 2}
	v := Vec(p)
	fmt.Println(v, Point(v) == p)
	is := IntSlice([]int{1, 2})
	plain := []int(is)
	plain[0] = 10
	fmt.Println(is)
	h := Handler(func(x int) int { return x * 3 })
	fmt.Println(h(5))
	var e interface{} = Celsius(5)
	if c, ok := e.(Celsius); ok {
		fmt.Println(float64(c) + 0.5)
	}
	pp := &p
	pv := (*Vec)(pp)
	pv.X = 99
	fmt.Println(p)
	type Pair [2]string
	pr := Pair([2]string{"a", "b"})
	fmt.Println(pr, [2]string(pr))
}
