package main

type counter struct{ n int }

func () reset() {} // ERROR "method has no receiver"

func main() {
	var c counter
	println(c.n)
}
