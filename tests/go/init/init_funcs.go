package main

import "fmt"

var registry = map[string]func() string{}
var order []string

func register(name string, fn func() string) {
	registry[name] = fn
	order = append(order, name)
}

func init() {
	register("hello", func() string { return "hello!" })
}

func init() {
	register("count", func() string { return fmt.Sprint(len(registry)) })
}

var ready = setup()

func setup() bool {
	fmt.Println("setup runs before any init, registry size", len(registry))
	return true
}

func init() {
	fmt.Println("third init, ready =", ready)
}

func main() {
	for _, name := range order {
		fmt.Println(name, registry[name]())
	}
}
