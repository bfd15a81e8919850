package main

func F[T Unknown](x T) {} // ERROR "undefined: Unknown"

func main() {}
