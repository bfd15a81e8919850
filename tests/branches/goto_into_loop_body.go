package main

func main() {
	n := 0
	goto Body
	for n < 3 {
	Body:
		n++
	}
}
