package main

func main() {
	flags := 0b102
	println(flags)
}
