package main

func main() {
	println("hi")
}

/* old version, kept for reference
func mainOld() {
	println("hello")
}
