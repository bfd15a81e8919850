package main

import "fmt"

type logger interface {
	Log(msg string)
}

type console struct{}

func (console) Log(msg string) { fmt.Println(msg) }

func run(l *logger) {
	l.Log("starting") // ERROR "l.Log undefined \(type \*logger is pointer to interface, not interface\)"
}

func main() {
	var l logger = console{}
	run(&l)
}
