package main

func main() {
	c := 'x
	println(c)
}
