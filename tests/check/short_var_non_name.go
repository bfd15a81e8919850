package main

type config struct{ port int }

func main() {
	var c config
	c.port := 8080 // ERROR "non-name c.port on left side of :="
	println(c.port)
}
