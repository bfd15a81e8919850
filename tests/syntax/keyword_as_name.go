package main

func main() {
	type := "admin"
	println(type)
}
