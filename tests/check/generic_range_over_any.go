package main

func Each[T any](x T) {
	for range x { // ERROR "cannot range over x"
	}
}

func main() {
	Each([]int{1})
}
