package main

const (
	red = iota
	green
	blue

func main() {
	println(red, green, blue)
}
