package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("hello")
	b.WriteLine("world") // ERROR "b.WriteLine undefined \(type strings.Builder has no field or method WriteLine\)"
	fmt.Println(b.String())
}
