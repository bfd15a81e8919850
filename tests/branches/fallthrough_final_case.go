package main

func main() {
	x := 1
	switch x {
	case 1:
		println(1)
	default:
		fallthrough
	}
}
