package main

func main() {
	s := "\400"
	println(s)
}
