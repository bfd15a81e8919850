package main

func Identity[](x int) int {
	return x
}

func main() {
	println(Identity(3))
}
