package main

func main() {
	greeting := 'hi'
	println(greeting)
}
