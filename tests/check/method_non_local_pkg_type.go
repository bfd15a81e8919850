package main

import (
	"fmt"
	"strings"
)

func (b *strings.Builder) WriteLine(s string) { // ERROR "cannot define new methods on non-local type strings.Builder"
	b.WriteString(s + "\n")
}

func main() {
	var b strings.Builder
	b.WriteString("x")
	fmt.Println(b.String())
}
