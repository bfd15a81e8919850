package main

type counter struct{ n int }

func () reset() {}

func main() {
	var c counter
	println(c.n)
}
