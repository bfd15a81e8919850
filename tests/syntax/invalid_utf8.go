package main

func main() {
	name := "café"
	println(name)
}
