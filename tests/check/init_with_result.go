package main

import (
	"errors"
	"fmt"
)

var cfg map[string]string

func init() error { // ERROR "func init must have no arguments and no return values"
	cfg = map[string]string{}
	return errors.New("unused")
}

func main() {
	fmt.Println(cfg)
}
