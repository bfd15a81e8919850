package main

func main() {
	sep := ''
	println(sep)
}
