package main

func main() {
	goto Done
	a, b := 1, 2
	_, _ = a, b
Done:
	println()
}
