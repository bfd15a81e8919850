package main

type Mapper interface {
	Map[T any](T) T // ERROR "interface method must have no type parameters" "undefined: T"
}

func main() {}
