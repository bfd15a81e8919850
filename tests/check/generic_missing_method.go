package main

import "fmt"

func Show[T fmt.Stringer](x T) string { return x.String() }

type plain struct{}

func main() {
	_ = Show(plain{}) // ERROR "in call to Show, T"
	_ = Show(3)       // ERROR "int does not satisfy fmt\.Stringer"
}
