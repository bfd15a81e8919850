package main

type user struct {
	name string, age int
}

func main() {
	println(user{}.name)
}
