package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circle struct{ R float64 }

func (s Sq) Area() float64     { return s.S * s.S }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var sh Shape = Sq{2}
	fmt.Println(sh.Area())
	c := sh.(Circle)
	fmt.Println(c)
}
