package main

func main() {
	goto Missing
}
