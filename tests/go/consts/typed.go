package main

import "fmt"

type Celsius float64
type Code uint8

const Boiling Celsius = 100
const Freezing = Celsius(0)
const Max Code = 255

const (
	typedInt   int     = 7
	typedFloat float32 = 1.1
	typedStr   string  = "hi"
)

func main() {
	fmt.Println(Boiling, Freezing, Boiling-Freezing)
	fmt.Printf("%T %T %v\n", Boiling, Max, Max)
	var c Code = Max
	c++
	fmt.Println(c)
	fmt.Println(typedInt/2, typedFloat*2, typedStr+"!")
	fmt.Printf("%T %T %T\n", typedInt, typedFloat, typedStr)
	h := Boiling / 3
	fmt.Println(h)
	fmt.Printf("%.3f %T\n", h, h)
	const d = 10 * Boiling
	fmt.Println(d)
}
