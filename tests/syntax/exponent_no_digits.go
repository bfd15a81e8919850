package main

func main() {
	big := 1e
	println(big)
}
