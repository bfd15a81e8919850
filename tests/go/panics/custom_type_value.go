package main

type Level int
type Tag string

func main() {
	defer func() {
		println("deferred")
	}()
	var v any = Tag("multi\nline")
	_ = v
	panic(Level(3))
}
