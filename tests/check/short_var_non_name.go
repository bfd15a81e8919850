package main

type config struct{ port int }

func main() {
	var c config
	c.port := 8080
	println(c.port)
}
