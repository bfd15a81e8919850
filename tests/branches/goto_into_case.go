package main

func main() {
	x := 1
	goto Case
	switch x {
	case 1:
	Case:
		println()
	}
}
