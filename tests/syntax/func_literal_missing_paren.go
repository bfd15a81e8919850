package main

func main() {
	do := func {
		println("x")
	}
	do()
}
