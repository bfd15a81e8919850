package main

func main() {
	r := '\u00e'
	println(r)
}
