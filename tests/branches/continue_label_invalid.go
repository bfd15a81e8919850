package main

func main() {
	x := 2
L:
	switch x {
	case 2:
		for {
			continue L
		}
	}
}
