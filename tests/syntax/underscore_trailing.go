package main

func main() {
	n := 1_000_
	println(n)
}
