package main

import "fmt"

type temp float64

func (t temp) string() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	var s fmt.Stringer = temp(21.5) // ERROR "temp does not implement fmt.Stringer \(missing method String\)"
	fmt.Println(s)
}
