package main

func F[T any, U T](x U) {} // ERROR "cannot use a type parameter as constraint"

func main() {}
