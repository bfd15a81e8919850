package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.Reader{s: "abc"} // ERROR "cannot refer to unexported field s in struct literal of type strings.Reader"
	fmt.Println(r.Len())
}
