package main

func newStack() *Stack { // ERROR "undefined: Stack"
	return nil
}

func main() {
	s := newStack()
	_ = s
}
