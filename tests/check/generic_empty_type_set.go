package main

type None interface {
	int
	string
}

func F[T None]() {}

func main() {
	F[int]() // ERROR "cannot satisfy None"
}
