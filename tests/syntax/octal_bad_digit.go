package main

func main() {
	perm := 0759
	println(perm)
}
