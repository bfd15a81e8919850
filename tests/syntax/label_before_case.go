package main

func main() {
	x := 2
	switch x {
	case 1:
		println("one")
	done:
	case 2:
		println("two")
	}
}
