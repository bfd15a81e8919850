package main

import "fmt"

type notFound struct{ key string }

func (e notFound) Message() string { return "not found: " + e.key }

func lookup(key string) error {
	return notFound{key} // ERROR "notFound does not implement error \(missing method Error\)"
}

func main() {
	fmt.Println(lookup("x"))
}
