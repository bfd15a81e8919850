package main

var count int = "three"

func main() {
	g()
}
