package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err // ERROR "not enough return values"
	}
	return n, nil
}

func main() {
	fmt.Println(parse("1"))
}
