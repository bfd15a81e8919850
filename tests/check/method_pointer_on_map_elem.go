package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	counters := map[string]counter{"a": {}}
	counters["a"].inc() // ERROR "cannot call pointer method inc on counter"
	fmt.Println(counters)
}
