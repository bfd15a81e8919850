package main

import "fmt"

type cache struct{ m map[string]string }

func (c cache) lookup(k string) (string, bool) {
	v, ok := c.m[k]
	return v, ok
}

func main() {
	c := cache{m: map[string]string{}}
	v := c.lookup("k") // ERROR "assignment mismatch: 1 variable but c.lookup returns 2 values"
	fmt.Println(v)
}
