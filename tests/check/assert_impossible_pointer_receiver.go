package main

import "fmt"

type Closer interface {
	Close() error
}

type conn struct{ open bool }

func (c *conn) Close() error {
	c.open = false
	return nil
}

func main() {
	var cl Closer = &conn{open: true}
	c := cl.(conn) // ERROR "impossible type assertion: cl.\(conn\)"
	fmt.Println(c.open)
}
