package main

import "fmt"

type OpError struct {
	Op   string
	Code int
}

func (e *OpError) Error() string { return fmt.Sprintf("%s failed with code %d", e.Op, e.Code) }

func run() error { return &OpError{"write", 5} }

func main() {
	if err := run(); err != nil {
		fmt.Println("got:", err)
		panic(err)
	}
}
