package main

import "fmt"

func main() {
	ok := false
	if !ok {
		goto fail // ERROR "goto fail jumps into block starting at .*goto_into_if_block.go:12:9"
	}
	if ok {
		fmt.Println("ok")
	} else {
	fail:
		fmt.Println("failed")
	}
}
