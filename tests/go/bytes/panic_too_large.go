package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("some data")
	fmt.Println("before:", b.Len())
	b.Grow(int(^uint(0)>>1) - 4)
	fmt.Println("not reached")
}
