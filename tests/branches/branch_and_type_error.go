package main

var s string = 1

func main() {
L:
	for {
		break
	}
}
