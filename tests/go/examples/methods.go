package main

import "fmt"

type rect struct{ width, height int }

func (r *rect) area() int { return r.width * r.height }

func (r rect) perim() int { return 2*r.width + 2*r.height }

func (r *rect) scale(f int) {
	r.width *= f
	r.height *= f
}

func (r rect) scaledCopy(f int) rect {
	r.width *= f
	r.height *= f
	return r
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	r.scale(2)
	fmt.Println(r, r.scaledCopy(3), r)

	c := Celsius(100)
	fmt.Println(c, c.ToF(), c.ToF().ToC())
	fmt.Printf("%v %.2f %s\n", Celsius(-40).ToF(), float64(Fahrenheit(98.6).ToC()), Celsius(36.6))

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))

	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))

	// Method values bind the receiver.
	area := r.area
	perim := r.perim
	r.width = 1
	fmt.Println(area(), perim())

	// Method expressions take the receiver as the first argument.
	fp := (*rect).area
	fv := rect.perim
	fmt.Println(fp(&r), fv(r))
	fmt.Printf("%T\n%T\n", fp, fv)

	// Methods on map elements that are pointers.
	shapes := map[string]*rect{"a": {1, 2}, "b": {3, 4}}
	shapes["a"].scale(10)
	fmt.Println(*shapes["a"], shapes["b"].area())

	// Slice elements are addressable.
	rs := []rect{{1, 1}, {2, 2}}
	rs[1].scale(5)
	fmt.Println(rs)
	for i := range rs {
		rs[i].scale(2)
	}
	for _, x := range rs {
		x.scale(100) // copy
	}
	fmt.Println(rs)
}
