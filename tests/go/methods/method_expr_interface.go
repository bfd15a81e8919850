package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
	Describe(prefix string, n int) (string, int)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64           { return r.W * r.H }
func (r Rect) Scale(f float64) Shape   { return Rect{r.W * f, r.H * f} }
func (r Rect) Describe(p string, n int) (string, int) {
	return fmt.Sprintf("%s rect %vx%v", p, r.W, r.H), n + 1
}

type Circle struct{ R float64 }

func (c *Circle) Area() float64         { return 3 * c.R * c.R }
func (c *Circle) Scale(f float64) Shape { return &Circle{c.R * f} }
func (c *Circle) Describe(p string, n int) (string, int) {
	return fmt.Sprintf("%s circle r=%v", p, c.R), n * 2
}

func main() {
	// Method expressions of an interface type: the interface value is the
	// first parameter.
	area := Shape.Area
	scale := Shape.Scale
	describe := Shape.Describe
	fmt.Printf("%T\n%T\n%T\n", area, scale, describe)
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(area(s), area(scale(s, 2)))
		fmt.Println(describe(s, "a", 5))
	}
	// error.Error and fmt.Stringer as method expressions.
	errText := error.Error
	fmt.Println(errText(errors.New("boom")), errText(fmt.Errorf("wrapped: %w", errors.New("x"))))
	str := fmt.Stringer.String
	fmt.Println(str(label("L")))
	// Stored in a slice and a map, called later.
	fs := []func(Shape) float64{Shape.Area, area}
	total := 0.0
	for _, f := range fs {
		for _, s := range shapes {
			total += f(s)
		}
	}
	fmt.Println(total)
	m := map[string]func(error) string{"err": error.Error}
	fmt.Println(m["err"](errors.New("from map")))
	// A nil interface argument panics with a nil dereference.
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilShape Shape
	fmt.Println(area(nilShape))
}

type label string

func (l label) String() string { return "label:" + string(l) }
