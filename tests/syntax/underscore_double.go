package main

func main() {
	million := 1__000_000
	println(million)
}
