package main

func abs(x int) int {
	return x < 0 ? -x : x
}

func main() {
	println(abs(-2))
}
