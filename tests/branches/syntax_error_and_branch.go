package main

func broken() {
	x :=
}

func main() {
Unused:
	for {
	}
}
