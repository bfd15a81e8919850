package main

func main() {
	goto Done
	var (
		first  = 1
		second = 2
	)
	_, _ = first, second
Done:
}
