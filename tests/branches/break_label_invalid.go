package main

func main() {
L:
	if true {
		for {
			break L
		}
	}
}
