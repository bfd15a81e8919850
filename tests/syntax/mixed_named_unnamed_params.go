package main

func add(a int, int) int {
	return a
}

func main() {
	println(add(1, 2))
}
