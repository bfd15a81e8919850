package main

import (
	"fmt"
	"math"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }
type circle struct{ radius float64 }

func (r rect) area() float64    { return r.width * r.height }
func (r rect) perim() float64   { return 2*r.width + 2*r.height }
func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.3f %.3f\n", g.area(), g.perim())
}

func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	} else {
		fmt.Printf("not a circle: %T\n", g)
	}
}

type Named interface{ Name() string }

type Dog struct{ name string }

func (d *Dog) Name() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name
}

type Animal interface {
	Named
	Sound() string
}

type Cat struct{}

func (Cat) Name() string  { return "cat" }
func (Cat) Sound() string { return "meow" }

func main() {
	r := rect{width: 3, height: 4}
	c := circle{radius: 5}
	measure(r)
	measure(c)
	detectCircle(r)
	detectCircle(c)

	shapes := []geometry{r, c, rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
	}
	fmt.Printf("total %.2f\n", total)

	// nil interface vs interface holding a nil pointer.
	var n Named
	fmt.Println(n == nil)
	var d *Dog
	n = d
	fmt.Println(n == nil, n.Name())
	n = &Dog{"rex"}
	fmt.Println(n.Name())

	// Embedded interfaces and assertion to a wider interface.
	var a Animal = Cat{}
	var nm Named = a
	if an, ok := nm.(Animal); ok {
		fmt.Println(an.Name(), an.Sound())
	}
	_, ok := Named(&Dog{}).(Animal)
	fmt.Println("dog is animal:", ok)

	// Interface comparisons.
	var x, y interface{} = 3, 3
	fmt.Println(x == y, x != interface{}(3.0), interface{}("a") == "a")
	var g1, g2 geometry = rect{1, 2}, rect{1, 2}
	fmt.Println(g1 == g2, g1 == geometry(rect{2, 1}))

	// Empty interface holds anything.
	var anything []any
	anything = append(anything, 1, "s", 2.5, r, &c, nil, []int{1})
	for _, v := range anything {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	// Failed unchecked assertion panics; recover and report.
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var e interface{} = "str"
	_ = e.(int)
}
