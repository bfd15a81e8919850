package main

type Ordered interface {
	~int | ~string
}

func Less(a, b Ordered) bool { return false } // ERROR "cannot use type Ordered outside a type constraint: interface contains type constraints"

func main() {}
