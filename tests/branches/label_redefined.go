package main

func main() {
L:
	for {
		break L
	}
L:
	for {
		break L
	}
}
