package main

func F[T any, T comparable]() {} // ERROR "T redeclared in this block"

func main() {}
