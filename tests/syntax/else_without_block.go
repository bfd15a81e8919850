package main

func main() {
	x := 3
	if x > 2 {
		println("big")
	} else println("small")
}
