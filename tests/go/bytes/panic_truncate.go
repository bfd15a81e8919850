package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abc")
	b.Truncate(3)
	fmt.Println("Truncate(3) ok:", b.String())
	b.Truncate(4)
	fmt.Println("not reached")
}
